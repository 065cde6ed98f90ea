import XCTest
@testable import Entities

/// A bare mission noun (总领事馆) refers back to the one mission whose head the document introduces with
/// the whole chain (甲国驻乙市总领事): an organisation named after that chain. Two such missions, another
/// owner written before the noun, or no chain at all leave the noun unnamed.
final class DiplomaticMissionNounsTests: XCTestCase {
    private func missions(_ text: String) -> [(text: String, canonical: String)] {
        RecogniserTestSupport.mentions(text).filter { $0.type == .organisation }.map { ($0.text, $0.canonical) }
    }

    func testBareNounIsTheMissionOfTheHeadIntroduced() {
        let found = missions("市长会见了来访的新加坡驻厦门总领事陈某一行。陈某表示，将把总领事馆的桥梁作用发挥好。")
        XCTAssertEqual(found.map(\.text), ["总领事馆"])
        XCTAssertEqual(found.map(\.canonical), ["新加坡驻厦门总领事馆"])
        let embassy = missions("副省长会见了法国驻华大使罗某。罗某说，大使馆愿意推动双方合作。")
        XCTAssertEqual(embassy.map(\.canonical), ["法国驻华大使馆"])
    }

    func testTwoMissionsOrAnotherOwnerLeaveTheNounUnnamed() {
        XCTAssertEqual(missions("新加坡驻厦门总领事陈某和泰国驻厦门总领事林某出席。总领事馆的代表也到场。").map(\.text), [])
        XCTAssertFalse(missions("新加坡驻厦门总领事陈某出席。美国总领事馆的代表也到场。")
            .contains { $0.canonical == "新加坡驻厦门总领事馆" })
        XCTAssertEqual(missions("总领事馆的工作人员接待了来访者。").map(\.text), [])
    }
}
