import XCTest
@testable import Entities

/// Composed places: a name before a place suffix, chained along the administrative hierarchy.
final class PlaceRecogniserTests: XCTestCase {
    private func places(_ text: String) -> [String] { RecogniserTestSupport.names(text, .place) }

    /// A name of two or three characters before a village ending (庄 屯 堡 寨) at a boundary is a village
    /// (记者来到李家屯, 王家庄的农民); the words those endings close (村庄, 山庄, 城堡) are none.
    /// 特区 alone before the region's institutions is the special administrative region; inside 经济特区 or
    /// a longer place it is not read apart.
    func testSpecialRegionBeforeItsInstitutions() {
        XCTAssertEqual(places("加上特区政府的高度重视，项目进展顺利。"), ["特区"])
        XCTAssertEqual(places("特区行政长官董建华表示欢迎。"), ["特区"])
        XCTAssertEqual(places("深圳经济特区的发展很快。"), ["深圳经济特区"])
        XCTAssertEqual(places("他去过特区。"), [])
    }

    /// A foreign city spelled by chance inside a Chinese chain (静海县|大邱庄镇: 大邱 is Daegu) does not cut
    /// the township's name.
    func testForeignCityInsideAChainedTownshipIsNoStop() {
        XCTAssertEqual(places("天津市静海县大邱庄镇的企业。"), ["天津市", "静海县", "大邱庄镇"])
    }

    /// A market town named X家集 closes on 镇 (孙家集镇), where 集镇 "market town" is a word: after its
    /// city the whole is the township; the word alone (农村集镇) names none.
    func testMarketTownAfterItsCity() {
        XCTAssertEqual(places("山东省寿光市孙家集镇的农民。"), ["山东省", "寿光市", "孙家集镇"])
        XCTAssertEqual(places("加快农村集镇的建设。"), [])
    }

    /// 街道 after a verb of work on the streets (打扫, 清扫) or after a qualified verb (义务打扫) is "the
    /// streets", the verb's object; a subdistrict named by a slogan verb (前进街道) stays a place.
    func testStreetsAsTheObjectOfAVerbAreNoSubdistrict() {
        XCTAssertEqual(places("退休干部邓玉林义务打扫街道。"), [])
        XCTAssertEqual(places("居民们清扫街道。"), [])
        XCTAssertEqual(places("思明区前进街道的居民。"), ["思明区", "前进街道"])
    }

    /// A foreign region spelled in five or six transliteration characters keeps its whole name before
    /// its level word (西班牙|加泰罗尼亚自治区).
    func testLongTransliteratedRegionBeforeItsLevel() {
        XCTAssertEqual(places("西班牙加泰罗尼亚自治区首府巴塞罗那。"), ["西班牙", "加泰罗尼亚自治区", "巴塞罗那"])
    }

    /// A stretch of a river's course before 地区 (长江中下游地区, 黄河上游地区) describes a region; it names none.
    func testStretchOfARiverNamesNoRegion() {
        XCTAssertEqual(places("长江中下游地区普降大雨。"), ["长江"])
        XCTAssertEqual(places("黄河上游地区干旱。"), ["黄河"])
    }

    func testVillageEndingsNameVillages() {
        XCTAssertEqual(places("记者来到李家屯采访。"), ["李家屯"])
        XCTAssertEqual(places("王家庄的农民种植了大量果树。"), ["王家庄"])
        XCTAssertEqual(places("他们住在度假山庄里。"), [])
        XCTAssertEqual(places("这座古老的城堡吸引了游客。"), [])
        XCTAssertEqual(places("成为对接浙江的“桥头堡”。").filter { $0.hasSuffix("堡") }, [])
    }

    /// One character after a place and before a water or mountain word is no unit chained below the place
    /// (青岛|远海 "the open sea off Qingdao", 乌苏|里江, 平潭|外海域).
    func testOneCharacterBeforeAWaterWordIsNoChainedUnit() {
        XCTAssertEqual(places("渔船在青岛远海作业。"), ["青岛"])
        XCTAssertFalse(places("渔船在平潭外海域捕鱼。").contains("外海域"))
        XCTAssertFalse(places("他们沿着乌苏里江巡逻。").contains("里江"))
    }

