import Foundation
import XCTest
import Entities
@testable import Graph

final class Neo4jCSVWriterTests: XCTestCase {
    func testQuotingFollowsRFC4180() {
        XCTAssertEqual(Neo4jCSVWriter.quoted("a\"b,c"), "\"a\"\"b,c\"")
        XCTAssertEqual(Neo4jCSVWriter.arrayElement("甲;乙"), "甲；乙")
    }

    func testWritesBothFilesWithHeadersAndOneRowPerValidEdge() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("neo4j-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = ExportFixtures.hostile
        try Neo4jCSVWriter().write(graph, toDirectory: dir)
        let nodes = try String(contentsOf: dir.appendingPathComponent("nodes.csv"), encoding: .utf8)
        let rels = try String(contentsOf: dir.appendingPathComponent("relationships.csv"), encoding: .utf8)
        XCTAssertTrue(nodes.hasPrefix(Neo4jCSVWriter.nodesHeader + "\r\n"))
        XCTAssertTrue(rels.hasPrefix(Neo4jCSVWriter.relationshipsHeader + "\r\n"))
        XCTAssertEqual(nodes.components(separatedBy: "\r\n").count - 2, graph.nodes.count)
        // One edge points at node 999 and is skipped.
        XCTAssertEqual(rels.components(separatedBy: "\r\n").count - 2, graph.edges.count - 1)
        XCTAssertTrue(nodes.contains("\"别名；一;别名\"\"二\"\"\""))
        XCTAssertTrue(nodes.contains("\"Entity;Organisation\""))
        XCTAssertTrue(rels.contains("\"MET_GROUP\",3.0,"))
        XCTAssertFalse(rels.contains("\n第二行"), "evidence is single-line")
    }
}
