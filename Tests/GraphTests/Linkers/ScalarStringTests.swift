import XCTest
@testable import Graph

/// `ScalarString.make` must spell a slice exactly as building it scalar by scalar does: evidence
/// texts are compared byte for byte downstream.
final class ScalarStringTests: XCTestCase {
    private func slow(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }

    func testEveryUTF8LengthRoundTrips() {
        let text = Array("a\u{7F}é\u{7FF}中文\u{FFFD}\u{10000}😀，。 Z\r\n".unicodeScalars)
        XCTAssertEqual(Array(ScalarString.make(text[...]).utf8), Array(slow(text[...]).utf8))
        XCTAssertEqual(ScalarString.make(text[2..<6]), "é\u{7FF}中文")
    }

    func testEmptySliceIsEmptyString() {
        let text = Array("习近平".unicodeScalars)
        XCTAssertEqual(ScalarString.make(text[1..<1]), "")
    }

    func testDecomposedTextKeepsItsBytes() {
        // e + combining acute: canonically equal to é but not the same bytes, and must stay so.
        let text = Array("e\u{301}".unicodeScalars)
        XCTAssertEqual(Array(ScalarString.make(text[...]).utf8), [0x65, 0xCC, 0x81])
    }
}
