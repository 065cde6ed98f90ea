import XCTest
import Entities
@testable import Graph

final class AccompanimentLinkerTests: XCTestCase {
    private func acc(_ text: String, persons: [String], places: [String] = []) -> [String] {
        TestDoc.run(AccompanimentLinker(), TestDoc.make(text, persons: persons, places: places)).briefs(.accompanied)
    }

    func testCompanionBeforeTheVerbAccompaniesTheNamedObject() {
        XCTAssertEqual(acc("赵强陪同王小华参观了展览。", persons: ["赵强", "王小华"]), ["赵强>王小华"])
    }

    func testInSomeonesCompanyTheFollowingSubjectIsAccompanied() {
        XCTAssertEqual(acc("在赵强的陪同下，王小华考察了港口。", persons: ["赵强", "王小华"]), ["赵强>王小华"])
    }

    /// A name before 故居 or 铜像 names a place or a work: its person acts in no relation there.
    func testPersonNamingAMemorialIsNoActor() {
        XCTAssertEqual(acc("我们在赵强的陪同下前往鲁迅故居参观。", persons: ["赵强", "鲁迅"]), [])
    }

    func testUnnamedObjectFallsBackToTheParagraphsFocus() {
        XCTAssertEqual(acc("调研中，钱伟强调要抓落实。孙立、周敏陪同调研。", persons: ["钱伟", "孙立", "周敏"]),
                       ["周敏>钱伟", "孙立>钱伟"])
    }

    /// Supervising and inspecting (督导, 察看) make their subject the focus as visiting does.
    func testSupervisionMakesTheFocus() {
        XCTAssertEqual(acc("钱伟到东湖区督导安全生产工作，区长孙立陪同。", persons: ["钱伟", "孙立"], places: ["东湖区"]),
                       ["孙立>钱伟"])
    }

    func testFocusReachesBackTwoParagraphsButNoFurther() {
        XCTAssertEqual(acc("调研中，钱伟强调要抓落实。\n要壮大集体经济。\n孙立陪同调研。", persons: ["钱伟", "孙立"]),
                       ["孙立>钱伟"])
        XCTAssertEqual(acc("调研中，钱伟强调要抓落实。\n一。\n二。\n孙立陪同调研。", persons: ["钱伟", "孙立"]), [])
    }

    func testAttendingAMeetingIsNotAccompaniment() {
        XCTAssertEqual(acc("李国强会见了王小华，赵强陪同会见。", persons: ["李国强", "王小华", "赵强"]), [])
    }

    func testNobodyToAccompanyGivesNothing() {
        XCTAssertEqual(acc("孙立陪同调研。", persons: ["孙立"]), [])
    }
}