    /// Theatres and concert halls are venues named after their place (天桥剧场, 北京音乐厅), as stadiums are.
    func testTheatresAndConcertHallsAreVenues() {
        XCTAssertEqual(places("音乐会在北京音乐厅举行。"), ["北京音乐厅"])
        XCTAssertEqual(places("芭蕾舞团在天桥剧场演出。"), ["天桥剧场"])
    }

    /// A county the dictionary lists under its present level is still a place written as a county-level
    /// city (吴江市, once a city, now a district), and the township below it chains on; 市 opening 市场
    /// after it is the word.
    func testCountyWrittenAsACountyLevelCity() {
        XCTAssertEqual(places("在江苏省吴江市盛泽镇，丝绸市场十分繁荣。"), ["江苏省", "吴江市", "盛泽镇"])
        XCTAssertEqual(places("吴江市场很繁荣。"), ["吴江"])
    }

    /// A river, sea, bay, harbour or island named after its place is one name (黄浦江 over 黄浦 + 浦江);
    /// a country names seas, gulfs and islands only, a province its island.
    func testFeatureNamedAfterItsPlace() {
        XCTAssertEqual(places("游船沿着黄浦江缓缓航行。"), ["黄浦江"])
        XCTAssertEqual(places("厦门湾的水质明显改善。"), ["厦门湾"])
        XCTAssertEqual(places("两国渔船在泰国湾作业。"), ["泰国湾"])
        XCTAssertEqual(places("海南岛四面环海，气候湿润。"), ["海南岛"])
    }

    /// The landscape word that opens a word, a place or a body (江门, 海啸), or follows a country or
    /// province it does not name (法国|湖区), leaves the place alone.
    func testLandscapeWordReadOnIsNoFeature() {
        XCTAssertEqual(places("他在广东江门考察。"), ["广东", "江门"])
        XCTAssertEqual(places("日本海啸预警系统启动。"), ["日本"])
        XCTAssertEqual(places("法国湖区风景优美。"), ["法国"])
    }

    /// 城 starting the word 城市 is no facility suffix, and 海城市 cut out of 沿海|城市 is no county:
    /// the text segments wholly into common words there.
    func testCityAsACommonNounNamesNoPlace() {
        XCTAssertEqual(places("我国沿海城市的经济发展很快。"), [])
        XCTAssertFalse(places("东南沿海城市发展很快。").contains { $0.hasSuffix("城") || $0 == "海城市" })
        XCTAssertEqual(places("他出生在辽宁海城市。"), ["辽宁", "海城市"])
    }

    /// A known organisation before a one-character place suffix is no place name (民盟 + 盟员): the
    /// city's branch of the party is read instead.
    func testKnownOrganisationIsNoPlaceName() {
        XCTAssertEqual(places("这是福州民盟盟员的文章。"), [])
        XCTAssertEqual(RecogniserTestSupport.names("这是福州民盟盟员的文章。", .organisation), ["福州民盟"])
    }

    /// A classifier after a numeral is the count's measure word even where it opens a dictionary place
    /// (11个|旧改小区 holds no 个旧): that place anchors no chain, facility or level after it.
    func testACountedClassifierOpensNoPlace() {
        XCTAssertEqual(places("已在11个旧改小区开展试点。"), [])
        XCTAssertEqual(places("成立了3个旧城改造指挥部。"), [])
        XCTAssertEqual(places("他到个旧市调研。"), ["个旧市"])
    }

    /// Every Chinese province is in the dictionary: an unanchored name before 省 is a phrase (贷得|省),
    /// while a foreign province after its country is still composed.
    func testNoUnknownProvinceIsComposed() {
        XCTAssertEqual(places("让企业贷得到、贷得省、贷得快。"), [])
        XCTAssertEqual(places("他出生在福建省。"), ["福建省"])
    }

