import XCTest
import Entities
@testable import Graph

final class VisitLinkerTests: XCTestCase {
    private func visits(_ text: String, persons: [String], orgs: [String] = [], places: [String] = [],
                        canonical: [String: String] = [:]) -> [String] {
        let d = TestDoc.make(text, persons: persons, orgs: orgs, places: places, canonical: canonical)
        return TestDoc.run(VisitLinker(), d).briefs(.visited)
    }

    func testVerbFollowedByAListGivesOneEdgePerTarget() {
        XCTAssertEqual(visits("王小华一行实地走访了华星公司、海丝博物馆和东湖公园。", persons: ["王小华"],
                              orgs: ["华星公司", "海丝博物馆"], places: ["东湖公园"]),
                       ["王小华>东湖公园", "王小华>华星公司", "王小华>海丝博物馆"])
    }

    /// The byline's reporters report the visit; they are not its visitors, whoever else is named.
    /// A place owning the named object (汉城的现代汽车公司) is not the target: the object is; an unnamed
    /// object (清华大学开发的系统) leaves no target.
    func testNamedObjectOfAPlaceIsTheTarget() {
        XCTAssertEqual(visits("王五参观了汉城的华星公司。", persons: ["王五"], orgs: ["华星公司"], places: ["汉城"]),
                       ["王五>华星公司"])
        XCTAssertEqual(visits("王五考察了华星公司开发的系统。", persons: ["王五"], orgs: ["华星公司"]), [])
    }

    func testBylineReportersAreNoVisitors() {
        XCTAssertEqual(visits("本报东京5月2日电记者张小明、李大华报道：据共同社报道，一个艺术团本月对日本进行了访问。",
                              persons: ["张小明", "李大华"], places: ["日本"]), [])
        XCTAssertEqual(visits("本报讯（记者 张小明）王小华到漳州市调研。", persons: ["张小明", "王小华"], places: ["漳州市"]),
                       ["王小华>漳州市"])
        // A reporter who is the subject of the visit, outside a byline, still is its visitor.
        XCTAssertEqual(visits("记者张小明走访了华星公司。", persons: ["张小明"], orgs: ["华星公司"]), ["张小明>华星公司"])
    }

    func testLocativeThenVisitVerb() {
        XCTAssertEqual(visits("王小华到漳州市调研。", persons: ["王小华"], places: ["漳州市"]), ["王小华>漳州市"])
        // A one-character target is named as written: annotators name 来泉 泉, not 泉州市.
        XCTAssertEqual(visits("王小华来泉访问。", persons: ["王小华"], places: ["泉"], canonical: ["泉": "泉州市"]),
                       ["王小华>泉"])
        XCTAssertEqual(visits("王小华对法国进行国事访问。", persons: ["王小华"], places: ["法国"]), ["王小华>法国"])
    }

    /// A fronted clause of time (在访问X期间，… / 结束对X的访问后，…) has its visitor as the subject of the
    /// next clause; a person there after 的 is described, not the subject.
    func testAFrontedClauseOfTimeTakesTheNextClausesSubject() {
        XCTAssertEqual(visits("在访问智利期间，王小华表示两国合作前景广阔。", persons: ["王小华"], places: ["智利"]),
                       ["王小华>智利"])
        XCTAssertEqual(visits("结束对智利的访问后，总理王小华回到北京。", persons: ["王小华"], places: ["智利", "北京"]),
                       ["王小华>智利"])
        XCTAssertEqual(visits("在访问智利期间，当地的王小华也来了。", persons: ["王小华"], places: ["智利"]), [])
    }

    func testOneCharacterVisitAbbreviation() {
        XCTAssertEqual(visits("约翰逊访华。", persons: ["约翰逊"], places: ["华"], canonical: ["华": "中国"]),
                       ["约翰逊>华"])
        // Unnamed by the entity layer, the one-character country is still the target, as written.
        XCTAssertEqual(visits("约翰逊访华。", persons: ["约翰逊"]), ["约翰逊>华"])
    }

    func testCompanionsDoNotVisit() {
        XCTAssertEqual(visits("赵强陪同王小华考察了港务公司。", persons: ["赵强", "王小华"], orgs: ["港务公司"]),
                       ["王小华>港务公司"])
    }

