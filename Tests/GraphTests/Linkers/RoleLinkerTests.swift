import XCTest
import Entities
@testable import Graph

final class RoleLinkerTests: XCTestCase {
    private func roles(_ d: AnalysedDocument) -> [String] { TestDoc.run(RoleLinker(), d).briefs(.role) }

    func testTitleOverlappingItsOrganisationTakesThatOrganisation() {
        let d = TestDoc.make("漳州市委书记林大海主持会议。", persons: ["林大海"], orgs: ["漳州市委"], places: ["漳州市"],
                             titles: ["市委书记"])
        XCTAssertEqual(roles(d), ["林大海>漳州市委:市委书记"])
    }

    func testChainedTitlesWithoutBodyResolveFromTheArticlesCity() {
        let d = TestDoc.make("漳州市召开大会。市委副书记、市长陈小明出席。", persons: ["陈小明"], places: ["漳州市"],
                             titles: ["市委副书记", "市长"])
        XCTAssertEqual(roles(d), ["陈小明>漳州市:市长", "陈小明>漳州市委:市委副书记"])
    }

    func testSecondTitleOfAChainWithNoBodyOfItsOwnGetsNone() {
        let d = TestDoc.make("华星公司董事长兼首席执行官赵一鸣表示。", persons: ["赵一鸣"], orgs: ["华星公司"],
                             titles: ["董事长", "首席执行官"])
        XCTAssertEqual(roles(d), ["赵一鸣>:首席执行官", "赵一鸣>华星公司:董事长"])
    }

    /// A party body inside an organisation keeps its word in the title (党组书记 of the court's 党组), and
    /// a bodiless title after it in the chain is an office of the organisation itself.
    func testTitlesAfterAnOrganisationsPartyBodyBelongToTheOrganisation() {
        let d = TestDoc.make("厦门市中级人民法院党组书记、院长陈明主持会议。", persons: ["陈明"], orgs: ["厦门市中级人民法院党组"],
                             titles: ["党组书记", "院长"])
        XCTAssertEqual(roles(d), ["陈明>厦门市中级人民法院:院长", "陈明>厦门市中级人民法院党组:党组书记"])
        let e = TestDoc.make("福州大学党委副书记、校长郑光明出席。", persons: ["郑光明"], orgs: ["福州大学党委"],
                             titles: ["大学党委副书记", "校长"])
        XCTAssertEqual(roles(e), ["郑光明>福州大学:校长", "郑光明>福州大学党委:党委副书记"])
    }

    /// A place's party committee is not an organisation the next title belongs to (镇长 is the town's).
    func testTitleAfterAPlacesPartyCommitteeIsNotGivenThatCommittee() {
        let d = TestDoc.make("李家镇党委书记、副镇长刘强出席。", persons: ["刘强"], orgs: ["李家镇党委"], titles: ["党委书记", "副镇长"])
        XCTAssertEqual(roles(d), ["刘强>:副镇长", "刘强>李家镇党委:党委书记"])
    }

    /// A department head after a seat on the committee holds a department of that committee.
    func testDepartmentTitleAfterACommitteeSeatBelongsToTheCommittee() {
        let d = TestDoc.make("厦门市委常委、宣传部部长张明出席。", persons: ["张明"], orgs: ["厦门市委"],
                             titles: ["市委常委", "宣传部部长"])
        XCTAssertEqual(roles(d), ["张明>厦门市委:宣传部部长", "张明>厦门市委:市委常委"])
        let e = TestDoc.make("厦门市委常委、副市长张明出席。", persons: ["张明"], orgs: ["厦门市委"], titles: ["市委常委", "副市长"])
        XCTAssertEqual(roles(e), ["张明>:副市长", "张明>厦门市委:市委常委"])
    }

    /// A title written with its named body (国务院总理, 中央军委副主席) is that body's office: the body leaves
    /// the title, as newswire annotation writes it; a level's generic body (市委书记) stays in it.
    func testNamedBodyOpeningTheTitleIsTheOrganisation() {
        let d = TestDoc.make("国务院总理朱明今天会见了客人。", persons: ["朱明"], orgs: ["国务院"], titles: ["国务院总理"])
        XCTAssertEqual(roles(d), ["朱明>国务院:总理"])
        let e = TestDoc.make("中共中央政治局常委、中央军委副主席张华出席。", persons: ["张华"], orgs: ["中共中央政治局", "中央军委"],
                             titles: ["常委", "中央军委副主席"])
        XCTAssertEqual(roles(e), ["张华>中共中央政治局:常委", "张华>中央军委:副主席"])
        let f = TestDoc.make("市委书记张华出席。", persons: ["张华"], orgs: ["市委"], titles: ["市委书记"])
        XCTAssertEqual(roles(f), ["张华>市委:市委书记"])
    }

