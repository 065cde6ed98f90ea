import XCTest
@testable import Entities

/// Quoted classical verse and couplets name nobody: their name-shaped words are no mentions, while
/// quoted speech and slogans keep theirs.
final class QuotedVerseTests: XCTestCase {
    private func isVerse(_ s: String) -> Bool {
        let text = Array(s.unicodeScalars)
        return QuotedVerse.isVerse(text, 0..<text.count)
    }

    func testEqualClausesOfFiveOrSevenAreVerse() {
        XCTAssertTrue(isVerse("任凭风浪起，稳坐钓鱼台"))
        XCTAssertTrue(isVerse("咬定青山不放松，任尔东西南北风。"))
        XCTAssertTrue(isVerse("白日依山尽；黄河入海流"))
    }

    /// A whole quatrain is read as well (four clauses), and the span excludes the quotation marks.
    func testAQuatrainInsideASentenceIsFound() {
        let text = Array("他常说“白日依山尽，黄河入海流，欲穷千里目，更上一层楼。”这句话。".unicodeScalars)
        let spans = QuotedVerse.spans(in: text, range: 0..<text.count)
        XCTAssertEqual(spans.count, 1)
        XCTAssertEqual(spans.first.map { String(String.UnicodeScalarView(text[$0])) }, "白日依山尽，黄河入海流，欲穷千里目，更上一层楼。")
    }

    func testUnevenClausesListsAndSingleLinesAreNotVerse() {
        XCTAssertFalse(isVerse("北京欢迎你，上海也欢迎你"))
        XCTAssertFalse(isVerse("循足迹、悟思想、铸忠魂、担使命"))
        XCTAssertFalse(isVerse("咬定青山不放松"))
        XCTAssertFalse(isVerse("四下基层，四个全面"))
        XCTAssertFalse(isVerse("李明到北京了，王华到上海"))
    }

    func testNamesInsideQuotedVerseAreNoMentions() {
        let m = RecogniserTestSupport.mentions("越要有“咬定青山不放松，任尔东西南北风”的毅力，“任凭风浪起，稳坐钓鱼台”。")
        XCTAssertEqual(m.map(\.text), [])
    }

    func testNamesInOtherQuotationsStay() {
        XCTAssertEqual(RecogniserTestSupport.names("他说：“北京欢迎你，上海也欢迎你”。", .place), ["北京", "上海"])
    }

    /// A name found elsewhere in the document is not carried into the verse either.
    func testPropagatedNamesStayOutOfVerse() throws {
        let text = "市长任尔东出席会议。他引用“咬定青山不放松，任尔东西南北风”。"
        let pipeline = try XCTUnwrap(RecogniserTestSupport.pipeline)
        let doc = pipeline.analyse(SourceDocument(id: "t", scalars: Array(text.unicodeScalars), isHTML: false))
        let people = doc.mentions.filter { $0.type == .person }
        XCTAssertEqual(people.map(\.range.lowerBound), [2])
    }
}
