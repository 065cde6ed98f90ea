import XCTest
@testable import Entities

/// Specifications for organisation names composed of a place, a body and a suffix, with a small
/// hand-made lexicon so each test states exactly which words the recogniser knows.
final class OrganisationRecogniserTests: XCTestCase {
    static let lexicon = Lexicon(entries: [
        LexiconEntry(surface: "厦门市", kind: .place, attributes: ["level": "prefecture"]),
        LexiconEntry(surface: "厦门", kind: .place, canonical: "厦门市"),
        LexiconEntry(surface: "中国", kind: .place, attributes: ["level": "country"]),
        LexiconEntry(surface: "巴西", kind: .place, attributes: ["level": "country"]),
        LexiconEntry(surface: "外交部", kind: .organisation, canonical: "中华人民共和国外交部",
                     attributes: ["gov": "", "body": "government", "abbr": ""]),
        LexiconEntry(surface: "足协", kind: .organisation, canonical: "中国足球协会", attributes: ["abbr": ""]),
        LexiconEntry(surface: "中国足协", kind: .organisation, canonical: "中国足球协会", attributes: ["abbr": ""]),
        LexiconEntry(surface: "行", kind: .orgSuffix, attributes: ["strength": "1"]),
        LexiconEntry(surface: "行长", kind: .title),
        LexiconEntry(surface: "局", kind: .orgSuffix, attributes: ["strength": "2"]),
        LexiconEntry(surface: "大学", kind: .orgSuffix, attributes: ["strength": "3"]),
        LexiconEntry(surface: "企业", kind: .orgSuffix, attributes: ["strength": "1"]),
        LexiconEntry(surface: "银行", kind: .orgSuffix, attributes: ["strength": "3"]),
        LexiconEntry(surface: "队", kind: .orgSuffix, attributes: ["strength": "2"]),
        LexiconEntry(surface: "市委", kind: .body),
        LexiconEntry(surface: "党组", kind: .body),
        LexiconEntry(surface: "布局", kind: .word),
        LexiconEntry(surface: "大学生", kind: .word),
        LexiconEntry(surface: "党组织", kind: .word),
        LexiconEntry(surface: "商业", kind: .word),
        LexiconEntry(surface: "法国", kind: .place, attributes: ["level": "country"]),
        LexiconEntry(surface: "欧洲", kind: .place, attributes: ["level": "continent"]),
        LexiconEntry(surface: "政府", kind: .body, attributes: ["gov": "", "branch": "state"]),
        LexiconEntry(surface: "部长", kind: .title),
        LexiconEntry(surface: "部长", kind: .word),
        LexiconEntry(surface: "日报", kind: .orgSuffix, attributes: ["strength": "3"]),
        LexiconEntry(surface: "报", kind: .orgSuffix, attributes: ["strength": "2"]),
        LexiconEntry(surface: "委员会", kind: .orgSuffix, attributes: ["strength": "3"]),
        LexiconEntry(surface: "协会", kind: .orgSuffix, attributes: ["strength": "3"]),
        LexiconEntry(surface: "证券", kind: .orgSuffix, attributes: ["strength": "3"]),
        LexiconEntry(surface: "公司", kind: .orgSuffix, attributes: ["strength": "2"]),
        LexiconEntry(surface: "指挥部", kind: .orgSuffix, attributes: ["strength": "3"]),
        LexiconEntry(surface: "建设", kind: .word),
        LexiconEntry(surface: "研究院", kind: .orgSuffix, attributes: ["strength": "3"]),
        LexiconEntry(surface: "经", kind: .personCue, attributes: ["side": "before"]),
        LexiconEntry(surface: "经济", kind: .word),
        LexiconEntry(surface: "等", kind: .personCue, attributes: ["side": "after"]),
        LexiconEntry(surface: "高等", kind: .word),
        LexiconEntry(surface: "和", kind: .personCue, attributes: ["side": "after"]),
        LexiconEntry(surface: "协和", kind: .word),
        LexiconEntry(surface: "首任", kind: .word),
        LexiconEntry(surface: "能源", kind: .word),
        LexiconEntry(surface: "劳", kind: .translit),
        LexiconEntry(surface: "拉", kind: .translit),
        LexiconEntry(surface: "保", kind: .translit),
        LexiconEntry(surface: "险", kind: .translit),
        LexiconEntry(surface: "保险", kind: .word),
        LexiconEntry(surface: "排队", kind: .word),
        LexiconEntry(surface: "致公党", kind: .organisation, canonical: "中国致公党", attributes: ["body": "party"]),
        LexiconEntry(surface: "厦门市税务局", kind: .organisation, canonical: "国家税务总局厦门市税务局"),
    ])

