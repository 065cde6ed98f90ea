import XCTest
@testable import Graph

/// The byte writers behind `extract --jsonl` must write exactly what the String helpers write.
final class JSONTextTests: XCTestCase {
    private func appended(_ x: Double) -> String {
        var o: [UInt8] = []
        JSONText.appendNumber(x, to: &o)
        return String(decoding: o, as: UTF8.self)
    }

    func testAppendNumberWritesWhatNumberWrites() {
        let values: [Double] = [0, 1, 0.9, 0.875, 0.05, 0.001, 0.0004, 0.9996, 0.1 + 0.2, 2.5, 12.3456, 999_999.999,
                                -0.5, -0.0001, 1e12, .infinity, .nan]
        for x in values { XCTAssertEqual(appended(x), JSONText.number(x), "\(x)") }
        for k in 0...3000 {
            let x = Double(k) / 997
            XCTAssertEqual(appended(x), JSONText.number(x), "\(x)")
        }
    }

    func testAppendNumberDropsTrailingZeros() {
        XCTAssertEqual(appended(0.5), "0.5")
        XCTAssertEqual(appended(0.75), "0.75")
        XCTAssertEqual(appended(3), "3")
    }
}
