import XCTest
@testable import Entities

/// Dictionary names, and one-character abbreviations only where newswire uses them as names.
final class DictionaryRecogniserTests: XCTestCase {
    private func places(_ text: String) -> [String] { RecogniserTestSupport.names(text, .place) }

    /// 上 after a noun is a postposition (世界|上), not the start of 上海 cut by a word (海拔); after a verb
    /// (视察|上海) the place is the object.
    /// A foreign city right after its own country is read whole, whatever word the two spell across
    /// their edge (韩国|大邱 over 国大 and a person 韩国大).
    func testForeignCityAfterItsCountryIsReadWhole() {
        XCTAssertEqual(RecogniserTestSupport.names("韩国大邱的纺织业。", .place), ["韩国", "大邱"])
        XCTAssertEqual(RecogniserTestSupport.names("韩国大邱的纺织业。", .person), [])
    }

    /// Mongolia's official short name 蒙古国 is the country, not a person 蒙 + 古国.
    func testMongoliaWrittenWithGuoIsTheCountry() {
        let m = RecogniserTestSupport.mentions("蒙古国总统在乌兰巴托会见了中国代表团。")
        XCTAssertTrue(m.contains { $0.text == "蒙古国" && $0.type == .place })
        XCTAssertFalse(m.contains { $0.type == .person })
    }

