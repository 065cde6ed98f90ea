import XCTest
@testable import Entities

/// Specifications for newspapers and magazines named in book-title marks.
final class PeriodicalRecogniserTests: XCTestCase {
    func names(_ sentence: String) -> [String] {
        let text = Array(sentence.unicodeScalars)
        let view = SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count),
                                lexicon: Lexicon(entries: []))
        var out: [Candidate] = []
        PeriodicalRecogniser().propose(in: view, into: &out)
        XCTAssertTrue(out.allSatisfy { $0.type == .organisation })
        return out.map(\.canonical)
    }

    /// A paper's dateline (晨报讯, 海峡导报讯) names the paper; 本报讯 ("this paper") names none, and 讯
    /// later in the sentence is no dateline.
    func testDatelineNamesThePaper() {
        XCTAssertEqual(names("晨报讯(记者 王某)近日,记者获悉。"), ["晨报"])
        XCTAssertEqual(names("海峡导报讯 昨日召开会议。"), ["海峡导报"])
        XCTAssertEqual(names("本报讯 昨日召开会议。"), [])
        XCTAssertEqual(names("他说晨报讯息很多。"), [])
    }

    /// A news site's dateline (漳州网讯) names the site; a one-character name before 网 (上网) names none.
    func testDatelineNamesTheNewsSite() {
        XCTAssertEqual(names("漳州网讯（记者 王某）近日召开会议。"), ["漳州网"])
        XCTAssertEqual(names("上网讯 昨日召开会议。"), [])
    }

    func testTitleBeforeAPeriodicalNounIsTheMagazine() {
        XCTAssertEqual(names("《求是》杂志发表文章"), ["求是"])
        XCTAssertEqual(names("美国《时代》周刊报道"), ["时代"])
    }

    func testTitleEndingInANewspaperWordIsTheNewspaper() {
        XCTAssertEqual(names("法国《费加罗报》以此为题"), ["费加罗报"])
        XCTAssertEqual(names("据《经济参考报》报道"), ["经济参考报"])
        XCTAssertEqual(names("《新民晚报》记者"), ["新民晚报"])
    }

    func testDocumentTitlesAreNoPeriodicals() {
        XCTAssertEqual(names("两国发表《联合公报》"), [])
        XCTAssertEqual(names("会议审议《政府工作报告》"), [])
        XCTAssertEqual(names("他读了《红楼梦》"), [])
    }

    func testTitleWithPunctuationIsAnArticleNotAPeriodical() {
        XCTAssertEqual(names("发表《改革，开放》杂志"), [])
    }

    func testUnclosedMarkProposesNothing() {
        XCTAssertEqual(names("《求是杂志"), [])
    }

    /// The mention spans the whole designation when the title is part of one: the periodical noun after
    /// it and the country before it (newswire annotation); the canonical name stays the title.
    func testDesignationAroundTheTitleBelongsToTheMention() {
        let texts = RecogniserTestSupport.mentions("据法国《世界报》报道，《读书》杂志也转载了。")
            .filter { $0.type == .organisation }.map { "\($0.text)=\($0.canonical)" }
        XCTAssertEqual(texts, ["法国《世界报》=世界报", "《读书》杂志=读书"])
        XCTAssertEqual(RecogniserTestSupport.names("据法国《世界报》报道。", .place), [])
        // A title alone is its name.
        XCTAssertEqual(RecogniserTestSupport.names("据《经济参考报》报道。", .organisation), ["经济参考报"])
    }
}