    func testPlainMovementIsNotAVisit() {
        XCTAssertEqual(visits("王小华抵达北京。", persons: ["王小华"], places: ["北京"]), [])
        XCTAssertEqual(visits("王小华前往上海。", persons: ["王小华"], places: ["上海"]), [])
    }

    func testCallingOnAnOrganisationIsAVisitButCallingOnAPersonIsNot() {
        XCTAssertEqual(visits("王小华看望了市福利院。", persons: ["王小华"], orgs: ["市福利院"]), ["王小华>市福利院"])
        XCTAssertEqual(visits("王小华看望了李奶奶。", persons: ["王小华", "李奶奶"]), [])
    }

    func testAMeetingPlaceIsNotAVisit() {
        XCTAssertEqual(visits("李国强在厦门会见了王小华。", persons: ["李国强", "王小华"], places: ["厦门"]), [])
    }

    func testVisitCarriesTheDate() {
        let d = TestDoc.make("11月6日，王小华赴福州市考察。", persons: ["王小华"], places: ["福州市"])
        XCTAssertEqual(TestDoc.run(VisitLinker(), d).briefs(.visited), ["王小华>福州市@11月6日"])
    }

    func testWishedVisitsDoNotCount() {
        XCTAssertEqual(visits("他希望王小华访问漳州市。", persons: ["王小华"], places: ["漳州市"]), [])
    }

    func testVisitorDescribedByARelativeClause() {
        XCTAssertEqual(visits("李国强会见来漳访问的王小华一行。", persons: ["李国强", "王小华"], places: ["漳"],
                              canonical: ["漳": "漳州市"]), ["王小华>漳"])
    }

    func testFrontedPlaceClause() {
        XCTAssertEqual(visits("在港务公司调度中心，王小华检查安全生产工作。", persons: ["王小华"], orgs: ["港务公司"]),
                       ["王小华>港务公司"])
        XCTAssertEqual(visits("在港务公司工作期间，王小华检查了很多工作。", persons: ["王小华"], orgs: ["港务公司"]), [])
    }

    func testCountedTripsWithAPronounSubject() {
        XCTAssertEqual(visits("李明任县委书记。他三进青山村，七下白溪镇。", persons: ["李明"], places: ["青山村", "白溪镇"]),
                       ["李明>白溪镇", "李明>青山村"])
        XCTAssertEqual(visits("他三进青山村。", persons: [], places: ["青山村"]), [])
        XCTAssertEqual(visits("李明进青山村。", persons: ["李明"], places: ["青山村"]), [])
    }

    func testStateVisitAtAnInvitation() {
        XCTAssertEqual(visits("应法国总统邀请，王小华将于下月对法国进行国事访问。", persons: ["王小华"], places: ["法国"]),
                       ["王小华>法国"])
        XCTAssertEqual(visits("王小华应邀访问法国。", persons: ["王小华"], places: ["法国"]), ["王小华>法国"])
    }
}

/// Visit targets the entity layer leaves partly unnamed.
final class VisitTargetTests: XCTestCase {
    private func visits(_ text: String, persons: [String], orgs: [String] = [], places: [String] = []) -> [String] {
        TestDoc.run(VisitLinker(), TestDoc.make(text, persons: persons, orgs: orgs, places: places)).briefs(.visited)
    }

    func testOneCharacterCountryAfterFangOrLai() {
        XCTAssertEqual(visits("卡尔森一行是应邀来华访问的。", persons: ["卡尔森"]), ["卡尔森>华"])
        XCTAssertEqual(visits("自卡尔森访华后，两国往来增多。", persons: ["卡尔森"]), ["卡尔森>华"])
        XCTAssertEqual(visits("卡尔森访美元区。", persons: ["卡尔森"]), [])
    }

    func testAListKeepsAnItemTheEntityLayerMissed() {
        XCTAssertEqual(visits("王小华走访了华星公司、老街民俗馆、海丝博物馆。", persons: ["王小华"], orgs: ["华星公司", "海丝博物馆"]),
                       ["王小华>华星公司", "王小华>海丝博物馆", "王小华>老街民俗馆"])
    }

    func testAGenericPlaceWordDoesNotReplaceTheRegion() {
        XCTAssertEqual(visits("他多次到闽北老区调研。", persons: [], places: ["闽北", "老区"]), [])
        XCTAssertEqual(visits("赵刚到闽北老区调研。", persons: ["赵刚"], places: ["闽北", "老区"]), ["赵刚>闽北"])
    }

