import XCTest
@testable import Graph

final class TableRendererTests: XCTestCase {
    private let result = QueryResult(columns: ["name", "type"], rows: [["王小明", "person"], ["Bob\tB", "place"]])

    func testTableAlignsCountingChineseAsTwoColumns() {
        XCTAssertEqual(TableRenderer(format: .table).render(result), """
        name    type
        王小明  person
        Bob B   place

        """)
    }

    func testJSONIsAnArrayOfObjectsInColumnOrder() {
        XCTAssertEqual(TableRenderer(format: .json).render(result),
                       "[\n{\"name\":\"王小明\",\"type\":\"person\"},\n{\"name\":\"Bob\\tB\",\"type\":\"place\"}\n]\n")
        XCTAssertEqual(TableRenderer(format: .json).render(QueryResult(columns: ["a"])), "[]\n")
    }

    func testTSVReplacesTabsInsideCells() {
        XCTAssertEqual(TableRenderer(format: .tsv).render(result), "name\ttype\n王小明\tperson\nBob B\tplace\n")
    }

    func testDisplayWidth() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("泉州市委"), 8)
        XCTAssertEqual(DisplayWidth.of("（ＡＢ）"), 8, "fullwidth forms")
        XCTAssertEqual(DisplayWidth.of("é"), 1, "combining accent takes no column")
    }
}
