import XCTest
import Entities
@testable import Graph

/// How a title span and the body before it become the (title, organisation) the guidelines write.
final class RoleRefinementTests: XCTestCase {
    private func roles(_ d: AnalysedDocument) -> [String] { TestDoc.run(RoleLinker(), d).briefs(.role) }

    func testQualifierBetweenCountryAndTitleStaysInTheTitle() {
        let d = TestDoc.make("总理会见了挪威渔业大臣奥拉夫一行。", persons: ["奥拉夫"], places: ["挪威"], titles: ["大臣"])
        XCTAssertEqual(roles(d), ["奥拉夫>挪威:渔业大臣"])
    }

    func testAVerbBetweenPlaceAndTitleIsNoQualifier() {
        let d = TestDoc.make("他在杭州会见总理孙立。", persons: ["孙立"], places: ["杭州"], titles: ["总理"])
        XCTAssertEqual(roles(d), ["孙立>:总理"])
    }

    func testCompanyWordSwallowedByTheTitleLeavesIt() {
        let d = TestDoc.make("华光电子有限公司总经理严立说。", persons: ["严立"], orgs: ["华光电子有限公司"], titles: ["公司总经理"])
        XCTAssertEqual(roles(d), ["严立>华光电子有限公司:总经理"])
    }

    func testInstituteInTheTitleJoinsTheOrganisation() {
        let d = TestDoc.make("国家林业局林产研究所副所长陶然介绍。", persons: ["陶然"], orgs: ["国家林业局"], titles: ["研究所副所长"])
        XCTAssertEqual(roles(d), ["陶然>国家林业局林产研究所:副所长"])
    }

    func testTownshipPartyCommitteeIsTheBody() {
        let d = TestDoc.make("东坑镇党委书记钟华表示。", persons: ["钟华"], places: ["东坑"], titles: ["镇党委书记"])
        XCTAssertEqual(roles(d), ["钟华>东坑镇党委:党委书记"])
    }

    /// The same body read as one organisation mention: its level stays in its name, not in the title.
    func testTownshipPartyCommitteeMentionLeavesTheLevelOutOfTheTitle() {
        let d = TestDoc.make("东坑镇党委书记钟华表示。", persons: ["钟华"], orgs: ["东坑镇党委"], titles: ["镇党委书记"])
        XCTAssertEqual(roles(d), ["钟华>东坑镇党委:党委书记"])
    }

    func testAdministrativeCommitteeTitleNamesThePlacesCommittee() {
        let d = TestDoc.make("滨海新区党工委副书记、管委会副主任邱明说。", persons: ["邱明"], places: ["滨海新区"],
                             titles: ["党工委副书记", "管委会副主任"])
        XCTAssertEqual(roles(d), ["邱明>滨海新区党工委:党工委副书记", "邱明>滨海新区管委会:管委会副主任"])
    }

    func testMayorWithoutACityNearbyHasNoBody() {
        let d = TestDoc.make("青州市举行大会。\n\n天气晴好。\n\n会上人很多。\n\n副市长梅林参加。", persons: ["梅林"], places: ["青州市"],
                             titles: ["副市长"])
        XCTAssertEqual(roles(d), ["梅林>:副市长"])
    }

    func testTitleReadIntoTheNameIsCutAtTheTitle() {
        let d = TestDoc.make("挪威首相索尔贝访问中国。", persons: ["相索尔贝"], places: ["挪威", "中国"], titles: ["首相"])
        XCTAssertEqual(roles(d), ["索尔贝>挪威:首相"])
    }

    func testSurnameBeforeAnAddressTitleIsAPerson() {
        let d = TestDoc.make("各界热烈欢迎李总理访问北京。", places: ["北京"], titles: ["总理"])
        XCTAssertEqual(roles(d), ["李>:总理"])
        XCTAssertEqual(TestDoc.run(VisitLinker(), d).briefs(.visited), ["李>北京"])
    }

    func testOwnPaperReporterHasNoOrganisationAndPhotoCreditsAreNoRoles() {
        let d = TestDoc.make("本报记者 罗兰\n（记者 苏青摄）", persons: ["罗兰", "苏青"], titles: ["本报记者", "记者"])
        XCTAssertEqual(roles(d), ["罗兰>:记者"])
    }

    func testDatelineOutletWrittenBeforeXun() {
        let d = TestDoc.make("海峡晚报讯(记者 江月)近日，会议召开。", persons: ["江月"], titles: ["记者"])
        XCTAssertEqual(roles(d), ["江月>海峡晚报:记者"])
    }
}

extension RoleRefinementTests {
    func testChainedCommitteeTitleSharesThePlaceOfANamedCommittee() {
        let d = TestDoc.make("滨海新区党工委副书记、管委会副主任邱明说。", persons: ["邱明"], orgs: ["滨海新区党工委"],
                             titles: ["党工委副书记", "管委会副主任"])
        XCTAssertEqual(roles(d), ["邱明>滨海新区党工委:党工委副书记", "邱明>滨海新区管委会:管委会副主任"])
    }
}
