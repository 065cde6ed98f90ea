import XCTest
@testable import Entities

final class ScalarOccurrenceIndexTests: XCTestCase {
    /// The index must answer exactly as the naive scan, for needles present, absent, at both ends and
    /// anchored on any of their scalars (bucket collisions included: scalars 4096 apart share a bucket).
    func testAgreesWithNaiveScan() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["中", "国", "市", "委", "厦", "门", "a", "\u{5E02}", "\u{6E02}", "\u{7E02}", "。"]
        let text = (0..<5000).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        let index = try XCTUnwrap(ScalarOccurrenceIndex(text))
        for length in 1...5 {
            for _ in 0..<300 {
                let needle = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
                XCTAssertEqual(index.occurs(needle), ScalarOccurrenceIndex.naiveOccurs(needle, in: text), "\(needle)")
            }
        }
        XCTAssertTrue(index.occurs(Array(text.prefix(7))))
        XCTAssertTrue(index.occurs(Array(text.suffix(7))))
        XCTAssertFalse(index.occurs([]))
        XCTAssertFalse(index.occurs(["厦", "门", "市", "委", "z"]))
    }

    func testShortTextsAreNotIndexed() {
        XCTAssertNil(ScalarOccurrenceIndex(Array("厦门市委".unicodeScalars)))
    }
}