    func testListItemsTheEntityLayerMissedAreTakenAsWritten() {
        // Missed (、海丝非遗馆、), cut short (会|客厅) and misread as a one-character place (威|尔斯港).
        XCTAssertEqual(visits("王小华走访了华星公司、海丝非遗馆、东湖产业会客厅。", persons: ["王小华"],
                              orgs: ["华星公司", "东湖产业会"]),
                       ["王小华>东湖产业会客厅", "王小华>华星公司", "王小华>海丝非遗馆"])
        XCTAssertEqual(visits("王小华访问了费城、威尔斯港、纽约等城市。", persons: ["王小华"], places: ["费城", "威", "纽约"]),
                       ["王小华>威尔斯港", "王小华>纽约", "王小华>费城"])
    }

    /// A missed item before 和 and a named item ends at the joiner (集美学村|和|厦门港); a list of common
    /// nouns names nothing (深入企业、乡村调研).
    func testMissedItemsEndAtAJoinerAndNeedANamedNeighbour() {
        XCTAssertEqual(visits("李国强考察了厦门大学、集美学村和厦门港。", persons: ["李国强"], orgs: ["厦门大学"], places: ["厦门港"]),
                       ["李国强>厦门大学", "李国强>厦门港", "李国强>集美学村"])
        XCTAssertEqual(visits("周明深入企业、乡村调研。", persons: ["周明"]), [])
    }

    func testAListIsNotExtendedPastAVerbOrIntoAClause() {
        XCTAssertEqual(visits("王小华先后到漳州、泉州调研。", persons: ["王小华"], places: ["漳州", "泉州"]),
                       ["王小华>泉州", "王小华>漳州"])
        // Not a 、 list: the text after the name is no part of it.
        XCTAssertEqual(visits("王小华访问美国并发表演讲。", persons: ["王小华"], places: ["美国", "并"]), ["王小华>美国"])
        XCTAssertEqual(visits("王小华视察华星公司、海丝报社作的讲话很重要。", persons: ["王小华"], orgs: ["华星公司", "海丝报社"]),
                       ["王小华>华星公司", "王小华>海丝报社"])
    }

    func testCountedTripsToUnnamedVillages() {
        XCTAssertEqual(visits("王小华在福建工作期间，三进龙潭、四上石岭坪，六年七下漳州。", persons: ["王小华"], places: ["福建", "漳州"]),
                       ["王小华>漳州", "王小华>石岭坪", "王小华>龙潭"])
        // 一下 is not a trip, and a numeral inside a word is no count.
        XCTAssertEqual(visits("王小华研究一下方案。", persons: ["王小华"]), [])
        XCTAssertEqual(visits("王小华说统一下游市场。", persons: ["王小华"]), [])
    }

    func testTripNounNamesItsDestination() {
        XCTAssertEqual(visits("王小华开启闽南五县调研行。", persons: ["王小华"], places: ["闽南", "五县"]), ["王小华>闽南"])
        // The entity layer no longer takes a count of counties (五县) for a place: it is stepped over.
        XCTAssertEqual(visits("王小华开启闽南五县调研行。", persons: ["王小华"], places: ["闽南"]), ["王小华>闽南"])
        XCTAssertEqual(visits("王小华的此次法国之行很成功。", persons: ["王小华"], places: ["法国"]), ["王小华>法国"])
    }

    func testArrivalCountsInASentenceAboutATrip() {
        XCTAssertEqual(visits("王小华开启闽南调研行，第一站就来到龙溪县。", persons: ["王小华"], places: ["闽南", "龙溪县"]),
                       ["王小华>闽南", "王小华>龙溪县"])
        XCTAssertEqual(visits("王小华随友好访问团来到了中国。", persons: ["王小华"], places: ["中国"]), ["王小华>中国"])
        // Arriving and inspecting on the spot (来到X、Y，实地察看) is a visit too.
        XCTAssertEqual(visits("王小华一行先后来到龙溪县、东湖区，实地察看项目建设。", persons: ["王小华"], places: ["龙溪县", "东湖区"]),
                       ["王小华>东湖区", "王小华>龙溪县"])
        // Without a trip word the arrival stays plain movement.
        XCTAssertEqual(visits("王小华来到了北京。", persons: ["王小华"], places: ["北京"]), [])
    }
}