    /// A township named by a word holding a preposition (向阳) is read whole: 向 there is no locative.
    /// Outside such a name the preposition still ends one (走|向阳光大道 names no place).
    func testATownshipNamedByAWordWithAPrepositionIsAPlace() {
        XCTAssertEqual(places("他来到向阳乡调研。"), ["向阳乡"])
        XCTAssertEqual(places("人民走向阳光大道。"), [])
    }

    /// 过 ("to pass through") before a tunnel or bridge is the verb, not part of its name.
    func testPassingThroughATunnelNamesNone() {
        XCTAssertEqual(places("这班车每天要过海底隧道。"), [])
        XCTAssertEqual(places("周末过隧道要排长队。"), [])
    }

    /// A count of rounds or batches inside the name is a phrase (新一轮|乡级); a distance is a name (十里铺村).
    func testACountOfRoundsNamesNoPlace() {
        XCTAssertEqual(places("今年新一轮乡级干部选拔开始。"), [])
        XCTAssertEqual(places("这是第二批乡科级干部。"), [])
        XCTAssertEqual(places("他住在十里铺村。"), ["十里铺村"])
    }

    /// A one-character suffix that ends a longer one (城 of 新城) leaves the name to the longer suffix:
    /// 浦东新区 + 新 + 城 is no facility of the district.
    func testTheTailOfALongerSuffixEndsNoFacility() {
        XCTAssertEqual(places("职工们入住浦东新区新城公寓。"), ["浦东新区"])
    }

    /// A reduplicated character is a phrase (山山水水), not a name and its suffix.
    func testReduplicationIsNoPlace() {
        XCTAssertEqual(places("他走遍闽东山山水水。"), ["闽东"])
    }

    func testTownshipAndVillageChainAfterADistrict() {
        XCTAssertEqual(places("入选名单的有洛江区罗溪镇钟山村。"), ["洛江区", "罗溪镇", "钟山村"])
    }

    func testTownshipStandsAloneAfterABracket() {
        XCTAssertEqual(places("入选4个（陈埭镇仙石村等）。"), ["陈埭镇", "仙石村"])
    }

    func testCountyNameTakesALowerLevelSuffix() {
        XCTAssertEqual(places("石狮市4个（永宁镇沙堤村等）。"), ["石狮市", "永宁镇", "沙堤村"])
    }

    func testASuffixThatEndsACommonWordMakesNoPlace() {
        XCTAssertEqual(places("福州二手车出口增长较快。"), ["福州"])
        XCTAssertEqual(places("该县有“桥头堡”之称。"), [])
    }

    /// A road named after a place keeps the place in its name, also before a word of position (路口);
    /// the streets of a city (成都街头) are no road. A road after a venue preposition is named by the
    /// characters between (在韶华路).
    func testRoadsNamedAfterAPlace() {
        XCTAssertEqual(places("车队驶过翔安大道。"), ["翔安大道"])
        XCTAssertEqual(places("事故发生在南京路口。"), ["南京路"])
        XCTAssertEqual(places("成都街头很热闹。"), ["成都"])
        XCTAssertEqual(places("记者在韶华路采访。"), ["韶华路"])
        XCTAssertEqual(places("他们在马路上采访。"), [])
    }

    /// A landscape name does not start with a verb (进出|岛: a clause about the island); villages and
    /// roads are often named with one (前进镇, 前进路).
    func testLandscapeNameDoesNotStartWithAVerb() {
        XCTAssertEqual(places("厦门市进出岛车辆增多。"), ["厦门市"])
        // Nor does it hold one after its first word (全面|推行|河 before 河长制).
        XCTAssertEqual(places("漳州市全面推行河长制、湖长制。"), ["漳州市"])
        XCTAssertEqual(places("他来到前进镇调研。"), ["前进镇"])
        XCTAssertEqual(places("事故发生在前进路。"), ["前进路"])
    }