    func names(_ sentence: String) -> [String] {
        let text = Array(sentence.unicodeScalars)
        let view = SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count),
                                lexicon: Self.lexicon)
        var out: [Candidate] = []
        OrganisationRecogniser().propose(in: view, into: &out)
        return out.map(\.canonical)
    }

    /// A party or a front named after its country (博茨瓦纳民主党, 塞拉利昂革命联合阵线) is one body; a kind
    /// of party (执政党), a count (两党) or 党 after a word running across a name's end (居民进行党的…) is not.
    func testPartiesAndFrontsNamedAfterTheirCountry() {
        XCTAssertEqual(RecogniserTestSupport.names("博茨瓦纳民主党赢得大选。", .organisation), ["博茨瓦纳民主党"])
        XCTAssertEqual(RecogniserTestSupport.names("孟加拉国民族主义党发表声明。", .organisation), ["孟加拉国民族主义党"])
        XCTAssertEqual(RecogniserTestSupport.names("塞拉利昂革命联合阵线释放了人质。", .organisation), ["塞拉利昂革命联合阵线"])
        XCTAssertEqual(RecogniserTestSupport.names("美国两党议员都表示反对。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("日本执政党内部出现分歧。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("街道向居民进行党的宣传教育。", .organisation), [])
    }

    /// The Democratic Party is named bare as the Republicans are (民主党在中期选举中失利); the eight
    /// democratic parties of China (各民主党派) are a kind, and their word hides no party.
    func testDemocraticPartyStandsAloneButNotInsideDemocraticParties() {
        XCTAssertEqual(RecogniserTestSupport.names("民主党在中期选举中失利。", .organisation), ["民主党"])
        XCTAssertEqual(RecogniserTestSupport.names("各民主党派和无党派人士出席座谈会。", .organisation), [])
    }

    /// A brand holding a function character (万向, 同方) between its place and a strong suffix is one name;
    /// a clause there (从事) or the function character alone (浙江|和|集团公司) is not.
    func testBrandHoldingAFunctionCharacter() {
        XCTAssertEqual(RecogniserTestSupport.names("浙江万向集团公司的产品出口美国。", .organisation), ["浙江万向集团公司"])
        XCTAssertEqual(RecogniserTestSupport.names("北京同方股份有限公司发布年报。", .organisation), ["北京同方股份有限公司"])
        XCTAssertEqual(RecogniserTestSupport.names("他在福建从事集团公司管理。", .organisation), [])
        XCTAssertFalse(RecogniserTestSupport.names("浙江和集团公司签约。", .organisation).contains { $0.hasPrefix("浙江") })
    }

    /// Theatre companies close a name after their place (北京人民艺术剧院, 湖北省京剧院, 广州歌剧院); a counted
    /// orchestra (一支乐团) names none.
    func testTheatreCompanies() {
        XCTAssertEqual(RecogniserTestSupport.names("由北京人民艺术剧院演出的话剧。", .organisation), ["北京人民艺术剧院"])
        XCTAssertEqual(RecogniserTestSupport.names("湖北省京剧院演出了新戏。", .organisation), ["湖北省京剧院"])
        XCTAssertEqual(RecogniserTestSupport.names("广州歌剧院落成。", .organisation), ["广州歌剧院"])
        XCTAssertEqual(RecogniserTestSupport.names("他组建了一支乐团。", .organisation), [])
    }

    /// Shops, hotels and bookshops close a name after their place or brand (北京西单商场, 北京友谊宾馆,
    /// 同仁堂药店); a kind of shop (国营商店, 这家商场, 五星级酒店) names none.
    func testShopsAndHotelsNamedAfterTheirPlaceOrBrand() {
        XCTAssertEqual(RecogniserTestSupport.names("北京西单商场的销售额增长两成。", .organisation), ["北京西单商场"])
        XCTAssertEqual(RecogniserTestSupport.names("北京友谊宾馆接待了代表团。", .organisation), ["北京友谊宾馆"])
        XCTAssertEqual(RecogniserTestSupport.names("上海第一百货商店的顾客络绎不绝。", .organisation), ["上海第一百货商店"])
        XCTAssertEqual(RecogniserTestSupport.names("国营商店的商品价格比较稳定。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("这家商场的自营比例很低。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("五星级酒店的入住率有所下降。", .organisation), [])
    }

    /// 会 right after a strong suffix opens the office title of the body it closes (现代集团|会长):
    /// the group is the name, not a second body 现代集团会; an association's own 会 still ends one.
    func testChairmanOfAGroupIsNoSecondBody() {
        XCTAssertEqual(RecogniserTestSupport.names("韩国现代集团会长郑周永访问平壤。", .organisation), ["韩国现代集团"])
        XCTAssertEqual(RecogniserTestSupport.names("大宇集团会长金宇中表示。", .organisation), ["大宇集团"])
        XCTAssertEqual(RecogniserTestSupport.names("福建省青年企业家协会会长说。", .organisation), ["福建省青年企业家协会"])
    }

    /// A hotel or a publishing house may be named by its city alone (北京饭店, 锦江饭店, 上海宾馆); a
    /// country and the same word (中国饭店) is a kind of hotel, and a city and 公司 (厦门公司) no name.
    func testHotelNamedByItsCityAlone() {
        XCTAssertEqual(RecogniserTestSupport.names("北京饭店举行了招待会。", .organisation), ["北京饭店"])
        XCTAssertEqual(RecogniserTestSupport.names("锦江饭店的服务员热情周到。", .organisation), ["锦江饭店"])
        XCTAssertEqual(RecogniserTestSupport.names("他住在上海宾馆。", .organisation), ["上海宾馆"])
        XCTAssertEqual(RecogniserTestSupport.names("济南百货大楼重新开业。", .organisation), ["济南百货大楼"])
        XCTAssertEqual(RecogniserTestSupport.names("中国饭店的服务水平有待提高。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("厦门公司的产品出口海外。", .organisation), [])
    }

    /// Sports associations and federations go by short forms (足协, 篮协, 田联): after a province or a
    /// continent they name that region's body (上海市足协, 广东省篮协, 亚洲田联), not the national one
    /// the bare short form stands for, and 田联 is no person.
    func testSportsAssociationsOfARegion() {
        XCTAssertEqual(RecogniserTestSupport.names("上海市足协决定处罚该队。", .organisation), ["上海市足协"])
        XCTAssertEqual(RecogniserTestSupport.names("广东省篮协主席说。", .organisation), ["广东省篮协"])
        XCTAssertEqual(RecogniserTestSupport.names("亚洲田联主席说。", .organisation), ["亚洲田联"])
        XCTAssertEqual(RecogniserTestSupport.names("亚洲田联主席说。", .person), [])
    }

    /// A university's department named by a discipline ending in 学 (心理学系, 哲学系): 学系 is a
    /// department word, not a word the suffix 系 was cut from.
    func testDepartmentNamedByADisciplineInXue() {
        XCTAssertEqual(RecogniserTestSupport.names("北京师范大学心理学系主任说。", .organisation), ["北京师范大学心理学系"])
        XCTAssertEqual(RecogniserTestSupport.names("清华大学哲学系主任说。", .organisation), ["清华大学哲学系"])
    }

    /// Opening a branch or a works somewhere (在杭州开设分行, 到越南设厂, 到美国办厂) is a verb and its object
    /// after the place: no body named 杭州开设分行 or 越南设厂, the verb ending in the suffix's character.
    func testOpeningABranchOrAWorksNamesNoBody() {
        XCTAssertEqual(RecogniserTestSupport.names("他们决定在杭州开设分行。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("这家企业到越南设厂。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("到美国办厂的企业越来越多。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("广东发展银行福州分行行长说。", .organisation), ["广东发展银行福州分行"])
    }

    /// A cabinet named after its head of government (小渊内阁, 布莱尔内阁) is one body; a kind of cabinet
    /// (新内阁) names none beyond the bare word.
    func testCabinetNamedAfterItsHead() {
        XCTAssertEqual(RecogniserTestSupport.names("目前由小渊内阁执行的政策。", .organisation), ["小渊内阁"])
        XCTAssertEqual(RecogniserTestSupport.names("布莱尔内阁的成员。", .organisation), ["布莱尔内阁"])
        XCTAssertFalse(RecogniserTestSupport.names("他们组成了新内阁。", .organisation).contains("新内阁"))
    }

    /// The centre of a city (北京市中心, 特拉维夫市中心: 市中心 "downtown") is part of the place, no body;
    /// a body with its own suffix after the city (福州市中心医院) still is one.
    func testCityCentreIsNoBody() {
        XCTAssertEqual(RecogniserTestSupport.names("北京市中心的交通很拥挤。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("以色列特拉维夫市中心发生爆炸。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("福州市中心医院的医生。", .organisation), ["福州市中心医院"])
    }

    /// A numbered hospital typeset with the circle for zero (解放军第三○一医院) is one name, as with 〇 (the
    /// helper shows the normalised text, where the circle reads 〇).
    func testNumberedHospitalWithTheCircleForZero() {
        XCTAssertTrue(RecogniserTestSupport.names("解放军第三○一医院的医生。", .organisation).contains("解放军第三〇一医院"))
    }

    /// A known club and 队 is the club's team even where the club's last character and 队 spell a word
    /// (曼彻斯特联|队 over 联队); 联队 alone names none.
    func testKnownClubsTeamOverAWordEndingInDui() {
        XCTAssertEqual(RecogniserTestSupport.names("曼彻斯特联队在主场大胜。", .organisation), ["曼彻斯特联队"])
        XCTAssertEqual(RecogniserTestSupport.names("他们组成了联队。", .organisation), [])
    }

    /// 希望 is a word of a name before 小学 (宁德市金涵希望小学) and in 新希望 (四川新希望集团), not the verb
    /// "hope" glued to a clause; as a verb (他们希望…公司) it still names nothing.
    func testHopeInsideAName() {
        XCTAssertEqual(RecogniserTestSupport.names("宁德市金涵希望小学。", .organisation), ["宁德市金涵希望小学"])
        XCTAssertEqual(RecogniserTestSupport.names("四川新希望集团董事长说。", .organisation), ["四川新希望集团"])
        XCTAssertEqual(RecogniserTestSupport.names("我们希望中国公司参与。", .organisation), [])
    }

    func testPlaceBodySuffixIsAName() {
        XCTAssertTrue(names("厦门市教育局发布通知").contains("厦门市教育局"))
        XCTAssertTrue(names("他考入厦门大学").contains("厦门大学"))
    }

    /// A city's traffic police is one force, named by the city (福州交警, as 福州交警支队); traffic police as a
    /// kind (交警时刻在你身边) name no force.
    func testCityAndTrafficPoliceNameOneForce() {
        XCTAssertEqual(RecogniserTestSupport.names("福州交警的服务受到好评。", .organisation), ["福州交警"])
        XCTAssertEqual(RecogniserTestSupport.names("交警时刻在你身边。", .organisation), [])
    }

    /// A party's group in parliament (议会党团) is a body of its own, named by the party: one name (the party
    /// nested in it), not the party and a parliament.
    func testPartyAndParliamentaryGroupNameOneBody() {
        let names = RecogniserTestSupport.names("他呼吁议员支持社民党议会党团的提案。", .organisation)
        XCTAssertTrue(names.contains("社民党议会党团"))
        XCTAssertFalse(names.contains("议会"))
    }

    /// A county or district written in full shares its level character with its committee (保康县|县委,
    /// 思明区|区委), as a city does (泉州市|市委).
    func testPlaceSharesItsLevelCharacterWithTheBody() {
        XCTAssertEqual(RecogniserTestSupport.names("他任保康县委副书记。", .organisation), ["保康县委"])
        XCTAssertEqual(RecogniserTestSupport.names("泉州市委书记出席。", .organisation), ["泉州市委"])
    }

    /// A known club directly followed by 队 is the club's team, one name (国际米兰队), as a country + 队 is.
    func testKnownClubAndTeamSuffixIsOneName() {
        XCTAssertEqual(RecogniserTestSupport.names("国际米兰队只扳回一球。", .organisation), ["国际米兰队"])
    }

    /// 团 before a province's, city's or county's committee is the Youth League's committee (团省委),
    /// unless it ends a word (代表团 省委书记).
    func testYouthLeagueCommitteeOfALevel() {
        XCTAssertEqual(RecogniserTestSupport.names("团省委组织了一场志愿活动。", .organisation), ["团省委"])
        XCTAssertFalse(RecogniserTestSupport.names("代表团省委书记会见了客人。", .organisation).contains("团省委"))
    }

    /// The bureaus of local government, by their short forms and those of the 1980s–2000s (教体局, 计委,
    /// 经贸委), are bodies after a level word or a place; 招商局 after a level is the investment bureau,
    /// not the enterprise its bare name is.
    func testLocalBureausOfEveryEraAreBodies() {
        XCTAssertEqual(RecogniserTestSupport.names("市教体局、县人武部和区园林局负责人参加会议。", .organisation),
                       ["市教体局", "县人武部", "区园林局"])
        XCTAssertEqual(RecogniserTestSupport.names("北京市计委和省经贸委负责人出席。", .organisation), ["北京市计委", "省经贸委"])
        XCTAssertEqual(RecogniserTestSupport.names("市招商局组织企业参展。", .organisation), ["市招商局"])
        // Provincial departments of the same era (农业厅, 人事厅, 外经贸厅).
        XCTAssertEqual(RecogniserTestSupport.names("省财政厅、省农业厅和省人事厅联合发文。", .organisation),
                       ["省财政厅", "省农业厅", "省人事厅"])
    }

    /// A place whose first character ends a common word before it (捐|资兴: 捐资 "donate") anchors no
    /// name; after a function word or a word ending right before it (从|中国, 当选|中国) it still does.
    func testPlaceCutOnTheLeftAnchorsNoName() {
        XCTAssertEqual(RecogniserTestSupport.names("他捐资兴建汕头大学。", .organisation), ["汕头大学"])
        XCTAssertEqual(RecogniserTestSupport.names("她当选中国作家协会副主席。", .organisation), ["中国作家协会"])
    }

    /// A university department named by its discipline alone (物理系, 中文系) is a body; 系 inside a word
    /// (关系, 体系, 系统) is none, and a department after a longer name is read by the suffix rule.
    func testDepartmentNamedByItsDiscipline() {
        XCTAssertEqual(RecogniserTestSupport.names("物理系主任王明介绍了情况。", .organisation), ["物理系"])
        XCTAssertEqual(RecogniserTestSupport.names("他毕业于中文系。", .organisation), ["中文系"])
        XCTAssertEqual(RecogniserTestSupport.names("两国关系和经济体系都在变化。", .organisation), [])
    }

    /// In a sentence about a match, a club the word list holds whole (火箭队) or named by a common word
    /// (八一队) is a club; the words of match reports (季后赛, 比赛, 小胜) say so. A kind of team (啦啦队)
    /// is none.
    func testClubsInMatchReports() {
        XCTAssertEqual(RecogniserTestSupport.names("火箭队在季后赛中被淘汰。", .organisation), ["火箭队"])
        XCTAssertEqual(RecogniserTestSupport.names("在昨天的比赛中，金狮队小胜对手。", .organisation), ["金狮队"])
        XCTAssertEqual(RecogniserTestSupport.names("啦啦队在场边为主队加油。", .organisation), [])
    }

    /// A team's name closing inside a longer stretch ended a name there (北京国安队|客场逼平山东鲁能队): a
    /// team owns no unit, so two teams and the match between them are never one body.
    func testTeamOwnsNoUnit() {
        XCTAssertEqual(RecogniserTestSupport.names("北京国安队客场逼平山东鲁能队。", .organisation), ["北京国安队", "山东鲁能队"])
    }

    /// Japanese companies end in 株式会社, conglomerates in 财团: strong suffixes like 有限公司.
    func testJapaneseCompanySuffixes() {
        XCTAssertEqual(RecogniserTestSupport.names("双方与日本丸红株式会社签约。", .organisation), ["日本丸红株式会社"])
    }

    /// A quoted name ending in a suffix is a name without a place before it (“星光小学”); a one-character
    /// suffix right after such a name opens the body's office title (“中央研究院”|院长), no second body.
    func testQuotedNameWithASuffix() {
        XCTAssertEqual(RecogniserTestSupport.names("这所“星光小学”建在山上。", .organisation), ["星光小学"])
        XCTAssertEqual(RecogniserTestSupport.names("台湾“中央研究院”院长表示。", .organisation), ["中央研究院"])
        XCTAssertEqual(RecogniserTestSupport.names("建设“三大基地”和“四个中心”。", .organisation), [])
    }

    /// 组织 after a body's own name is the verb "to organise" (街道办事处|组织, 市委|组织|开展); it closes
    /// only a name of its own (上海合作组织).
    func testOrganisingVerbAfterABodyIsNoSuffix() {
        XCTAssertEqual(RecogniserTestSupport.names("南山区粤海街道办事处组织辖区企业开展培训。", .organisation), ["南山区粤海街道办事处"])
        XCTAssertEqual(RecogniserTestSupport.names("厦门市委组织开展主题活动。", .organisation), ["厦门市委"])
        XCTAssertEqual(RecogniserTestSupport.names("上海合作组织峰会举行。", .organisation), ["上海合作组织"])
    }

    /// Games are events, not bodies: a place before 亚运会 stays a place (and 亚 is Asia, as newswire
    /// annotation has it); their organising committee (组委会) is the body, named across the games' 会.
    func testGamesAreNoBodiesTheirOrganisingCommitteeIs() {
        XCTAssertEqual(RecogniserTestSupport.names("中国女排在杭州亚运会决赛中击败对手。", .organisation), ["中国女排"])
        XCTAssertEqual(RecogniserTestSupport.names("中国女排在杭州亚运会决赛中击败对手。", .place), ["杭州", "亚"])
        XCTAssertEqual(RecogniserTestSupport.names("杭州亚运会组委会发布公告。", .organisation), ["杭州亚运会组委会"])
        XCTAssertEqual(RecogniserTestSupport.names("厦门马拉松组委会发布公告。", .organisation), ["厦门马拉松组委会"])
    }

    /// A legislature's numbered term is the body elected for it (福建省第十四届人民代表大会, 六届人大常委会),
    /// one organisation from its place or ordinal, not a programme ending in 大会; a party congress
    /// (第十五次全国代表大会) stays the event it is.
    func testLegislatureTermIsABody() {
        XCTAssertEqual(RecogniserTestSupport.names("福建省第十四届人民代表大会第三次会议开幕。", .organisation), ["福建省第十四届人民代表大会"])
        XCTAssertEqual(RecogniserTestSupport.names("福建省第十四届人民代表大会第三次会议开幕。", .programme).filter { $0.contains("人民代表大会") }, [])
        XCTAssertEqual(RecogniserTestSupport.names("经过六届人大常委会第四次会议审议。", .organisation), ["六届人大常委会"])
        XCTAssertEqual(RecogniserTestSupport.names("中国共产党第十五次全国代表大会在北京召开。", .programme), ["第十五次全国代表大会"])
    }

    /// A party or state body's committee of a place is one name, however long the national body's own
    /// name (中国人民政治协商会议福建省委员会, as 政协福建省委员会).
    func testNationalBodysLocalCommitteeIsOneName() {
        XCTAssertEqual(RecogniserTestSupport.names("中国人民政治协商会议福建省委员会主席出席。", .organisation).first,
                       "中国人民政治协商会议福建省委员会")
        XCTAssertEqual(RecogniserTestSupport.names("中国共产党福建省委员会召开全会。", .organisation).first, "中国共产党福建省委员会")
    }

    /// 队 as the object of a verb of leading or joining (王勇率队, 带队) names no team.
    func testLeadingATeamIsNoTeamsName() {
        XCTAssertEqual(RecogniserTestSupport.names("全国政协副主席王勇率队来闽视察。", .organisation), ["全国政协"])
        XCTAssertEqual(RecogniserTestSupport.names("全国政协副主席王勇率队来闽视察。", .person), ["王勇"])
    }

    /// A one-character suffix before a township's level character is that place's last character (林坊|镇),
    /// and a village's unit name does not open on the level character closing the township above it
    /// (林坊镇|洋坊村党支部).
    func testChainOfTownshipAndVillageBeforeTheirPartyBranch() {
        let text = "连城县林坊镇洋坊村党支部书记罗志华带领村民种植仙草。"
        XCTAssertEqual(RecogniserTestSupport.names(text, .organisation), ["洋坊村党支部"])
        XCTAssertEqual(RecogniserTestSupport.names(text, .place), ["连城县", "林坊镇", "洋坊村"])
    }

    /// An event's strong cue ending in 会 (博览会, 洽谈会) ends the event's name, not a body's; a host city in
    /// brackets stays inside the event's name, and the event's committee is named across its cue.
    func testFairsAreEventsTheirCommitteesAreBodies() {
        let fair = "晋江市举办第二十五届中国（晋江）国际鞋业博览会。"
        XCTAssertEqual(RecogniserTestSupport.names(fair, .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names(fair, .programme), ["第二十五届中国（晋江）国际鞋业博览会"])
        XCTAssertEqual(RecogniserTestSupport.names("投洽会组委会主任出席。", .organisation), ["投洽会组委会"])
    }

    /// A known newspaper followed by 社 is its publishing house, one body (光明日报社); not where 社 opens
    /// a word (光明日报社会版).
    func testNewspaperAndSheIsItsPublishingHouse() {
        XCTAssertEqual(RecogniserTestSupport.names("光明日报社举行座谈会。", .organisation), ["光明日报社"])
        XCTAssertEqual(RecogniserTestSupport.names("光明日报社会版刊登了文章。", .organisation), ["光明日报"])
    }

    func testSuffixCutFromAWordIsNoName() {
        XCTAssertFalse(names("厦门加速布局新产业").contains { $0.hasSuffix("布局") || $0.hasSuffix("局") })
        XCTAssertFalse(names("厦门大学生志愿者").contains("厦门大学"))
    }

    /// Name words holding a break character (国有, 公共) let the body run across it.
    func testNameWordWithABreakCharacterStaysInTheBody() {
        XCTAssertTrue(names("厦门市国有资产投资公司发布公告").contains("厦门市国有资产投资公司"))
        XCTAssertTrue(names("中国公共关系协会成立").contains("中国公共关系协会"))
    }

    /// A deal between bodies, a count of bodies and a sector are no bodies' names.
    func testDealsCountsAndSectorsAreNoNames() {
        XCTAssertFalse(RecogniserTestSupport.names("去年，美国太平洋电话公司买下纽新公司。", .organisation).contains { $0.contains("买下") })
        XCTAssertEqual(RecogniserTestSupport.names("学院现有两个二级学院。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("重组成为中国证券市场的热点。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("诸如近代证券市场的兴起。", .organisation), [])
    }

    /// 联合体, 立法会 and 法庭 close bodies' names after a place (中国卫星发射联合体, 澳门立法会); a bare
    /// 法庭 is the courtroom.
    func testConsortiumLegislatureAndTribunalSuffixes() {
        XCTAssertEqual(RecogniserTestSupport.names("他们组建了中国卫星发射联合体。", .organisation), ["中国卫星发射联合体"])
        XCTAssertEqual(RecogniserTestSupport.names("澳门立法会今天开会。", .organisation), ["澳门立法会"])
        XCTAssertEqual(RecogniserTestSupport.names("他在法庭上说明了情况。", .organisation), [])
    }

    func testVerbInsideBodyIsNoName() {
        XCTAssertFalse(names("厦门举办教育局").contains("厦门举办教育局"))
    }

    func testPlaceAndWeakSuffixAloneIsADescription() {
        XCTAssertFalse(names("厦门企业积极参与").contains("厦门企业"))
    }

    func testNationalTeamIsAName() {
        XCTAssertTrue(names("中国队获胜").contains("中国队"))
    }

    /// 会 between a common noun and a verb is the modal "will" (企业|会|要求); an association's own
    /// name before 会 keeps the body (商会, 联合会 are suffixes of their own).
    func testModalHuiClosesNoBody() {
        XCTAssertEqual(RecogniserTestSupport.names("东盟企业会要求降低关税。", .organisation), ["东盟"])
        XCTAssertEqual(RecogniserTestSupport.names("厦门市工商业联合会举办活动。", .organisation), ["厦门市工商业联合会"])
    }

    /// Publishing verbs (发布, 公布) belong to the clause: a company releasing its report (…发布财报) is
    /// no body named with the paper suffix 报.
    func testPublishingVerbIsNoPartOfAName() {
        XCTAssertEqual(RecogniserTestSupport.names("飞利浦电子发布财报。", .organisation), ["飞利浦"])
    }

    func testUnanchoredBodyStartsAfterTheVerb() {
        let found = names("政策鼓励兴业商业银行放贷")
        XCTAssertFalse(found.contains { $0.contains("鼓励") })
    }

    func testBareBodyNeedsALevel() {
        XCTAssertTrue(names("经市委研究决定").contains("市委"))
        XCTAssertFalse(names("各级党组织").contains("党组"))
        XCTAssertFalse(names("他在党组会上").contains("党组"))
    }

    /// A district's and a prefecture's bare committee, and an autonomous region's, are bodies as a city's
    /// are (区委, 地委, 自治区党委); a level character that ends a word (社区, 山区, 当地) makes none. (The bare
    /// government 区政府 is proposed too; with no district named the Canonicaliser leaves it unnamed.)
    func testDistrictPrefectureAndAutonomousBodiesStandBare() {
        XCTAssertEqual(RecogniserTestSupport.names("区委、区政府出台了新政。", .organisation), ["区委"])
        XCTAssertEqual(RecogniserTestSupport.names("地委召开扩大会议。", .organisation), ["地委"])
        XCTAssertEqual(RecogniserTestSupport.names("自治区党委常委、秘书长出席会议。", .organisation), ["自治区党委"])
        XCTAssertEqual(RecogniserTestSupport.names("山区政府投入资金修路。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("当地委托律师办理。", .organisation), [])
        // The Youth League's district committee, as of a county (团县委).
        XCTAssertEqual(RecogniserTestSupport.names("团区委书记出席会议。", .organisation), ["团区委"])
    }

    /// A parliament's upper and lower houses (上院, 下院) are bodies of their own after the parliament or
    /// its country.
    func testHousesOfParliamentAreBodies() {
        XCTAssertEqual(RecogniserTestSupport.names("英国上院否决了议案。", .organisation), ["英国上院"])
        XCTAssertTrue(RecogniserTestSupport.names("日本议会下院通过了预算。", .organisation).contains("日本议会下院"))
    }

    func testCountryWomenAndSportTeamsAreNames() {
        XCTAssertTrue(names("巴西女队获胜").contains("巴西女队"))
        XCTAssertTrue(names("巴西足球队教练").contains("巴西足球队"))
        XCTAssertTrue(names("巴西男子网球队出场").contains("巴西男子网球队"))
    }

    func testPlaceBeforeTeamMembersIsNoTeam() {
        XCTAssertFalse(names("巴西队员入场").contains { $0.hasPrefix("巴西队") })
    }

    func testCountryBeforeAGenericStateBodyIsThatCountrysBody() {
        let view = Self.view("巴西外交部发表声明")
        var out: [Candidate] = []
        OrganisationRecogniser().propose(in: view, into: &out)
        let body = out.first { $0.canonical == "巴西外交部" }
        XCTAssertNotNil(body)
        // Strong enough to outweigh the country and the body proposed separately by the dictionary.
        let parts = [Candidate(range: 0..<2, type: .place, canonical: "巴西", rule: "dict:place", confidence: 0.9),
                     Candidate(range: 2..<5, type: .organisation, canonical: "外交部", rule: "dict:organisation", confidence: 0.88)]
        XCTAssertGreaterThan(body?.score ?? 0, parts.reduce(0) { $0 + $1.score })
    }

    /// 国家主席 is the office its holder is named by, not a body: the country before it stays a place.
    func testCountryBeforeTheHeadOfStateTitleIsThePlace() {
        XCTAssertEqual(RecogniserTestSupport.names("中国国家主席江泽民访问美国", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("中国国家主席江泽民访问美国", .place), ["中国", "美国"])
    }

    /// 代理 before a head's title makes an acting office (代理部长): the body ends before it.
    func testActingTitleEndsTheBodyBeforeIt() {
        XCTAssertEqual(RecogniserTestSupport.names("他被任命为内务部代理部长", .organisation), ["内务部"])
        XCTAssertEqual(RecogniserTestSupport.names("国防部代理部长出席会议", .organisation), ["国防部"])
    }

    /// An unanchored name starts on a word boundary the text allows (反对|联邦…), even where a chance
    /// word runs across it (对联).
    func testUnanchoredNameStartsAfterTheVerbBeforeIt() {
        XCTAssertEqual(RecogniserTestSupport.names("他们坚决反对联邦贸易委员会的指控。", .organisation), ["联邦贸易委员会"])
    }

    /// A foreign name joined by its dot is one body before the suffix (乔治·梅森大学, 葛兰素·威康公司),
    /// characters outside the transliteration table included.
    func testDottedForeignNameIsOneBody() {
        XCTAssertEqual(RecogniserTestSupport.names("代表们聚集在乔治·梅森大学讨论。", .organisation), ["乔治·梅森大学"])
        XCTAssertEqual(RecogniserTestSupport.names("他说，葛兰素·威康公司是著名的制药企业。", .organisation), ["葛兰素·威康公司"])
        XCTAssertEqual(RecogniserTestSupport.names("他说，葛兰素·威康公司是著名的制药企业。", .person), [])
    }

    /// A country before one of its universities is part of the name newswire writes (美国哥伦比亚大学).
    func testCountryBeforeItsUniversityIsOneName() {
        XCTAssertEqual(RecogniserTestSupport.names("美国哥伦比亚大学教授来访。", .organisation), ["美国哥伦比亚大学"])
        XCTAssertEqual(RecogniserTestSupport.names("美国哥伦比亚大学教授来访。", .place), [])
    }

    /// 前 ("former") between a country and its state organ qualifies the office after it (美国前国防部长):
    /// the country's organ is still named, written without 前 in its canonical form; a former head of
    /// state (前总统) names no body.
    func testFormerBetweenCountryAndItsOrganKeepsTheOrgan() {
        let pairs = { (text: String) in RecogniserTestSupport.mentions(text).filter { $0.type == .organisation }.map { "\($0.text)=\($0.canonical)" } }
        XCTAssertEqual(pairs("据美国前国防部长说，谈判将继续。"), ["美国前国防部=美国国防部"])
        XCTAssertEqual(RecogniserTestSupport.names("美国前总统卡特访问了这所学校。", .organisation), [])
    }

    /// A head of state or government opening a body's name names the office that serves them (俄罗斯总统
    /// 办公厅, 总统新闻局); the title followed by a person's name and a longer phrase names none.
    func testHeadOfGovernmentOpeningABodyNamesTheirOffice() {
        XCTAssertEqual(RecogniserTestSupport.names("据俄罗斯总统办公厅消息，会晤将推迟。", .organisation), ["俄罗斯总统办公厅"])
        XCTAssertEqual(RecogniserTestSupport.names("据俄罗斯总统新闻局消息，会晤将推迟。", .organisation), ["俄罗斯总统新闻局"])
        XCTAssertEqual(RecogniserTestSupport.names("法国总统希拉克会见了中国代表团。", .organisation), ["中国代表团"])
    }

    /// Any office title right before an office (贸易代表 办公室, 校长 办公室) names that official's office,
    /// the cue inside the title (代表) included; a bare one (市长办公室) stays unnamed.
    func testOfficeTitleBeforeAnOfficeNamesTheirOffice() {
        XCTAssertEqual(RecogniserTestSupport.names("据了解，美国贸易代表办公室的有关负责人昨天表示", .organisation), ["美国贸易代表办公室"])
        XCTAssertEqual(RecogniserTestSupport.names("北京大学校长办公室发出通知。", .organisation), ["北京大学校长办公室"])
        XCTAssertEqual(RecogniserTestSupport.names("他走进了市长办公室。", .organisation), [])
    }

    /// A newspaper is named by a common word before its suffix (齐鲁晚报, 南方都市报), unless the word says
    /// what kind of paper it is (地方日报); a time word before the name opens the clause (昨天|齐鲁晚报).
    func testCommonWordNamesANewspaper() {
        XCTAssertEqual(RecogniserTestSupport.names("昨天齐鲁晚报报道了此事。", .organisation), ["齐鲁晚报"])
        XCTAssertEqual(RecogniserTestSupport.names("据南方都市报报道，昨天发生了交通事故。", .organisation), ["南方都市报"])
        XCTAssertEqual(RecogniserTestSupport.names("地方日报的记者也来了。", .organisation), [])
        // A province's satellite channel (卫视) is a broadcaster after its place.
        XCTAssertEqual(RecogniserTestSupport.names("据湖南卫视报道，演出很成功。", .organisation), ["湖南卫视"])
    }

    /// Armed services known by their generic names (国防军, 革命卫队, 海军陆战队) are the country's own after
    /// it, as its navy is: 以色列国防军 is no 以色列国 + 防军.
    func testCountryBeforeItsArmedServiceIsOneName() {
        XCTAssertEqual(RecogniserTestSupport.names("据了解，以色列国防军的有关负责人昨天表示", .organisation), ["以色列国防军"])
        XCTAssertEqual(RecogniserTestSupport.names("伊朗革命卫队举行演习。", .organisation), ["伊朗革命卫队"])
        XCTAssertEqual(RecogniserTestSupport.names("美国海军陆战队士兵登陆。", .organisation), ["美国海军陆战队"])
    }

    /// A country before one of its companies the dictionary knows is part of the name newswire writes
    /// (美国波音公司, 韩国三星集团), as with its universities.
    func testCountryBeforeItsCompanyIsOneName() {
        XCTAssertEqual(RecogniserTestSupport.names("美国波音公司宣布裁员。", .organisation), ["美国波音公司"])
        XCTAssertEqual(RecogniserTestSupport.names("据了解，韩国三星集团的有关负责人昨天表示", .organisation), ["韩国三星集团"])
        XCTAssertEqual(RecogniserTestSupport.names("美国波音公司宣布裁员。", .place), [])
    }

    /// Two places joined by 及 name one body's region together: the name starts at the first place.
    func testPlacesJoinedByJiNameOneBody() {
        XCTAssertEqual(RecogniserTestSupport.names("亚洲及太平洋经济社会委员会发布了年度报告。", .organisation), ["亚洲及太平洋经济社会委员会"])
        XCTAssertEqual(RecogniserTestSupport.names("亚洲及太平洋经济社会委员会发布了年度报告。", .place), [])
    }

    func testDictionaryNameBeginningWithACountryOutweighsItsParts() {
        let view = Self.view("中国足协发表声明")
        var out: [Candidate] = []
        OrganisationRecogniser().propose(in: view, into: &out)
        let whole = out.first { $0.range == 0..<4 }
        XCTAssertEqual(whole?.canonical, "中国足球协会")
        let parts = [Candidate(range: 0..<2, type: .place, canonical: "中国", rule: "dict:place", confidence: 0.9),
                     Candidate(range: 2..<4, type: .organisation, canonical: "足协", rule: "dict:organisation", confidence: 0.88)]
        XCTAssertGreaterThan(whole?.score ?? 0, parts.reduce(0) { $0 + $1.score })
    }

    func testRepeatedSuffixCharacterStartsAnOffice() {
        XCTAssertFalse(names("中国银行行长表示").contains("中国银行行"))
    }

    func testCountryGovernmentIsTheCountryNotABody() {
        XCTAssertFalse(names("中国政府坚决反对").contains("中国政府"))
        XCTAssertTrue(names("厦门市政府决定").contains("厦门市政府"))
    }

    func testCountryMinistryKeepsItsNameBeforeTheMinistersTitle() {
        // 部长 is a word that starts inside 外交部: the title after the body does not cut the name.
        XCTAssertTrue(names("巴西外交部长发表讲话").contains("巴西外交部"))
    }

    func testAdjectiveInXingDescribesAKindNotAName() {
        XCTAssertFalse(names("法国全国性日报发表文章").contains { $0.hasPrefix("法国全国性") })
    }

    func testTitleModifierEndsTheName() {
        XCTAssertFalse(names("欧洲中央银行首任行长上任").contains { $0.contains("首任") })
    }

    func testOneCharacterCueCutFromAWordDoesNotBlockTheBody() {
        // 经 alone introduces a person (经某人介绍); inside 经济 it is part of the body.
        XCTAssertTrue(names("厦门经济研究院发布报告").contains("厦门经济研究院"))
        // 等 ("and others") closing the word 高等 is that word's last character.
        XCTAssertTrue(names("厦门高等教育协会召开年会").contains("厦门高等教育协会"))
        // A word across the anchor's end (足|协和) leaves the conjunction a conjunction.
        XCTAssertFalse(names("中国足协和厦门建设协会召开年会").contains { $0.hasPrefix("中国足协和") })
    }

    func testUnitNamedAfterAComposedOrganisationIsTheWholeChain() {
        XCTAssertTrue(names("中国足球协会经济开发委员会成立").contains("中国足球协会经济开发委员会"))
        XCTAssertTrue(names("日兴证券公司宣布").contains("日兴证券公司"))
    }

    /// A name the dictionary knows whole is left to the dictionary, with its canonical form: the recogniser
    /// does not compose it again.
    func testNameKnownWholeIsNotComposedAgain() {
        XCTAssertFalse(names("厦门市税务局发布公告").contains("厦门市税务局"))
    }

    func testPartyAndCentreIsTheCentralCommittee() {
        XCTAssertTrue(names("致公党中央主席主持会议").contains("致公党中央"))
        XCTAssertFalse(names("致公党中央主席主持会议").contains("致公党中"))
    }

    /// A word from the body's last character (会通 in 议会|通过) cuts nothing when the rest opens a word of
    /// its own: the country's parliament is one name.
    func testCountrysBodyBeforeAWordStartingOnItsLastCharacter() {
        XCTAssertEqual(RecogniserTestSupport.names("挪威议会通过了这项法案。", .organisation), ["挪威议会"])
    }

    func testBundledDictionaryKnowsWorldPartiesAndLeavesIdiomsAlone() throws {
        try XCTSkipIf(RecogniserTestSupport.pipeline == nil, "bundled dictionaries not found")
        // The country's party is named with the country, as its government is.
        XCTAssertEqual(RecogniserTestSupport.names("以色列工党领袖发表讲话", .organisation), ["以色列工党"])
        XCTAssertEqual(RecogniserTestSupport.names("英国保守党领袖发表讲话", .organisation), ["英国保守党"])
        XCTAssertEqual(RecogniserTestSupport.names("坚持实事求是的思想路线", .organisation), [])
        let government = RecogniserTestSupport.mentions("美国政府宣布制裁")
        XCTAssertFalse(government.contains { $0.text == "美国政府" })
        XCTAssertTrue(government.contains { $0.text == "美国" && $0.type == .place })
    }

    func testListedNounHoldingABreakCharacterContinuesTheBody() {
        // 能 ends a clause (中国能够…), but 能源 is a noun of the name.
        XCTAssertTrue(names("中国能源研究院成立").contains("中国能源研究院"))
        XCTAssertFalse(names("中国能够支持研究院").contains { $0.hasPrefix("中国") })
    }

    func testCountryAndTeamShortFormIsATeam() {
        XCTAssertTrue(names("巴西女篮获胜").contains("巴西女篮"))
        XCTAssertTrue(names("中国男足出线").contains("中国男足"))
        // 排队 (to queue) starts inside 女排: no team there.
        XCTAssertFalse(names("巴西女排队伍入场").contains("巴西女排"))
    }

    /// A word the short form's last character makes with a preposition after it (男足|以 over 足以), or one
    /// outrun by a longer word (女排|名列 over 排名), does not cut the team's name (bundled dictionaries).
    func testChanceWordAfterTheTeamShortFormCutsNothing() {
        XCTAssertEqual(RecogniserTestSupport.names("中国男足以一比二负于伊朗队。", .organisation), ["中国男足", "伊朗队"])
        XCTAssertEqual(RecogniserTestSupport.names("中国女排名列第一。", .organisation), ["中国女排"])
    }

    func testTransliteratedNameBeforeCompanyIsAForeignCompany() {
        XCTAssertTrue(names("政府批准劳拉公司出口").contains("劳拉公司"))
        // A common word made of the same characters is a kind of company, not a name.
        XCTAssertFalse(names("他去保险公司").contains("保险公司"))
    }

    static func view(_ sentence: String) -> SentenceView {
        let text = Array(sentence.unicodeScalars)
        return SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count), lexicon: lexicon)
    }

    /// A founding or movement verb before the stretch ends the clause: the name starts after it.
    func testFoundingVerbIsNotPartOfTheName() {
        XCTAssertEqual(names("市里决定组建城市建设指挥部"), ["城市建设指挥部"])
        XCTAssertFalse(names("代表团随后赴城市建设指挥部参观").contains { $0.hasPrefix("赴") })
    }

    /// 一家著名电脑公司 describes an unnamed company: no candidate keeps the quantifier or the adjective.
    func testQuantifiedDescriptionIsNoName() {
        XCTAssertFalse(names("一家著名电脑公司斥资百万").contains { $0.hasPrefix("一家") || $0.hasPrefix("著名") })
    }

    /// A word that a one-character suffix opens (厂主, 局面) is a chance string where a longer word starts
    /// right after the suffix and nothing starts where that word ends (厂|主办, 局|面临): the name ends at the
    /// suffix. Where a word does start there (组织|机关), the crossing word is the reading and 组 no suffix.
    func testSuffixOutrunByTheWordAfterItClosesTheName() {
        XCTAssertEqual(RecogniserTestSupport.names("由沈阳市仪表厂主办的展览今天开幕。", .organisation), ["沈阳市仪表厂"])
        XCTAssertEqual(RecogniserTestSupport.names("湘潭市财政局面临不少困难。", .organisation), ["湘潭市财政局"])
        XCTAssertEqual(RecogniserTestSupport.names("河北栾城县组织机关干部进行军训。", .organisation), [])
    }

    /// A weak cue that follows names (交流) closing a body right before its suffix is the body's line of
    /// work (上海市人才交流中心); after a body's own suffix it is the clause's verb (学院|共同|组织).
    func testWeakCueBeforeTheSuffixIsTheBodysLineOfWork() {
        XCTAssertEqual(RecogniserTestSupport.names("记者日前来到上海市人才交流中心采访。", .organisation), ["上海市人才交流中心"])
        XCTAssertEqual(RecogniserTestSupport.names("这次培训由广州市财经学院共同组织。", .organisation), ["广州市财经学院"])
    }

    /// Employment (就业) is a line of work though it holds the break character 就 (大连市再就业服务中心), and job
    /// referral (职业介绍) though it holds a verb of speech; 就 alone still ends a clause (厦门市就|业务…).
    func testEmploymentAndJobReferralAreLinesOfWork() {
        XCTAssertEqual(RecogniserTestSupport.names("记者日前来到大连市再就业服务中心采访。", .organisation), ["大连市再就业服务中心"])
        XCTAssertEqual(RecogniserTestSupport.names("沈阳市职业介绍所的工作人员说，求职的人很多。", .organisation), ["沈阳市职业介绍所"])
        XCTAssertEqual(RecogniserTestSupport.names("厦门市就业务培训中心的建设提出意见。", .organisation).filter { $0.hasPrefix("厦门市就") }, [])
    }

    /// A profession right before a members' association (律师协会, 记者学会) is whose association it is, not
    /// an office or a cue for a person: the place, the profession and the suffix are one name. Before a
    /// word that merely starts like a suffix (记者会见) there is no association.
    func testProfessionBeforeAMembersAssociationNamesIt() {
        XCTAssertEqual(RecogniserTestSupport.names("由北京市律师协会主办的论坛开幕。", .organisation), ["北京市律师协会"])
        XCTAssertEqual(RecogniserTestSupport.names("中国记者协会副主席出席。", .organisation), ["中国记者协会"])
        XCTAssertEqual(RecogniserTestSupport.names("湖南省记者学会成立。", .organisation), ["湖南省记者学会"])
        XCTAssertEqual(RecogniserTestSupport.names("江苏省记者会见了这位老人。", .organisation), [])
    }

    /// A body the dictionary also knows as the national one (国资委, 工商联, 贸促会) names the place's own
    /// after a place (安徽省国资委), rather than the place and the national body read apart; a body of the
    /// country alone (全国人大) stays apart from a place before it (香港|全国人大代表).
    func testNationalBodyAfterAPlaceIsThePlacesOwn() {
        XCTAssertEqual(RecogniserTestSupport.names("据了解，安徽省国资委的有关负责人昨天表示", .organisation), ["安徽省国资委"])
        XCTAssertEqual(RecogniserTestSupport.names("苏州工商联组织会员企业参展。", .organisation), ["苏州工商联"])
        XCTAssertEqual(RecogniserTestSupport.names("江苏省贸促会召开会议。", .organisation), ["江苏省贸促会"])
        XCTAssertEqual(RecogniserTestSupport.names("香港全国人大代表视察了工地。", .organisation), ["全国人大"])
    }

    /// A province's or city's academy by its short form (江苏省社科院) is the place's own; bare, 社科院 is
    /// still the national academy's short name.
    func testAcademyShortFormAfterAPlaceIsThePlacesOwn() {
        XCTAssertEqual(RecogniserTestSupport.names("据了解，江苏省社科院的有关负责人昨天表示", .organisation), ["江苏省社科院"])
        XCTAssertEqual(RecogniserTestSupport.names("据了解，江苏省社科院的有关负责人昨天表示", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("社科院的专家指出，增长将放缓。", .organisation), ["社科院"])
    }

    /// Prisons, observatories, post offices and military subdistricts end a body's name after a place
    /// (广东省第一监狱, 北京天文台, 省邮政局, 苏州军分区); the bare noun names none (关进了监狱).
    func testPrisonObservatoryPostOfficeAndSubdistrictEndAName() {
        XCTAssertEqual(RecogniserTestSupport.names("他在广东省第一监狱服刑。", .organisation), ["广东省第一监狱"])
        XCTAssertEqual(RecogniserTestSupport.names("北京天文台的专家说，今晚可以看到流星雨。", .organisation), ["北京天文台"])
        XCTAssertEqual(RecogniserTestSupport.names("记者日前来到省邮政局采访。", .organisation), ["省邮政局"])
        XCTAssertEqual(RecogniserTestSupport.names("苏州军分区组织民兵参加抢险。", .organisation), ["苏州军分区"])
        XCTAssertEqual(RecogniserTestSupport.names("他被关进了监狱。", .organisation), [])
    }

    /// A place and a kind of works ending in 厂 name a works (湘潭钢铁厂, 青岛啤酒厂) as a place and a
    /// product do (湘潭电机厂), though 铁厂 and 酒厂 are words of their own; a word that counts or acts on
    /// the works (全厂, 出厂) names none.
    func testPlaceAndKindOfWorksNameAWorks() {
        XCTAssertEqual(RecogniserTestSupport.names("湘潭钢铁厂的工人超额完成任务。", .organisation), ["湘潭钢铁厂"])
        XCTAssertEqual(RecogniserTestSupport.names("青岛啤酒厂扩建了生产线。", .organisation), ["青岛啤酒厂"])
        XCTAssertEqual(RecogniserTestSupport.names("湘潭全厂职工捐款。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("这批货物从湘潭出厂。", .organisation), [])
    }
}

/// Bare body words that name the one body of their level or unit (纪委, 村委会, 团县委).
final class BareBodyTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    func testDisciplineCommissionStandsAlone() {
        XCTAssertEqual(organisations("他消沉下去，那是纪委的失职。"), ["纪委"])
    }

    /// Every level has one people's congress standing committee: written bare, it is that body.
    func testCongressStandingCommitteeStandsAlone() {
        XCTAssertEqual(organisations("退休后他仍参与人大常委会的调研。"), ["人大常委会"])
    }

    func testVillageCommitteeAndYouthLeagueCommittee() {
        XCTAssertEqual(organisations("前几天，我同村委会主任商量过。"), ["村委会"])
        XCTAssertEqual(organisations("他被县委、团县委评为先进个人。"), ["县委", "团县委"])
    }

    /// The verb of taking an office (任, 兼) before a lower level's committee is no unit name: the bare
    /// committee is the body (调任镇党委书记).
    func testOfficeVerbBeforeALowerLevelsCommittee() {
        XCTAssertEqual(organisations("她从县里调来任乡党委书记。"), ["乡党委"])
        XCTAssertEqual(organisations("去年他调任镇党委书记。"), ["镇党委"])
    }

    func testNamedTownKeepsItsCommitteeOutOfTheBareReading() {
        XCTAssertFalse(organisations("李哥庄镇党委书记介绍了情况。").contains("镇党委"))
    }

    /// A level's own office of a listed kind (信访办, 老干局, 药监局, 房屋管理局) is that level's body, as 市教育局 is.
    func testLevelAndItsListedOfficeAreOneBody() {
        XCTAssertEqual(organisations("他来到县信访办反映情况。"), ["县信访办"])
        XCTAssertEqual(organisations("他到市房屋管理局咨询政策。"), ["市房屋管理局"])
        XCTAssertEqual(organisations("区老干局组织老同志参观。"), ["区老干局"])
    }

    func testBareTownshipGovernmentIsGeneric() {
        XCTAssertEqual(organisations("他们与镇政府签订了合同。"), [])
    }
}

/// A state's armed services: one body each, bare before a rank or after the country.
final class ArmedServiceTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    func testCountryAndServiceIsOneBody() {
        XCTAssertEqual(organisations("美国海军今天宣布了这一消息。"), ["美国海军"])
    }

    func testBareServiceBeforeARank() {
        XCTAssertEqual(organisations("代表团由海军少将率领。"), ["海军"])
    }

    func testServiceInsideAnotherWordIsNoBody() {
        XCTAssertFalse(organisations("上海军工企业发展很快。").contains("海军"))
    }

    /// The PLA's general departments and military regions are bodies named bare; the chief of staff's
    /// title (总参谋长) names no department.
    func testGeneralDepartmentsAndMilitaryRegions() {
        XCTAssertEqual(organisations("总后勤部和成都军区的代表出席了会议。"), ["总后勤部", "成都军区"])
        XCTAssertEqual(organisations("总参谋长出席了会议。"), [])
    }
}

/// Club teams named by a sponsor or emblem alone, and kinds of team that are no names.
final class ClubTeamTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    func testSponsorNameBeforeTeamIsAClub() {
        XCTAssertEqual(organisations("健力宝队是参赛的八支球队之一。"), ["健力宝队"])
    }

    /// 日 (Japan) inside the sponsor's name is no dictionary name, and 队 ends no given name (松 + 日队).
    func testSponsorNameHoldingAnAbbreviationIsAClub() {
        XCTAssertEqual(organisations("对新上任的松日队教练很满意。"), ["松日队"])
        XCTAssertEqual(RecogniserTestSupport.names("对新上任的松日队教练很满意。", .person), [])
    }

    /// A time word before the sponsor's name ends before the club (今天|松日队).
    func testClubAfterACommonWordStartsAfterIt() {
        XCTAssertEqual(organisations("今天松日队会表现得如此出色。"), ["松日队"])
    }

    /// In a match report a sponsor that is a common word names the club (海狮队, 全兴队); kinds of team
    /// and counted teams stay unnamed there too.
    func testCommonWordBeforeTeamInAMatchReportIsAClub() {
        XCTAssertEqual(organisations("状态颇佳的全兴队前锋在上半场进球。"), ["全兴队"])
        XCTAssertEqual(organisations("外援卡洛斯和海狮队的外援同场竞技。"), ["海狮队"])
        XCTAssertEqual(organisations("本轮联赛，种子队和另外三个队都在主场获胜。"), [])
        XCTAssertEqual(organisations("海狮队员在海边表演。"), [])
    }

    func testKindsOfTeamAreNoNames() {
        XCTAssertEqual(organisations("施工队进驻工地，医疗队也到了。"), [])
    }

    func testCountedTeamIsNoName() {
        XCTAssertEqual(organisations("现在，这支机防队发展到九十人。"), [])
    }

    func testTeamMembersAreNoTeamName() {
        XCTAssertEqual(organisations("健力宝队员们正在训练。"), [])
    }
}

/// A known enterprise's short name and 公司 is the enterprise written out, under the dictionary's canonical
/// name (bundled dictionaries); a place and a bare 公司 stays a description.
final class KnownEnterpriseCompanyTests: XCTestCase {
    private func organisations(_ text: String) -> [(text: String, canonical: String)] {
        RecogniserTestSupport.mentions(text).filter { $0.type == .organisation }.map { ($0.text, $0.canonical) }
    }

    func testKnownEnterpriseAndCompanyIsOneName() {
        XCTAssertEqual(organisations("华为公司和IBM公司签约。").map(\.text), ["华为公司", "IBM公司"])
    }

    /// The page's fullest form names the entity; the bare short form on the same page is an alias of it.
    func testTheShortFormOnThePageJoinsTheNameWrittenOut() {
        let found = organisations("华为公司今天发布新品。华为表示欢迎。")
        XCTAssertEqual(found.map(\.text), ["华为公司", "华为"])
        XCTAssertEqual(found.map(\.canonical), ["华为公司", "华为公司"])
        // The dictionary's official name, once spelled on the page, names all three.
        let spelled = organisations("华为技术有限公司成立于1987年。华为公司今天发布新品。华为表示欢迎。")
        XCTAssertEqual(Set(spelled.map(\.canonical)), ["华为技术有限公司"])
    }

    func testPlaceAndBareCompanyIsNoName() {
        XCTAssertEqual(RecogniserTestSupport.names("日本公司纷纷撤资。", .organisation), [])
    }
}

/// An unlisted company's branch named by its city: the short name standing alone before the city is the
/// parent's (bundled dictionaries).
final class UnlistedParentBranchTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    func testShortNameBeforeTheCityOwnsTheBranch() {
        XCTAssertEqual(organisations("日前，捷顺达上海分公司宣布裁员。"), ["捷顺达上海分公司"])
        // After a whole word (日前) as after a comma; after a dateline's 讯, which opens no name.
        XCTAssertEqual(organisations("日前捷顺达上海分公司宣布裁员。"), ["捷顺达上海分公司"])
        XCTAssertEqual(organisations("本报讯捷顺达上海分公司宣布裁员。"), ["捷顺达上海分公司"])
    }

    func testVerbsWordsAndDemonstrativesOwnNoBranch() {
        XCTAssertEqual(organisations("他们设立上海分公司。"), ["上海分公司"])
        XCTAssertEqual(organisations("该公司上海分公司成立。"), ["上海分公司"])
        XCTAssertEqual(organisations("集团旗下上海分公司成立。"), ["上海分公司"])
    }
}

/// A word from the last character of a long suffix (团|圆满 over 代表团) cuts nothing when the text after the
/// suffix opens a word of its own (bundled dictionaries).
final class LongSuffixSegmentationTests: XCTestCase {
    func testSuffixStandsWhenTheRestSegments() {
        XCTAssertEqual(RecogniserTestSupport.names("越南青年友好代表团圆满完成了访问。", .organisation), ["越南青年友好代表团"])
    }

    func testSuffixIsCutWhenTheRestDoesNot() {
        // 团结一致: nothing opens at 结一, so 团结 is the word and no delegation is named.
        XCTAssertEqual(RecogniserTestSupport.names("越南青年友好代表团结一致。", .organisation), [])
    }
}

/// A one-character suffix repeated one character later closes no longer name: the name ended at the
/// first (bundled dictionaries).
final class RepeatedSuffixTests: XCTestCase {
    func testRepeatedSuffixAfterOneCharacterEndsNoName() {
        XCTAssertEqual(RecogniserTestSupport.names("上海歌舞团建团四十年。", .organisation), ["上海歌舞团"])
    }
}

/// A performing troupe's word (话剧团, 歌舞团, 文工团) closes a name as a strong suffix: a body after a
/// military region or any name, and the clause's verb of showing or watching (展示, 观看) stays outside it
/// (bundled dictionaries).
final class TroupeSuffixTests: XCTestCase {
    func testTroupeAfterAnOrganisation() {
        XCTAssertEqual(RecogniserTestSupport.names("成都军区战旗话剧团建团四十年。", .organisation), ["成都军区战旗话剧团", "成都军区"])
        XCTAssertEqual(RecogniserTestSupport.names("昨晚，海岭歌舞团在京演出。", .organisation), ["海岭歌舞团"])
    }

    func testVerbOfShowingEndsTheClauseBeforeTheBody() {
        XCTAssertEqual(RecogniserTestSupport.names("展板展示海岭研究院的最新成果。", .organisation), ["海岭研究院"])
        XCTAssertEqual(RecogniserTestSupport.names("大家观看海岭研究院的展览。", .organisation), ["海岭研究院"])
    }
}

/// A head or branch works (总厂, 分厂) closes a factory's name like 厂 itself.
final class WorksSuffixTests: XCTestCase {
    func testHeadWorksAfterAPlaceAndBody() {
        XCTAssertEqual(RecogniserTestSupport.names("洛阳矿山机械总厂的职工来了。", .organisation), ["洛阳矿山机械总厂"])
    }

    /// 工厂 ("a factory") after a place describes one, but as the tail of a trade's word (化工厂, the chemical
    /// works) it is that word's: the place names the works.
    func testTradeWordEndingInFactoryNamesTheWorks() {
        XCTAssertEqual(RecogniserTestSupport.names("这次活动由合肥化工厂主办。", .organisation), ["合肥化工厂"])
        XCTAssertEqual(RecogniserTestSupport.names("武汉工厂的工人来了。", .organisation), [])
    }
}

/// A place + body + suffix name outweighs its anchor and the rest read apart; a one-character suffix
/// that starts a running word (社|区) is no suffix.
final class ComposedOrganisationTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    func testCountryArmedServiceAndUnitAreOneName() {
        XCTAssertEqual(organisations("由加拿大海军太平洋舰队司令率领。"), ["加拿大海军太平洋舰队"])
        XCTAssertTrue(organisations("少将率领的加拿大海军舰艇编队结束访问。").contains("加拿大海军舰艇编队"))
    }

    /// 科 closes no organisation across a title and a name (外交部|长伊万诺|科夫).
    /// 党代表 (a party delegate) read across 党|代表团 is cut by the suffix word: the delegation of the
    /// country's party is one name.
    func testATitleEndingInsideTheSuffixDoesNotBreakTheBody() {
        XCTAssertEqual(organisations("法国社会党代表团访问厦门。"), ["法国社会党代表团"])
        XCTAssertFalse(organisations("法国党代表访问厦门。").contains { $0.hasPrefix("法国党") })
    }

    /// A quoted name between the place and the suffix is part of the body (日本“樱花”合唱团), named
    /// without its quotation marks; before a programme's head (平台) the quotation names a programme.
    func testAQuotedNameAfterAPlaceIsPartOfTheBody() {
        let mentions = RecogniserTestSupport.mentions("日本“樱花”合唱团访问厦门。").filter { $0.type == .organisation }
        XCTAssertEqual(mentions.map(\.text), ["日本“樱花”合唱团"])
        XCTAssertEqual(mentions.map(\.canonical), ["日本樱花合唱团"])
        XCTAssertEqual(organisations("厦门市“信易贷”平台上线。"), [])
    }

    /// A company's regional qualifier in brackets before the suffix is part of its name, and the place
    /// in it opens no name of its own.
    func testABracketedRegionalQualifierInsideTheName() {
        XCTAssertEqual(organisations("雅芳（中国）有限公司今天发布新品。"), ["雅芳（中国）有限公司"])
    }

    /// A composed body's own party group or union right after it is one name, also before the title that
    /// begins on it (漳州市国税局党组|书记, 党组书记); the body's place stays nested in it.
    func testTheCommitteeOfAComposedBody() {
        XCTAssertEqual(organisations("漳州市国税局党组书记出席会议。"), ["漳州市国税局党组"])
        XCTAssertEqual(RecogniserTestSupport.names("漳州市海洋渔业局党组书记出席会议。", .place), ["漳州市"])
    }

    /// A joint body of the countries listed before 联合 is named from the first of them.
    func testAJointBodyOfListedCountries() {
        XCTAssertEqual(organisations("中国、尼泊尔联合登山队登顶成功。"), ["中国、尼泊尔联合登山队"])
    }

    /// A department named by two remits joined by 和 or 与 (农业和水利局, 教育和体育局) is one body after
    /// its place; the joint still ends a list where the item before it is a body (…大学和…), an office
    /// (总理和…) or a place (中国和…), and where no anchor opens the name (劳模和…工作室).
    func testTwoRemitsJoinedByAConjunctionAreOneDepartment() {
        XCTAssertEqual(organisations("厦门市农业和水利局发布通知。"), ["厦门市农业和水利局"])
        XCTAssertEqual(organisations("泉州市教育与体育局发布通知。"), ["泉州市教育与体育局"])
        XCTAssertEqual(organisations("他先后在厦门大学和华侨大学任教。"), ["厦门大学", "华侨大学"])
        XCTAssertEqual(organisations("国务院总理和外交部长出席。"), ["国务院", "外交部"])
        XCTAssertFalse(organisations("中国和日本外务省发表声明。").contains { $0.hasPrefix("中国") })
        XCTAssertFalse(organisations("表彰劳模和工匠人才创新工作室。").contains { $0.hasPrefix("劳模") })
    }

    /// A country's one-character short form opening a clause before a state body (美|财政部, 英|央行) names
    /// that country's body, written out as its canonical name, not the Chinese body the dictionary gives
    /// the generic name; a body the dictionary already gives that country keeps its canonical form, and a
    /// short form after a number or inside a word (5日|外交部, 同日|外交部) opens nothing.
    func testCountryShortFormBeforeAStateBodyIsThatCountrysBody() {
        let us = RecogniserTestSupport.mentions("美财政部宣布新的制裁措施。").filter { $0.type == .organisation }
        XCTAssertEqual(us.map(\.text), ["美财政部"])
        XCTAssertEqual(us.map(\.canonical), ["美国财政部"])
        XCTAssertEqual(RecogniserTestSupport.mentions("据英央行数据显示。").filter { $0.type == .organisation }.map(\.canonical), ["英国央行"])
        XCTAssertEqual(RecogniserTestSupport.mentions("日外务省发表声明。").filter { $0.type == .organisation }.map(\.canonical), ["日本外务省"])
        XCTAssertEqual(organisations("5日外交部发言人表示。"), ["外交部"])
        XCTAssertEqual(organisations("同日外交部发言人表示。"), ["外交部"])
    }

    /// Forming an alliance (结成, 组成) is a clause between bodies: the alliance is no part of the second's name.
    func testFormingAnAllianceEndsTheNameBefore() {
        XCTAssertEqual(organisations("非国大和南非共产党结成联盟。").filter { $0.hasSuffix("联盟") }, [])
    }

    func testTitleAndNameAreNoComposedBody() {
        XCTAssertEqual(organisations("陪同来访的俄罗斯外交部长伊万诺科夫等官员驶离机场。"), ["俄罗斯外交部"])
    }

    func testCountryAndItsPoliticalConsultativeBodyAreOneName() {
        XCTAssertEqual(organisations("欢迎中国全国政协主席访问法国。"), ["中国全国政协"])
    }

    func testSuffixThatStartsARunningWordIsNoSuffix() {
        XCTAssertFalse(organisations("思明区中华街道幸福社区党委书记说。").contains { $0.hasSuffix("社") })
    }
}

/// The same clause-boundary rules with the bundled dictionaries, where they decide the reading: a
/// founding verb or a quantifier before the stretch is not part of the name.
final class OrganisationNameStartTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    func testFoundingVerbAndQuantifierStayOutsideTheName() {
        XCTAssertEqual(organisations("市里决定组建城市建设总指挥部。"), ["城市建设总指挥部"])
        XCTAssertEqual(organisations("成都一家著名电脑公司斥资百万买下专利。"), [])
    }

    /// A one-character verb or particle of the clause ends it before an unanchored name, unless it is
    /// part of a word (出 in 出版社).
    func testClauseCharacterEndsTheStretchBeforeTheName() {
        XCTAssertEqual(organisations("老人刚出医院就回到了工地。"), [])
        XCTAssertEqual(organisations("她每天显示着学院的实力。"), [])
        XCTAssertEqual(organisations("新书已由中央编译出版社出版。"), ["中央编译出版社"])
        // 但 ("but") opens the clause.
        XCTAssertEqual(organisations("但汇泰银行表示，风险可控。"), ["汇泰银行"])
        // 靠 and 拿 take an object: no bank is named by them.
        XCTAssertEqual(organisations("退休后他们靠拿银行利息生活。"), [])
    }

    /// A place cut out of a known person's name (奥|巴马) anchors no body: 奥巴马政府 is the president's
    /// administration, not the county's government; the county written on its own still is.
    func testPlaceInsideAKnownPersonAnchorsNoBody() {
        XCTAssertEqual(organisations("奥巴马政府宣布了新政策。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("奥巴马政府宣布了新政策。", .person), ["奥巴马"])
        XCTAssertEqual(organisations("巴马县政府发布了通知。"), ["巴马县政府"])
    }

    /// A verb of taking an office (出任, 兼任, 调任) ends the clause before the body it names.
    func testOfficeTakingVerbStaysOutsideTheName() {
        XCTAssertEqual(organisations("他出任近代史研究所所长。"), ["近代史研究所"])
    }

    /// A lone common word before a generic suffix describes a kind of body (授权银行 in general), unless an
    /// office of the body follows: a committee with a vice-chairman is one committee.
    func testLoneCommonWordNamesABodyOnlyWithAnOfficeAfterIt() {
        XCTAssertEqual(organisations("这类授权银行越来越多。"), [])
        XCTAssertEqual(organisations("会上，环境委员会副主任委员发言。"), ["环境委员会"])
    }

    /// Pronouns and adverbs of the clause are no part of a name (什么 筹备委员会, 亲自 去…).
    func testPronounEndsTheStretchBeforeTheName() {
        XCTAssertEqual(organisations("大家不要成立什么筹备委员会。"), [])
    }

    /// "The n-th largest bank" describes a bank, it names none.
    func testOrdinalOfSizeIsNoName() {
        XCTAssertEqual(organisations("它已成为美国第二大银行。"), [])
        XCTAssertEqual(organisations("它已成为第三大银行。"), [])
    }

    /// A count by size after a name or a place (中海油 三大石油公司, 建行 四大行) counts the largest bodies of
    /// a kind: the name before it stands alone.
    func testCountOfSizeIsNoName() {
        XCTAssertEqual(organisations("中石油、中石化和中海油三大石油公司。"), ["中石油", "中石化", "中海油"])
        XCTAssertEqual(organisations("工行、农行、中行、建行四大行。"), ["工行", "农行", "中行", "建行"])
        XCTAssertEqual(organisations("中国三大航空公司业绩下滑。"), [])
        XCTAssertEqual(organisations("黑龙江五大连池矿泉水集团发布通告。"), ["五大连池矿泉水集团"], "a place named with a count")
    }

    /// 所 before a verb is the particle (为足球发展所做的贡献), not an institute's suffix.
    func testParticleSuoIsNoSuffix() {
        XCTAssertFalse(organisations("这是他为中国足球发展所做的贡献。").contains { $0.hasSuffix("所") })
        XCTAssertEqual(organisations("他在中国科学院物理研究所工作。").filter { $0.hasSuffix("所") }.count, 1)
    }

    /// A chain of administrative places before a body: the body is named after the last place, the
    /// higher levels are places of their own (with the bundled dictionaries, which know which county
    /// lies in which province). Places that do not lie in each other (思明 is in 福建, not 四川) stay one company's name.
    func testAdministrativeChainLeavesTheHigherLevelsOutside() throws {
        try XCTSkipIf(RecogniserTestSupport.pipeline == nil, "bundled dictionaries not found")
        let text = "湖南省长沙市岳麓区人民法院审理了此案。"
        XCTAssertEqual(RecogniserTestSupport.names(text, .organisation), ["岳麓区人民法院"])
        XCTAssertEqual(RecogniserTestSupport.names(text, .place).prefix(2), ["湖南省", "长沙市"])
        XCTAssertEqual(RecogniserTestSupport.names("山东曲阜第二中学举行运动会。", .organisation), ["曲阜第二中学"])
        XCTAssertEqual(RecogniserTestSupport.names("福建厦门软件学院举行运动会。", .organisation), ["厦门软件学院"])
        XCTAssertEqual(RecogniserTestSupport.names("四川思明实业公司签订合同。", .organisation), ["四川思明实业公司"])
        XCTAssertEqual(RecogniserTestSupport.names("福建思明实业公司签订合同。", .organisation), ["思明实业公司"])
    }
}

/// Suffix characters that belong to another word or to a foreign name (bundled dictionaries).
final class OrganisationSuffixWordTailTests: XCTestCase {
    /// 处 in 交界处, 部 in 西北部: the word's last character is no suffix.
    func testPlaceWordEndingLikeASuffixIsNoOrganisation() {
        let text = "工地位于江西、湖南交界处，交通便利。"
        XCTAssertFalse(RecogniserTestSupport.names(text, .organisation).contains { $0.hasSuffix("交界处") })
        XCTAssertTrue(RecogniserTestSupport.names(text, .place).contains("湖南"))
    }

    /// 银行界 is the banking sector, not a bank.
    func testSectorAfterASuffixIsNoOrganisation() {
        let text = "德国银行界对此反应冷淡。"
        XCTAssertEqual(RecogniserTestSupport.names(text, .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names(text, .place), ["德国"])
    }

    /// 科 between transliteration characters spells a foreign name (帕科塔), it closes no body.
    func testSuffixInsideATransliterationIsNoSuffix() {
        let text = "代表团抵达美国东部小城帕科塔。"
        XCTAssertFalse(RecogniserTestSupport.names(text, .organisation).contains { $0.contains("科") })
    }

    /// An institution word ending the same way stays a suffix (管理局).
    func testInstitutionWordStaysASuffix() {
        XCTAssertTrue(RecogniserTestSupport.names("厦门市市场监督管理局发布通告。", .organisation).contains("厦门市市场监督管理局"))
    }

    /// A tail whose first character a word before it takes (安全|局 over 全局, 安全|部 over 全部) is no tail:
    /// the suffix closes the body. Not where that word runs across a place's end (青海|北部: 海北), nor where
    /// the tail opens with a position (党内|部: 内部).
    func testTailTakenByTheWordBeforeLeavesTheSuffix() {
        XCTAssertEqual(RecogniserTestSupport.names("俄罗斯联邦安全局逮捕了一名间谍。", .organisation), ["俄罗斯联邦安全局"])
        XCTAssertEqual(RecogniserTestSupport.names("美国国家安全局发表声明。", .organisation), ["美国国家安全局"])
        XCTAssertEqual(RecogniserTestSupport.names("青海北部有大风。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("美国当局拒绝评论。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("日本执政党内部出现分歧。", .organisation), [])
    }
}

/// Departments and branches of a known body (bundled dictionaries).
final class OrganisationSubUnitTests: XCTestCase {
    /// A ministry's department (司) and an army's department named before an office title.
    func testDepartmentOfAKnownBodyIsOneName() {
        XCTAssertTrue(RecogniserTestSupport.names("外交部亚洲司司长会见来宾。", .organisation).contains("外交部亚洲司"))
        XCTAssertTrue(RecogniserTestSupport.names("解放军总政治部副主任出席。", .organisation).contains("解放军总政治部"))
    }

    /// Enterprises known by their short names own the units named after them (中信 + 澳大利亚有限公司);
    /// the short name cut out of common words (其中|信息) names none.
    func testEnterpriseShortNames() {
        XCTAssertEqual(RecogniserTestSupport.names("中信澳大利亚有限公司宣布投资计划。", .organisation), ["中信澳大利亚有限公司"])
        XCTAssertEqual(RecogniserTestSupport.names("中粮收购了这家工厂。", .organisation), ["中粮"])
        XCTAssertEqual(RecogniserTestSupport.names("其中信息产业发展很快。", .organisation), [])
    }

    /// A bank's or an agency's branch named by its city (分行, 分社) is one name with the parent body.
    func testBranchOfAKnownBodyIsOneName() {
        XCTAssertEqual(RecogniserTestSupport.names("工商银行厦门分行发布公告。", .organisation), ["工商银行厦门分行"])
        XCTAssertEqual(RecogniserTestSupport.names("他把这首诗分行排列。", .organisation), [])
        // The whole outweighs the bank and the city's branch read apart, whichever bank it is.
        XCTAssertEqual(RecogniserTestSupport.names("光大银行长春分行证实了此事。", .organisation), ["光大银行长春分行"])
        XCTAssertEqual(RecogniserTestSupport.names("招商银行成都分行开业。", .organisation), ["招商银行成都分行"])
    }

    /// The central bank's 中心支行, a regulator's 监管局 and a branch with its line of business (石油分公司) are
    /// branches too; so is a composed company's branch (股份有限公司 + 泉州 + 分公司).
    func testBranchWordsAndBranchesOfComposedParents() {
        XCTAssertEqual(RecogniserTestSupport.names("中国人民银行福州中心支行发布公告。", .organisation), ["中国人民银行福州中心支行"])
        XCTAssertEqual(RecogniserTestSupport.names("中国石化福建石油分公司新建了充电站。", .organisation), ["中国石化福建石油分公司"])
        XCTAssertEqual(RecogniserTestSupport.names("华联电子股份有限公司泉州分公司推出新产品。", .organisation), ["华联电子股份有限公司泉州分公司"])
        XCTAssertEqual(RecogniserTestSupport.names("华联电子股份有限公司在泉州设立分公司。", .organisation), ["华联电子股份有限公司"])
    }

    /// A founding or buying verb names the enterprise after it (成立了华兴贸易公司, 收购了罗威汽车公司): a usual
    /// suffix is enough there; a lone common word before it (成立了贸易公司) describes.
    func testFoundedEnterprisesAreNamed() {
        XCTAssertEqual(RecogniserTestSupport.names("他们成立了华兴贸易公司。", .organisation), ["华兴贸易公司"])
        XCTAssertEqual(RecogniserTestSupport.names("去年，他创办了祥丰服装厂。", .organisation), ["祥丰服装厂"])
        XCTAssertEqual(RecogniserTestSupport.names("他们成立了贸易公司。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("该集团收购了三家公司。", .organisation), [])
        // Bought, and worked at (在X厂工作): a two-character name will do.
        XCTAssertEqual(RecogniserTestSupport.names("大西洋电话公司买下纽新公司。", .organisation), ["大西洋电话公司", "纽新公司"])
        XCTAssertEqual(RecogniserTestSupport.names("他在琉璃河水泥厂工作16年。", .organisation), ["琉璃河水泥厂"])
        XCTAssertEqual(RecogniserTestSupport.names("他在这家工厂工作。", .organisation), [])
        // The second party of an agreement (与X公司签订); a trade's description there is none.
        XCTAssertEqual(RecogniserTestSupport.names("区政府与华兴贸易公司签订了合作协议。", .organisation), ["华兴贸易公司"])
        XCTAssertEqual(RecogniserTestSupport.names("引导物业企业与养老服务公司合作。", .organisation), [])
    }

    /// 司 of 公司 and of 司令 closes no department.
    func testOtherWordsEndingInTheDepartmentSuffixAreNoDepartment() {
        XCTAssertFalse(RecogniserTestSupport.names("美国公司纷纷撤资。", .organisation).contains("美国公司"))
        XCTAssertFalse(RecogniserTestSupport.names("东海舰队司令出席仪式。", .organisation).contains { $0.hasSuffix("司") })
    }

    /// A branch takes its city's name (郑州分局).
    func testBranchNamedByItsCityIsAName() {
        XCTAssertTrue(RecogniserTestSupport.names("郑州分局破获此案。", .organisation).contains("郑州分局"))
    }
}

/// National agencies named 国家 + body + suffix (bundled dictionaries where stated).
final class NationalAgencyTests: XCTestCase {
    func testNationOpeningAPhraseAnchorsAnAgency() {
        XCTAssertEqual(RecogniserTestSupport.names("国家测绘局将采用全球卫星定位系统。", .organisation), ["国家测绘局"])
    }

    /// After 的 the same words describe what is to be built, they name no body.
    func testNationAfterDeIsADescription() {
        XCTAssertEqual(RecogniserTestSupport.names("要建成高水平的国家区域科技创新中心。", .organisation), [])
    }
}

/// A township's body after the township's own name (bundled dictionaries).
final class LocalUnitBodyTests: XCTestCase {
    func testTownshipNameAndItsPartyCommitteeAreOneBody() {
        XCTAssertEqual(RecogniserTestSupport.names("大柳庄镇党委书记出席会议。", .organisation), ["大柳庄镇党委"])
    }

    /// A one-character place inside the unit's name (台 of 台坪) is the name's own character, and a word
    /// across the end of the unit above (…街|道台|坪) is a chance string there.
    func testCommunityNameAfterItsSubdistrict() {
        XCTAssertEqual(RecogniserTestSupport.names("台坪社区党委书记出席会议。", .organisation), ["台坪社区党委"])
        XCTAssertEqual(RecogniserTestSupport.names("八一街道台坪社区党委书记出席会议。", .organisation), ["台坪社区党委"])
    }

    /// A verb before the level word is a clause, not a township's name (调到这里任 乡党委书记).
    func testClauseBeforeTheLevelIsNoName() {
        XCTAssertFalse(RecogniserTestSupport.names("他被调到乡党委工作。", .organisation).contains { $0.count > 3 })
    }
}

/// 联合 is a word of a body's name (联合大学, 联合计划署), not a verb that ends the clause before it
/// (bundled dictionaries); in a programme's clause it still opens a joint action.
final class JointBodyTests: XCTestCase {
    func testJointIsAWordOfTheBody() {
        XCTAssertEqual(RecogniserTestSupport.names("北京联合大学今年扩大招生。", .organisation), ["北京联合大学"])
        XCTAssertEqual(RecogniserTestSupport.names("联合国粮食联合评估署发布报告。", .organisation), ["联合国粮食联合评估署"])
    }

    func testJointActionOpensNoProgrammeName() {
        XCTAssertFalse(RecogniserTestSupport.names("两国联合举办大型文化交流活动。", .programme).contains { $0.hasPrefix("联合") })
    }
}

/// Descriptions that end in a strong suffix are no names (bundled dictionaries).
final class DescriptionBeforeSuffixTests: XCTestCase {
    func testSizeClassDescribesAKindOfBody() {
        XCTAssertEqual(RecogniserTestSupport.names("该药已在全国多家大中型医院使用。", .organisation), [])
    }

    /// 某, a vague count and a count of bodies before 银行 describe banks; none is named.
    func testIndefiniteOrCountedBodiesAreNoNames() {
        for sentence in ["国内某银行信用卡业务管理人士表示，情况有所好转。", "大部分银行发行理财产品数相对减少。",
                         "拥有三四家银行信用卡的市民不在少数。", "某股份制商业银行客户经理对记者说。"] {
            XCTAssertEqual(RecogniserTestSupport.names(sentence, .organisation), [], sentence)
        }
    }

    /// A word of praise describes the company; the place before it is still read.
    func testPraisedCompanyIsNoName() {
        XCTAssertEqual(RecogniserTestSupport.names("欧美知名游戏开发公司推出新作。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("全球顶级电竞俱乐部来到上海。", .organisation), [])
    }

    /// A counted classifier (一座) counts hospitals; a crime (贩毒, 犯罪) before 集团 describes a gang.
    func testCountedBodiesAndGangsAreNoNames() {
        XCTAssertEqual(RecogniserTestSupport.names("该市新建了一座现代化综合医院。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("这个国际犯罪集团已被摧毁。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("警方破获了一个走私集团。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("他是首钢集团的工程师。", .organisation), ["首钢集团"])
    }

    /// A kind of city (直辖市, 地级市) before a party committee names every such city's committee.
    func testKindOfCityBeforeABodyIsNoName() {
        XCTAssertEqual(RecogniserTestSupport.names("各省、自治区、直辖市党委机关报的负责人参加了会议。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("泉州市召开会议。会上，市政府决定加大投入。", .organisation), ["市政府"])
    }

    /// Ownership opens a kind of bank, not a bank's name.
    func testOwnershipOpensAKindOfBank() {
        XCTAssertEqual(RecogniserTestSupport.names("国有商业银行不良贷款比例下降。", .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("部分分行改制为外资法人银行。", .organisation), [])
    }

    /// An institute is named after its field, ownership words included.
    func testInstituteNamedAfterItsFieldIsAName() {
        XCTAssertEqual(RecogniserTestSupport.names("他受聘担任民营经济研究院院长。", .organisation), ["民营经济研究院"])
    }

    func testAttendingASchoolIsNoSchool() {
        XCTAssertEqual(RecogniserTestSupport.names("他退伍后又回家乡上中学。", .organisation), [])
    }
}

/// Bodies named by ordinary words before a usual suffix, read by what they do or the list they are in
/// (bundled dictionaries).
final class ActingBodyTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    /// The second item of a list whose first item is a named body is a name too (星海集团和|长虹公司,
    /// 厦门市工商局与|税务局). After a bare suffix (银行和保险公司) or a usual suffix after ordinary words
    /// (服务中心、调解中心) the items name kinds, and so do meetings (纪念会、座谈会) and bases.
    func testBodyCoordinatedWithANamedBodyIsAName() {
        XCTAssertEqual(organisations("星海集团和长虹公司的产品畅销。"), ["星海集团", "长虹公司"])
        XCTAssertEqual(organisations("厦门市工商局与税务局联合检查。").last, "税务局")
        XCTAssertEqual(organisations("银行和保险公司都在观望。"), [])
        XCTAssertEqual(organisations("各地举行纪念会、座谈会。"), [])
        XCTAssertEqual(organisations("全市已建成服务中心、调解中心100个。"), [])
        XCTAssertEqual(organisations("星海研究院、科普基地都已开放。"), ["星海研究院"])
    }

    /// A body named by an ordinary word and a usual suffix (地质 出版社, 农机管理 局) is a name when it acts
    /// at the head of its clause (宣布, 表示, 负责人); a demonstrative place before it (该县) is not part of
    /// it, and a description (这家出版社, 各级税务局) or a body inside a clause is no name.
    func testBodyActingAtTheHeadOfItsClauseIsAName() {
        XCTAssertEqual(organisations("昨天，地质出版社宣布，新书将于下月上市。"), ["地质出版社"])
        XCTAssertEqual(organisations("日前，该县农机管理局表示将加强监管。"), ["农机管理局"])
        XCTAssertEqual(organisations("这家出版社表示将继续出版。"), [])
        XCTAssertEqual(organisations("各级税务局认为数据可靠。"), [])
        XCTAssertEqual(organisations("记者从地质出版社了解到，新书已经印好。"), [])
    }

    /// A statement (发表声明), a refusal or a launch is what a body does at the head of its clause too, and so
    /// is its side speaking (…公司方面) or its staff (…公司工作人员); a description still is no name.
    func testBodyStatingOrSendingItsStaffAtTheHeadOfItsClauseIsAName() {
        XCTAssertEqual(organisations("昨天，星桥公司发表声明，否认传闻。"), ["星桥公司"])
        XCTAssertEqual(organisations("对此，蓝湾公司方面拒绝置评。"), ["蓝湾公司"])
        XCTAssertEqual(organisations("星桥公司工作人员介绍了情况。"), ["星桥公司"])
        XCTAssertEqual(organisations("这家公司发表声明。"), [])
        XCTAssertEqual(organisations("各级税务局工作人员参加培训。"), [])
    }

    /// An officer introduced by the body's name at the head of the clause (华兴贸易公司|总经理, 红星机械厂|厂长)
    /// names the body; one common word (保险公司经理, 电子公司经理), a kind of enterprise (民营机械公司) or a
    /// demonstrative (这家公司) describes whoever employs the officer.
    func testBodyIntroducingItsOfficerIsAName() {
        XCTAssertEqual(organisations("华兴贸易公司总经理李明说，今年利润增长。"), ["华兴贸易公司"])
        XCTAssertEqual(organisations("今天，红星机械厂厂长王强介绍了扩建计划。"), ["红星机械厂"])
        XCTAssertEqual(organisations("电子公司经理王明说。"), [])
        XCTAssertEqual(organisations("民营机械公司总经理王明说。"), [])
        XCTAssertEqual(organisations("这家公司总经理李明说。"), [])
    }

    /// A level character opening its phrase stands for the unit the story is about (据|市政府新闻处|说,
    /// 的|乡卫生院, 省教育考试院, 市水利资源和渔业管理局): level, body and suffix are one name. A demonstrative before
    /// the level (该市, 各区) leaves the level out; a level character that opens a common word (市场) or a
    /// suffix that runs on into another (…内司|委) makes none; a usual suffix needs two body characters.
    func testLevelOpeningItsPhraseQualifiesABody() {
        XCTAssertEqual(organisations("据市政府新闻处说，全市树木受损严重。"), ["市政府新闻处"])
        XCTAssertEqual(organisations("在简陋的乡卫生院里，她是唯一的护士。"), ["乡卫生院"])
        XCTAssertEqual(organisations("省教育考试院投资建设了标准考场。"), ["省教育考试院"])
        XCTAssertEqual(organisations("市数据管理中心要求各单位落实。"), ["市数据管理中心"])
        XCTAssertEqual(organisations("开发单位应当到市水利资源和渔业管理局办理手续。"), ["市水利资源和渔业管理局"])
        XCTAssertEqual(organisations("该市旅游投诉办公室接到举报。").filter { $0.hasPrefix("市") }, [])
        XCTAssertEqual(organisations("各区教育局负责人参加了会议。").filter { $0.hasPrefix("区") }, [])
        XCTAssertEqual(organisations("市场监督中心的人员到场。").filter { $0.hasPrefix("市场") }, [])
        XCTAssertEqual(organisations("县人大内司委的同志到法院调查。").filter { $0.hasSuffix("司") }, [])
        XCTAssertEqual(organisations("他去了市内局。"), [])
    }
}

/// Schools numbered within their city (bundled dictionaries).
final class NumberedSchoolTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    /// City + number + 中/小 is a school (杭州二中, 北京101中学); a party plenum (四中全会) and a count
    /// of hours (一小时) are not.
    func testCityAndNumberNameASchool() {
        XCTAssertEqual(organisations("他毕业于杭州二中。"), ["杭州二中"])
        XCTAssertEqual(organisations("北京101中学的学生获得金牌。"), ["北京101中学"])
        XCTAssertEqual(organisations("厦门一小时的车程就到。"), [])
        XCTAssertEqual(organisations("南京三中全会的精神"), [])
    }
}

final class NumberedUnitTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    /// A known army, party or state, 第, a number and a unit's word name a military unit (某军第12集团军); a
    /// unit's word that opens a longer word (第一师范) is none, unless a title follows it (第三师|师长).
    func testNumberedUnitOfAnArmyIsAnOrganisation() {
        XCTAssertTrue(organisations("解放军第12集团军某部官兵参加抗洪。").contains("解放军第12集团军"))
        XCTAssertTrue(organisations("新四军第三师师长率部转移。").contains("新四军第三师"))
        XCTAssertFalse(organisations("他毕业于新四军第一师范学校旧址附近。").contains("新四军第一师"))
        XCTAssertEqual(organisations("曼联第3次夺冠。").filter { $0.contains("第") }, [])
    }
}

/// A preposition before a local body (bundled dictionaries).
final class PrepositionBeforeBodyTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    /// 从 before a county's body is the preposition "from", even where 从 and the county's first
    /// character spell another county's short name (从江): the body starts at the county.
    func testPrepositionStaysOutsideTheCountysBody() {
        XCTAssertEqual(organisations("记者从江宁县司法局获悉，这项工作已经全面展开。"), ["江宁县司法局"])
        XCTAssertEqual(organisations("他从江宁县公安局调到南京。"), ["江宁县公安局"])
        XCTAssertEqual(organisations("从江县公安局破获一起案件。"), ["从江县公安局"])
    }
}

/// Schools named by a brand after their city (bundled dictionaries).
final class BrandedSchoolTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    /// A place that only cuts a strong suffix of two characters (光|华中|学: the region 华中) does not take
    /// the suffix from the school's name; a place that ends with the suffix's last character still does.
    func testRegionCuttingTheSchoolSuffixLeavesTheSchool() {
        XCTAssertEqual(organisations("天津市光华中学负责人日前对记者说。"), ["天津市光华中学"])
        XCTAssertEqual(organisations("昆明市振华中学近日召开会议。"), ["昆明市振华中学"])
    }
}

/// Foreign companies named by a transliterated name and 公司 alone (bundled dictionaries).
final class TransliteratedCompanyTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    /// A transliterated name of three characters closes a company with 公司 even where the word list
    /// holds its first two characters (德拉 of 德拉克, 哈里 of 哈里森); a description (科技公司, 外国公司) does not.
    func testTransliteratedNameBeforeCompany() {
        XCTAssertEqual(organisations("记者从德拉克公司获悉，这项工作已经全面展开。"), ["德拉克公司"])
        XCTAssertEqual(organisations("据哈里森公司介绍，全年共投入资金三千万元。"), ["哈里森公司"])
        XCTAssertEqual(organisations("他在一家科技公司工作。"), [])
        XCTAssertEqual(organisations("多家外国公司参加了展会。"), [])
    }
}

/// Local sports commissions of the 1980s and 1990s (bundled dictionaries).
final class SportsCommissionTests: XCTestCase {
    /// 体委 is a body word like 计委 and 科委: after its province it is that province's commission.
    func testProvinceAndSportsCommission() {
        XCTAssertEqual(RecogniserTestSupport.names("河南省体委的代表参加了会议。", .organisation), ["河南省体委"])
    }
}

/// Suffixes of liberation movements and armed forces (bundled dictionaries).
final class LiberationMovementTests: XCTestCase {
    /// A liberation army or front named after its people or leader (萨帕塔民族解放军) is that movement,
    /// not the PLA that the dictionary's 解放军 abbreviates; so is a country's revolutionary armed forces.
    func testForeignLiberationMovementsAreTheirOwnBodies() {
        XCTAssertEqual(RecogniserTestSupport.names("墨西哥萨帕塔民族解放军发表公报。", .organisation), ["墨西哥萨帕塔民族解放军"])
        XCTAssertEqual(RecogniserTestSupport.names("哥伦比亚革命武装力量袭击了兵营。", .organisation), ["哥伦比亚革命武装力量"])
    }
}

/// Dictionary bodies side by side (bundled dictionaries).
final class AdjacentBodiesTests: XCTestCase {
    /// A known enterprise between its country and 公司 is one name with the country (日本野村证券公司).
    func testCountryKnownEnterpriseAndSuffixAreOneName() {
        XCTAssertEqual(RecogniserTestSupport.names("日本野村证券公司的分析师认为。", .organisation), ["日本野村证券公司"])
        XCTAssertEqual(RecogniserTestSupport.names("日本野村证券公司的分析师认为。", .place), [])
    }

    /// A word of joint action after an organisation opens the predicate of the organisations before it
    /// (天津大学|合作建设研究中心); inside a longer word (合作社, 共同体) it is the name's.
    func testJointActionAfterAnOrganisationOpensThePredicate() {
        XCTAssertEqual(RecogniserTestSupport.names("南开大学与天津大学合作建设研究中心。", .organisation), ["南开大学", "天津大学"])
        XCTAssertEqual(RecogniserTestSupport.names("北京大学合作社的商品很便宜。", .organisation), ["北京大学合作社"])
    }

    /// A ministry of the state after another body is a second body, not its department (中央纪委|监察部);
    /// a department after its owner is one name (解放军总政治部).
    func testMinistryIsNoDepartmentOfTheBodyBeforeIt() {
        XCTAssertEqual(RecogniserTestSupport.names("中央纪委监察部联合发出通知。", .organisation), ["中央纪委", "监察部"])
        // The owner is also annotated inside the name, a different entity (seeds-gold.md).
        XCTAssertEqual(RecogniserTestSupport.names("解放军总政治部发出通知。", .organisation), ["解放军总政治部", "解放军"])
    }
}
