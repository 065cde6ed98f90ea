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
        LexiconEntry(surface: "宣传周", kind: .programmeCue, attributes: ["strength": "3", "head": ""]),
        LexiconEntry(surface: "专题培训班", kind: .programmeCue, attributes: ["strength": "3"]),
        LexiconEntry(surface: "论坛", kind: .programmeCue, attributes: ["strength": "3"]),
        LexiconEntry(surface: "战略", kind: .programmeCue, attributes: ["strength": "3"]),
        LexiconEntry(surface: "专项", kind: .programmeCue, attributes: ["strength": "2", "head": ""]),
        LexiconEntry(surface: "改革", kind: .programmeCue, attributes: ["strength": "2", "head": ""]),
        LexiconEntry(surface: "条措施", kind: .programmeCue, attributes: ["strength": "2"]),
        LexiconEntry(surface: "展播", kind: .programmeCue, attributes: ["strength": "2", "head": ""]),
        LexiconEntry(surface: "系统", kind: .word),
        LexiconEntry(surface: "工程师", kind: .word),
        LexiconEntry(surface: "周", kind: .programmeCue, attributes: ["strength": "1"]),
        LexiconEntry(surface: "名单", kind: .programmeCue, attributes: ["strength": "1", "head": ""]),
        LexiconEntry(surface: "大道", kind: .placeSuffix, attributes: ["strength": "2"]),
        LexiconEntry(surface: "海湾", kind: .place),
        LexiconEntry(surface: "常态", kind: .word),
        LexiconEntry(surface: "月", kind: .programmeCue, attributes: ["strength": "1"]),
        LexiconEntry(surface: "行动", kind: .programmeCue, attributes: ["strength": "3", "head": ""]),
        LexiconEntry(surface: "计划", kind: .programmeCue, attributes: ["strength": "3", "head": ""]),
        LexiconEntry(surface: "专项行动", kind: .programmeCue, attributes: ["strength": "3", "head": ""]),
        LexiconEntry(surface: "开展", kind: .word, attributes: ["verb": ""]),
        LexiconEntry(surface: "工作", kind: .programmeCue, attributes: ["strength": "1", "head": ""]),
    ])

    func names(_ sentence: String) -> [String] {
        let text = Array(sentence.unicodeScalars)
        let view = SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count),
                                lexicon: Self.lexicon)
        var out: [Candidate] = []
        ProgrammeRecogniser().propose(in: view, into: &out)
        return out.map(\.canonical)
    }

    /// Two heads after a quoted name (“就业援助月”专项活动) both belong to the mention; the name stays the
    /// quoted core.
    func testSecondHeadAfterAQuotedNameBelongsToIt() {
        let m = RecogniserTestSupport.mentions("福州市人社局推出“就业援助月”专项活动。").filter { $0.type == .programme }
        XCTAssertEqual(m.map(\.text), ["“就业援助月”专项活动"])
        XCTAssertEqual(m.map(\.canonical), ["就业援助月"])
    }

    /// A quoted slogan of parallel short phrases before a programme's head (“走企业、解难题”活动) names the
    /// campaign; quoted phrases with no head after them (提出“早发现、早报告”要求) name none.
    func testParallelSloganBeforeAHeadIsAProgramme() {
        XCTAssertEqual(RecogniserTestSupport.names("开展“走企业、解难题”活动。", .programme), ["“走企业、解难题”活动"])
        XCTAssertEqual(RecogniserTestSupport.names("提出“早发现、早报告、早隔离”要求。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("他说：“好、很好”。", .programme), [])
    }

    /// A race between states (美俄核竞赛) or an arms race (军备竞赛) is a rivalry, not a programme; a
    /// contest with an edition (第五届职工技能竞赛) still is one.
    func testRaceBetweenStatesIsNoProgramme() {
        XCTAssertEqual(RecogniserTestSupport.names("冷战时期的美俄核竞赛耗资巨大。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("各国应停止军备竞赛。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("厦门市第九期社会科学知识有奖竞赛昨天开幕。", .programme), ["厦门市第九期社会科学知识有奖竞赛"])
    }

    /// An amount set aside right before a fund (设立5亿元 …基金) introduces the fund by name, as a verb does:
    /// the whole name stands against the shorter one ending at an inner cue (…首贷专项).
    func testAnAmountBeforeAFundIntroducesItsName() {
        XCTAssertEqual(RecogniserTestSupport.names("同时，泉州设立5亿元民营企业首贷专项增信基金，支持企业。", .programme),
                       ["民营企业首贷专项增信基金"])
    }

    /// A name dot joining a country to a fair's own name (中国·海峡项目成果交易会) is inside the name: the
    /// edition before it opens the whole, and no organisation is read from the country and 会.
    func testNameDotInsideAFairsName() {
        let text = "11月20日，第二十三届中国·海峡项目成果交易会在福州开幕。"
        XCTAssertEqual(RecogniserTestSupport.names(text, .programme), ["第二十三届中国·海峡项目成果交易会"])
        XCTAssertEqual(RecogniserTestSupport.names(text, .organisation), [])
    }

    /// A clause verb after a quoted name (“老人会”组织村民 开展 环境整治) ends what can belong to it, and
    /// signing (签订) ends the body before an agreement: neither clause is a programme.
    func testClauseVerbsEndWhatBelongsToAName() {
        XCTAssertEqual(RecogniserTestSupport.names("岩峰村的“老人会”组织村民开展环境整治。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("黎明职业大学与晋江市人民政府签订战略合作协议。", .programme), [])
        // A verb inside an event's own cue (新闻发布会) stays in the name.
        XCTAssertEqual(RecogniserTestSupport.names("举办“贯彻新发展理念 推动高质量发展”系列主题新闻发布会。", .programme).count, 1)
    }

    /// Observance days are recurring events, named from their scope (首个全国生态日, 是世界环境日); after a
    /// place the place opens the name (柏林国际电影节), not the world-wide scope.
    func testObservanceDaysAreProgrammes() {
        XCTAssertEqual(RecogniserTestSupport.names("迎接首个全国生态日。", .programme), ["全国生态日"])
        XCTAssertEqual(RecogniserTestSupport.names("6月5日是世界环境日。", .programme), ["世界环境日"])
        XCTAssertEqual(RecogniserTestSupport.names("第七十届柏林国际电影节开幕。", .programme), ["第七十届柏林国际电影节"])
    }

    /// A local party congress named by its ordinal is a conference with the place that holds it
    /// (厦门市第十七次党代会), not the national body the bare word 党代会 abbreviates.
    func testLocalPartyCongressIsAProgramme() {
        let text = "厦门市第十七次党代会提出，要加快建设现代化国际化城市。"
        XCTAssertEqual(RecogniserTestSupport.names(text, .programme), ["厦门市第十七次党代会"])
        XCTAssertEqual(RecogniserTestSupport.names(text, .organisation), [])
    }

    /// 专项政策 ("special policy") closes a named policy as 专项行动 closes a campaign.
    func testSpecialPolicyClosesTheName() {
        XCTAssertEqual(RecogniserTestSupport.names("全面落实市中小企业融资专项政策。", .programme), ["市中小企业融资专项政策"])
    }

    /// What a team wins (夺得 联赛冠军, 赢得 锦标赛) ends the clause: the contest is no name run on from
    /// the team before the verb.
    func testWinningVerbEndsTheClauseBeforeAContest() {
        XCTAssertEqual(RecogniserTestSupport.names("上海申花夺得联赛冠军。", .programme), [])
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

    /// A quoted common word before a programme's head or cue names the programme (“长效”计划, “常态”系列专项
    /// 行动); before the plain 工作 it is a manner of working.
    func testQuotedCommonWordBeforeAHeadIsAName() {
        XCTAssertEqual(names("实施“长效”计划"), ["长效"])
        XCTAssertTrue(names("开展“常态”系列专项行动").contains("常态"))
        XCTAssertTrue(names("做好“拓展”工作").isEmpty)
    }

    /// A plenary session named by term and number is a conference (党的二十届三中全会, 十一届三中全会); a
    /// committee before the term is a body of its own; 全会 without a term names none.
    func testPlenarySessionsAreConferences() {
        XCTAssertEqual(names("传达学习党的二十届三中全会精神。"), ["党的二十届三中全会"])
        XCTAssertEqual(names("十一届三中全会以来变化很大。"), ["十一届三中全会"])
        XCTAssertEqual(names("省委十一届五次全会召开。"), ["十一届五次全会"])
        XCTAssertEqual(names("这次全会很重要。"), [])
    }

    /// “A series of” alone before a cue (开展系列专项行动) names no programme; a name before it still does.
    func testSeriesAloneNamesNoProgramme() {
        XCTAssertEqual(names("今年开展系列专项行动。"), [])
        XCTAssertTrue(names("开展东湖市打击诈骗系列专项行动。").contains("东湖市打击诈骗系列专项行动"))
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
        // The party's short name before the ordinal is part of the congress's name too.
        XCTAssertTrue(names("学习中共十六大精神").contains("中共十六大"))
        XCTAssertFalse(names("中共中央召开会议").contains { $0.hasPrefix("中共") })
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

    /// 战略 qualifying the noun after it (战略伙伴关系, 战略眼光) is "strategic", not a strategy's name;
    /// before 部署 it is still the strategy deployed (with the bundled dictionaries).
    func testStrategicBeforeItsNounIsNoStrategy() {
        XCTAssertEqual(RecogniserTestSupport.names("双方表示要深化中越战略合作伙伴关系。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("两国领导人重申要增进中法战略互信。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("全面落实海洋经济强省战略部署。", .programme), ["海洋经济强省战略"])
    }

    func testAnchoredSystemHeadIsAName() {
        XCTAssertTrue(names("上线东湖市信用平台").contains("东湖市信用平台"))
    }

    // MARK: second round: the seeds' programme conventions, on sentences written for these tests

    func testNameBodyCrossesABreakInsideAWord() {
        // 及 alone is a conjunction; inside 普及 it is part of the name.
        XCTAssertTrue(names("举办第十届海洋科学普及宣传周").contains("第十届海洋科学普及宣传周"))
    }

    func testRegionWideAdverbIsNotPartOfTheName() {
        let found = names("巩固全省城乡融合发展集成改革试点成效")
        XCTAssertTrue(found.contains("城乡融合发展集成改革试点"))
        XCTAssertFalse(found.contains { $0.hasPrefix("全省") })
    }

    func testDateIsNotPartOfTheName() {
        XCTAssertFalse(names("5月8日东湖市青年创意大赛开幕").contains { $0.contains("日") })
    }

    func testPlanTitleInBookMarksIsAProgramme() {
        XCTAssertTrue(names("印发《东湖市智慧交通三年实施方案》").contains("东湖市智慧交通三年实施方案"))
        XCTAssertTrue(names("修订《东湖市物业管理条例》").isEmpty)
    }

    func testBookTitleBeforeAProgrammeHeadIsTheName() {
        XCTAssertTrue(names("推出《海岛·寻味》系列短视频展播").contains("海岛·寻味"))
        XCTAssertFalse(names("《海滨日报》举办青年创意大赛").contains("海滨日报"))
    }

    func testNationalScopeOpensARankedHonour() {
        XCTAssertTrue(names("先后获评中国工业百强县").contains("中国工业百强县"))
    }

    func testQuotedTokenInsideAnEnterpriseDesignation() {
        XCTAssertTrue(names("新增国家级创新型“领航”企业5家").contains("国家级创新型领航企业"))
        XCTAssertFalse(names("“海风行动”服务企业300家").contains { $0.hasSuffix("企业") })
        XCTAssertFalse(names("“十五”期间民营企业发展").contains { $0.hasSuffix("企业") })
    }

    func testCityInstanceOfAQuotedProgrammeIsNamedInFull() {
        XCTAssertTrue(names("依托东湖市“信融通”平台开通专区").contains("东湖市信融通平台"))
    }

    func testChiefSystemsArePrograms() {
        let found = names("全面推行河长制和林长制")
        XCTAssertTrue(found.contains("河长制"))
        XCTAssertTrue(found.contains("林长制"))
        XCTAssertTrue(names("克服家长制作风").isEmpty)
    }

    func testNumberedPolicyPackageAfterAnIssuingVerb() {
        XCTAssertTrue(names("出台稳定外贸增长十条措施").contains("稳定外贸增长十条措施"))
    }

    func testQuotedNameAfterAnIntroducingVerbAndDe() {
        XCTAssertTrue(names("全省首创的“职工法律体检”，深受欢迎").contains("职工法律体检"))
        XCTAssertFalse(names("推出的“海湾风云”数据库").contains("海湾风云"))
    }

    func testThemeTokenBeforeAnEventCueJoinsTheWholeName() {
        XCTAssertTrue(names("“低碳”工作与绿色金融专题培训班开班").contains("低碳工作与绿色金融专题培训班"))
    }

    func testShortEventNameAfterACount() {
        XCTAssertTrue(names("成功举办5届海丝论坛").contains("海丝论坛"))
        XCTAssertFalse(names("推进一项系统工程").contains("系统工程"))
    }

    func testPlaceBeforeAnOrdinalOpensTheName() {
        XCTAssertTrue(names("东湖市第三期青年创意大赛开幕").contains("东湖市第三期青年创意大赛"))
    }

    func testAnotherNamesStrongCueEndsTheBody() {
        let found = names("实施乡村振兴战略城乡融合专项")
        XCTAssertFalse(found.contains { $0.hasPrefix("乡村振兴战略") && $0 != "乡村振兴战略" })
    }

    func testAdjectiveAloneBeforeACueIsADescription() {
        XCTAssertTrue(names("在小区开展智慧化试点").isEmpty)
    }

    func testOperatorTokenWithoutACueIsAFormula() {
        XCTAssertTrue(names("深化“环保+”社区服务").isEmpty)
    }

    func testCueThatBeginsALongerWordEndsNoName() {
        XCTAssertTrue(names("海滨市海洋装备工程师队伍").isEmpty)
    }

    func testWeakCueNamesAnEventAfterAnEdition() {
        XCTAssertTrue(names("东湖市首届海洋文化周开幕").contains("东湖市首届海洋文化周"))
        XCTAssertTrue(names("本周海洋文化周开幕").isEmpty)
        // 月 after an edition is a date, not the end of a name.
        XCTAssertFalse(names("第八届海湾拳击赛六月开赛").contains { $0.hasSuffix("月") })
    }

    func testBracketedEditionBelongsToTheName() {
        XCTAssertTrue(names("入选国家智慧农业试点（第三批）").contains("国家智慧农业试点（第三批）"))
    }

    func testQuotedListIsANameButAnUnquotedListIsNot() {
        XCTAssertTrue(names("公布“美丽渔村”名单").contains("美丽渔村"))
        XCTAssertTrue(names("公布新内阁成员名单").isEmpty)
    }

    func testRoadSectionInBracketsStaysInsideTheWorksName() {
        XCTAssertTrue(names("海湾大道(东段-西段)排水改造工程完工").contains("海湾大道(东段-西段)排水改造工程"))
    }

    func testMannerAdjectiveDoesNotOpenAName() {
        XCTAssertFalse(names("实施常态化河道保洁工程").contains("常态化河道保洁工程"))
    }

    func testOnlyOneIsNoPartOfAPilotName() {
        XCTAssertFalse(names("成为国家海洋产业集群唯一试点").contains { $0.contains("唯一") })
    }

    /// A programme name does not start inside a foreign name written in transliteration characters
    /// (布莱|希特诞辰百年大会): the person keeps the whole run (bundled dictionaries).
    func testNameDoesNotStartInsideATransliteratedName() {
        let text = "纪念德国戏剧家布莱希特诞辰百年大会举行。"
        XCTAssertFalse(RecogniserTestSupport.names(text, .programme).contains { $0.hasPrefix("希特") })
        XCTAssertEqual(RecogniserTestSupport.names(text, .person), ["布莱希特"])
    }

    /// 采取, 打算 and their kind take a policy as their object; they never open its name (bundled dictionaries).
    func testPolicyVerbDoesNotOpenAName() {
        for sentence in ["海关打算采取联合行动打击走私", "双方应采取果断行动"] {
            XCTAssertFalse(RecogniserTestSupport.names(sentence, .programme).contains { $0.contains("采取") }, sentence)
        }
    }

    /// A place alone before a head noun is the subject of a clause (东湖市 计划 明年…), not a name; with words
    /// of its own between place and head it is one.
    func testPlaceAloneBeforeAHeadNounIsNoName() {
        XCTAssertFalse(names("东湖市计划明年扩建码头").contains("东湖市计划"))
        XCTAssertTrue(names("公布东湖市海绵城市建设计划").contains("东湖市海绵城市建设计划"))
    }

    /// A name never starts in the middle of a common word (养|老保险制度, 集|中展示…): bundled dictionaries.
    func testNameDoesNotStartInsideACommonWord() {
        XCTAssertFalse(RecogniserTestSupport.names("改革推动了养老保险制度的社会化", .programme).contains { $0.hasPrefix("老") })
        XCTAssertFalse(RecogniserTestSupport.names("博览会集中展示中国工程技术的最高水平", .programme).contains { $0.hasPrefix("中展示") })
    }

    /// A kind of event counted right after its cue (…宣传活动40多场次) is no one programme; an edition
    /// before the cue still names one.
    /// A quoted phrase before an idea or a model (理念, 服务模式) names a way of thinking, not a programme;
    /// one before an experience to learn from (经验) stays one.
    func testAQuotedIdeaOrModelIsNoProgramme() {
        XCTAssertEqual(RecogniserTestSupport.names("运用“开放+合作”理念推动发展。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("创新“银行+保险”服务模式，支持企业。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("各地推广“枫桥经验”。", .programme), ["“枫桥经验”"])
    }

    func testAKindAfterAQuantifierIsNoProgramme() {
        XCTAssertEqual(RecogniserTestSupport.names("我市各类科技创新基金规模扩大。", .programme), [])
    }

    func testACountedKindOfEventIsNoProgramme() {
        XCTAssertEqual(RecogniserTestSupport.names("全年举办乡土文化宣传活动40多场次。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("第三届乡土文化宣传活动吸引游客2万人次。", .programme), ["第三届乡土文化宣传活动"])
    }

    /// A listed party or state body's meeting is a conference, with the body nested in it; a meeting
    /// room is none, and the meeting belongs to the body's whole name (中共中央政治局, not 政治局).
    func testABodysMeetingIsAConference() {
        let m = RecogniserTestSupport.mentions("国务院常务会议审议通过了草案。")
        XCTAssertEqual(m.filter { $0.type == .programme }.map(\.text), ["国务院常务会议"])
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["国务院"])
        XCTAssertEqual(RecogniserTestSupport.names("中共中央政治局会议强调，要做好工作。", .programme), ["中共中央政治局会议"])
        XCTAssertEqual(RecogniserTestSupport.names("签字仪式在外交部会议室举行。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("展览在国务院会议中心举行。", .programme), [])
        XCTAssertEqual(RecogniserTestSupport.names("他在国务院常务会议中强调。", .programme), ["国务院常务会议"])
    }

    /// A quoted name closed by a strong organisation suffix names a body, not a programme.
    func testAQuotedBodyIsAnOrganisation() {
        let m = RecogniserTestSupport.mentions("各村成立“抗旱救灾领导小组”，组织群众抗旱。")
        XCTAssertEqual(m.filter { $0.type == .programme }.map(\.text), [])
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["抗旱救灾领导小组"])
    }

    /// Items coordinated before a cued programme, the list a lead verb's object, are programmes of the
    /// same kind named without the shared cue; a list no lead verb opens, or items of four characters that
    /// say what kind of event it was, give none.
    func testItemsCoordinatedBeforeACuedProgrammeAreProgrammes() {
        XCTAssertEqual(RecogniserTestSupport.names("推进青年友好城市、全民健身示范城市和社区养老服务试点。", .programme),
                       ["青年友好城市", "全民健身示范城市", "社区养老服务试点"])
        let unopened = RecogniserTestSupport.names("青年友好城市、全民健身示范城市和社区养老服务试点都已启动。", .programme)
        XCTAssertFalse(unopened.contains("青年友好城市") || unopened.contains("全民健身示范城市"), "\(unopened)")
        XCTAssertFalse(RecogniserTestSupport.names("举办主题报告和专题讲座、第三届读书节。", .programme).contains("主题报告"))
    }

    /// A named road or bridge joined to the rest of the works by 及 or 和 opens the project's name: the
    /// works are on that road (国道205线福州大桥及引桥加固工程). A street (南京路: 路 names streets, whose works
    /// rarely carry the street's name), a road in a clause about something else, or a conjunction after a
    /// verb, opens none.
    func testRoadJoinedToTheWorksOpensTheName() {
        XCTAssertEqual(RecogniserTestSupport.names("南京路及沿线管网改造工程完工。", .programme), ["沿线管网改造工程"])
        XCTAssertEqual(RecogniserTestSupport.names("国道205线福州大桥及引桥加固工程完工。", .programme), ["国道205线福州大桥及引桥加固工程"])
        XCTAssertEqual(RecogniserTestSupport.names("长江大道及周边道路提升改造工程完工。", .programme), ["长江大道及周边道路提升改造工程"])
        XCTAssertEqual(RecogniserTestSupport.names("他们走访了福州大桥和周边社区。", .programme), [])
        XCTAssertFalse(RecogniserTestSupport.names("福州大桥及时实施维修加固工程。", .programme).contains { $0.hasPrefix("福州大桥") })
    }

    /// A one-character place that is the place suffix of the name before it (黄骅|港: the harbour of 黄骅,
    /// not 港 for Hong Kong) opens no programme: the works are named from the whole place.
    func testPlaceSuffixIsNoOneCharacterPlaceOpeningAName() {
        XCTAssertEqual(RecogniserTestSupport.names("河北省沧州市黄骅港一期工程顺利通过验收。", .programme), ["黄骅港一期工程"])
    }

    /// A one-character place inside a longer one (淮|南: 南 abbreviates 南非) opens no programme: a name never
    /// starts inside another name. The plant keeps its own name.
    func testNoNameOpensInsideAPlace() {
        let m = RecogniserTestSupport.mentions("今年，淮南垃圾焚烧厂一期工程开工建设。")
        XCTAssertFalse(m.contains { $0.type == .programme && $0.text.hasPrefix("南") })
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["淮南垃圾焚烧厂"])
    }
}
