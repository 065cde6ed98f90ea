import Foundation
import XCTest
@testable import Entities

final class NormaliserTests: XCTestCase {
    func norm(_ s: String, html: Bool = false) -> String {
        TextTestSupport.string(TextTestSupport.normalise(s, html: html))
    }

    // MARK: Character folding

    func testFullWidthASCIIBecomesASCIIButChinesePunctuationStays() {
        XCTAssertEqual(norm("ＲＣＥＰ　２０２３年％＋"), "RCEP 2023年%+")
        XCTAssertEqual(norm("（记者，张瑞）：“好！”？；。"), "（记者，张瑞）：“好！”？；。")
    }

    /// The circle typeset for zero beside a Chinese numeral is the numeral 〇, one scalar for one; a circle
    /// elsewhere (a bullet, a blanked-out name) stays.
    func testCircleBesideAChineseNumeralIsZero() {
        XCTAssertEqual(norm("一九九○年，第三○一医院，二○○○年"), "一九九〇年，第三〇一医院，二〇〇〇年")
        XCTAssertEqual(norm("○○公司，○ 要点"), "○○公司，○ 要点")
        let t = TextTestSupport.normalise("二○○○年")
        XCTAssertEqual(t.scalars.count, 5)
    }

    func testControlCharactersAreDroppedButTabAndNewlineKept() {
        XCTAssertEqual(norm("泉\u{1}州\t市\u{7F}。\n"), "泉州\t市。\n")
    }

    func testCRLFAndLoneCRBecomeOneNewlineMappedToBoth() {
        let t = TextTestSupport.normalise("甲。\r\n乙。\r丙。")
        XCTAssertEqual(TextTestSupport.string(t), "甲。\n乙。\n丙。")
        XCTAssertEqual(t.originalRange(2..<3), 2..<4)
        XCTAssertEqual(t.originalRange(5..<6), 6..<7)
        XCTAssertEqual(t.originalRange(6..<7), 7..<8)
    }

    func testMarkdownResidueIsDropped() {
        let t = TextTestSupport.normalise("# 标题\n\n**记者：**你好。")
        XCTAssertEqual(TextTestSupport.string(t), "标题\n\n记者：你好。")
        XCTAssertEqual(t.originalRange(0..<2), 2..<4)
        XCTAssertEqual(norm("#1号线开通。"), "#1号线开通。")
    }

    // MARK: HTML

    func testHTMLTagsScriptsAndCommentsAreHidden() {
        let html = "<html><head><style>p{color:red}</style><script>var a = \"<p>\";</script></head>"
            + "<body><!-- 注释 --><p>泉州<b>市委</b></p><div>厦门</div></body></html>"
        XCTAssertEqual(norm(html, html: true).trimmingCharacters(in: .whitespacesAndNewlines), "泉州市委\n\n厦门")
    }

    func testHTMLEntitiesDecodeAndMapToTheWholeEntity() {
        let src = "<p>A&amp;B&lt;&#x4E2D;&#22269;&nbsp;&bogus;</p>"
        let t = TextTestSupport.normalise(src, html: true)
        let text = TextTestSupport.string(t)
        XCTAssertEqual(text, "\nA&B<中国 &bogus;\n")
        let zhong = Array(text.unicodeScalars).firstIndex(of: "中") ?? -1
        let r = t.originalRange(zhong..<(zhong + 1))
        XCTAssertEqual(String(String.UnicodeScalarView(Array(src.unicodeScalars)[r])), "&#x4E2D;")
    }

    func testHTMLBlockTagsBreakLinesAndSourceNewlinesDoNot() {
        XCTAssertEqual(norm("<p>第一段\n续。</p><p>第二段。<br/>第三行。</p>", html: true), "\n第一段 续。\n\n第二段。\n第三行。\n")
    }

    func testALessThanThatOpensNoTagIsText() {
        XCTAssertEqual(norm("<p>a < b</p>", html: true), "\na < b\n")
    }

    // MARK: Script

    func testTraditionalLineInSimplifiedPageIsConvertedAlone() {
        let t = TextTestSupport.normalise("厦门市委书记主持会议，研究部署工作。\n泉州市委書記張毅恭說。\n这里是简体。")
        XCTAssertFalse(t.wasTraditional)
        XCTAssertEqual(TextTestSupport.string(t), "厦门市委书记主持会议，研究部署工作。\n泉州市委书记张毅恭说。\n这里是简体。")
    }

    func testSeed001NamesComeOutSimplified() throws {
        let t = TextTestSupport.normalise(try TextTestSupport.seed("001"))
        XCTAssertTrue(t.wasTraditional)
        XCTAssertTrue(TextTestSupport.string(t).contains("泉州市委书记张毅恭"))
    }

