import XCTest
@testable import Entities

/// Specifications for building Strings from scalar ranges and for scalar sets: the fast paths must agree
/// with the standard library for every UTF-8 length.
final class ScalarStringTests: XCTestCase {
    func testEncodesEveryUTF8LengthAsTheStandardLibraryDoes() {
        let s = "aé中𠀀 厦门市委。z"
        let scalars = Array(s.unicodeScalars)
        XCTAssertEqual(ScalarString.make(scalars, 0..<scalars.count), s)
        for lo in 0..<scalars.count {
            for hi in lo...scalars.count {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: scalars[lo..<hi])
                XCTAssertEqual(ScalarString.make(scalars, lo..<hi), String(expected))
            }
        }
    }

    func testEmptyRangeIsTheEmptyString() {
        XCTAssertEqual(ScalarString.make(Array("中".unicodeScalars), 1..<1), "")
    }

    func testScalarSetMembership() {
        let set = ScalarSet("〇一二三𠀀")
        for s in "〇一二三𠀀".unicodeScalars { XCTAssertTrue(set.contains(s)) }
        for s in "四十中a𠀁".unicodeScalars { XCTAssertFalse(set.contains(s)) }
        let literal: ScalarSet = ["郎", "夫"]
        XCTAssertTrue(literal.contains("郎"))
        XCTAssertFalse(literal.contains("雄"))
    }
}