    /// A village named after a family (刘家村, 王家村) has a name of its own, though 刘家 is a common word;
    /// 大家 and 专家 are no families.
    func testVillageNamedAfterAFamily() {
        XCTAssertEqual(places("刘家村的村民说，收入提高了。"), ["刘家村"])
        XCTAssertEqual(places("他来到王家村调研。"), ["王家村"])
        XCTAssertEqual(places("这是大家村里的事。"), [])
    }

    /// A road section given in brackets by its two ends (湖滨路(县后路-金尚路段)): each end is a place, even
    /// one no dictionary knows. Brackets that follow no road, or close on no 段, give no section.
    func testEndsOfABracketedRoadSectionArePlaces() {
        let section = places("厦门大道(县后立交-金尚路段)将封闭施工。")
        XCTAssertTrue(section.contains("县后立交"), "\(section)")
        XCTAssertTrue(section.contains("金尚路"), "\(section)")
        XCTAssertTrue(places("长江大道（东湖路至青山路段）拓宽。").contains("东湖路"))
        XCTAssertFalse(places("会议(东湖路-青山路)在武汉举行。").contains("东湖路"))
        XCTAssertFalse(places("比赛(金尚路-东湖路段)今天举行。").contains("金尚路"))
    }

    /// A residential compound's name of three or four characters before 小区 is a place when its residents
    /// follow or a venue's lead precedes it; a description (老旧小区) or a count (各个小区) is no name.
    func testResidentialCompoundWithItsResidentsIsAPlace() {
        XCTAssertEqual(places("金色家园小区居民王某说，停车难解决了。"), ["金色家园小区"])
        XCTAssertEqual(places("记者在阳光丽景小区看到，居民们正在排队。"), ["阳光丽景小区"])
        XCTAssertEqual(places("老旧住宅小区居民反映问题。"), [])
        XCTAssertEqual(places("各个小区居民积极参与。"), [])
        XCTAssertEqual(places("阳光丽景小区的形象很好。"), [])
    }

    func testNumberedHighwaysWithLineAreRoads() {
        XCTAssertEqual(places("车队沿国道205线北上。"), ["国道205线"])
        XCTAssertEqual(places("省道S301线全线通车。"), ["省道S301线"])
        XCTAssertEqual(places("沿国道205行驶。"), [])
    }

    func testOrdinaryWordsAreNotCountyShortForms() {
        XCTAssertEqual(places("政府拿出真金白银支持企业。"), [])
        XCTAssertEqual(places("大家同心同德、安居乐业。"), [])
    }

    func testCommonWordsAroundASuffixAreNotPlaces() {
        XCTAssertEqual(places("亚洲金融市场汇市下跌。"), ["亚洲"])
        XCTAssertEqual(places("西南地区东部将有阵雨。"), ["西南"])
    }

    func testAFacilityKeepsThePlaceItIsNamedAfter() {
        XCTAssertEqual(places("代表团抵达开罗机场后发表讲话。"), ["开罗机场"])
        XCTAssertEqual(places("读者涌进上海书城大厦选购图书。"), ["上海书城大厦"])
    }

    func testARoadStaysApartFromItsCity() {
        XCTAssertEqual(places("上海武康路两旁种满梧桐。"), ["上海", "武康路"])
    }

    /// Also a county named after its seat (巴尔的摩县): newswire writes 县 for the counties of the United
    /// States, Romania or Kenya.
    func testAForeignCityWithALevelWord() {
        XCTAssertEqual(places("代表团访问了慕尼黑市。"), ["慕尼黑市"])
        XCTAssertEqual(places("大雪覆盖了巴尔的摩县的公路。"), ["巴尔的摩县"])
    }

    func testAVenueAfterAPrepositionOfPlace() {
        XCTAssertEqual(places("座谈会在友谊大厦举行。"), ["友谊大厦"])
        XCTAssertEqual(places("公司友谊大厦项目进展顺利。"), [])
    }

