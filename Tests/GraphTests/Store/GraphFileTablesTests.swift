import XCTest
import Entities
@testable import Graph

/// The string and sentence tables of graph.json: numbering rows in several tables and absorbing them
/// in order must give what one table numbering every row in order gives (the parallel save relies on it).
final class GraphFileTablesTests: XCTestCase {
    private let edges = GraphFixtures.build(GraphFixtures.copies(GraphFixtures.news + GraphFixtures.homonyms, 3)).edges

    /// Every number of `numbers` (titles and dates, then sentences and rules) as the file's table has it.
    private func resolved(_ numbers: EdgeNumbers, _ r: Renumbering) -> [Int] {
        numbers.titleAndDate.map { r.string($0) }
            + numbers.sentenceAndRule.enumerated().map { $0.offset % 2 == 0 ? r.sentence($0.element) : r.string($0.element) }
    }

    private func plain(_ numbers: EdgeNumbers) -> [Int] {
        (numbers.titleAndDate + numbers.sentenceAndRule).map(Int.init)
    }

    func testTablesNumberedApartAndAbsorbedInOrderMatchOneTable() {
        XCTAssertGreaterThan(edges.count, 6)
        // Entries from before the edges (documents, nodes) come first in the file's table.
        var whole = GraphFileTables()
        _ = whole.intern("泉州市委")
        var file = whole
        let cut = [0, 2, edges.count / 2, edges.count]
        var numbered: [Int] = [], wholeNumbered: [Int] = []
        for k in 0..<3 {
            wholeNumbered += plain(whole.number(edges, cut[k]..<cut[k + 1]))
            var local = GraphFileTables()
            let numbers = local.number(edges, cut[k]..<cut[k + 1])
            numbered += resolved(numbers, file.absorb(local))
        }
        XCTAssertEqual(file.strings, whole.strings)
        XCTAssertEqual(file.sentenceKeys, whole.sentenceKeys)
        XCTAssertEqual(file.sentenceTexts, whole.sentenceTexts)
        XCTAssertEqual(numbered, wholeNumbered)
        XCTAssertLessThan(file.sentenceTexts.count, edges.reduce(0) { $0 + $1.evidence.count },
                          "a sentence cited by several edges is stored once")
    }

    func testOneSentencePositionWithTwoTextsKeepsBothAcrossTables() {
        // Inconsistent input: two texts at the same document, sentence and offsets.
        let one = GraphFixtures.evidence("x.txt", 0, "甲会见了乙。", rule: "met:huijian")
        var other = one
        other.text = "丙会见了丁。"
        let edges = [Edge(source: 0, target: 1, relation: .met, weight: 1, evidence: [one]),
                     Edge(source: 2, target: 3, relation: .met, weight: 1, evidence: [other]),
                     Edge(source: 0, target: 2, relation: .coOccurs, weight: 1, evidence: [one, other])]
        var whole = GraphFileTables()
        XCTAssertEqual(plain(whole.number(edges, 0..<3)), [-1, -1, -1, -1, -1, -1, 0, 1, 1, 1, 0, 1, 1, 1])
        var file = GraphFileTables(), left = GraphFileTables(), right = GraphFileTables()
        let l = left.number(edges, 0..<1), r = right.number(edges, 1..<3)
        let numbered = resolved(l, file.absorb(left)) + resolved(r, file.absorb(right))
        XCTAssertEqual(file.sentenceTexts, ["甲会见了乙。", "丙会见了丁。"])
        XCTAssertEqual(numbered, [-1, -1, 0, 1, -1, -1, -1, -1, 1, 1, 0, 1, 1, 1])
    }
}
