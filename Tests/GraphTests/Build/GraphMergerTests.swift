import XCTest
import Entities
@testable import Graph

final class GraphMergerTests: XCTestCase {
    private var parts: (KnowledgeGraph, KnowledgeGraph, KnowledgeGraph) {
        let r = GraphFixtures.news + GraphFixtures.homonyms
        return (GraphFixtures.build([r[0], r[3], r[6]]), GraphFixtures.build([r[1], r[4], r[7]]),
                GraphFixtures.build([r[2], r[5], r[8]]))
    }

    func testMergeIsAssociativeAndCommutativeByteForByte() {
        let (a, b, c) = parts
        let left = GraphMerger.merge([a, GraphMerger.merge([b, c])])
        let right = GraphMerger.merge([GraphMerger.merge([a, b]), c])
        let swapped = GraphMerger.merge([c, GraphMerger.merge([a, b])])
        let flat = GraphMerger.merge([b, c, a])
        XCTAssertEqual(GraphStore.encoded(left), GraphStore.encoded(right))
        XCTAssertEqual(GraphStore.encoded(left), GraphStore.encoded(swapped))
        XCTAssertEqual(GraphStore.encoded(left), GraphStore.encoded(flat))
    }

    func testMergeOfNewsBatchesEqualsBuildingThemTogether() {
        let news = GraphFixtures.news
        let together = GraphFixtures.build(news)
        let merged = GraphMerger.merge([GraphFixtures.build([news[2]]), GraphFixtures.build([news[0], news[1]])])
        XCTAssertEqual(merged, together)
    }

    func testMergeWithItselfKeepsEvidenceAndWeights() {
        let g = GraphFixtures.build(GraphFixtures.news)
        let twice = GraphMerger.merge([g, g])
        XCTAssertEqual(twice.edges, g.edges, "evidence is a set: merging a graph with itself changes no edge")
        XCTAssertEqual(GraphMerger.merge([g]), g)
        XCTAssertEqual(GraphMerger.merge([]), KnowledgeGraph())
    }

    func testMeetingOrientationSurvivesMerging() {
        let e1 = GraphFixtures.evidence("m1.txt", 0, "甲某会见乙某。", rule: "met:huijian")
        let e2 = GraphFixtures.evidence("m2.txt", 0, "乙某会见甲某。", rule: "met:huijian")
        func doc(_ id: String, _ host: String, _ guest: String, _ ev: Evidence) -> DocumentRecord {
            DocumentRecord(id: id, entities: [GraphFixtures.person(host), GraphFixtures.person(guest)],
                           relations: [GraphFixtures.met(host, guest, ev)])
        }
        let a = GraphFixtures.build([doc("m2.txt", "乙某", "甲某", e2)])
        let b = GraphFixtures.build([doc("m1.txt", "甲某", "乙某", e1)])
        let merged = GraphMerger.merge([a, b])
        XCTAssertEqual(GraphFixtures.edges(merged, .met).map { "\($0.0)→\($0.1)" }, ["甲某→乙某"])
        XCTAssertEqual(merged.edges[0].weight, 2)
        XCTAssertEqual(GraphStore.encoded(merged), GraphStore.encoded(GraphMerger.merge([b, a])))
    }
}
