import XCTest
import Entities
@testable import Graph

final class GraphStoreTests: XCTestCase {
    private func temporaryFile() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("graphstore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir.appendingPathComponent("graph.json")
    }

    private func load(_ text: String, path: String = "g.json") -> Result<KnowledgeGraph, Error> {
        Result { try GraphStore.load(data: Array(text.utf8), path: path) }
    }

    private func message(_ text: String) -> String {
        if case .failure(let e) = load(text) { return "\(e)" }
        return "loaded"
    }

    func testSaveAndLoadRoundTripThroughAFile() throws {
        var g = GraphFixtures.build(GraphFixtures.news + GraphFixtures.homonyms)
        g.edges[0].weight = 2.5
        g.edges[0].rank = 3
        g.nodes[0].attributes["note"] = "含\"引号\"与\\反斜杠\n和换行"
        let url = try temporaryFile()
        try GraphStore.save(g, to: url)
        XCTAssertEqual(try GraphStore.load(from: url), g)
    }

    func testFileIsDeterministicAndHeaderComesFirst() {
        let g = GraphFixtures.build(GraphFixtures.news)
        let text = GraphStore.encoded(g)
        XCTAssertTrue(text.hasPrefix(#"{"format":"graphctl.graph","version":1,"#), text)
        XCTAssertEqual(text, GraphStore.encoded(try XCTUnwrap(try? load(text).get())))
    }

    func testSentenceTextIsStoredOnce() {
        let g = GraphFixtures.build(GraphFixtures.news)
        let text = GraphStore.encoded(g)
        let sentence = "王小明与李大华在厦门举行会谈。"
        XCTAssertEqual(text.components(separatedBy: sentence).count - 1, 1, "three edges cite it, the file holds it once")
    }

    func testFileIsTheSameBytesForAnyThreadCount() {
        let g = GraphFixtures.build(GraphFixtures.copies(GraphFixtures.news + GraphFixtures.homonyms, 5))
        func encoded(threads: Int) -> [UInt8] {
            var encoder = GraphFileEncoder()
            var bytes: [UInt8] = []
            encoder.encode(g, threads: threads, minimumShare: 1) { bytes += $0 }
            return bytes
        }
        let one = encoded(threads: 1)
        XCTAssertEqual(encoded(threads: 2), one)
        XCTAssertEqual(encoded(threads: 3), one)
        XCTAssertEqual(encoded(threads: g.edges.count), one, "one edge per thread")
        XCTAssertEqual(try load(String(decoding: encoded(threads: 3), as: UTF8.self)).get(), g)
    }

    func testEmptyGraphRoundTrips() throws {
        XCTAssertEqual(try load(GraphStore.encoded(KnowledgeGraph())).get(), KnowledgeGraph())
    }

    func testNewerVersionIsNamed() {
        XCTAssertEqual(message(#"{"format":"graphctl.graph","version":7,"strings":[{"new":"layout"}]}"#),
                       "g.json: written by a newer graphctl (format version 7; this one reads 1)")
    }

    func testTruncatedFileIsReportedAsTruncated() {
        let text = GraphStore.encoded(GraphFixtures.build(GraphFixtures.news))
        for cut in [text.utf8.count / 3, text.utf8.count / 2, text.utf8.count - 3] {
            let bytes = Array(text.utf8.prefix(cut))
            XCTAssertThrowsError(try GraphStore.load(data: bytes, path: "cut.json")) { error in
                let m = "\(error)"
                XCTAssertTrue(m.hasPrefix("cut.json: truncated"), m)
                XCTAssertFalse(m.contains("\n"))
            }
        }
    }

    func testMalformedFilesGiveOneLineErrors() {
        XCTAssertEqual(message(""), "g.json: empty file (not a graphctl graph)")
        XCTAssertEqual(message("[1,2]"), "g.json: malformed JSON at byte 0: expected '{' (a graphctl graph is a JSON object), found '['")
        XCTAssertEqual(message(#"{"format":"graphml"}"#), "g.json: not a graphctl graph (format \"graphml\")")
        XCTAssertEqual(message(#"{"version":1}"#), "g.json: not a graphctl graph (no \"format\": \"graphctl.graph\" first)")
        XCTAssertEqual(message(#"{"format":"graphctl.graph","version":1,"strings":["a"],"nodes":[[0,0,[],[],[],1,[],[]] x]}"#),
                       "g.json: malformed JSON at byte 87: expected ',' or ']', found 'x'")
        XCTAssertEqual(message(#"{"format":"graphctl.graph","version":1,"strings":["person"],"nodes":[[0,5,[],[],[],1,[],[]]]}"#),
                       "g.json: string index 5 out of range in nodes[0]")
        XCTAssertEqual(message(#"{"format":"graphctl.graph","version":1,"strings":["person"],"edges":[[0,1,0,-1,-1,-1,1,[]]]}"#),
                       "g.json: edges[0] refers to a node that does not exist")
        XCTAssertEqual(message(#"{"format":"graphctl.graph","version":1,"strings":["alien"],"nodes":[[0,0,[],[],[],1,[],[]]]}"#),
                       "g.json: unknown entity type \"alien\" in nodes[0]")
    }

    func testUnknownKeysAreSkippedAndEscapesDecoded() throws {
        let text = #"{"format":"graphctl.graph","version":1,"future":{"a":[true,false,null,1.5e3]},"strings":["person","\u738b\u5c0f\u660e","\ud83d\ude00"],"nodes":[[0,1,[2],[],[],4,[],[]]]}"#
        let g = try load(text).get()
        XCTAssertEqual(g.nodes.map(\.name), ["王小明"])
        XCTAssertEqual(g.nodes[0].aliases, ["😀"])
        XCTAssertEqual(g.nodes[0].mentions, 4)
    }

    func testMissingFileIsAOneLineError() {
        XCTAssertThrowsError(try GraphStore.load(from: URL(fileURLWithPath: "/nonexistent/graph.json"))) { error in
            XCTAssertEqual("\(error)", "/nonexistent/graph.json: no such file")
        }
    }
}
