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
        let found = missions("市长会见了马来西亚驻昆明总领事陈某。陈某表示，总领事馆愿意做好桥梁。")
        XCTAssertEqual(found.map(\.text), ["总领事馆"])
        XCTAssertEqual(found.map(\.canonical), ["马来西亚驻昆明总领事馆"])
        let embassy = missions("副省长会见了法国驻华大使罗某。罗某说，大使馆愿意推动双方合作。")
        XCTAssertEqual(embassy.map(\.canonical), ["法国驻华大使馆"])
    }

    func testTwoMissionsOrAnotherOwnerLeaveTheNounUnnamed() {
        XCTAssertEqual(missions("马来西亚驻昆明总领事陈某和泰国驻昆明总领事林某出席。总领事馆的代表也到场。").map(\.text), [])
        XCTAssertFalse(missions("马来西亚驻昆明总领事陈某出席。美国总领事馆的代表也到场。")
            .contains { $0.canonical == "马来西亚驻昆明总领事馆" })
        XCTAssertEqual(missions("总领事馆的工作人员接待了来访者。").map(\.text), [])
    }
}
