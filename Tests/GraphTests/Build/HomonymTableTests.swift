import XCTest
import Entities
@testable import Graph

/// The corpus-wide homonym table that makes the merge of batch graphs exact when a name splits.
final class HomonymTableTests: XCTestCase {
    /// 李刚 holds conflicting offices in d1 and d2: a batch holding only one of them cannot know the name splits.
    private var batches: ([DocumentRecord], [DocumentRecord]) {
        let h = GraphFixtures.homonyms
        return ([h[0], h[2], h[3]], [h[1], h[4], h[5]])
    }

    func testTableListsEachDocumentsLabel() {
        let table = GraphFixtures.homonymTable(GraphFixtures.homonyms)
        XCTAssertEqual(table.labels, ["d1.txt": ["李刚": "李刚（泉州市委）"], "d2.txt": ["李刚": "李刚（厦门市委）"],
                                      "d3.txt": ["李刚": "李刚（泉州市委）"]])
    }

    /// The light collector `build --homonym-table` uses resolves exactly as the graph builder does.
    func testCollectorAgreesWithTheGraphBuilder() {
        let all = GraphFixtures.news + GraphFixtures.homonyms
        var collector = HomonymTableBuilder()
        for r in all.reversed() { collector.add(r) }
        XCTAssertEqual(collector.table(), GraphFixtures.homonymTable(all))
        XCTAssertFalse(collector.table().labels.isEmpty)
    }

    func testBatchesMergeIntoTheWholeBuildOnlyWithTheTable() {
        let whole = GraphFixtures.build(GraphFixtures.homonyms)
        let (a, b) = batches
        let plain = GraphMerger.merge([GraphFixtures.build(a), GraphFixtures.build(b)])
        XCTAssertNotEqual(GraphStore.encoded(plain), GraphStore.encoded(whole),
                          "without the table each batch keeps 李刚 whole (the limitation the table removes)")
        let table = GraphFixtures.homonymTable(GraphFixtures.homonyms)
        let exact = GraphMerger.merge([GraphFixtures.build(a, homonymTable: table),
                                       GraphFixtures.build(b, homonymTable: table)])
        XCTAssertEqual(GraphStore.encoded(exact), GraphStore.encoded(whole))
    }

    func testTableBuildOfTheWholeCorpusEqualsThePlainBuild() {
        let all = GraphFixtures.news + GraphFixtures.homonyms
        let table = GraphFixtures.homonymTable(all)
        XCTAssertEqual(GraphStore.encoded(GraphFixtures.build(all, homonymTable: table)),
                       GraphStore.encoded(GraphFixtures.build(all)))
    }

    func testJSONRoundTripAndErrors() throws {
        let table = GraphFixtures.homonymTable(GraphFixtures.homonyms)
        let data = table.jsonData()
        XCTAssertEqual(try HomonymTable(jsonData: data), table)
        XCTAssertEqual(data, HomonymTable(labels: table.labels).jsonData(), "the same table gives the same bytes")
        XCTAssertThrowsError(try HomonymTable(jsonData: Data("[]".utf8)))
        XCTAssertThrowsError(try HomonymTable(jsonData: Data(#"{"format":"graphctl.graph","version":1,"labels":{}}"#.utf8)))
        XCTAssertThrowsError(try HomonymTable(jsonData: Data(#"{"format":"graphctl.homonyms","version":99,"labels":{}}"#.utf8)))
    }
}
