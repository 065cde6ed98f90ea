import XCTest
import Entities
@testable import Graph

final class MeetingLinkerTests: XCTestCase {
    private func met(_ text: String, persons: [String], orgs: [String] = [], places: [String] = []) -> [String] {
        TestDoc.run(MeetingLinker(), TestDoc.make(text, persons: persons, orgs: orgs, places: places)).briefs(.met)
    }

    func testHostMeetsGuestAndIsTheSource() {
        XCTAssertEqual(met("李国强在厦门会见了来访的王小华一行。", persons: ["李国强", "王小华"], places: ["厦门"]),
                       ["李国强>王小华"])
    }

    func testOneHostMeetingTwoGuestsGivesTwoPairs() {
        XCTAssertEqual(met("李国强会见了王小华和陈明。", persons: ["李国强", "王小华", "陈明"]),
                       ["李国强>王小华", "李国强>陈明"])
    }

    func testListedHostsEachMeetTheGuest() {
        XCTAssertEqual(met("李国强、周明会见王小华。", persons: ["李国强", "周明", "王小华"]),
                       ["周明>王小华", "李国强>王小华"])
    }

    func testTalksBetweenTwoSidesNamedInTheSubject() {
        XCTAssertEqual(met("李国强与王小华举行会谈。", persons: ["李国强", "王小华"]), ["李国强>王小华"])
    }

    /// The reporter of a wire byline (…电（记者王某）) reports the talks; she is no party to them.
    func testBylineReporterIsNoPartyToTheTalks() {
        let text = "新华社北京11月20日电（记者周晓琳）国家主席李国强20日在人民大会堂同来访的巴西总统王小华举行会谈。"
        XCTAssertEqual(met(text, persons: ["周晓琳", "李国强", "王小华"], orgs: ["新华社"], places: ["北京", "巴西"]),
                       ["李国强>王小华"])
    }

    /// A list of titled hosts closed by 等 runs back over clauses that are only an office and a name
    /// (市委书记A，市委副书记、市长B等会见C): each meets the guest. Without 等 the earlier clause is a
    /// sentence part of its own.
    func testTitledHostsListedAcrossCommasEachMeetTheGuest() {
        XCTAssertEqual(met("市委书记李国强，市委副书记、市长周明等市领导会见了王小华一行。", persons: ["李国强", "周明", "王小华"]),
                       ["周明>王小华", "李国强>王小华"])
        XCTAssertEqual(met("市委书记李国强，市长周明会见了王小华一行。", persons: ["李国强", "周明", "王小华"]),
                       ["周明>王小华"])
        // An ASCII comma (as some papers set it) separates the items all the same.
        XCTAssertEqual(met("市委书记李国强,市委副书记、市长周明等市领导会见了王小华一行。", persons: ["李国强", "周明", "王小华"]),
                       ["周明>王小华", "李国强>王小华"])
    }

    /// A sentence that states one meeting with two verbs (会见…座谈) gives the pair once.
    func testOnePairPerSentenceWhateverVerbsStateIt() {
        let r = TestDoc.run(MeetingLinker(), TestDoc.make("李国强会见了王小华一行，双方进行了座谈。", persons: ["李国强", "王小华"]))
        XCTAssertEqual(r.filter { $0.type == .met }.count, 1)
    }

    /// A clause opening on 与 takes the earlier clause's subject (A访问华盛顿，与B举行会晤: A met B); a
    /// clause with a subject of its own keeps it.
    func testClauseOpeningOnYuTakesTheEarlierSubject() {
        XCTAssertEqual(met("李国强访问华盛顿，与王小华举行会晤。", persons: ["李国强", "王小华"], places: ["华盛顿"]),
                       ["李国强>王小华"])
        XCTAssertEqual(met("李国强访问华盛顿，周明与王小华举行会晤。", persons: ["李国强", "周明", "王小华"], places: ["华盛顿"]),
                       ["周明>王小华"])
    }

    func testNamedDelegationHeadCounts() {
        XCTAssertEqual(met("李国强会见了以王小华为团长的代表团。", persons: ["李国强", "王小华"]), ["李国强>王小华"])
    }

    func testThoseAttendingMeetTheGuestButNotTheirOwnSide() {
        XCTAssertEqual(met("李国强会见了王小华，副市长赵强参加会见。", persons: ["李国强", "王小华", "赵强"]),
                       ["李国强>王小华", "赵强>王小华"])
    }

    func testAttendingWithoutANamedGuestGivesNothing() {
        XCTAssertEqual(met("赵强参加会见。", persons: ["赵强"]), [])
    }

    func testScheduledMeetingsCountWishesDoNot() {
        XCTAssertEqual(met("李国强将于下周会见王小华。", persons: ["李国强", "王小华"]), ["李国强>王小华"])
        XCTAssertEqual(met("李国强表示，希望尽早与王小华会晤。", persons: ["李国强", "王小华"]), [])
    }

    func testPronounPartiesDoNotCount() {
        XCTAssertEqual(met("李国强会见了他们。", persons: ["李国强"]), [])
    }

    func testMeetingAGroupThatNamesNoPersonIsMetGroup() {
        let d = TestDoc.make("李国强会见了美国国会代表团。", persons: ["李国强"], orgs: ["美国国会代表团"])
        XCTAssertEqual(TestDoc.run(MeetingLinker(), d).briefs(.metGroup), ["李国强>美国国会代表团"])
    }

    func testMeetingCarriesTheDateOfItsSentenceOrParagraph() {
        let d = TestDoc.make("11月8日，李国强会见了王小华。双方还会见了陈明。", persons: ["李国强", "王小华", "陈明"])
        XCTAssertEqual(TestDoc.run(MeetingLinker(), d).briefs(.met), ["李国强>王小华@11月8日"])
        let dated = TestDoc.make("泉州网2023年11月9日讯 昨天，李国强会见了王小华。", persons: ["李国强", "王小华"])
        XCTAssertEqual(TestDoc.run(MeetingLinker(), dated).briefs(.met), ["李国强>王小华@2023-11-08"])
    }

    func testMeetingWordsInsideOtherWordsAreNotMeetings() {
        XCTAssertEqual(met("李国强出席见面会，王小华主持。", persons: ["李国强", "王小华"]), [])
    }

    func testAttendanceInTheNextSentencesRefersToTheMeetingJustReported() {
        XCTAssertEqual(met("李国强会见了王小华。\n\n副市长赵强参加会见。", persons: ["李国强", "王小华", "赵强"]),
                       ["李国强>王小华", "赵强>王小华"])
    }

    func testPassiveReceptionNamesTheHostAfterShouDao() {
        XCTAssertEqual(met("王小华受到李国强的亲切接见。", persons: ["王小华", "李国强"]), ["李国强>王小华"])
        XCTAssertEqual(met("王小华、李国强会见。", persons: ["王小华", "李国强"]), [])
    }

    func testAnInvitationAcceptedIsNotAWish() {
        XCTAssertEqual(met("王小华应李国强邀请会见了陈明。", persons: ["王小华", "李国强", "陈明"]),
                       ["王小华>陈明"])
    }
}