    /// A bare 市长 of a Chinese paper is not the mayor of a foreign city written after its state in the
    /// same sentence (美国洛杉矶市); a city after its province still is the home city.
    func testBareTitleTakesNoForeignCity() {
        let d = TestDoc.make("市长张明会见了美国洛杉矶市副市长史密斯。", persons: ["张明", "史密斯"], places: ["美国", "洛杉矶市"],
                             titles: ["市长", "副市长"])
        XCTAssertEqual(roles(d), ["史密斯>洛杉矶市:副市长", "张明>:市长"])
        let e = TestDoc.make("市长张明在福建省泉州市调研。", persons: ["张明"], places: ["福建省", "泉州市"], titles: ["市长"])
        XCTAssertEqual(roles(e), ["张明>泉州市:市长"])
    }

    /// The city of a bare 市长 may be written only as the place inside its committee's name (泉州 + 市委):
    /// the place and the level make the city.
    func testBareMayorTakesTheCityOfTheCommitteeBeforeIt() {
        let d = TestDoc.make("泉州市委常委、常务副市长李明主持会议。", persons: ["李明"], orgs: ["泉州市委"], places: ["泉州"],
                             titles: ["市委常委", "常务副市长"])
        XCTAssertEqual(roles(d), ["李明>泉州市:常务副市长", "李明>泉州市委:市委常委"])
    }

    /// A later link of a title chain may name its unit with a word no recogniser knows (书记处): that unit
    /// is the title's body, and the chain goes on before it.
    func testUnnamedUnitInsideATitleChain() {
        let d = TestDoc.make("会议由全国妇联副主席、书记处第一书记王小红主持。", persons: ["王小红"], orgs: ["全国妇联"],
                             titles: ["副主席", "第一书记"])
        XCTAssertEqual(roles(d), ["王小红>书记处:第一书记", "王小红>全国妇联:副主席"])
    }

    /// 中方 / 美方 before a title names a state's side of a joint body: the side is part of the title and
    /// the body written before it (委员会) holds the office, not the state.
    func testAStatesSideOfAJointBodyIsPartOfTheTitle() {
        let d = TestDoc.make("联合委员会中方主席李建华和美方主席史密斯致辞。", persons: ["李建华", "史密斯"],
                             orgs: ["联合委员会"], places: ["中", "美"], titles: ["主席", "主席"])
        XCTAssertEqual(roles(d), ["史密斯>:美方主席", "李建华>联合委员会:中方主席"])
        let bare = TestDoc.make("俄方代表团团长伊万诺夫发言。", persons: ["伊万诺夫"], places: ["俄"], titles: ["团长"])
        XCTAssertFalse(roles(bare).contains { $0.hasPrefix("伊万诺夫>俄") })
    }

    func testFormerIsKeptAndIncumbentIsDropped() {
        let d = TestDoc.make("美国前总统约翰逊抵达。时任省长钱学明讲话。", persons: ["约翰逊", "钱学明"], places: ["美国"],
                             titles: ["总统", "省长"])
        XCTAssertEqual(roles(d), ["约翰逊>美国:前总统", "钱学明>:省长"])
    }

    func testMayorBelongsToThePlaceNotTheGovernment() {
        let d = TestDoc.make("厦门市政府市长黄一帆致辞。", persons: ["黄一帆"], orgs: ["厦门市政府"], places: ["厦门市"],
                             titles: ["市长"])
        XCTAssertEqual(roles(d), ["黄一帆>厦门市:市长"])
    }

    func testApposition() {
        let d = TestDoc.make("王小明，厦门市副市长，昨天表示。李红（福州市市长）说。", persons: ["王小明", "李红"],
                             places: ["厦门市", "福州市"], titles: ["副市长", "市长"])
        XCTAssertEqual(roles(d), ["李红>福州市:市长", "王小明>厦门市:副市长"])
    }

    func testTitleAfterABracketedAlternativeNameBelongsToTheMainName() {
        let d = TestDoc.make("厦门市数据中心（市信用中心）党支部书记周华讲话。", persons: ["周华"],
                             orgs: ["厦门市数据中心", "市信用中心"], titles: ["党支部书记"])
        XCTAssertEqual(roles(d), ["周华>厦门市数据中心:党支部书记"])
    }

    func testTitleRightAfterTheNameWithNoBody() {
        let d = TestDoc.make("刘伟总书记强调，要抓落实。", persons: ["刘伟"], titles: ["总书记"])
        XCTAssertEqual(roles(d), ["刘伟>:总书记"])
    }

    func testTitleBetweenTwoNamesBelongsToTheSecond() {
        let d = TestDoc.make("王五陪同市长张六考察。", persons: ["王五", "张六"], titles: ["市长"])
        XCTAssertEqual(roles(d), ["张六>:市长"])
    }

    func testBylinesNameTheOutletOfTheDateline() {
        let d = TestDoc.make("晨报讯（记者 李明）近日，一批项目开工。", persons: ["李明"], orgs: ["晨报"], titles: ["记者"])
        XCTAssertEqual(roles(d), ["李明>晨报:记者"])
        let own = TestDoc.make("本报讯（记者 张力 通讯员 何芳）日前，会议召开。", persons: ["张力", "何芳"],
                               titles: ["记者", "通讯员"])
        XCTAssertEqual(roles(own), ["何芳>:通讯员", "张力>:记者"])
    }

