import XCTest
import Entities
@testable import Graph

/// Offices stated with a verb (任, 担任, 上任…), staff of a company, posts that need their institute,
/// and names whose last character starts a verb.
final class RoleAppointmentTests: XCTestCase {
    private func roles(_ d: AnalysedDocument) -> [String] { TestDoc.run(RoleLinker(), d).briefs(.role) }

    func testAppointmentVerbAfterTheNameGivesTheOffice() {
        let d = TestDoc.make("当年，林大海同志任龙溪地委书记，走遍全区。", persons: ["林大海"], orgs: ["龙溪地委"],
                             titles: ["地委书记"])
        XCTAssertEqual(roles(d), ["林大海>龙溪地委:地委书记"])
        let e = TestDoc.make("陈小明担任华星公司总经理后推动改革。", persons: ["陈小明"], orgs: ["华星公司"], titles: ["总经理"])
        XCTAssertEqual(roles(e), ["陈小明>华星公司:总经理"])
    }

    /// Election and succession verbs after the name give the office too (当选为, 连任, 继任).
    func testElectionAndSuccessionVerbsGiveTheOffice() {
        let d = TestDoc.make("王五当选为华星公司董事长。", persons: ["王五"], orgs: ["华星公司"], titles: ["董事长"])
        XCTAssertEqual(roles(d), ["王五>华星公司:董事长"])
        let e = TestDoc.make("赵六连任华星公司总经理。", persons: ["赵六"], orgs: ["华星公司"], titles: ["总经理"])
        XCTAssertEqual(roles(e), ["赵六>华星公司:总经理"])
    }

    func testWordsThatStartWithRenAreNoAppointment() {
        let d = TestDoc.make("陈小明任务繁重，华星公司总经理也来了。", persons: ["陈小明"], orgs: ["华星公司"], titles: ["总经理"])
        XCTAssertEqual(roles(d), [])
        // Something other than a body between the verb and the title: not this person's office.
        let e = TestDoc.make("陈小明任命王五为总经理。", persons: ["陈小明", "王五"], titles: ["总经理"])
        XCTAssertFalse(roles(e).contains { $0.hasPrefix("陈小明") })
    }

    /// Someone else gives the person the office: 任命X为Y (the object of the verb), a list of appointees
    /// and their count (任命A和B两名副总理), and the passive X被选举为Y.
    func testOfficeGivenByAnAppointingVerb() {
        let d = TestDoc.make("陈小明任命王五为华星公司总经理。", persons: ["陈小明", "王五"], orgs: ["华星公司"], titles: ["总经理"])
        XCTAssertEqual(roles(d), ["王五>华星公司:总经理"])
        let e = TestDoc.make("总统任命了王五和赵六两名副总理。", persons: ["王五", "赵六"], titles: ["副总理"])
        XCTAssertEqual(roles(e), ["王五>:副总理", "赵六>:副总理"])
        let f = TestDoc.make("王五被选举为华星公司董事长。", persons: ["王五"], orgs: ["华星公司"], titles: ["董事长"])
        XCTAssertEqual(roles(f), ["王五>华星公司:董事长"])
    }

    /// The verb must govern the person: a name that is its subject (王五任命…) or stands elsewhere in
    /// the clause gets no office from it.
    func testAppointingVerbOfAnotherPersonGivesNoOffice() {
        let d = TestDoc.make("王五任命赵六为总经理。", persons: ["王五", "赵六"], titles: ["总经理"])
        XCTAssertEqual(roles(d), ["赵六>:总经理"])
        let e = TestDoc.make("任命书由王五宣读，总经理随后发言。", persons: ["王五"], titles: ["总经理"])
        XCTAssertEqual(roles(e), [])
    }

    func testStaffOfACompany() {
        let d = TestDoc.make("华星公司职工赵一鸣发明了新工艺。", persons: ["赵一鸣"], orgs: ["华星公司"])
        XCTAssertEqual(roles(d), ["赵一鸣>华星公司:职工"])
        let e = TestDoc.make("入住新居的职工王小华很感慨。", persons: ["王小华"])
        XCTAssertEqual(roles(e), ["王小华>:职工"])
    }

    func testResearchPostNeedsItsInstitute() {
        let d = TestDoc.make("海丝研究院研究员王小华表示。", persons: ["王小华"], orgs: ["海丝研究院"], titles: ["研究员"])
        XCTAssertEqual(roles(d), ["王小华>海丝研究院:研究员"])
        let e = TestDoc.make("研究员王小华表示。", persons: ["王小华"], titles: ["研究员"])
        XCTAssertEqual(roles(e), [])
    }

    func testNameCutBeforeAVerbItsLastCharacterStarts() {
        let d = TestDoc.make("华星公司副总经理陈明设计了方案。", persons: ["陈明设"], orgs: ["华星公司"], titles: ["副总经理"])
        XCTAssertEqual(roles(d), ["陈明>华星公司:副总经理"])
        // A two-character name is left alone.
        let e = TestDoc.make("华星公司副总经理陈设计了方案。", persons: ["陈设"], orgs: ["华星公司"], titles: ["副总经理"])
        XCTAssertEqual(roles(e), ["陈设>华星公司:副总经理"])
        // 道出 is the entity layer's to read: a name before 出席 keeps its 道 (王志道|出席).
        let f = TestDoc.make("华星公司副总经理王志道出席。", persons: ["王志道"], orgs: ["华星公司"], titles: ["副总经理"])
        XCTAssertEqual(roles(f), ["王志道>华星公司:副总经理"])
    }
}
