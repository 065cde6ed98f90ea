import XCTest
@testable import Entities

/// A place that opens a government body is a name of its own inside the body's name (seeds-gold.md);
/// a place inside a company's or a university's name is not. A known body opening its unit's name is
/// nested too.
final class NestedPlaceTests: XCTestCase {
    func testPlaceOpeningAGovernmentBodyIsNestedInIt() {
        let m = RecogniserTestSupport.mentions("黄岛海关加强了监管。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["黄岛海关"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), ["黄岛"])
    }

    /// The township or community whose committee the body is, with its level word.
    func testLocalUnitIsNestedInItsCommittee() {
        let m = RecogniserTestSupport.mentions("大柳庄镇党委书记出席会议。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["大柳庄镇党委"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), ["大柳庄镇"])
    }

    /// A body that repeats the unit's level word (村|村委会) leaves the unit its own name.
    func testLocalUnitBeforeABodyRepeatingItsLevelWord() {
        let m = RecogniserTestSupport.mentions("青山村村委会组织村民修路。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["青山村村委会"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), ["青山村"])
    }

    /// A place's own body opening its unit's name (泉州市政府|办公室, 福建省人民政府|新闻办, 漳州市公安局|交警支队)
    /// nests the body and the place; a country's government (中国政府|代表团) stands for the state and nests
    /// no body.
    func testPlacesBodyOpeningItsUnitIsNested() {
        let m = RecogniserTestSupport.mentions("泉州市政府办公室印发通知。")
        XCTAssertEqual(Set(m.filter { $0.type == .organisation }.map(\.text)), ["泉州市政府办公室", "泉州市政府"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), ["泉州市"])
        XCTAssertEqual(Set(RecogniserTestSupport.names("昨日，福建省人民政府新闻办举行发布会。", .organisation)),
                       ["福建省人民政府新闻办", "福建省人民政府"])
        XCTAssertEqual(Set(RecogniserTestSupport.names("漳州市公安局交警支队发布通告。", .organisation)),
                       ["漳州市公安局交警支队", "漳州市公安局"])
        XCTAssertFalse(RecogniserTestSupport.names("总统接见了中国政府代表团。", .organisation).contains("中国政府"))
    }

    func testPlaceInsideAUniversityOrCompanyIsNotNested() {
        XCTAssertEqual(RecogniserTestSupport.names("他毕业于厦门大学。", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("福建速易停科技有限公司成立了。", .place), [])
    }

    /// A dictionary name is one name: 国务院 does not nest in 国务院发展研究中心 written alone.
    func testNothingNestsInADictionaryName() {
        XCTAssertEqual(RecogniserTestSupport.names("国务院发展研究中心发布报告。", .organisation), ["国务院发展研究中心"])
    }

    /// A unit of a known body (its institute, bureau or committee) nests the body's name, and the
    /// body's own parent where the dictionary knows both (seeds-gold.md: different entities).
    func testKnownBodyOpeningItsUnitIsNested() {
        XCTAssertEqual(Set(RecogniserTestSupport.names("国务院发展研究中心企业研究所研究员发言。", .organisation)),
                       ["国务院发展研究中心企业研究所", "国务院发展研究中心", "国务院"])
        XCTAssertEqual(Set(RecogniserTestSupport.names("中国科学院自然科学史研究所举办讲座。", .organisation)),
                       ["中国科学院自然科学史研究所", "中国科学院"])
    }

    /// Only party and state bodies nest (flat newswire keeps a university's or an agency's unit whole),
    /// and a party's name before a place's committee (中共|河北省委) or its centre (民革|中央) qualifies it.
    func testOnlyStateBodiesNestAndThePartyQualifierDoesNot() {
        XCTAssertEqual(RecogniserTestSupport.names("联合国粮食联合评估署发布报告。", .organisation), ["联合国粮食联合评估署"])
        XCTAssertEqual(RecogniserTestSupport.names("中共河北省委召开全会。", .organisation), ["中共河北省委"])
        XCTAssertEqual(Set(RecogniserTestSupport.names("工业和信息化部信息通信管理局发布通知。", .organisation)),
                       ["工业和信息化部信息通信管理局", "工业和信息化部"])
    }

    /// A known name cut out of a longer word (最高法|官) does not nest; of a body's short and
    /// full names (国务院法制办 | 国务院法制办公室) only the longer one does.
    func testChanceStringsAndShortFormsDoNotNest() {
        XCTAssertEqual(RecogniserTestSupport.names("最高法官委员会召开会议。", .organisation), ["最高法官委员会"])
        let court = RecogniserTestSupport.names("国务院法制办公室研究室主任发言。", .organisation)
        XCTAssertTrue(court.contains("国务院法制办公室"))
        XCTAssertFalse(court.contains("国务院法制办"))
    }

    /// The full name of a county nests in its committee even where the two share the level character
    /// (保康县|县委); a shorter written form is preferred where there is one (泉州|市委).
    func testCountySharingItsLevelCharacterIsNested() {
        let county = RecogniserTestSupport.mentions("他任保康县委副书记。")
        XCTAssertEqual(county.filter { $0.type == .organisation }.map(\.text), ["保康县委"])
        XCTAssertEqual(county.filter { $0.type == .place }.map(\.text), ["保康县"])
        XCTAssertEqual(RecogniserTestSupport.names("泉州市委书记出席。", .place), ["泉州"])
    }

    /// 行署 (a prefecture's administrative office) is a government body: its place is nested in it.
    func testPrefectureOfficeIsAGovernmentBody() {
        let m = RecogniserTestSupport.mentions("阿克苏行署召开会议。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["阿克苏行署"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), ["阿克苏"])
    }

    /// A workers' cultural palace is an organisation named after its district, not a government body.
    func testCulturalPalaceIsAnOrganisationWithoutNestedPlace() {
        let m = RecogniserTestSupport.mentions("思明区工人文化宫举办展览。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["思明区工人文化宫"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), [])
    }

    /// The city hosting a mission (驻|上海|总领事馆) is nested in the mission's name; the sending country
    /// stays part of the name, and a one-character short form (驻华) is not split out.
    func testPlaceWhereAMissionIsStationedIsNested() {
        let m = RecogniserTestSupport.mentions("荷兰驻上海总领事馆举办招待会。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["荷兰驻上海总领事馆"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), ["上海"])
        XCTAssertEqual(RecogniserTestSupport.names("荷兰驻华大使馆举办招待会。", .place), [])
    }

    /// The institution an affiliated one belongs to (…医科大学|附属|协和医院) is another entity nested in
    /// its name; a name too short to hold a parent (附属医院) nests none.
    func testParentOfAnAffiliatedInstitutionIsNested() {
        XCTAssertEqual(Set(RecogniserTestSupport.names("福建医科大学附属协和医院专家义诊。", .organisation)),
                       ["福建医科大学附属协和医院", "福建医科大学"])
        XCTAssertFalse(RecogniserTestSupport.names("附属医院开诊了。", .organisation).contains { $0.count < 4 })
    }

    /// A party or state body opening a programme's title is an organisation inside it; a place is not,
    /// and a body cut by a word running past it (商务部|长期 over 部长) is none.
    func testBodyOpeningAProgrammeTitleIsNested() {
        let m = RecogniserTestSupport.mentions("该村入选“农业农村部乡村治理典型案例”。")
        XCTAssertEqual(m.filter { $0.type == .programme }.map(\.text), ["“农业农村部乡村治理典型案例”"])
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["农业农村部"])
        XCTAssertEqual(RecogniserTestSupport.names("“鼓浪屿音乐节”今天开幕。", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("该园区获评“商务部长期合作伙伴”。", .organisation), [])
    }

    /// The place in a programme's descriptive title is named on its own (flat newswire annotation has no
    /// programmes); in a quoted, coined title it stays part of the name.
    func testPlaceInADescriptiveProgrammeTitleIsNested() {
        let m = RecogniserTestSupport.mentions("第三届杭州国际动漫博览会今天开幕。")
        XCTAssertEqual(m.filter { $0.type == .programme }.map(\.text), ["第三届杭州国际动漫博览会"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), ["杭州"])
        XCTAssertEqual(RecogniserTestSupport.names("“杭州国际动漫博览会”今天开幕。", .place), [])
    }

    /// The roads, bridges and junctions in the title of works are places of their own (seeds-gold.md nests
    /// a different entity), whether a dictionary knows them or a pattern composed them; a place inside a
    /// road's name is part of that name, as it is outside a title.
    func testRoadsInTheTitleOfWorksAreNested() {
        let m = RecogniserTestSupport.mentions("厦门大道(县后立交-金尚路段)雨污分流改造工程正在推进。")
        XCTAssertEqual(m.filter { $0.type == .programme }.map(\.text), ["厦门大道(县后立交-金尚路段)雨污分流改造工程"])
        XCTAssertEqual(Set(m.filter { $0.type == .place }.map(\.text)), ["厦门大道", "县后立交", "金尚路"])
        let bridge = RecogniserTestSupport.mentions("国道205线福州大桥及引桥加固工程完工。")
        XCTAssertEqual(bridge.filter { $0.type == .programme }.map(\.text), ["国道205线福州大桥及引桥加固工程"])
        XCTAssertEqual(Set(bridge.filter { $0.type == .place }.map(\.text)), ["国道205线", "福州大桥"])
    }

    /// Any listed organisation opening a programme's title is nested too: a bank before its service line.
    func testListedOrganisationOpeningAProgrammeIsNested() {
        let m = RecogniserTestSupport.mentions("用户可拨打中国农业银行信用卡服务热线咨询。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["中国农业银行"])
    }
}
