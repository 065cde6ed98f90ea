import XCTest
import Entities
@testable import Graph

final class GEXFWriterTests: XCTestCase {
    func testHostileGraphParsesBackWithLabelsUnchanged() throws {
        let graph = ExportFixtures.hostile
        let (doc, ok, error) = XMLReadBack.parse(try render(GEXFWriter(), graph))
        XCTAssertTrue(ok, error)
        let labels = doc.elements.filter { $0.name == "node" }.compactMap { $0.attributes["label"] }
        XCTAssertEqual(labels, graph.nodes.map(\.name))
    }

    func testDynamicModeAndEdgeTimesOnlyForFullISODates() throws {
        let hostile = try render(GEXFWriter(), ExportFixtures.hostile)
        XCTAssertTrue(hostile.contains("mode=\"dynamic\" timeformat=\"date\""))
        XCTAssertTrue(hostile.contains("start=\"2022-01-01\" end=\"2022-01-01\""), "met_group is an event")
        XCTAssertFalse(hostile.contains("start=\"2023-11\""))
        let undated = try render(GEXFWriter(), ExportFixtures.wide(count: 5))
        XCTAssertTrue(undated.contains("mode=\"static\""))
    }

    func testEdgesCarryKindAndUndirectedType() throws {
        let (doc, _, _) = XMLReadBack.parse(try render(GEXFWriter(), ExportFixtures.sample))
        let edges = doc.elements.filter { $0.name == "edge" }
        XCTAssertEqual(Set(edges.compactMap { $0.attributes["kind"] }), ["co_occurs", "met", "role", "visited"])
        XCTAssertTrue(edges.filter { $0.attributes["kind"] == "met" }.allSatisfy { $0.attributes["type"] == "undirected" })
    }

    func testOutputIsDeterministic() throws {
        XCTAssertEqual(try render(GEXFWriter(), ExportFixtures.hostile), try render(GEXFWriter(), ExportFixtures.hostile))
    }
}