    // MARK: Column repair

    func testSeed004NarrowColumnsAreJoined() throws {
        let out = norm(try TextTestSupport.seed("004"))
        XCTAssertTrue(out.contains("在专精特新企业培育方面，追加安排8000万元"), "追\\n加\\n\\n安排")
        XCTAssertTrue(out.contains("争取国家气候融资试点。"))
        XCTAssertTrue(out.contains("技改投资金额2000万元及以上"))
        XCTAssertTrue(out.contains("贯彻落实民营经济强省战略部署，我省财政日前追加安排1.8亿元，"))
    }

    func testSeed004HeadingsAndBylinesStaySeparate() throws {
        let out = norm(try TextTestSupport.seed("004"))
        XCTAssertTrue(out.contains("用技术创新推动能源变革\n"), "a heading followed by a blank line is not joined")
        XCTAssertTrue(out.contains("图/本报记者 黄晓珍\n"), "a byline is not joined to the text after it")
        XCTAssertTrue(out.contains("获得了厦门国际银行") == false)
    }

    func testSeed000MidSentenceBreakIsJoinedButParagraphsStay() throws {
        let src = try TextTestSupport.seed("000")
        let out = norm(src)
        XCTAssertTrue(out.contains("很快获得了厦门国际银行35.9万元"))
        XCTAssertTrue(out.contains("主要从事国内物流运输。"))
        // Paragraph breaks after finished sentences are kept.
        XCTAssertTrue(out.contains("经济发展，基础在实体、支撑在产业。\n"))
        XCTAssertGreaterThan(out.components(separatedBy: "\n\n").count, 30)
    }

    func testOrdinaryArticleParagraphsAreNotJoined() {
        let text = "厦门市召开全市工作会议部署下一步工作\n\n会议由市长主持，各区区长和市直各部门主要负责同志参加。\n\n"
            + "会议指出，要切实做好各项工作，确保取得实效。\n\n下一步，各部门要抓好落实，确保各项任务按期完成。\n"
            + "会议还研究了其他事项。"
        XCTAssertEqual(norm(text), text)
    }

    func testNarrowColumnJoinMapsScalarsToTheirOwnOrigins() {
        let src = "本报讯贯彻\n落实民营\n经济强省\n战略部署，\n追加安排\n1.8亿元。"
        let t = TextTestSupport.normalise(src)
        XCTAssertEqual(TextTestSupport.string(t), "本报讯贯彻落实民营经济强省战略部署，追加安排1.8亿元。")
        XCTAssertEqual(t.originalRange(4..<6), 4..<7, "the removed break is inside the original range of a span across it")
    }

    // MARK: Offset map property

    func testRandomInputsGiveAMonotoneInBoundsMap() {
        var rng = SplitMix64(seed: 42)
        let pieces = ["泉", "州", "張", "書", "，", "。", "Ａ", "１", "　", "\r\n", "\r", "\n", "\n\n", "\u{1}", "\t", " ",
                      "<p>", "</p>", "<b>", "&amp;", "&#x4E2D;", "&bad", "<", ">", "# ", "**", "“", "”", "（", "）", "a", "7",
                      "</", "&#", "&#x;", "<!--", "-->", "<script>", "</script", "<br/>", "\"", "'", "。", "！", "本报讯", "\u{FEFF}"]
        for round in 0..<400 {
            var s = ""
            for _ in 0..<Int(rng.next() % 60) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let scalars = Array(s.unicodeScalars)
            for html in [false, true] {
                let t = Normaliser(converter: TextTestSupport.converter)
                    .normalise(SourceDocument(id: "r", scalars: scalars, isHTML: html))
                XCTAssertEqual(t.originalCount, scalars.count)
                var previousEnd: Int32 = 0
                for i in 0..<t.count {
                    let a = t.originStart[i], b = t.originEnd[i]
                    XCTAssertTrue(0 <= a && a < b && Int(b) <= scalars.count, "round \(round): \(a)..<\(b)")
                    XCTAssertGreaterThanOrEqual(a, previousEnd, "round \(round) html \(html): not monotone at \(i)")
                    previousEnd = b
                }
                let n = t.count
                if n > 0 {
                    let lo = Int(rng.next() % UInt64(n)), hi = lo + 1 + Int(rng.next() % UInt64(n - lo))
                    let r = t.originalRange(lo..<hi)
                    XCTAssertTrue(r.lowerBound >= 0 && r.upperBound <= scalars.count && r.lowerBound < r.upperBound)
                }
                for sentence in SentenceSplitter().split(t) {
                    XCTAssertTrue(sentence.range.lowerBound >= 0 && sentence.range.upperBound <= n)
                }
            }
        }
    }
}

/// Deterministic generator for the property test (no global random state).
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
