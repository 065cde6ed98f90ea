import XCTest
@testable import Entities

/// Specifications for the lexicon's allocation-free lookups that the recognisers use per character:
/// they must answer what the entries say, kind by kind.
final class LexiconLookupTests: XCTestCase {
    static let lexicon = Lexicon(entries: [
        LexiconEntry(surface: "中", kind: .place),
        LexiconEntry(surface: "中", kind: .stop),
        LexiconEntry(surface: "高峰", kind: .stop, attributes: ["namelike": ""]),
        LexiconEntry(surface: "高峰", kind: .word),
        LexiconEntry(surface: "市长", kind: .title),
        LexiconEntry(surface: "欧阳", kind: .surname, attributes: ["rank": "120"]),
        LexiconEntry(surface: "司马", kind: .surname, attributes: ["rank": "300"]),
        LexiconEntry(surface: "王", kind: .surname, attributes: ["rank": "1"]),
    ])

    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// The suffix tables answer what each suffix entry says: its strength (1 when unstated) and whether it
    /// closes a name only after a name of its own (`named`); other kinds never need a name.
    func testSuffixStrengthAndNeedForAName() {
        let l = Lexicon(entries: [
            LexiconEntry(surface: "党", kind: .orgSuffix, attributes: ["strength": "1", "named": ""]),
            LexiconEntry(surface: "大学", kind: .orgSuffix, attributes: ["strength": "3"]),
            LexiconEntry(surface: "局", kind: .orgSuffix),
            LexiconEntry(surface: "党", kind: .stop, attributes: ["named": ""]),
        ])
        XCTAssertEqual((0..<4).map { l.strength(ofEntry: $0) }, [1, 3, 1, 1])
        XCTAssertEqual((0..<4).map { l.needsName(suffixEntry: $0) }, [true, false, false, false])
    }

    func testEntryKindsFollowTheEntries() {
        let l = LexiconLookupTests.lexicon
        XCTAssertEqual(l.entryKinds, l.entries.map(\.kind))
    }

    func testFirstEntryOfAKindAmongAMatchsEntries() {
        let l = LexiconLookupTests.lexicon
        let t = scalars("高峰市长")
        let matches = l.matches(in: t, range: 0..<t.count)
        let gaofeng = matches.first { $0.start == 0 && $0.end == 2 }
        XCTAssertEqual(gaofeng.flatMap { l.firstEntry(.word, among: $0.entries) }.map { l.entries[$0].kind }, .word)
        XCTAssertNil(gaofeng.flatMap { l.firstEntry(.title, among: $0.entries) })
        let title = matches.first { $0.start == 2 }
        XCTAssertEqual(title.flatMap { l.firstEntry(.title, among: $0.entries) }.map { l.entries[$0].surface }, "市长")
    }

    func testExactEntriesOfOneKind() {
        let l = LexiconLookupTests.lexicon
        let t = scalars("高峰中")
        XCTAssertEqual(l.exact(.stop, t, 0..<2).map(\.surface), ["高峰"])
        XCTAssertTrue(l.exact(.stop, t, 0..<2)[0].has("namelike"))
        XCTAssertEqual(l.exact(.place, t, 2..<3).count, 1)
        XCTAssertTrue(l.exact(.title, t, 0..<2).isEmpty)
        XCTAssertTrue(l.exact(.stop, t, 0..<3).isEmpty)
    }

    func testCompoundSurnamesByTheirTwoScalars() {
        let l = LexiconLookupTests.lexicon
        XCTAssertEqual(l.compoundSurnameRank("欧", "阳"), 120)
        XCTAssertEqual(l.compoundSurnameRank("司", "马"), 300)
        XCTAssertEqual(l.compoundSurnameRank("欧", "洲"), 0)
        XCTAssertEqual(l.compoundSurnameRank("王", "阳"), 0)
        XCTAssertEqual(l.surnameRank("王"), 1)
    }
}
