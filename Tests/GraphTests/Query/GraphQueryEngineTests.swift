import XCTest
import Entities
@testable import Graph

final class GraphQueryEngineTests: XCTestCase {
    /// A stand-in for the CLI's traditional → simplified conversion.
    private static func simplify(_ s: String) -> String {
        let map: [Unicode.Scalar: Unicode.Scalar] = ["張": "张", "豐": "丰", "華": "华", "門": "门"]
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s.unicodeScalars.map { map[$0] ?? $0 })
        return String(v)
    }

    private let engine = GraphQueryEngine(graph: GraphFixtures.build(GraphFixtures.news + GraphFixtures.homonyms),
                                          normaliseName: GraphQueryEngineTests.simplify)

    private func column(_ r: QueryResult, _ name: String) -> [String] {
        guard let i = r.columns.firstIndex(of: name) else { return [] }
        return r.rows.map { $0[i] }
    }

    func testResolvesExactAliasTraditionalAndPrefix() throws {
        let name = { (id: Int) in self.engine.graph.nodes[id].name }
        XCTAssertEqual(name(try engine.resolve("王小明")), "王小明")
        XCTAssertEqual(name(try engine.resolve("王小明同志")), "王小明", "alias")
        XCTAssertEqual(name(try engine.resolve("張三丰")), "张三丰", "traditional spelling through normaliseName")
        XCTAssertEqual(name(try engine.resolve("数字丝路")), "数字丝路计划", "unique prefix")
        XCTAssertEqual(name(try engine.resolve("丝路")), "数字丝路计划", "unique substring")
    }

    func testAmbiguousNameListsCandidates() {
        XCTAssertThrowsError(try engine.resolve("李刚")) { error in
            XCTAssertEqual(error as? QueryError, .ambiguous("李刚", candidates: ["李刚（厦门市委） (person)", "李刚（泉州市委） (person)"]))
        }
        XCTAssertEqual(engine.graph.nodes[(try? engine.resolve("厦门")) ?? 0].name, "厦门",
                       "an exact name wins over the names it prefixes (厦门大学, 厦门市委)")
    }

    func testUnknownNameSuggestsNearestNames() {
        XCTAssertThrowsError(try engine.roles(name: "王小名")) { error in
            guard case let .unknown(name, suggestions) = error as? QueryError else { return XCTFail("\(error)") }
            XCTAssertEqual(name, "王小名")
            XCTAssertEqual(suggestions.first, "王小明")
            XCTAssertLessThanOrEqual(suggestions.count, 5)
        }
    }

    func testMeetingsOfAPersonInDateOrderWithHost() throws {
        let r = try engine.met(name: "王小明")
        XCTAssertEqual(column(r, "date"), ["2023-11-08", "2023-11-09"])
        XCTAssertEqual(column(r, "host"), ["张三丰", "王小明"])
        XCTAssertEqual(column(r, "guest"), ["王小明", "李大华"])
        XCTAssertEqual(column(r, "evidence"), ["a.txt:0", "b.txt:0"])
        XCTAssertEqual(r.rows.count, r.edges.count)
    }

    func testMeetingsFilteredByDates() throws {
        XCTAssertEqual(column(try engine.met(since: "2023-11-09"), "host"), ["王小明"])
        XCTAssertEqual(column(try engine.met(until: "2023-11-08"), "host"), ["张三丰"])
        XCTAssertEqual(column(try engine.met(since: "2023-11", until: "2023-11"), "host"), ["张三丰", "王小明"])
        XCTAssertEqual(try engine.met(since: "2024-01-01").rows, [])
    }

    func testRolesOfAPersonIncludeTitlesWithoutOrganisation() throws {
        let r = try engine.roles(name: "张三丰")
        XCTAssertEqual(r.rows.map { "\($0[1])@\($0[2])" }, ["主任@", "书记@泉州市委"])
    }

    func testRolesOfAnOrganisationListItsOfficeHolders() throws {
        XCTAssertEqual(column(try engine.roles(name: "泉州市委"), "person"), ["张三丰", "李刚（泉州市委）", "陈明"])
    }

    func testHoldersOfATitle() throws {
        XCTAssertEqual(column(try engine.holders(title: "书记", org: "泉州市委"), "person"), ["张三丰", "李刚（泉州市委）", "陈明"])
        XCTAssertEqual(column(try engine.holders(title: "书记"), "organisation").sorted(), ["厦门市委", "泉州市委", "泉州市委", "泉州市委"])
        XCTAssertEqual(column(try engine.holders(title: "主任"), "person"), ["张三丰"])
    }

    func testNeighboursNearestAndHeaviestFirst() throws {
        let one = try engine.neighbours(name: "厦门")
        XCTAssertEqual(column(one, "name"), ["数字丝路计划", "李大华", "王小明"])
        XCTAssertEqual(column(one, "weight"), ["2", "1", "1"])
        let two = try engine.neighbours(name: "厦门", type: .person, depth: 2)
        XCTAssertEqual(column(two, "name"), ["李大华", "王小明", "张三丰"])
        XCTAssertEqual(column(two, "distance"), ["1", "1", "2"])
        let meetings = try engine.neighbours(name: "王小明", relation: .met)
        XCTAssertEqual(column(meetings, "name"), ["张三丰", "李大华"])
    }

    func testShortestPathWithEvidence() throws {
        let r = try engine.path(from: "张三丰", to: "数字丝路计划")
        XCTAssertEqual(r.rows.map { "\($0[0])-\($0[1])-\($0[2])" },
                       ["张三丰-met-王小明", "王小明-co_occurs-厦门", "厦门-co_occurs-数字丝路计划"])
        XCTAssertEqual(r.hops.count, 3)
        XCTAssertEqual(r.hops[0].evidence?.document, "a.txt")
        XCTAssertEqual(try engine.path(from: "张三丰", to: "厦门市委").rows, [], "not connected")
    }

    func testTopByDegreeMentionsAndBetweenness() {
        XCTAssertEqual(engine.top(by: .degree, n: 1).rows, [["1", "王小明", "person", "3"]])
        XCTAssertEqual(column(engine.top(type: .place, by: .mentions, n: 5), "name"), ["厦门"])
        // 王小明 joins 张三丰's side (4 nodes) to 李大华, 厦门 and the programme side (4): 16 pairs.
        let b = engine.top(by: .betweenness, n: 4)
        XCTAssertEqual(column(b, "name"), ["王小明", "张三丰", "泉州市委", "厦门"])
        XCTAssertEqual(column(b, "betweenness"), ["16.0", "15.0", "13.0", "12.0"])
    }

    func testTimelineInDateOrder() throws {
        let r = try engine.timeline(name: "王小明")
        XCTAssertEqual(column(r, "date"), ["2023-11-08", "2023-11-09", "2023-11-09"])
        XCTAssertEqual(column(r, "with"), ["张三丰", "李大华", "厦门"])
    }

    func testProgrammesWithPlacesAndOrganisations() throws {
        XCTAssertEqual(try engine.programmes().rows, [["数字丝路计划", "厦门", "place", "2"],
                                                      ["数字丝路计划", "厦门大学", "organisation", "1"]])
        XCTAssertEqual(try engine.programmes(place: "厦門").rows.count, 1)
    }

    func testDateOrderPutsISODatesFirst() {
        let dates = ["11月8日", "2023-11-08", "2023", "10月9日", "8日", "2022-12"]
        XCTAssertEqual(dates.sorted(by: DateOrder.precedes), ["2022-12", "2023", "2023-11-08", "8日", "10月9日", "11月8日"])
        XCTAssertEqual(DateOrder.earliest("11月8日", "2024-01-01"), "2024-01-01")
        XCTAssertEqual(DateOrder.earliest(nil, "5月1日"), "5月1日")
    }
}
