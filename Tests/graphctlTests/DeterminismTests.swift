import Foundation
import XCTest

/// The same input gives byte-identical output whatever the run and the number of worker threads:
/// extract records, graph.json and every export format.
final class DeterminismTests: CLITestCase {
    func testExtractIsIdenticalAcrossRunsAndJobCounts() throws {
        let one = try run(["extract", "--jsonl", "--full", "-j", "1"])
        let two = try run(["extract", "--jsonl", "--full", "-j", "2"])
        let again = try run(["extract", "--jsonl", "--full", "-j", "2"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertFalse(one.stdout.isEmpty)
        XCTAssertEqual(one.stdout, two.stdout)
        XCTAssertEqual(two.stdout, again.stdout)
    }

    func testGraphAndEveryExportAreIdenticalForOneAndTwoJobs() throws {
        for j in ["1", "2"] {
            let r = try run(["build", "-q", "-j", j, "-o", "graph-\(j).json"])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let g1 = try Data(contentsOf: dir.appendingPathComponent("graph-1.json"))
        let g2 = try Data(contentsOf: dir.appendingPathComponent("graph-2.json"))
        XCTAssertGreaterThan(g1.count, 1000)
        XCTAssertEqual(g1, g2, "graph.json differs between -j 1 and -j 2")
        for format in ["--graphml", "--dot", "--jsonld", "--gexf"] {
            let a = try run(["export", format, "--graph", "graph-1.json"])
            let b = try run(["export", format, "--graph", "graph-2.json"])
            XCTAssertEqual(a.status, 0, a.stderr)
            XCTAssertFalse(a.stdout.isEmpty, format)
            XCTAssertEqual(a.stdout, b.stdout, "\(format) differs")
        }
        for j in ["1", "2"] {
            XCTAssertEqual(try run(["export", "--neo4j", "neo-\(j)", "--graph", "graph-\(j).json"]).status, 0)
        }
        for name in ["nodes.csv", "relationships.csv"] {
            XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("neo-1/\(name)")),
                           try Data(contentsOf: dir.appendingPathComponent("neo-2/\(name)")), name)
        }
    }
}
