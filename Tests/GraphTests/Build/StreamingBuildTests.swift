import Entities
import XCTest
@testable import Graph

/// `GraphBuilder` folds each record in as it comes and holds persons under per-document keys until
/// homonyms are resolved: these specify that the final graph is what whole-corpus building would give.
final class StreamingBuildTests: XCTestCase {
    private typealias F = GraphFixtures

    /// 李刚 as 书记 of `org`, co-occurring with 厦门 and meeting 王小明 in sentence 0 of document `id`.
    private func liGang(_ id: String, org: String) -> DocumentRecord {
        let s = "\(org)书记李刚在厦门会见了王小明。"
        return DocumentRecord(
            id: id, sentences: 1, characters: s.unicodeScalars.count,
            entities: [F.person("李刚", aliases: ["李刚书记"]), F.person("王小明"),
                       EntityRecord(canonical: "厦门", type: .place), EntityRecord(canonical: org, type: .organisation)],
            relations: [F.role("李刚", "书记", org, F.evidence(id, 0, s, rule: "role:org-title-name")),
                        F.cooccurs("李刚", .person, "厦门", .place, F.evidence(id, 0, s, rule: "co_occurs:sentence")),
                        F.met("李刚", "王小明", F.evidence(id, 0, s, rule: "met:huijian"))])
    }

    func testOnePersonAcrossDocumentsHasOneNodeAndMergedEdges() throws {
        let g = F.build([liGang("b.txt", org: "泉州市委"), liGang("a.txt", org: "泉州市委")])
        let li = g.nodes.filter { $0.name.hasPrefix("李刚") }
        XCTAssertEqual(li.map(\.name), ["李刚"])
        XCTAssertEqual(li[0].aliases, ["李刚书记"], "a name that is not split is not its own alias")
        XCTAssertEqual(li[0].documents, ["a.txt", "b.txt"])
        XCTAssertEqual(li[0].mentions, 2)
        let co = F.edges(g, .coOccurs).filter { $0.0 == "李刚" || $0.1 == "李刚" }
        XCTAssertEqual(co.count, 1)
        XCTAssertEqual(co.first?.2.weight, 2)
        let met = F.edges(g, .met)
        XCTAssertEqual(met.map { "\($0.0)→\($0.1)" }, ["李刚→王小明"])
        XCTAssertEqual(met.first?.2.evidence.map(\.document), ["a.txt", "b.txt"])
    }

    func testSplitPersonsKeepTheirOwnEdgesAndTheBareNameAsAlias() throws {
        let g = F.build([liGang("b.txt", org: "厦门市委"), liGang("a.txt", org: "泉州市委")])
        let li = g.nodes.filter { $0.name.hasPrefix("李刚") }
        XCTAssertEqual(li.map(\.name), ["李刚（厦门市委）", "李刚（泉州市委）"])
        XCTAssertEqual(li.map(\.aliases), [["李刚", "李刚书记"], ["李刚", "李刚书记"]])
        let met = F.edges(g, .met).map { "\($0.0)→\($0.1) \($0.2.evidence.map(\.document))" }
        XCTAssertEqual(met.sorted(), ["李刚（厦门市委）→王小明 [\"b.txt\"]", "李刚（泉州市委）→王小明 [\"a.txt\"]"])
        let co = F.edges(g, .coOccurs).filter { $0.0.hasPrefix("李刚") || $0.1.hasPrefix("李刚") }
        XCTAssertEqual(co.count, 2)
    }

    func testSplitDoesNotDependOnInsertionOrder() {
        let records = [liGang("c.txt", org: "泉州市委"), liGang("a.txt", org: "厦门市委"), liGang("b.txt", org: "泉州市委")]
            + F.homonyms
        let reference = GraphStore.encoded(F.build(records))
        XCTAssertEqual(GraphStore.encoded(F.build(records.reversed())), reference)
        XCTAssertEqual(GraphStore.encoded(F.build(Array(records[3...] + records[..<3]))), reference)
    }

    func testBuildLeavesTheBuilderEmpty() {
        var b = GraphBuilder()
        for r in F.news { b.add(r) }
        XCTAssertFalse(b.build().nodes.isEmpty)
        XCTAssertEqual(b.build(), KnowledgeGraph(nodes: [], edges: [], documents: []))
    }
}
