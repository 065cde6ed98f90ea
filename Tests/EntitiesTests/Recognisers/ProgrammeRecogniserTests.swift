import XCTest
@testable import Entities

/// Specifications for programme names: quoted cores, quoted tokens inside longer names, cue words.
final class ProgrammeRecogniserTests: XCTestCase {
    static let lexicon = Lexicon(entries: [
        LexiconEntry(surface: "活动", kind: .programmeCue, attributes: ["strength": "2", "head": ""]),
        LexiconEntry(surface: "工程", kind: .programmeCue, attributes: ["strength": "3", "head": ""]),
        LexiconEntry(surface: "项目", kind: .programmeCue, attributes: ["strength": "1", "head": ""]),
        LexiconEntry(surface: "体系", kind: .programmeCue, attributes: ["strength": "1", "head": ""]),
        LexiconEntry(surface: "机制", kind: .programmeCue, attributes: ["strength": "2", "head": ""]),
        LexiconEntry(surface: "拓展", kind: .word),
        LexiconEntry(surface: "长效", kind: .word),
        LexiconEntry(surface: "现代化", kind: .word),
    ])

    func names(_ sentence: String) -> [String] {
        let text = Array(sentence.unicodeScalars)
        let view = SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count),
                                lexicon: Self.lexicon)
        var out: [Candidate] = []
        ProgrammeRecogniser().propose(in: view, into: &out)
        return out.map(\.canonical)
    }

    func testQuotedCoreBeforeHeadNounIsTheName() {
        XCTAssertTrue(names("全市开展“万企同行”活动").contains("万企同行"))
    }

    func testQuotedCoreBeforeLongerPhraseKeepsTheCore() {
        let found = names("在“海湾明珠”重点项目建设中")
        XCTAssertTrue(found.contains("海湾明珠"))
        XCTAssertFalse(found.contains("海湾明珠重点项目"))
    }

    func testQuotedTokenWithoutHanBelongsToTheLongerName() {
        XCTAssertTrue(names("构建“3+2+1”现代化产业体系").contains("3+2+1现代化产业体系"))
    }

    func testQuotedCommonWordIsEmphasis() {
        XCTAssertTrue(names("服务场景“拓展”").isEmpty)
    }

    func testQuotedListItemsAreNames() {
        XCTAssertTrue(names("落实“马上就办”“一网通办”等机制").contains("一网通办"))
    }

    func testCuedNameStartsAfterTheVerb() {
        let found = names("深入实施乡村振兴示范工程")
        XCTAssertTrue(found.contains("乡村振兴示范工程"))
        XCTAssertFalse(found.contains { $0.hasPrefix("实施") || $0.hasPrefix("深入") })
    }

    func testGenericShortBodyIsNoProgramme() {
        XCTAssertTrue(names("建立长效机制").isEmpty)
    }
}
