import XCTest
@testable import Entities

final class SentenceSplitterTests: XCTestCase {
    func sentences(_ s: String) -> [String] {
        let t = NormalisedText(identity: Array(s.unicodeScalars))
        return SentenceSplitter().split(t).map { t.string($0.range) }
    }

    func testSplitsOnChineseAndASCIITerminators() {
        XCTAssertEqual(sentences("会议召开。市长讲话！是吗？好；结束…Done! Ok? x; y"),
                       ["会议召开。", "市长讲话！", "是吗？", "好；", "结束…", "Done!", "Ok?", "x;", "y"])
    }

    func testTerminatorRunsStayTogether() {
        XCTAssertEqual(sentences("真的吗？！……好。"), ["真的吗？！……", "好。"])
    }

    func testQuotesAndBracketsAreKeptWhole() {
        XCTAssertEqual(sentences("他说：“我们来了。你们呢？”大家笑了。"), ["他说：“我们来了。你们呢？”", "大家笑了。"])
        XCTAssertEqual(sentences("会上（据悉。会议很长）决定如下。"), ["会上（据悉。会议很长）决定如下。"])
    }

    func testUnclosedQuoteStopsAtTheParagraphEnd() {
        XCTAssertEqual(sentences("他说：“我们来了。\n第二段。第三句。"), ["他说：“我们来了。", "第二段。", "第三句。"])
    }

    func testLineBreaksEndSentencesAndCountParagraphs() {
        let t = NormalisedText(identity: Array("标题\n\n第一句。第二句。\n第三句\n\n\n  \n第四句。".unicodeScalars))
        let s = SentenceSplitter().split(t)
        XCTAssertEqual(s.map { t.string($0.range) }, ["标题", "第一句。", "第二句。", "第三句", "第四句。"])
        XCTAssertEqual(s.map(\.paragraph), [0, 1, 1, 2, 3])
        XCTAssertEqual(s.map(\.index), [0, 1, 2, 3, 4])
    }

    func testRangesExcludeWhitespaceAndBlankSentencesAreDropped() {
        let t = NormalisedText(identity: Array("  甲。  \t乙。 \n   \n".unicodeScalars))
        let s = SentenceSplitter().split(t)
        XCTAssertEqual(s.map(\.range), [2..<4, 7..<9])
    }

    func testEmptyTextHasNoSentences() {
        XCTAssertTrue(sentences("").isEmpty)
        XCTAssertTrue(sentences(" \n\n ").isEmpty)
    }
}
