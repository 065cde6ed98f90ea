import XCTest
import Entities
@testable import Graph

final class GraphBuilderTests: XCTestCase {
    func testNodesAreSortedByTypeThenNameAndIdsAreIndices() {
        let g = GraphFixtures.build(GraphFixtures.news)
        XCTAssertEqual(g.nodes.map(\.id), Array(g.nodes.indices))
        let keys = g.nodes.map { ($0.type, $0.name) }
        XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { a, b in a.0 < b.0 || (a.0 == b.0 && a.1 < b.1) })
        XCTAssertEqual(g.nodes.filter { $0.type == .person }.map(\.name), ["张三丰", "李大华", "王小明"])
        XCTAssertEqual(g.documents.map(\.id), ["a.txt", "b.txt", "c.txt"])
    }

    func testAliasesMentionsAndDocumentsAreMergedAcrossDocuments() throws {
        let g = GraphFixtures.build(GraphFixtures.news)
        let wang = try XCTUnwrap(GraphFixtures.node(g, "王小明"))
        XCTAssertEqual(wang.mentions, 2)
        XCTAssertEqual(wang.documents, ["a.txt", "b.txt"])
        XCTAssertEqual(wang.aliases, ["王小明同志"])
        let zhang = try XCTUnwrap(GraphFixtures.node(g, "张三丰"))
        XCTAssertEqual(zhang.traditionalAliases, ["張三豐"], "traditional forms are kept apart")
        XCTAssertEqual(zhang.aliases, [])
        XCTAssertEqual(GraphFixtures.node(g, "厦门")?.mentions, 3)
        XCTAssertEqual(GraphFixtures.node(g, "厦门")?.attributes, ["level": "city"])
    }

    func testRoleWithoutOrganisationBecomesATitle() throws {
        let g = GraphFixtures.build(GraphFixtures.news)
        let zhang = try XCTUnwrap(GraphFixtures.node(g, "张三丰"))
        XCTAssertEqual(zhang.titles, ["主任"])
        let roles = GraphFixtures.edges(g, .role)
        XCTAssertEqual(roles.map { "\($0.0)→\($0.1):\($0.2.title ?? "")" }, ["张三丰→泉州市委:书记"])
    }

    func testCoOccurrenceIsUndirectedAndWeightedBySentences() throws {
        let g = GraphFixtures.build(GraphFixtures.news)
        let co = GraphFixtures.edges(g, .coOccurs)
        for (_, _, e) in co { XCTAssertLessThan(e.source, e.target) }
        let programme = try XCTUnwrap(co.first { $0.0 == "厦门" && $0.1 == "数字丝路计划" })
        XCTAssertEqual(programme.2.weight, 2, "two sentences, stated in both directions, make one edge of weight 2")
        XCTAssertEqual(programme.2.evidence.map(\.sentence), [0, 1])
        XCTAssertEqual(programme.2.date, "11月10日", "an edge without its own date takes its document's")
    }

    func testMeetingKeepsHostFromEarliestEvidence() throws {
        let g = GraphFixtures.build(GraphFixtures.news)
        let met = GraphFixtures.edges(g, .met).map { "\($0.0)→\($0.1)" }
        XCTAssertEqual(met.sorted(), ["张三丰→王小明", "王小明→李大华"])
        let first = try XCTUnwrap(GraphFixtures.edges(g, .met).first { $0.0 == "张三丰" })
        XCTAssertEqual(first.2.date, "2023-11-08")
        XCTAssertEqual(first.2.weight, 1)
    }

    func testEvidenceIsDeduplicatedAndDateIsEarliest() throws {
        let ev = GraphFixtures.evidence("x.txt", 0, "甲乙会见。", rule: "met:huijian")
        let later = GraphFixtures.evidence("x.txt", 3, "甲乙再次会见。", rule: "met:huijian")
        let r = DocumentRecord(id: "x.txt", entities: [GraphFixtures.person("甲某"), GraphFixtures.person("乙某")],
                               relations: [GraphFixtures.met("甲某", "乙某", later, date: "2023-05-02"),
                                           GraphFixtures.met("甲某", "乙某", ev, date: "2023-05-01"),
                                           GraphFixtures.met("乙某", "甲某", ev, date: "5月1日")])
        let g = GraphFixtures.build([r, r])
        XCTAssertEqual(g.edges.count, 1)
        XCTAssertEqual(g.edges[0].evidence.map(\.sentence), [0, 3])
        XCTAssertEqual(g.edges[0].weight, 2)
        XCTAssertEqual(g.edges[0].date, "2023-05-01", "ISO dates sort before dates without a year")
    }

    func testResultDoesNotDependOnInsertionOrder() {
        let records = GraphFixtures.news + GraphFixtures.homonyms
        let forward = GraphFixtures.build(records)
        let backward = GraphFixtures.build(records.reversed())
        let shuffled = GraphFixtures.build([records[4], records[0], records[8], records[2], records[6], records[1],
                                            records[7], records[3], records[5]])
        XCTAssertEqual(forward, backward)
        XCTAssertEqual(GraphStore.encoded(forward), GraphStore.encoded(shuffled))
    }

    func testResultDoesNotDependOnThreadCount() {
        let records = GraphFixtures.copies(GraphFixtures.news + GraphFixtures.homonyms, 4)
        func build(threads: Int) -> KnowledgeGraph {
            var b = GraphBuilder()
            b.threads = threads
            b.minimumShare = 1
            for r in records { b.add(r) }
            return b.build()
        }
        let one = build(threads: 1)
        XCTAssertTrue(one.edges.contains { $0.evidence.count == 4 }, "evidence from every copy")
        XCTAssertEqual(build(threads: 2), one)
        XCTAssertEqual(build(threads: 5), one)
        XCTAssertEqual(build(threads: one.edges.count), one, "one edge per thread")
    }

    func testHomonymsWithConflictingOfficesAreKeptApart() throws {
        let g = GraphFixtures.build(GraphFixtures.homonyms)
        let li = g.nodes.filter { $0.name.hasPrefix("李刚") }
        XCTAssertEqual(li.map(\.name), ["李刚（厦门市委）", "李刚（泉州市委）"])
        let quanzhou = try XCTUnwrap(li.last)
        XCTAssertEqual(quanzhou.documents, ["d1.txt", "d3.txt"], "a document with no office joins the earliest person")
        XCTAssertEqual(quanzhou.aliases, ["李刚"], "the bare name stays findable as an alias")
        let roles = GraphFixtures.edges(g, .role).filter { $0.0.hasPrefix("李刚") }.map { "\($0.0)→\($0.1)" }
        XCTAssertEqual(roles.sorted(), ["李刚（厦门市委）→厦门市委", "李刚（泉州市委）→泉州市委"])
    }

    func testHomonymsWithConsistentOrMissingOfficesAreMerged() throws {
        let g = GraphFixtures.build(GraphFixtures.homonyms)
        let chen = try XCTUnwrap(GraphFixtures.node(g, "陈明"))
        XCTAssertEqual(chen.documents, ["d4.txt", "d5.txt", "d6.txt"])
        XCTAssertEqual(chen.mentions, 3)
        XCTAssertEqual(GraphFixtures.edges(g, .role).filter { $0.0 == "陈明" }.first?.2.weight, 2)
    }

    func testDifferentTitlesOrKindsDoNotConflict() {
        let offices1: Set<HomonymResolver.Office> = [.init(title: "书记", organisation: "泉州市委")]
        XCTAssertFalse(HomonymResolver.conflict(offices1, [.init(title: "市长", organisation: "厦门市政府")]))
        XCTAssertFalse(HomonymResolver.conflict(offices1, [.init(title: "书记", organisation: "华侨大学")]))
        XCTAssertTrue(HomonymResolver.conflict(offices1, [.init(title: "书记", organisation: "厦门市委")]))
    }
}
