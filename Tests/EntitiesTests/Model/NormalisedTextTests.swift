import XCTest
@testable import Entities

final class NormalisedTextTests: XCTestCase {
    func testIdentityMapsRangesOneToOne() {
        let t = NormalisedText(identity: Array("泉州市委书记".unicodeScalars))
        XCTAssertEqual(t.originalRange(2..<4), 2..<4)
        XCTAssertEqual(t.string(0..<3), "泉州市")
    }
}
