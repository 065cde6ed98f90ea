import XCTest
@testable import Entities

final class AhoCorasickAutomatonTests: XCTestCase {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func testFindsOverlappingAndNestedPatterns() {
        let patterns = ["泉州", "泉州市", "州市", "市委", "泉州市委", "书记"]
        let a = AhoCorasickAutomaton(patterns: patterns.map(scalars))
        let found = Set(a.matches(in: scalars("泉州市委书记张毅恭")).map { "\(patterns[$0.pattern])@\($0.start)" })
        XCTAssertEqual(found, ["泉州@0", "泉州市@0", "州市@1", "市委@2", "泉州市委@0", "书记@4"])
    }

    func testAgreesWithNaiveSearchOnRandomText() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("甲乙丙丁戊ab".unicodeScalars)
        let patterns = (0..<60).map { _ in (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! } }
        let a = AhoCorasickAutomaton(patterns: patterns)
        for _ in 0..<50 {
            let text = (0..<80).map { _ in alphabet.randomElement(using: &rng)! }
            var expected = Set<[Int]>()
            for (pi, p) in patterns.enumerated() where patterns.firstIndex(of: p) == pi {
                guard p.count <= text.count else { continue }
                for s in 0...(text.count - p.count) where Array(text[s..<s + p.count]) == p {
                    expected.insert([s, s + p.count, pi])
                }
            }
            let got = Set(a.matches(in: text).map { [$0.start, $0.end, $0.pattern] })
            XCTAssertEqual(got, expected)
        }
    }

    func testUnknownScalarsAndAstralPlanesResetTheSearch() {
        let a = AhoCorasickAutomaton(patterns: [scalars("习近平"), scalars("😀x")])
        XCTAssertEqual(a.matches(in: scalars("习近😀x习近平")).map { $0.start }, [2, 4])
        XCTAssertEqual(a.exactMatch(scalars("习近平"), 0..<3), 0)
        XCTAssertNil(a.exactMatch(scalars("习近"), 0..<2))
    }

    func testDuplicatePatternsReportTheFirstIndexAndEmptyOnesAreIgnored() {
        let a = AhoCorasickAutomaton(patterns: [scalars("厦门"), [], scalars("厦门")])
        XCTAssertEqual(a.matches(in: scalars("厦门")).map { $0.pattern }, [0])
        XCTAssertEqual(a.patternCount, 2)
    }
}
