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
        LexiconEntry(surface: "试点", kind: .programmeCue, attributes: ["strength": "2", "head": ""]),
        LexiconEntry(surface: "主题教育", kind: .programmeCue, attributes: ["strength": "3", "head": ""]),
        LexiconEntry(surface: "规划", kind: .programmeCue, attributes: ["strength": "2"]),
        LexiconEntry(surface: "名录", kind: .programmeCue, attributes: ["strength": "2", "head": ""]),
        LexiconEntry(surface: "研讨会", kind: .programmeCue, attributes: ["strength": "2"]),
        LexiconEntry(surface: "大赛", kind: .programmeCue, attributes: ["strength": "2"]),
        LexiconEntry(surface: "平台", kind: .programmeCue, attributes: ["strength": "2", "head": ""]),
        LexiconEntry(surface: "东湖市", kind: .place),
        LexiconEntry(surface: "百强县", kind: .programmeCue, attributes: ["strength": "3", "head": ""]),
        LexiconEntry(surface: "我国", kind: .word),
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

    func testPartyCongressByOrdinalIsAProgramme() {
        XCTAssertTrue(names("学习党的十九大精神").contains("党的十九大"))
        XCTAssertFalse(names("党的建设很重要").contains { $0.hasPrefix("党的") })
    }

    func testBatchOrdinalIsNotPartOfTheCampaignName() {
        // The bare campaign name comes from the programme dictionary; the recogniser must not claim the batch.
        XCTAssertFalse(names("第三批主题教育在全市展开").contains { $0.hasPrefix("第三批") })
    }

    func testNameStartsAfterATestingVerb() {
        let found = names("用群众满意检验主题教育")
        XCTAssertFalse(found.contains { $0.contains("检验") })
    }

    func testScopeWordOpensALongPilotName() {
        XCTAssertTrue(names("区里推进全国智慧养老服务县域试点").contains("全国智慧养老服务县域试点"))
    }

    func testYearOpensAContestName() {
        XCTAssertTrue(names("2025海滨市青年创意大赛将举行").contains("2025海滨市青年创意大赛"))
    }

    func testBreakScalarThatBeginsAWordIsNotTheNameStart() {
        XCTAssertFalse(names("为我国海洋经济试点建设").contains { $0.hasPrefix("国") })
    }

    func testNumeralTokenBelongsToTheLongerName() {
        XCTAssertTrue(names("落实“九五”普法规划").contains("九五普法规划"))
    }

    func testQuotedCoreBeforeACueEndingInABreakScalar() {
        // The quoted core names the whole event, so its span runs to the cue and outweighs the description.
        let sentence = "举办“海风讲坛”青年学术研讨会"
        let text = Array(sentence.unicodeScalars)
        let view = SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count),
                                lexicon: Self.lexicon)
        var out: [Candidate] = []
        ProgrammeRecogniser().propose(in: view, into: &out)
        let quoted = out.first { $0.canonical == "海风讲坛" }
        XCTAssertEqual(quoted?.range, 2..<text.count)
        let description = out.first { $0.canonical == "青年学术研讨会" }
        XCTAssertLessThan(description?.score ?? 0, quoted?.score ?? 0)
    }

    func testLongQuotedListNameEndingInACueIsAName() {
        XCTAssertTrue(names("入选“2030年全省智能制造示范工厂名录（第一批）”").contains("2030年全省智能制造示范工厂名录（第一批）"))
    }

    func testQuotedCraftIsAProduct() {
        XCTAssertTrue(names("推进“海鹰一号”研制").isEmpty)
    }

    func testQuotedPhraseWithDeIsATitle() {
        XCTAssertTrue(names("开展“‘两山’理念的实践意义”宣讲").filter { $0.contains("的") }.isEmpty)
    }

    func testQuotedQualitySloganIsNoProgramme() {
        XCTAssertTrue(names("推行“港城速度”“园区效率”").isEmpty)
        XCTAssertTrue(names("推广“东湖模式”").isEmpty)
    }

    func testQuotedCountSummaryIsNoProgramme() {
        XCTAssertTrue(names("落实“四张清单”").isEmpty)
    }

    func testSingleQuotedMetaphorInSpeechIsNoProgramme() {
        XCTAssertTrue(names("他说：“外部环境复杂多变，要防范各种‘白天鹅’‘纸老虎’风险。”").isEmpty)
    }

    func testSingleQuotedNameAfterALeadVerbIsStillAName() {
        XCTAssertTrue(names("他说：“基层治理任务繁重，要大力推广‘千村示范’。”").contains("千村示范"))
    }

    func testRankedHonourIsAProgramme() {
        XCTAssertTrue(names("该县获评全国综合实力百强县。").contains("全国综合实力百强县"))
    }

    func testQuotedItemsLabelledByFieldFormAList() {
        let found = names("交通领域“路畅通”、教育领域“学无忧”")
        XCTAssertTrue(found.contains("路畅通"))
        XCTAssertTrue(found.contains("学无忧"))
    }

    func testQuotedItemsAfterVerbLeadsAreNoList() {
        XCTAssertTrue(names("坚决拥护“两条底线”、始终做到“三个不变”").isEmpty)
    }

    func testUnanchoredSystemHeadIsADescription() {
        XCTAssertTrue(names("建成信用信息平台和长效协同机制").isEmpty)
        XCTAssertTrue(names("组织开展社区文体联谊活动").isEmpty)
    }

    func testAnchoredSystemHeadIsAName() {
        XCTAssertTrue(names("上线东湖市信用平台").contains("东湖市信用平台"))
    }
}
