import XCTest
@testable import Entities

/// Specifications for reporters named in a byline, whatever their surname.
final class BylineRecogniserTests: XCTestCase {
    func names(_ sentence: String, lexicon: Lexicon = Lexicon(entries: [])) -> [String] {
        let text = Array(sentence.unicodeScalars)
        let view = SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count), lexicon: lexicon)
        var out: [Candidate] = []
        BylineRecogniser().propose(in: view, into: &out)
        XCTAssertTrue(out.allSatisfy { $0.type == .person && $0.rule == "pattern:byline" })
        return out.map(\.canonical)
    }

    /// Rare surnames (郅, 果) are names inside the frame.
    func testNamesBetweenTheReporterNounAndTheCloserArePersons() {
        XCTAssertEqual(names("本报北京5月30日电记者郅振璞报道：会议召开。"), ["郅振璞"])
        XCTAssertEqual(names("新华社电记者刘正学、果永毅报道"), ["刘正学", "果永毅"])
        XCTAssertEqual(names("通讯员毛鑫摄"), ["毛鑫"])
    }

    /// Without the closer the words after 记者 are a clause (记者发现…, 记者了解到).
    func testUnclosedFrameYieldsNothing() {
        XCTAssertEqual(names("记者郅振璞来到现场。"), [])
        XCTAssertEqual(names("记者刘正学、果永毅走访了农户。"), [])
    }

    /// A common word in the name's place (记者 现场 报道) is what the reporter did, not who.
    func testCommonWordIsNoName() {
        let lexicon = Lexicon(entries: [LexiconEntry(surface: "现场", kind: .word)])
        XCTAssertEqual(names("记者现场报道", lexicon: lexicon), [])
    }

    /// A common word that opens with a surname and ends in given-name characters (马力) is a name in the
    /// frame; the pipeline keeps it although the stop list marks the word (namelike).
    func testNameShapedCommonWordIsANameInTheFrame() {
        let lexicon = Lexicon(entries: [LexiconEntry(surface: "马力", kind: .word), LexiconEntry(surface: "现场", kind: .word),
                                        LexiconEntry(surface: "马", kind: .surname, attributes: ["rank": "20"]),
                                        LexiconEntry(surface: "力", kind: .givenChar, attributes: ["rank": "191"])])
        XCTAssertEqual(names("北京晨报讯（记者马力）今后市民可以办理。", lexicon: lexicon), ["马力"])
        XCTAssertEqual(names("记者现场报道", lexicon: lexicon), [])
        XCTAssertEqual(RecogniserTestSupport.names("北京晨报讯（记者马力）今后市民可以办理。", .person), ["马力"])
        XCTAssertEqual(RecogniserTestSupport.names("市委书记马力表示，要加强工作。", .person), ["马力"])
        // Without a title, a cue or a frame the stop word stands.
        XCTAssertEqual(RecogniserTestSupport.names("这台发动机马力很大。", .person), [])
    }

    /// A dateline's byline in brackets closes at the bracket; names may be separated by spaces as by 、;
    /// two two-character names run together (贾鹏陈博) split where each half opens with a surname. 摄 after
    /// a name is the credit's verb, never the name's last character.
    func testBracketedSpacedAndRunTogetherBylines() {
        let lexicon = Lexicon(entries: ["贾", "陈", "王"].map { LexiconEntry(surface: $0, kind: .surname, attributes: ["rank": "20"]) })
        XCTAssertEqual(names("新华社北京3月2日电（记者王小平、郜明）会议召开。", lexicon: lexicon), ["王小平", "郜明"])
        XCTAssertEqual(names("本报讯 记者王小平 郜明报道：会议召开。", lexicon: lexicon), ["王小平", "郜明"])
        XCTAssertEqual(names("本报讯（记者贾鹏陈博）会议召开。", lexicon: lexicon), ["贾鹏", "陈博"])
        XCTAssertEqual(names("（新华社记者郜南摄）", lexicon: lexicon), ["郜南"])
        XCTAssertEqual(names("（记者来到现场）", lexicon: lexicon), [])
    }

    /// Trainee reporters open a byline too, and a second reporter's noun after spaces goes on with the
    /// list (记者陈某 实习生王某 报道); the closer may stand after spaces.
    func testSecondReportersNounContinuesTheByline() {
        XCTAssertEqual(names("本报记者郜晓东 实习生郅可欣 报道"), ["郜晓东", "郅可欣"])
        XCTAssertEqual(names("见习记者郜明 报道"), ["郜明"])
        XCTAssertEqual(names("记者郜晓东 实习生郅可欣走访了农户。"), [])
    }

    /// A photo credit standing alone under its picture is names and 摄, whatever the surname; a
    /// sentence that only begins the same way (南轩摄影展开幕) or a common word before 摄 is no credit.
    func testStandalonePhotoCreditNamesItsPhotographers() {
        let lexicon = Lexicon(entries: [LexiconEntry(surface: "资料", kind: .word)])
        XCTAssertEqual(names("南轩 摄", lexicon: lexicon), ["南轩"])
        XCTAssertEqual(names("郅明、南轩 摄。", lexicon: lexicon), ["郅明", "南轩"])
        XCTAssertEqual(names("南轩摄影展开幕。", lexicon: lexicon), [])
        XCTAssertEqual(names("资料 摄", lexicon: lexicon), [])
    }
}
