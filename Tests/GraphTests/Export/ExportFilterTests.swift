import XCTest
import Entities
@testable import Graph

final class ExportFilterTests: XCTestCase {
    func testIdentityFilterReturnsTheGraphUnchanged() {
        let g = ExportFixtures.sample
        XCTAssertEqual(ExportFilter().apply(to: g).nodes, g.nodes)
    }

    func testTypesAndRelationsReindexNodesAndKeepOnlyEdgesBetweenKeptNodes() {
        let g = ExportFilter(types: [.person, .place], relations: [.role]).apply(to: ExportFixtures.sample)
        XCTAssertEqual(g.nodes.map(\.name), ["林晓东", "周明远", "青川市"])
        XCTAssertEqual(g.nodes.map(\.id), [0, 1, 2])
        XCTAssertEqual(g.edges.count, 1)
        XCTAssertEqual(g.edges.first.map { [$0.source, $0.target] }, [0, 2])
        XCTAssertEqual(g.edges.first?.title, "市长")
    }

    func testTopKeepsHighestDegreeThenMostMentioned() {
        let g = ExportFilter(top: 2).apply(to: ExportFixtures.sample)
        // 林晓东 has degree 6; 周明远 has 2 (co_occurs + met), the rest 1.
        XCTAssertEqual(g.nodes.map(\.name), ["林晓东", "周明远"])
        XCTAssertEqual(g.edges.count, 2)
    }

    func testMinWeightAndDropIsolated() {
        let g = ExportFilter(minWeight: 3, dropIsolated: true).apply(to: ExportFixtures.wide(count: 12))
        XCTAssertTrue(g.edges.allSatisfy { $0.weight >= 3 })
        XCTAssertEqual(g.nodes.count, 8)  // ring edges 2→3, 5→6, 8→9, 11→0
    }
}
