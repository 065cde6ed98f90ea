import XCTest
@testable import Graph

/// The cue table answers leftmost-longest and never misses a cue because of its first-scalar filter;
/// the date scanner's prefilter admits every scalar a date can start with.
final class CueTableTests: XCTestCase {
    private let table = CueTable<Int>([("会见", 1), ("会", 2), ("参加会见", 3), ("见面", 4), ("", 9)])

    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func testLongestCueWinsAtAPosition() {
        let s = scalars("参加会见")
        XCTAssertEqual(table.match(at: 0, in: s, end: s.count)?.meaning, 3)
        XCTAssertEqual(table.match(at: 2, in: s, end: s.count)?.meaning, 1)
        XCTAssertNil(table.match(at: 1, in: s, end: s.count))
    }

    func testEndLimitsTheCue() {
        let s = scalars("会见面")
        // Up to 2 only the one-scalar 会 fits.
        XCTAssertEqual(table.match(at: 0, in: s, end: 1)?.meaning, 2)
        XCTAssertNil(table.match(at: 0, in: s, end: 0))
        XCTAssertNil(table.match(at: -1, in: s, end: 3))
    }

    func testHitsAreLeftmostLongestAndNonOverlapping() {
        let s = scalars("他会见面参加会见了")
        let hits = table.hits(in: s, range: 0..<s.count)
        XCTAssertEqual(hits.map(\.range), [1..<3, 4..<8])
        XCTAssertEqual(hits.map(\.meaning), [1, 3])
        XCTAssertEqual(table.lastHit(in: s, range: 0..<s.count)?.range, 4..<8)
        XCTAssertFalse(table.occurs(in: s, range: 3..<4))
        XCTAssertTrue(table.occurs(in: s, range: 2..<4))
    }

    func testScalarsSharingFilterBitsDoNotMatch() {
        // 会 is U+4F1A; U+4F1A + 1024 shares its filter bit but starts no cue.
        let alias = Unicode.Scalar(0x4F1A + 1024)!
        let s: [Unicode.Scalar] = [alias, "见"]
        XCTAssertNil(table.match(at: 0, in: s, end: 2))
        XCTAssertTrue(table.hits(in: s, range: 0..<2).isEmpty)
    }

    func testEmptyCueIsIgnored() {
        XCTAssertEqual(table.firstScalars, scalars("会参见").sorted { $0.value < $1.value })
    }

    func testDatePrefilterAdmitsEveryNumeralAndRelativeWord() {
        for c in DateExpression.relativeWords.firstScalars {
            XCTAssertTrue(DateExpression.starts.contains(c), "\(c)")
        }
        for v in UInt32(0)..<0x10000 {
            guard let c = Unicode.Scalar(v) else { continue }
            if ClauseScalars.digit(c) != nil || ClauseScalars.chineseDigit(c) != nil {
                XCTAssertTrue(DateExpression.starts.contains(c), "\(c)")
            }
        }
    }
}