    /// A photo credit with spaces (本报记者 王五 摄) is no byline role; the credit words 文/图 open a byline.
    func testPhotoCreditsAndTextAndPictureCredits() {
        let photo = TestDoc.make("（本报记者 王五 摄）", persons: ["王五"], titles: ["本报记者"])
        XCTAssertEqual(roles(photo), [])
        let credit = TestDoc.make("文/图 本报记者 林小燕", persons: ["林小燕"], titles: ["本报记者"])
        XCTAssertEqual(roles(credit), ["林小燕>:记者"])
    }

    func testReporterOutsideABylineIsNotARole() {
        let d = TestDoc.make("他对前来采访的记者王五说，项目进展顺利。", persons: ["王五"], titles: ["记者"])
        XCTAssertEqual(roles(d), [])
    }

    func testAcademicRanksAreNotOffices() {
        let d = TestDoc.make("著名教授李华发表演讲。", persons: ["李华"], titles: ["教授"])
        XCTAssertEqual(roles(d), [])
    }

    func testTitleWithoutPersonGivesNothing() {
        let d = TestDoc.make("市长办公会昨天召开。", titles: ["市长"])
        XCTAssertEqual(roles(d), [])
    }

    func testEvidenceIsTheSentenceInOriginalOffsets() throws {
        let d = TestDoc.make("前言。漳州市长林大海讲话。", persons: ["林大海"], places: ["漳州"], titles: ["市长"],
                             canonical: ["漳州": "漳州市"])
        let r = try XCTUnwrap(TestDoc.run(RoleLinker(), d).first)
        XCTAssertEqual(r.target, "漳州市")
        XCTAssertEqual(r.targetType, .place)
        XCTAssertEqual(r.evidence.sentence, 1)
        XCTAssertEqual(r.evidence.start, 3)
        XCTAssertEqual(r.evidence.end, 13)
        XCTAssertEqual(r.evidence.text, "漳州市长林大海讲话。")
        XCTAssertEqual(r.evidence.rule, "role:title-name")
    }

    func testSourceLineBylineNamesItsOutletForEveryReporter() {
        let d = TestDoc.make("来源：海峡日报 记者 张小三 李小四", persons: ["张小三", "李小四"], orgs: ["海峡日报"],
                             titles: ["记者"])
        XCTAssertEqual(roles(d), ["张小三>海峡日报:记者", "李小四>海峡日报:记者"])
    }

    func testNamesListedAfterOneTitleShareIt() {
        let d = TestDoc.make("副市长张小三、李小四出席。", persons: ["张小三", "李小四"], titles: ["副市长"])
        XCTAssertEqual(roles(d), ["张小三>:副市长", "李小四>:副市长"])
        let own = TestDoc.make("市长张小三、书记李小四出席。", persons: ["张小三", "李小四"], titles: ["市长", "书记"])
        XCTAssertEqual(roles(own), ["张小三>:市长", "李小四>:书记"])
    }

    func testAppositionDropsTenseWords() {
        let d = TestDoc.make("王小明，现任厦门市副市长，表示。", persons: ["王小明"], places: ["厦门市"], titles: ["副市长"])
        XCTAssertEqual(roles(d), ["王小明>厦门市:副市长"])
    }

    func testEnvoyBelongsToTheSendingCountrysMission() {
        let named = TestDoc.make("日本驻上海总领事馆举行招待会。日本驻上海总领事田中一郎致辞。", persons: ["田中一郎"],
                                 orgs: ["日本驻上海总领事馆"], places: ["日本", "上海"], titles: ["总领事"])
        XCTAssertEqual(roles(named), ["田中一郎>日本驻上海总领事馆:总领事"])
        let bare = TestDoc.make("日本驻上海总领事田中一郎致辞。", persons: ["田中一郎"], places: ["日本", "上海"],
                                titles: ["总领事"])
        // Beside the sending country the post stays in the title, as written minus the body.
        XCTAssertEqual(roles(bare), ["田中一郎>日本:驻上海总领事"])
        // The mission's noun written elsewhere in the document (总领事馆) refers to this mission.
        let noun = TestDoc.make("日本驻上海总领事田中一郎致辞，感谢各界对总领事馆的支持。", persons: ["田中一郎"],
                                places: ["日本", "上海"], titles: ["总领事"])
        XCTAssertEqual(roles(noun), ["田中一郎>日本驻上海总领事馆:总领事"])
    }

    func testDelegationHeadAndNoShortFormDuplicates() {
        let d = TestDoc.make("李国强会见了以周小明为团长的海峡青年代表团。周小明团长表示感谢。", persons: ["李国强", "周小明"],
                             orgs: ["海峡青年代表团"], titles: ["团长"])
        XCTAssertEqual(roles(d), ["周小明>:团长", "周小明>海峡青年代表团:团长"])
        let dup = TestDoc.make("福建省省长王大明指出，王大明省长强调。", persons: ["王大明"], places: ["福建省"], titles: ["省长"])
        XCTAssertEqual(roles(dup), ["王大明>福建省:省长"])
    }
}