    /// The national publishers named bare (中华书局, 商务印书馆, 三联书店) are organisations; 中华 is no
    /// place inside 中华书局.
    func testNationalPublishersNamedBare() {
        XCTAssertEqual(RecogniserTestSupport.names("中华书局出版了这套古籍。", .organisation), ["中华书局"])
        XCTAssertEqual(RecogniserTestSupport.names("中华书局出版了这套古籍。", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("商务印书馆成立一百周年。", .organisation), ["商务印书馆"])
    }

    /// 全 before a major state's abbreviation is "all of it" (全美) only when 全 ends no word (安全|法).
    func testWholeOfAStateNotAfterAWordEndingInQuan() {
        XCTAssertEqual(RecogniserTestSupport.names("这是安全法。", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("全美各地举行了集会。", .place), ["美"])
    }

    func testPostpositionOpensNoPlaceCutOnTheRight() {
        XCTAssertEqual(places("这是世界上海拔最高的湖泊。"), [])
        XCTAssertEqual(places("代表团访问上海期间参观了工厂。"), ["上海"])
    }

    /// A district whose name opens on the last character of a city before it, the rest a word (九江|城区,
    /// 长沙|市区), is a chance string: the city and the word. After its own city it is read (荆州市|沙市区).
    func testDistrictCutFromACityAndAWordIsNoPlace() {
        XCTAssertEqual(places("洪水袭来，九江城区告急。"), ["九江"])
        XCTAssertEqual(places("长沙市区的交通很拥堵。"), ["长沙"])
        XCTAssertEqual(places("他来到荆州市沙市区调研。"), ["荆州市", "沙市区"])
        // A region (皖南, 闽东) cuts a district the same way: 皖南|山区, 闽东|山区.
        XCTAssertEqual(places("皖南山区的茶农喜获丰收。"), ["皖南"])
        XCTAssertEqual(places("他们来到闽东山区扶贫。"), ["闽东"])
    }

    /// A place cut by a word that is itself a place (有关|中国 by 关中, 黄河|源 by 河源, 上海|北京 by 海北)
    /// keeps its full weight: the two names compete as names.
    func testPlaceCutOnlyByAnotherPlaceCompetesWhole() {
        XCTAssertEqual(places("他撰写了有关中国宗教问题的专著。"), ["中国"])
        XCTAssertEqual(places("九十年代黄河源的生态环境。"), ["黄河"])
        XCTAssertEqual(places("他常年往返于上海北京之间。"), ["上海", "北京"])
    }

    /// Figures every reader knows, which no pattern finds (two-character and foreign names without a cue),
    /// are persons from the dictionary; a name that is mostly an idiom's first word (路遥知马力) is not listed.
    func testWellKnownFiguresAreDictionaryPersons() {
        XCTAssertEqual(RecogniserTestSupport.names("粟裕大将指挥了这场战役。", .person), ["粟裕"])
        XCTAssertEqual(RecogniserTestSupport.names("他喜欢莫泊桑和契诃夫的小说。", .person), ["莫泊桑", "契诃夫"])
        XCTAssertEqual(RecogniserTestSupport.names("路遥知马力，日久见人心。", .person), [])
    }

    /// National performing arts companies and studios are known bodies, with the short forms newswire uses
    /// (长影 for 长春电影制片厂).
    func testNationalPerformingArtsCompanies() {
        XCTAssertEqual(RecogniserTestSupport.names("中央芭蕾舞团访问俄罗斯。", .organisation), ["中央芭蕾舞团"])
        XCTAssertEqual(RecogniserTestSupport.names("长影拍摄的影片获奖。", .organisation), ["长影"])
    }

    /// Russia's republics and India's states are places with their level words (鞑靼斯坦共和国, 古吉拉特邦);
    /// one whose bare name is a common word (北方 of 北方邦) only with it.
    func testRussianRepublicsAndIndianStates() {
        XCTAssertEqual(places("在鞑靼斯坦共和国首府喀山。"), ["鞑靼斯坦共和国", "喀山"])
        XCTAssertEqual(places("印度古吉拉特邦和北方邦发生地震。"), ["印度", "古吉拉特邦", "北方邦"])
        XCTAssertEqual(places("北方地区普降大雪。"), [])
    }

    /// The Xinjiang Production and Construction Corps is a state body of its own, not the region's name
    /// and a phrase.
    func testProductionAndConstructionCorpsIsABody() {
        XCTAssertEqual(RecogniserTestSupport.names("新疆生产建设兵团的职工开垦荒地。", .organisation), ["新疆生产建设兵团"])
        XCTAssertEqual(places("新疆生产建设兵团的职工开垦荒地。"), [])
    }

    /// First-level divisions of large states, bare and with their level word (神奈川, 青森县, 新泽西州).
    func testForeignFirstLevelDivisions() {
        XCTAssertEqual(places("他先后到过神奈川、青森两地考察。"), ["神奈川", "青森"])
        XCTAssertEqual(places("他在新泽西州和俄亥俄州都住过。"), ["新泽西州", "俄亥俄州"])
        // Korea's provinces are named with 道 only.
        XCTAssertEqual(places("代表团去庆尚北道、全罗南道参观。"), ["庆尚北道", "全罗南道"])
    }

    /// Subdivisions of any state, as ISO 3166-2 names them with their level word (若开邦, 北日德兰大区,
    /// 下莱茵省), are places whole: no country's one-character abbreviation is cut out of them.
    func testSubdivisionsWithTheirLevelWord() {
        XCTAssertEqual(places("记者从若开邦首府发回报道。"), ["若开邦"])
        XCTAssertEqual(places("北日德兰大区的港口很繁忙。"), ["北日德兰大区"])
        XCTAssertEqual(places("他曾任下莱茵省省长。"), ["下莱茵省"])
    }

    /// Bodies, parties and agencies of 1990s newswire under the names it used (国家审计署, 香港廉政公署,
    /// 奉辛比克党, 俄通社—塔斯社 written whole with its dash).
    func testNewswireBodiesOfTheNineties() {
        let orgs = { (text: String) in RecogniserTestSupport.names(text, .organisation) }
        XCTAssertEqual(orgs("国家审计署公布了审计结果。"), ["国家审计署"])
        XCTAssertEqual(orgs("香港廉政公署拘捕了三名官员。"), ["香港廉政公署"])
        XCTAssertEqual(orgs("奉辛比克党和柬埔寨人民党达成协议。"), ["奉辛比克党", "柬埔寨人民党"])
        XCTAssertEqual(orgs("俄通社—塔斯社报道说。"), ["俄通社—塔斯社"])
    }

    /// A foreign city's short name cut on the right by a chance word keeps its reading where the text after it
    /// segments on its own (河内|参观 over 内参), not where the cut is the reading (入海|防治 → no 海防).
    func testMinorPlaceCutOnlyByAChanceWordStands() {
        XCTAssertEqual(places("会后，代表团前往河内参观。"), ["河内"])
        XCTAssertEqual(places("要加强入海防治工作。"), [])
    }

    /// Landmarks of newswire are places (王府井, 长安街, 陆家嘴, 板门店): 陆家嘴 is no surname and given name.
    func testLandmarksArePlaces() {
        XCTAssertEqual(places("他在王府井买书，又去长安街和陆家嘴。"), ["王府井", "长安街", "陆家嘴"])
        XCTAssertEqual(places("双方代表在板门店举行会谈。"), ["板门店"])
        XCTAssertEqual(RecogniserTestSupport.names("他又去了陆家嘴。", .person), [])
    }

    /// 共产党 alone is the Communist Party of China; a party member (共产党员) names no party.
    func testTheCommunistPartyNamedBare() {
        XCTAssertEqual(RecogniserTestSupport.names("他说，共产党领导人民取得了胜利。", .organisation), ["共产党"])
        XCTAssertEqual(RecogniserTestSupport.names("他是一名共产党员。", .organisation), [])
    }

    /// Ordinary words jieba tags as places (美丽, 东西) are segmentation evidence: a run of state
    /// abbreviations ends before the word its last character opens (日韩|美丽, not 日韩美 + 丽).
    func testOrdinaryWordEndsARunOfStateAbbreviations() {
        XCTAssertEqual(RecogniserTestSupport.names("整合日韩美丽产业资源。", .place), ["日", "韩"])
        XCTAssertEqual(RecogniserTestSupport.names("整合日韩美丽产业资源。", .person), [])
    }

    /// A run of three state abbreviations is a list when it names major states (美英法); three minor
    /// ones in a row are a foreign name's characters (阿|加|西 Argentina, Canada, Spain).
    func testRunOfMinorStateAbbreviationsIsNoList() {
        XCTAssertEqual(RecogniserTestSupport.names("阿加西今天在球场上取胜。", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("美英法对此表示关切。", .place), ["美", "英", "法"])
    }

    /// Football and basketball clubs known by a name that is no place (热刺, 切沃, 湖人) are organisations
    /// wherever they stand; a club named after its city (罗马) stays the city outside a fixture.
    func testClubsNamedWithoutACityAreOrganisations() {
        XCTAssertEqual(RecogniserTestSupport.names("热刺主场5连胜，湖人客场告负。", .organisation), ["热刺", "湖人"])
        XCTAssertEqual(RecogniserTestSupport.names("罗马是意大利的首都。", .place), ["罗马", "意大利"])
    }

    /// Banks known by their short names (招行, 浦发, 汇丰, 高盛) are organisations; where the page spells the
    /// full name too, the short form joins its node.
    func testBanksByTheirShortNames() {
        XCTAssertEqual(RecogniserTestSupport.names("招行、浦发和汇丰公布了业绩，高盛维持评级。", .organisation), ["招行", "浦发", "汇丰", "高盛"])
        let orgs = RecogniserTestSupport.mentions("汇丰银行公布了业绩。汇丰股价随即上涨。").filter { $0.type == .organisation }
        XCTAssertEqual(orgs.map(\.canonical), ["汇丰银行", "汇丰银行"])
    }

    /// Internet and consumer companies known by their short names (网易, 拼多多, 字节跳动) are organisations;
    /// short forms that run across ordinary words are not listed (美团 in 中美团结, 国美 in 中国美业).
    func testCompaniesByTheirShortNames() {
        XCTAssertEqual(RecogniserTestSupport.names("网易、拼多多和字节跳动公布了财报。", .organisation), ["网易", "拼多多", "字节跳动"])
        XCTAssertEqual(RecogniserTestSupport.names("中美团结合作的意义重大。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("中国美业市场规模持续扩大。", .organisation), [])
    }

    /// 从 before 江苏 is "from", not the first character of the county 从江; where no place follows the
    /// county's name, it stays the county.
    func testPrepositionOpeningACountyBeforeAProvince() {
        XCTAssertEqual(places("货物从江苏运往上海。"), ["江苏", "上海"])
        XCTAssertEqual(places("他在从江工作多年。"), ["从江"])
    }

    /// 亚 of the Asian Games (亚运会) is Asia, as newswire annotation has it; 亚 in 亚军 ("runner-up") is not.
    func testAsiaInTheAsianGames() {
        XCTAssertEqual(places("运动员们正在积极备战亚运会。"), ["亚"])
        XCTAssertEqual(places("她在比赛中获得了亚军。"), [])
    }

    /// A classifier after a numeral is the count's measure word, even where it opens a place name (个旧).
    func testClassifierAfterANumeralOpensNoPlace() {
        XCTAssertFalse(places("全市已有20个旧厂房完成改造。").contains("个旧"))
        XCTAssertEqual(places("他来自云南个旧。"), ["云南", "个旧"])
    }

    /// Africa's abbreviation beside a state's before a word of their relations (中非合作) names Africa; 非
    /// in a word (非法, 并非) or after 对 ("non-": 对非会员) does not.
    func testAfricasAbbreviationBesideAState() {
        XCTAssertEqual(places("中非合作不断深化。"), ["中", "非"])
        XCTAssertEqual(places("这种做法并非非法。"), [])
        XCTAssertEqual(places("俱乐部对非会员开放。"), [])
    }

    /// A trophy's namesake is a person in the trophy's name (尤伯杯, 汤杯, and both in 汤尤杯), and nowhere
    /// else from the dictionary (一碗汤).
    func testTrophyNamesakesOnlyBeforeTheCup() {
        XCTAssertEqual(RecogniserTestSupport.names("中国女队第十次捧起尤伯杯。", .person), ["尤伯"])
        XCTAssertEqual(RecogniserTestSupport.names("两支球队将争夺汤杯。", .person), ["汤"])
        XCTAssertEqual(RecogniserTestSupport.names("本届汤尤杯赛在广州举行。", .person), ["汤", "尤"])
        XCTAssertEqual(RecogniserTestSupport.names("他喝了一碗汤，尤其满意。", .person), [])
    }

    /// A word-list name right after a number is a chance string: its surname is the count's verb or unit
    /// (三战三捷 "three battles, three wins"); the same name elsewhere is still read.
    func testWordListNameAfterANumberIsNoPerson() {
        XCTAssertEqual(RecogniserTestSupport.names("他们三战三捷，士气高涨。", .person), [])
        XCTAssertEqual(RecogniserTestSupport.names("影迷们怀念李小龙。", .person), ["李小龙"])
    }

    /// Former names of world cities and countries are places (汉城, 扎伊尔); the dictionary groups them with
    /// today's name (首尔), and the document's own form names the node.
    func testFormerWorldPlaceNamesArePlaces() {
        XCTAssertEqual(places("他参观了汉城的一家工厂。"), ["汉城"])
        XCTAssertEqual(places("扎伊尔总统发表讲话。"), ["扎伊尔"])
        let both = RecogniserTestSupport.mentions("汉城即今天的首尔。").filter { $0.type == .place }
        XCTAssertEqual(both.map(\.text), ["汉城", "首尔"])
        XCTAssertEqual(Set(both.map(\.canonical)).count, 1)
    }

    /// Short forms that are ordinary words (来宾 guest, 新建 newly built) are left out of the place list.
    func testShortFormsThatAreOrdinaryWordsAreNoPlaces() {
        XCTAssertEqual(places("市长作为来宾代表在开幕式上发言。"), [])
        XCTAssertEqual(places("这是一条新建的公路。"), [])
    }

    /// A country's long form whose 国 opens 国内 or 国外 is the short form and that word (俄国|内 → 俄|国内).
    func testLongFormBeforeGuoneiIsTheShortForm() {
        XCTAssertEqual(places("目前俄国内政局动荡。"), ["俄"])
        XCTAssertEqual(places("这在日本国内外引起反响。"), ["日本"])
        XCTAssertEqual(places("俄国人民很勤劳。"), ["俄国"])
    }

    /// Japan's ministries and China's national sports associations are known by their short names.
    func testForeignMinistriesAndSportsAssociations() {
        XCTAssertEqual(RecogniserTestSupport.names("日本大藏省官员今天表示。", .organisation), ["日本大藏省"])
        XCTAssertEqual(RecogniserTestSupport.names("中国田协今年几经努力。", .organisation), ["中国田协"])
    }

    /// Car makers are known by their brands alone (宝马, 奥迪, 沃尔沃), not read as foreign names.
    func testCarMakersByTheirBrands() {
        XCTAssertEqual(RecogniserTestSupport.names("宝马和奥迪的销量都在上升。", .organisation), ["宝马", "奥迪"])
        XCTAssertEqual(RecogniserTestSupport.names("他向沃尔沃提供零部件。", .person), [])
    }

    /// A county-level city's former county name (监利县, now 监利市) is a place, whole.
    func testFormerCountyNameIsAPlace() {
        XCTAssertEqual(places("他早年在监利县工作。"), ["监利县"])
    }

    /// 香港特区 and 澳门特区 are the regions' usual short names, in either script (named in simplified).
    func testSpecialAdministrativeRegionShortName() {
        XCTAssertEqual(places("这将使香港特区的发展迈上新台阶。"), ["香港特区"])
        XCTAssertEqual(RecogniserTestSupport.mentions("澳門特區的經濟").filter { $0.type == .place }.map(\.canonical), ["澳门特区"])
    }

    /// Any country's abbreviation before its own organ or part names the country (叙总统, 巴北部); 新
    /// there is "new" and 中 before a direction is part of a region (华北中南部), and a character that
    /// ends a word stays in it.
    func testAnyCountryBeforeItsOrganOrPart() {
        XCTAssertEqual(places("外长随后与叙总统举行会谈。"), ["叙"])
        XCTAssertEqual(places("洪水袭击了巴北部山区。"), ["巴"])
        XCTAssertEqual(places("新总理上任后宣布改革。"), [])
        XCTAssertEqual(places("华北中南部有小雨。"), ["华北"])
        XCTAssertEqual(places("政府决定增加总理办公经费。"), [])
    }

    /// Any country's abbreviation before 政府 is that state's government (罗政府, 菲政府), except the ones that
    /// are as often a preposition or an adjective there (以政府名义, 老政府) and a character that ends a word
    /// (增加|政府).
    func testAnyCountryBeforeItsGovernment() {
        XCTAssertEqual(places("罗政府昨天公布了新的预算。"), ["罗"])
        XCTAssertEqual(places("菲政府当天宣布了这一决定。"), ["菲"])
        XCTAssertEqual(places("他以政府名义发出通知。"), [])
        XCTAssertEqual(places("这要求增加政府投入。"), [])
    }

    /// A two-character place whose last character opens an idiom (中|原形毕露) is no place: the idiom is
    /// never cut. The place before an ordinary word stays (中原|地区).
    func testAnIdiomOpeningOnThePlacesLastCharacterWins() {
        XCTAssertEqual(places("几个骗子在调查中原形毕露。"), [])
        XCTAssertEqual(places("中原地区经济发展很快。"), ["中原"])
    }

    /// 全美, 全英: the whole of a major state; not when 全 starts a longer word (全日制).
    func testTheWholeOfAMajorState() {
        XCTAssertEqual(places("她获得全美青年奖。"), ["美"])
        XCTAssertEqual(places("学校开设全日制课程。"), [])
    }

    /// The Olympic Games (奥运会) name 奥 as a place, as the Asian Games name 亚.
    func testOlympicGamesNameTheirPlace() {
        XCTAssertEqual(places("运动员备战奥运会。"), ["奥"])
    }

    /// A province followed by a city that lies in it keeps both names against the title their edges
    /// spell (湖南|省长|沙市); a province before a city elsewhere gets no such help.
    func testAdministrativeChainBeatsTheWordAcrossIt() {
        XCTAssertEqual(places("湖南省长沙市举办了展览。"), ["湖南省", "长沙市"])
    }

    /// An enumeration needs the comma between the two abbreviations (港服港贸 is no list), and a
    /// character that starts a word after the comma is that word (、深耕).
    func testEnumerationNeedsTheCommaBetweenItsItems() {
        XCTAssertEqual(places("基础设施薄弱、港服港贸不全。"), [])
        XCTAssertEqual(places("选择福州、深耕福州。"), ["福州", "福州"])
        XCTAssertEqual(places("中、美、日三国代表出席。"), ["中", "美", "日"])
    }

    /// Beside another state's abbreviation, 新 is Singapore, not Xinjiang.
    /// A pair of major states before their governments or firms (中德政府磋商, 中美企业家) is two states, though
    /// the second character and the head's first make a word (德政); other pairs before 企业 are not states
    /// (并以企业).
    func testPairOfMajorStatesBeforeTheirGovernments() {
        XCTAssertEqual(RecogniserTestSupport.names("双方举行第七轮中德政府磋商。", .place), ["中", "德"])
        XCTAssertEqual(RecogniserTestSupport.names("中美企业家对话会举行。", .place), ["中", "美"])
        XCTAssertEqual(RecogniserTestSupport.names("他并以企业的形式成立公司。", .place), [])
    }

    /// A name of the word list (persons-lexical.tsv) is a person where nothing else reads the span
    /// (张之洞: a given name of rare characters), with less confidence than a known person, and none where
    /// a common word cuts it (三|战三捷).
    func testWordListNamesAreWeakPersons() {
        XCTAssertEqual(RecogniserTestSupport.names("张之洞在湖北兴办实业。", .person), ["张之洞"])
        let lexicon = Lexicon(entries: [LexiconEntry(surface: "战三捷", kind: .person, attributes: ["lexical": ""]),
                                        LexiconEntry(surface: "董庚臣", kind: .person, attributes: ["lexical": ""]),
                                        LexiconEntry(surface: "三战三捷", kind: .word)])
        func proposals(_ sentence: String) -> [Candidate] {
            let text = Array(sentence.unicodeScalars)
            let view = SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count), lexicon: lexicon)
            var out: [Candidate] = []
            DictionaryRecogniser().propose(in: view, into: &out)
            return out
        }
        XCTAssertEqual(proposals("董庚臣眼睛红了。").map(\.confidence), [DictionaryRecogniser.lexicalConfidence])
        XCTAssertLessThan(DictionaryRecogniser.lexicalConfidence, 0.9)
        XCTAssertEqual(proposals("同样是三战三捷的棋手。").count, 0)
    }

    func testAbbreviationBesideAStateNamesAState() {
        let m = RecogniserTestSupport.mentions("中新两国关系不断发展。").filter { $0.type == .place }
        XCTAssertEqual(m.map(\.canonical), ["中国", "新加坡"])
    }

    /// Place names that are only strings inside other words: a day after a number (11日|本报), the head
    /// of a set phrase (长治久安, 北京时间), a run of abbreviations a word runs through (并|加以), and
    /// 在以…为 ("taking … as"). A country heading a set phrase stays (中华民族).
    func testChanceStringsAreNoPlaces() {
        XCTAssertEqual(places("5月11日本报记者报道。"), [])
        XCTAssertEqual(places("为了国家的长治久安而努力。"), [])
        XCTAssertEqual(places("比赛均在北京时间清晨进行。"), [])
        XCTAssertEqual(places("把家庭作为单位并加以巩固。"), [])
        XCTAssertEqual(places("我们要在以人民为中心的思想指导下前进。"), [])
        XCTAssertEqual(places("中华民族的伟大复兴。"), ["中华"])
    }

    func testVisitWordsKeepTheAbbreviation() {
        XCTAssertEqual(places("总统将于下月访华。"), ["华"])
        XCTAssertEqual(places("他应邀来华访问。"), ["华"])
        // 来 closing a longer word (近年来) is no movement: 日趋 "increasingly" names no Japan.
        XCTAssertEqual(places("金融危机近年来日趋严重。"), [])
    }

    /// After a lead word the first character of a transliterated name (在|埃舍德小镇) is that name's, not
    /// the state's abbreviation; a lone abbreviation after the lead still is (在美期间). (附近 after the run
    /// makes the whole run a place: `TransliteratedNameRecogniser`.)
    func testLeadWordBeforeATransliteratedNameKeepsNoAbbreviation() {
        XCTAssertEqual(places("列车在埃舍德附近出轨。"), ["埃舍德"])
        XCTAssertEqual(places("他在美期间会见了友人。"), ["美"])
    }

    /// 反 before a state's abbreviation is "against" it (反华言论, 反日游行); a word starting there is
    /// that word (反法西斯 holds no France).
    func testOppositionKeepsTheAbbreviation() {
        XCTAssertEqual(places("少数议员发表反华言论。"), ["华"])
        XCTAssertEqual(places("他们举行反日游行。"), ["日"])
        XCTAssertEqual(places("纪念反法西斯战争胜利。"), [])
    }

    /// A pair of abbreviations before a border, the two armed forces or a bilateral tie (中缅边界, 中巴两军,
    /// 中泰双边) names both states, minor ones too.
    func testBorderAndBilateralWordsFollowAPairOfStates() {
        XCTAssertEqual(places("双方勘定了中缅边界。"), ["中", "缅"])
        XCTAssertEqual(places("中巴两军交往密切。"), ["中", "巴"])
        XCTAssertEqual(places("中泰双边合作顺利。"), ["中", "泰"])
    }

    /// A major state's abbreviation as the subject opening a clause; not 越 (越是…越要), not after a
    /// closing mark (《天方夜谭》中 is "in"), not where a word starts (中将).
    func testStateAbbreviationOpeningAClause() {
        XCTAssertEqual(places("他表示，俄将大力整顿市场。"), ["俄"])
        XCTAssertEqual(places("空口无凭，德并不认账。"), ["德"])
        XCTAssertEqual(places("越是困难，越要坚持。"), [])
        XCTAssertEqual(places("这是《天方夜谭》中的故事。"), [])
        XCTAssertEqual(places("他被授予中将军衔。"), [])
    }

    /// 请来 ends on the lead, but 邀请 ends right before it: the lead starts afresh (邀请|来华).
    func testLeadAfterACompleteWordKeepsTheAbbreviation() {
        XCTAssertEqual(places("他们是应外交学会邀请来华访问的。"), ["华"])
    }

    /// 次日 cuts the pair, but 这次 ends right before it; 所以 takes 以, and 美 still stands before 方.
    func testPairAndSideAfterACompleteWord() {
        XCTAssertEqual(places("舆论对这次日俄首脑会晤寄予期待。"), ["日", "俄"])
        XCTAssertEqual(places("所以美方表示怀疑。"), ["美"])
    }

    func testPairOfMajorStatesStandingAlone() {
        XCTAssertEqual(places("双方就日俄和约交换了意见。"), ["日", "俄"])
    }

    /// A word starting on the pair's last character (中长) does not cut the pair when another word starts
    /// right after it (德中|长远); without that word it does (中英|文版本).
    func testPairBeforeAWordTheChanceStringCrosses() {
        XCTAssertEqual(places("双方要从德中长远合作的大局出发。"), ["德", "中"])
        XCTAssertEqual(places("请提供中英文版本。"), [])
    }

    func testCountryAbbreviationBeforeItsGovernment() {
        XCTAssertEqual(places("俄总统今天发表讲话。"), ["俄"])
    }

    /// A district named by an ordinary description (新城区, 老城区) is the district after its city or before
    /// its own body, and the description elsewhere.
    func testDescriptiveDistrictNeedsItsCityOrItsBody() {
        XCTAssertEqual(places("加快新城区建设，改造老城区道路。"), [])
        XCTAssertEqual(places("洛阳市老城区发布通知。"), ["洛阳市", "老城区"])
        XCTAssertEqual(places("新城区政府发布通知。"), ["新城区"])
    }

    /// The last character of a word before a state body (同日|外交部, 其中|外交部) is that word's, not a state.
    func testWordEndBeforeAStateBodyIsNoAbbreviation() {
        XCTAssertEqual(places("同日外交部发言人表示。"), [])
        XCTAssertEqual(places("其中外交部负责协调。"), [])
    }

    func testOrdinaryCharactersAreNotAbbreviations() {
        XCTAssertEqual(places("这些问题必须加以研究，双方加深了了解。"), [])
    }

    func testNameCutAtBothEndsIsNotAName() {
        XCTAssertEqual(places("委员会九名成员中，其中国王任命三名。"), [])
    }

    /// 海防 (a Vietnamese city) and 大新 (a county) give way to the common word that cuts them.
    func testShortMinorPlaceCutByACommonWordIsNotAName() {
        XCTAssertEqual(places("要抓好陆源污染入海防治工作。"), [])
        XCTAssertEqual(places("全市五大新城建设全面铺开。"), [])
        XCTAssertEqual(places("他去了海防。"), ["海防"])
    }

    /// 农业部门 (agricultural authorities) is no ministry; 外交部长 keeps the ministry before its title.
    func testMinistryRunningIntoACommonWordIsNotTheMinistry() {
        XCTAssertEqual(RecogniserTestSupport.names("各级农业部门和财政部门要加强指导。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("外交部长在会上发言。", .organisation), ["外交部"])
    }

    /// Ministries merged away in the State Council reorganisations still name their bodies in archives.
    func testFormerMinistryIsAnOrganisation() {
        XCTAssertEqual(RecogniserTestSupport.names("卫生部和铁道部联合发出通知。", .organisation), ["卫生部", "铁道部"])
        XCTAssertEqual(RecogniserTestSupport.names("商业部和能源部派人参加了会议。", .organisation), ["商业部", "能源部"])
        XCTAssertEqual(RecogniserTestSupport.names("各地商业部门要做好供应。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("据新闻出版署统计，全年出书十万种。", .organisation), ["新闻出版署"])
    }

    /// Leaders of the 1990s and 2000s are dictionary persons, short forms included (拉宾 for 伊扎克·拉宾),
    /// where a two-character transliteration alone would be too weak to propose.
    func testFormerLeadersAreDictionaryPersons() {
        XCTAssertEqual(RecogniserTestSupport.names("他在纪念拉宾的文章中写道。", .person), ["拉宾"])
        XCTAssertEqual(RecogniserTestSupport.mentions("他在纪念拉宾的文章中写道。").first?.canonical, "伊扎克·拉宾")
        XCTAssertEqual(RecogniserTestSupport.names("撒切尔夫人当年访华。", .person), ["撒切尔"])
        // Ministers of the 1990s cabinets are dictionary names too, even those no surname rule reads.
        XCTAssertEqual(RecogniserTestSupport.names("多吉才让出席了会议。", .person), ["多吉才让"])
    }

    /// State bodies named without 国家 + suffix pattern help (国家原子能机构), and enterprises by their
    /// short names (一汽) are dictionary organisations.
    func testStateAgenciesAndEnterpriseShortNames() {
        XCTAssertEqual(RecogniserTestSupport.names("他昨天会见了国家原子能机构负责人。", .organisation), ["国家原子能机构"])
        XCTAssertEqual(RecogniserTestSupport.names("一汽今年的产量大幅增长。", .organisation), ["一汽"])
        // Multinationals whose short names are common words (现代 "modern") are known whole.
        XCTAssertEqual(RecogniserTestSupport.names("他参观了现代汽车公司的工厂。", .organisation), ["现代汽车公司"])
    }

    /// Football clubs are organisations, not the city or a transliterated person (阿森纳, 国际米兰, 大连万达).
    func testFootballClubsAreOrganisations() {
        XCTAssertEqual(RecogniserTestSupport.names("阿森纳主场战胜了国际米兰。", .organisation), ["阿森纳", "国际米兰"])
        XCTAssertEqual(RecogniserTestSupport.names("阿森纳主场战胜了国际米兰。", .person), [])
        XCTAssertEqual(RecogniserTestSupport.names("大连万达夺得联赛冠军。", .organisation), ["大连万达"])
    }

    /// Armed organisations and historic academies are organisations, not the place that opens them
    /// (爱尔兰共和军, not 爱尔兰; 黄埔军校, not 黄埔).
    func testArmedOrganisationsAndAcademiesAreNotTheirPlace() {
        let ira = RecogniserTestSupport.mentions("爱尔兰共和军宣布无限期停火。")
        XCTAssertEqual(ira.filter { $0.type == .organisation }.map(\.text), ["爱尔兰共和军"])
        XCTAssertEqual(ira.filter { $0.type == .place }.map(\.text), [])
        XCTAssertEqual(RecogniserTestSupport.names("他毕业于黄埔军校第一期。", .organisation), ["黄埔军校"])
    }

    /// A compass region opening a longer word is a direction (西北部, 东南部, 大陆架); bare, it is the region.
    func testRegionOpeningALongerWordIsADirection() {
        XCTAssertEqual(places("暴雨袭击了该国西北部和东南部。"), [])
        XCTAssertEqual(places("西北地区和华北的降水偏少。"), ["西北", "华北"])
    }

    /// A compound of one-character abbreviations is one place per character, each with its own canonical.
    func testCompoundOfAbbreviationsIsOnePlacePerCharacter() {
        XCTAssertEqual(places("不少在欧美工作的学者回国。"), ["欧", "美"])
        let parts = RecogniserTestSupport.mentions("港澳同胞回乡投资。").filter { $0.type == .place }
        XCTAssertEqual(parts.map(\.text), ["港", "澳"])
        XCTAssertEqual(parts.map(\.canonical), ["香港特别行政区", "澳门特别行政区"])
        XCTAssertEqual(RecogniserTestSupport.mentions("黄淮南部有雨。").map(\.canonical), ["黄河", "淮河"])
    }

    /// A county's short form closing in 和 (兴和, 泰和) after a character that may end a name is that name's
    /// end and the conjunction (汪刚兴|和队友们); after a lead or a break it is the county (在泰和).
    func testCountyShortFormEndingInAConjunctionNeedsAClearStart() {
        XCTAssertEqual(places("汪刚兴和队友们拼搏到最后一刻。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("汪刚兴和队友们拼搏到最后一刻。", .person), ["汪刚兴"])
        XCTAssertEqual(places("他在泰和工作了十年。"), ["泰和"])
    }

    /// The pairs and triples of newswire with no relation word after them (沪深|两市 names the two
    /// exchanges' cities, 苏锡常|地区 three cities, 巴以|和谈 two sides) are places per character, with 巴
    /// standing for Palestine beside Israel.
    func testNewswireCompoundsOfCitiesAndStatesArePlacesPerCharacter() {
        XCTAssertEqual(places("沪深两市股指双双下跌。"), ["沪", "深"])
        XCTAssertEqual(places("苏锡常地区经济发达。"), ["苏", "锡", "常"])
        XCTAssertEqual(RecogniserTestSupport.names("苏锡常地区经济发达。", .person), [])
        XCTAssertEqual(RecogniserTestSupport.mentions("巴以和谈陷入僵局。").map(\.canonical), ["巴勒斯坦领土", "以色列"])
    }

    /// 会集 cuts 集美 on the left, but 发布会 ends where 集美 starts: the text before segments cleanly.
    func testLeftCutAfterACompleteWordKeepsTheName() {
        XCTAssertEqual(places("新闻发布会集美专场今天举行。"), ["集美"])
    }

    /// A lake or river whose generic last character opens a common word (鄱阳湖|水位: 湖水) is read whole:
    /// the county 鄱阳 does not win over the lake.
    func testFeatureSuffixOpeningAWordKeepsTheFeature() {
        XCTAssertEqual(RecogniserTestSupport.names("鄱阳湖水位持续上涨。", .place), ["鄱阳湖"])
    }

    /// Foreign legislatures and entities named in world news are in the dictionaries: a composed name
    /// runs through them (朝鲜 最高人民会议 常任委员会), and a state's entity is a place of its own (塞族共和国).
    func testForeignLegislaturesAndEntities() {
        XCTAssertEqual(RecogniserTestSupport.names("朝鲜最高人民会议常任委员会委员长会见了客人。", .organisation), ["朝鲜最高人民会议常任委员会"])
        XCTAssertEqual(places("波黑塞族共和国总统表示支持。"), ["波黑", "塞族共和国"])
    }

    /// The word-list names leave out contests, gates and armies that jieba tags as names (季后赛, 齐化门,
    /// 关东军): no person is read from them.
    func testContestsGatesAndArmiesAreNoLexicalNames() {
        XCTAssertEqual(RecogniserTestSupport.names("火箭队在季后赛中被淘汰。", .person), [])
        XCTAssertEqual(RecogniserTestSupport.names("关东军发动了事变。", .organisation), ["关东军"])
    }
}

/// One-character abbreviations next to words that merely end or begin with a place character.
final class AbbreviationContextTests: XCTestCase {
    private func places(_ text: String) -> [String] { RecogniserTestSupport.names(text, .place) }

    func testLeadThatEndsAWordIsNoMovement() {
        XCTAssertEqual(places("这会带来新的经营方式，必须面对并解决问题。"), [])
    }

    func testEnumerationCommaAfterAWordEnd() {
        XCTAssertFalse(places("考察团团长、中共中央统战部副部长出席。").contains("长"))
    }

    func testRunDoesNotTakeTheStartOfAWord() {
        XCTAssertFalse(places("先后到闽西老区调研。").contains("老"))
    }

    func testCountryInsideAnOrdinaryWord() {
        XCTAssertEqual(places("许多发展中国家加强了合作。"), [])
    }

    /// 中 after a lead is "in the middle" or the start of a name (住在中山路, 集中在中高端), not China, which
    /// newswire writes 华 there (来华, 在华); other states after a lead stay (在美期间).
    func testMiddleAfterALeadIsNoChina() {
        XCTAssertEqual(places("他家住在中山路。"), [])
        XCTAssertEqual(places("持卡人集中在中高端人群。"), [])
        XCTAssertEqual(places("他在华期间参观了工厂。"), ["华"])
    }
}

/// A short place name that is really a conjunction cutting the next word.
final class ConjunctionPlaceTests: XCTestCase {
    func testConjunctionBeforeAWordIsNoPlace() {
        XCTAssertEqual(RecogniserTestSupport.names("路线、方针和政策都很重要。", .place), [])
    }
}

/// Abbreviations inside the fixed compounds that name their place, and the X方 words of major states.
final class AbbreviationCompoundTests: XCTestCase {
    private func places(_ text: String) -> [String] { RecogniserTestSupport.names(text, .place) }

    func testCompoundsNameTheirPlace() {
        XCTAssertEqual(places("他从小爱看京剧。"), ["京"])
        XCTAssertEqual(places("当地华侨踊跃捐款。"), ["华"])
        XCTAssertEqual(places("她用中药调理身体。"), ["中"])
        XCTAssertEqual(places("美军撤出了该地区。"), ["美"])
    }

    func testAWordEndingOnTheAbbreviationIsNoCompound() {
        XCTAssertEqual(places("其中医院床位最紧张。"), [])
        XCTAssertEqual(places("食品放在冷藏区保存。"), [])
    }

    func testTheSideOfAMajorStateEvenWhenItIsAWord() {
        XCTAssertEqual(places("美国向中方作出了承诺。"), ["美国", "中"])
    }

    func testDirectionsAreNotSides() {
        XCTAssertEqual(places("西方学者和南方企业参加了会议。"), [])
    }

    func testAVisitWordBeatsTheWordAfterIt() {
        XCTAssertEqual(places("总统对访华表示满意。"), ["华"])
    }

    func testNewIsNotSingapore() {
        XCTAssertEqual(places("他在新单位干得很好。"), [])
    }
}

/// Short dictionary organisations (北大, 中行, 民进) that are chance strings across common words.
final class DictionaryOrganisationVetoTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    func testAbbreviationCutByWordsAtBothEdgesIsNoName() {
        XCTAssertEqual(organisations("本次集中行动持续一个月。"), [])
        XCTAssertEqual(organisations("干部对村民进行了宣传。"), [])
    }

    func testAbbreviationRunningIntoAPlaceIsNoName() {
        XCTAssertFalse(organisations("船只驶入北大西洋海域。").contains("北大"))
    }

    /// A postposition after a noun and the word after it (企业中|共有) spell the abbreviation by chance;
    /// after a function character (由中共) or at a sentence's start (中共党员) it is the party.
    func testPostpositionAfterANounOpensNoAbbreviation() {
        XCTAssertEqual(organisations("在这些企业中共有职工两万人。"), [])
        XCTAssertTrue(organisations("会议由中共福建省委主办。").contains { $0.hasPrefix("中共") })
        XCTAssertEqual(organisations("中共党员要起模范作用。"), ["中共"])
    }

    func testFreestandingAbbreviationStaysAName() {
        XCTAssertEqual(organisations("他在北大读书，毕业后进了中行。"), ["北大", "中行"])
    }
}

/// National news agencies by their Chinese short forms (bundled dictionaries).
final class NewsAgencyDictionaryTests: XCTestCase {
    func testShortFormOfANewsAgencyIsTheAgency() {
        let korean = RecogniserTestSupport.mentions("据朝中社报道，会议昨天举行。")
        XCTAssertTrue(korean.contains { $0.text == "朝中社" && $0.type == .organisation })
        // 南通社 is the Yugoslav agency, not the city of 南通 and a 社.
        let yugoslav = RecogniserTestSupport.mentions("据南通社报道，会议昨天举行。")
        XCTAssertTrue(yugoslav.contains { $0.text == "南通社" && $0.type == .organisation })
        XCTAssertFalse(yugoslav.contains { $0.type == .place })
    }
}

/// Cultural figures every reader knows are persons by name alone (bundled dictionaries).
final class CulturalFigureDictionaryTests: XCTestCase {
    func testClassicalPoetsAreKnownPersons() {
        XCTAssertEqual(RecogniserTestSupport.names("课上讲了杜甫和白居易的诗。", .person), ["杜甫", "白居易"])
    }
}

/// Well-known Chinese enterprises and national bodies are named by their short forms (bundled
/// dictionaries), under their full names.
final class WellKnownEnterpriseTests: XCTestCase {
    func testShortFormsNameTheEnterpriseAndTheBody() {
        XCTAssertEqual(RecogniserTestSupport.names("康佳集团和科龙电器签约，中国贸促会派员出席。", .organisation),
                       ["康佳集团", "科龙电器", "中国贸促会"])
        // The official name, where the page spells it, names the short form's entity.
        let found = RecogniserTestSupport.mentions("中国国际贸易促进委员会（中国贸促会）成立于1952年。")
        XCTAssertEqual(Set(found.filter { $0.type == .organisation }.map(\.canonical)), ["中国国际贸易促进委员会"])
    }

    /// Universities and national associations known by a short form (国防大学, 中央美院, 北京师大, 中国记协)
    /// are those bodies; so is the West's group of seven (西方七国集团).
    func testShortFormsOfSchoolsAndAssociationsNameTheBody() {
        XCTAssertEqual(RecogniserTestSupport.names("国防大学、中央美院和北京师大的学者应中国记协之邀出席。", .organisation),
                       ["国防大学", "中央美院", "北京师大", "中国记协"])
        XCTAssertEqual(RecogniserTestSupport.names("西方七国集团首脑会议今天开幕。", .organisation), ["西方七国集团"])
    }

    /// More universities' short forms (北外, 北邮, 兰大, 央财, 北理工). Short forms that a common phrase spells
    /// by chance (以上|财务, 线上|外卖, 剧中|戏) are left out.
    func testShortFormsOfUniversities() {
        XCTAssertEqual(RecogniserTestSupport.names("北外、北邮、兰大、央财和北理工的学生参加了比赛。", .organisation),
                       ["北外", "北邮", "兰大", "央财", "北理工"])
        XCTAssertEqual(RecogniserTestSupport.names("以上财务数据来自线上外卖平台。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("剧中戏份很多。", .organisation), [])
    }

    func testShortFormsThatAreWordsAreNotListed() {
        XCTAssertEqual(RecogniserTestSupport.names("气贯长虹。", .organisation), [])
    }
}

/// A country before its currency names the money (bundled dictionaries).
final class CurrencyCountryTests: XCTestCase {
    func testCountryBeforeItsCurrencyIsNoPlace() {
        XCTAssertEqual(RecogniserTestSupport.names("挪威克朗和瑞士法郎对美元走低。", .place), [])
        // 元首 is a head of state, not a currency.
        XCTAssertEqual(RecogniserTestSupport.names("韩国元首发表讲话。", .place), ["韩国"])
    }
}

/// A major state's one-character name opening a clause before a verb is the state (bundled dictionaries).
final class ClauseSubjectAbbreviationTests: XCTestCase {
    func testStateAbbreviationBeforeAVerbIsTheState() {
        XCTAssertEqual(RecogniserTestSupport.names("为此俄指责对方违约。", .place), ["俄"])
        // 日前 is "a few days ago": a word starts on the character.
        XCTAssertEqual(RecogniserTestSupport.names("为此日前宣布停产。", .place), [])
    }
}

/// More of the world's cities and regions newswire names (bundled dictionaries).
final class WorldCityDictionaryTests: XCTestCase {
    func testMajorCitiesAndRegionsAreKnownPlaces() {
        XCTAssertEqual(RecogniserTestSupport.names("比赛将在不来梅和波尔多举行。", .place), ["不来梅", "波尔多"])
        XCTAssertEqual(RecogniserTestSupport.names("阿拉伯国家对此表示欢迎。", .place), ["阿拉伯"])
    }
}

/// A party's two-character abbreviation against a pair of states (bundled dictionaries).
final class StatePairBeforeWordTests: XCTestCase {
    private func names(_ text: String, _ type: EntityType) -> [String] { RecogniserTestSupport.names(text, type) }

    /// 中俄共同声明 is China, Russia and a joint statement: 俄共 (the Russian communists) is cut out of the
    /// pair and the word 共同, and stands neither as a name nor against 俄. Before a title it is the party.
    func testPairOfStatesBeforeAWordIsNoPartyAbbreviation() {
        XCTAssertEqual(names("中俄共同声明发表。", .place), ["中", "俄"])
        XCTAssertEqual(names("中俄共同声明发表。", .organisation), [])
        XCTAssertEqual(names("中越共同努力。", .organisation), [])
        XCTAssertEqual(names("俄共领导人久加诺夫出席会议。", .organisation), ["俄共"])
    }
}

/// Foreign parties the dictionary lists written out (bundled dictionaries).
final class ForeignPartyDictionaryTests: XCTestCase {
    /// Parties with no suffix a pattern closes (马来民族统一机构, 我们的家园—俄罗斯) or whose suffix needs a
    /// country before it (人民行动党) are read from the list.
    func testListedForeignParties() {
        XCTAssertEqual(RecogniserTestSupport.names("马来民族统一机构主席说。", .organisation), ["马来民族统一机构"])
        XCTAssertEqual(RecogniserTestSupport.names("人民行动党赢得大选。", .organisation), ["人民行动党"])
        XCTAssertEqual(RecogniserTestSupport.names("我们的家园—俄罗斯运动领导人说。", .organisation), ["我们的家园—俄罗斯"])
    }
}