    func testAVillageAfterAVerbOrAWord() {
        XCTAssertEqual(places("工作队决定到下岭村看一看。"), ["下岭村"])
        // After a verb written whole, too; a common word there names a kind of place (小城镇).
        XCTAssertEqual(places("第二天他们离开柳溪乡。"), ["柳溪乡"])
        XCTAssertEqual(places("各地要大力发展小城镇。"), [])
        // After any word written whole (如今|柏溪村), but not where the level opens a longer one (乡镇).
        XCTAssertEqual(places("如今柏溪村已经脱贫。"), ["柏溪村"])
        XCTAssertEqual(places("如今大多乡镇已经脱贫。"), [])
    }

    /// A network of roads (路网) is a common noun: neither a road cut out of it (快速|路网 → 快速路) nor a
    /// website (…路|网) is a name.
    func testARoadNetworkIsNoName() {
        let m = RecogniserTestSupport.mentions("该路是泉州市快速路网的组成部分。")
        XCTAssertEqual(m.map(\.text), ["泉州市"])
    }

    func testAVillageNeedsANameOfItsOwn() {
        XCTAssertEqual(places("干部下沉村（社区）网格服务群众。"), [])
    }

    func testAVillageNamedAfterAFormerVillage() {
        XCTAssertEqual(places("入选的有（石门镇李村村等）。"), ["石门镇", "李村村"])
    }

    func testACountyNamedAfterItsPrefecture() {
        XCTAssertEqual(places("她是邯郸县农民的女儿。"), ["邯郸县"])
    }

    /// A county renamed as a district keeps its old level word in older text, also before a word that
    /// begins with that level character and speaks of the unit (县境, 村民); not before one that takes
    /// the level as an adjective or a collective (县域, 乡镇).
    func testAFormerCountyBeforeAWordAboutIt() {
        XCTAssertEqual(places("这笔补贴将用于青浦县境内的农田。"), ["青浦县"])
        XCTAssertEqual(places("海南县域经济发展很快。"), ["海南"])
        XCTAssertEqual(places("青浦乡镇企业发展很快。"), ["青浦"])
    }

    /// A dictionary place that ends with a township's level character is read through when the text
    /// names a township there: after another known place (南平|镇 over 平镇) or after the county of
    /// the chain (梁河县|河西乡 over 西乡).
    func testATownshipNamedThroughAShortCountyName() {
        XCTAssertEqual(places("上级通知南平镇的干部开会。"), ["南平镇"])
        XCTAssertEqual(places("她在梁河县河西乡工作。"), ["梁河县", "河西乡"])
        XCTAssertEqual(places("她在西乡工作。"), ["西乡"])
    }

    /// A development zone or new area named after its city is one place with the city in its name, as
    /// a facility is; the zone word alone names none.
    func testAZoneNamedAfterItsCity() {
        XCTAssertEqual(places("厦门保税区去年引进外资十亿元。"), ["厦门保税区"])
        XCTAssertEqual(places("宁波新区发展外向型经济。"), ["宁波新区"])
        XCTAssertEqual(places("保税区内的企业增加了。"), [])
        // A zone with a name of its own after the city is still the city's: one place.
        XCTAssertEqual(places("漳州台商投资区引进了新项目。"), ["漳州台商投资区"])
    }

    /// A road named after a known place whose last character and 路 make a word (黄山|路 over 山路): the
    /// word is a chance string across the place's edge.
    func testARoadAfterAPlaceThatEndsAWordWithTheSuffix() {
        XCTAssertEqual(places("他在黄山路开了一家店。"), ["黄山路"])
    }

    /// A county's name before 县城 (its seat) is the county; a county already named with 县 takes no
    /// second one (寿县|县城).
    func testACountyBeforeItsSeat() {
        XCTAssertEqual(places("她回到怀宁县城探亲。"), ["怀宁县"])
        XCTAssertEqual(places("她回到寿县县城探亲。"), ["寿县"])
    }

    func testCountsAreNotNames() {
        XCTAssertEqual(places("分散在南方八省十四个地区的游击队。"), [])
        XCTAssertEqual(places("他们在18个乡镇建起了学校。"), [])
    }

    /// 皖南六县 counts the counties of 皖南: no place of its own (the visit linker steps over the count
    /// to the place in …六县调研行).
    func testOneNumeralRightAfterAPlaceCountsItsCounties() {
        XCTAssertEqual(places("他走遍了皖南六县。"), ["皖南"])
    }

