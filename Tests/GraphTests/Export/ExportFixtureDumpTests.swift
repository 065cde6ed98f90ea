import Foundation
import XCTest
import Entities
@testable import Graph

/// Writes every format of the fixture graphs into `$GRAPHCTL_EXPORT_DIR/<graph>/` for
/// `scripts/check-exports.sh`, which runs the real consumers (xmllint, networkx, igraph, dot, pyld,
/// rdflib, Python csv) on them. Skipped when the variable is unset.
final class ExportFixtureDumpTests: XCTestCase {
    func testWritesEveryFormatOfTheFixturesForTheExternalCheckers() throws {
        guard let dir = ProcessInfo.processInfo.environment["GRAPHCTL_EXPORT_DIR"], !dir.isEmpty else {
            throw XCTSkip("GRAPHCTL_EXPORT_DIR not set")
        }
        let root = URL(fileURLWithPath: dir, isDirectory: true)
        let graphs: [(String, KnowledgeGraph)] = [
            ("hostile", ExportFixtures.hostile), ("sample", ExportFixtures.sample), ("wide", ExportFixtures.wide()),
        ]
        for (name, graph) in graphs {
            let out = root.appendingPathComponent(name, isDirectory: true)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try write(GraphMLWriter(), graph, to: out.appendingPathComponent("x.graphml"))
            try write(DOTWriter(), graph, to: out.appendingPathComponent("x.dot"))
            try write(JSONLDWriter(), graph, to: out.appendingPathComponent("x.jsonld"))
            try write(GEXFWriter(), graph, to: out.appendingPathComponent("x.gexf"))
            try Neo4jCSVWriter().write(graph, toDirectory: out)
            let validEdges = graph.edges.filter { graph.nodes.indices.contains($0.source) && graph.nodes.indices.contains($0.target) }
            try AtomicFileWriter(destination: out.appendingPathComponent("counts.txt"))
                .write("nodes \(graph.nodes.count)\nrelationships \(validEdges.count)\n")
            try AtomicFileWriter(destination: out.appendingPathComponent("expect-labels.txt"))
                .write(graph.nodes.map(\.name).joined(separator: "\n") + "\n")
        }
    }

    private func write<E: GraphExporter>(_ exporter: E, _ graph: KnowledgeGraph, to url: URL) throws {
        try AtomicFileWriter(destination: url).write { sink in try exporter.write(graph, to: &sink) }
    }
}