    func testPartsOfAPlaceAreNotNames() {
        XCTAssertEqual(places("保加利亚南部城市举办画展。"), ["保加利亚"])
        XCTAssertEqual(places("华北北部部分地区有阵雨。"), ["华北"])
    }

    /// A region named by an intercardinal direction (鄂西北) is one place; before 北部 the region stays 鄂西.
    func testIntercardinalRegionIsOnePlace() {
        XCTAssertEqual(places("鄂西北的十堰市发展很快。"), ["鄂西北", "十堰市"])
        XCTAssertEqual(places("鄂西北部山区下了大雨。"), ["鄂西"])
    }

    /// A subject and a verb of going to the village (干部|下|村, 工作队|进|村) is a clause, not a village's name.
    func testSubjectGoingToTheVillageIsNoName() {
        XCTAssertEqual(RecogniserTestSupport.names("乡里组织干部下村开展工作。", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("工作队进村入户开展调查。", .place), [])
    }

    /// Counted after a numeral and a measure word (一个|小山村), a village is one of a kind, not named.
    func testCountedVillageIsNoName() {
        XCTAssertEqual(RecogniserTestSupport.names("他在一个小山村里长大。", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("他在小岗村里长大。", .place), ["小岗村"])
    }

    /// A village or town whose level character is written again to open a word of its own (宁海村|村民,
    /// 小岗村|村干部): the reduplicated word 村村 ("every village") is not read across the name's end.
    func testLevelCharacterWrittenTwiceEndsTheName() {
        XCTAssertEqual(RecogniserTestSupport.names("福安市下白石镇宁海村村民来了。", .place), ["福安市", "下白石镇", "宁海村"])
        XCTAssertEqual(RecogniserTestSupport.names("凤阳县小岗村村干部开会。", .place), ["凤阳县", "小岗村"])
        XCTAssertEqual(RecogniserTestSupport.names("村村通了公路。", .place), [])
    }

    /// A trunk line is named by the short forms of its two ends (陇海铁路, 沪宁高速公路, 沪宁铁路 over 沪 + 宁);
    /// a common word or a construction verb before 铁路 describes a line (地方铁路, 新建铁路).
    func testTrunkLinesNamedByTheirEnds() {
        XCTAssertEqual(places("陇海铁路是东西大动脉。"), ["陇海铁路"])
        XCTAssertEqual(places("沪宁高速公路今天通车。"), ["沪宁高速公路"])
        XCTAssertEqual(places("沪宁铁路客流很大。"), ["沪宁铁路"])
        XCTAssertEqual(places("京沪高速公路今天通车。"), ["京沪高速公路"])
        XCTAssertEqual(places("新建铁路五百公里，地方铁路发展很快。"), [])
    }

    /// A highway is named by two provinces' short forms (川藏公路, 青藏公路); one province and a character
    /// describe a road (京郊公路).
    func testHighwaysNamedByTwoProvinces() {
        XCTAssertEqual(places("车队沿着川藏公路行驶。"), ["川藏公路"])
        XCTAssertEqual(places("京郊公路两旁绿树成荫。"), [])
    }
}

/// Venues are places: the hall where a final is played, the centre where a fair opens (bundled dictionaries).
final class VenuePlaceTests: XCTestCase {
    func testVenueNamedAfterItsDistrictIsAPlace() {
        for (text, venue) in [("决赛在闵行体育馆举行。", "闵行体育馆"), ("博览会昨天在深圳会展中心开幕。", "深圳会展中心")] {
            XCTAssertTrue(RecogniserTestSupport.names(text, .place).contains(venue), text)
            XCTAssertEqual(RecogniserTestSupport.names(text, .organisation), [], text)
        }
    }

    /// A city's showcase hall (城市会客厅) is a venue named after its city, with the common word 城市 in
    /// its name: not an association ending in 会. Before a level word the common word still ends the
    /// name (全市|街道 names no street office).
    func testShowcaseHallIsAVenueAndTheCommonWordStaysInIt() {
        let text = "福州城市产业会客厅今天开放。"
        XCTAssertEqual(RecogniserTestSupport.names(text, .place), ["福州城市产业会客厅"])
        XCTAssertEqual(RecogniserTestSupport.names(text, .organisation), [])
        XCTAssertEqual(RecogniserTestSupport.names("全市街道都行动起来。", .place), [])
    }

    /// A venue after a venue preposition may have a four-character name, and the second venue of a pair
    /// (…公园和…大厦) stands where the first does. A longer suffix read alone (湿地公园) is a kind of place.
    func testVenuesOfAPairAndLongerVenueNames() {
        XCTAssertEqual(RecogniserTestSupport.names("会员们在白鹭湖畔公园和和平大厦参观。", .place), ["白鹭湖畔公园", "和平大厦"])
        XCTAssertEqual(RecogniserTestSupport.names("附近还有滨江体育公园、湿地公园。", .place).filter { $0 == "湿地公园" }, [])
    }

    /// A museum acts (it collects, lends, exhibits): it stays an organisation.
    func testMuseumStaysAnOrganisation() {
        XCTAssertTrue(RecogniserTestSupport.names("展品由南京博物馆提供。", .organisation).contains("南京博物馆"))
    }
}

/// Temples, shrines, grottoes and mausoleums are named landmarks (bundled suffixes).
final class LandmarkPlaceTests: XCTestCase {
    func testTemplesAndGrottoesArePlaces() {
        XCTAssertEqual(RecogniserTestSupport.names("游客参观了灵隐寺和岳王庙。", .place), ["灵隐寺", "岳王庙"])
        XCTAssertEqual(RecogniserTestSupport.names("他在龙门石窟拍照。", .place), ["龙门石窟"])
    }

    /// Seats of government known by their building (青瓦台, 紫光阁) are places from the dictionary, and
    /// 青 there is no one-character 青海.
    func testSeatsOfGovernmentArePlaces() {
        XCTAssertEqual(RecogniserTestSupport.names("韩国总统在青瓦台会见了客人。", .place), ["韩国", "青瓦台"])
        XCTAssertEqual(RecogniserTestSupport.names("总理在中南海紫光阁会见了客人。", .place), ["中南海", "紫光阁"])
    }

    /// The suffix heading a common word (寺庙) is that word.
    func testTheGenericWordIsNoPlace() {
        XCTAssertEqual(RecogniserTestSupport.names("这座寺庙很古老。", .place), [])
    }

    /// A district is never named by one character after its place: 扩区 after a zone extends the zone.
    func testOneCharacterIsNoDistrictAfterAPlace() {
        XCTAssertEqual(RecogniserTestSupport.names("厦门火炬高新区扩区获批。", .place), ["厦门火炬高新区"])
    }

    /// Development zones named by their full state designation (经济技术开发区, 综合保税区) are zones named
    /// after their city, as 开发区 is.
    func testDevelopmentZonesByTheirFullDesignation() {
        XCTAssertEqual(RecogniserTestSupport.names("泉州经济技术开发区成立于1988年。", .place), ["泉州经济技术开发区"])
        XCTAssertTrue(RecogniserTestSupport.names("厦门海沧综合保税区获批。", .place).contains("海沧综合保税区"))
    }

    /// A level character that opens only a two-character word (乡农, 区位) ends the place when the
    /// characters after it open a longer word (农民, 位于); not after 城, where 城镇 is a kind of place.
    func testLevelYieldsToTheLongerWordAfterIt() {
        XCTAssertEqual(RecogniserTestSupport.names("合肥市柳湾乡农民赶集去了。", .place), ["合肥市", "柳湾乡"])
        XCTAssertEqual(RecogniserTestSupport.names("到了石岗乡农民家里。", .place), ["石岗乡"])
        XCTAssertFalse(RecogniserTestSupport.names("他们愿意在小城镇定居。", .place).contains("小城镇"))
    }
}
