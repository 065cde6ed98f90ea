import XCTest
import Entities
@testable import Graph

final class DOTWriterTests: XCTestCase {
    func testEscapesBackslashesQuotesAndNewlines() {
        XCTAssertEqual(DOTEscaper.quoted("C:\\new"), "\"C:\\\\new\"")
        XCTAssertEqual(DOTEscaper.quoted("他说\"你好\""), "\"他说\\\"你好\\\"\"")
        XCTAssertEqual(DOTEscaper.quoted("a\r\nb\nc"), "\"a\\nb\\nc\"")
        XCTAssertEqual(DOTEscaper.quoted("a\u{7}b"), "\"ab\"")
    }

    func testQuotesEveryIdAndSetsTheCJKFontEverywhere() throws {
        let dot = try render(DOTWriter(), ExportFixtures.hostile)
        XCTAssertTrue(dot.hasPrefix("digraph \"graphctl\" {"))
        for scope in ["graph [", "node [", "edge ["] {
            let line = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("  \(scope)") })
            XCTAssertTrue(line.contains("fontname=\"Noto Sans CJK SC\""), String(line))
        }
        XCTAssertTrue(dot.contains("\"organisation-"))
        XCTAssertTrue(dot.contains("label=\"C:\\\\new\""))
        XCTAssertTrue(dot.contains("label=\"node\""))
    }

    func testUndirectedRelationsHaveNoArrowAndRolesShowTheirTitle() throws {
        let dot = try render(DOTWriter(), ExportFixtures.sample)
        XCTAssertTrue(dot.contains("[label=\"met\", dir=\"none\""))
        XCTAssertTrue(dot.contains("[label=\"市委书记\", penwidth"))
    }

    func testLayoutSwitchesToSfdpForBigGraphsAndTopCutsThemDown() throws {
        XCTAssertTrue(try render(DOTWriter(), ExportFixtures.wide()).contains("layout=\"sfdp\", overlap=\"prism\", splines=\"line\""))
        let small = try render(DOTWriter(options: DOTOptions(top: 10)), ExportFixtures.wide())
        XCTAssertTrue(small.contains("layout=\"dot\""))
        // 9 people + the hub place, plus one legend node per type present.
        XCTAssertEqual(small.components(separatedBy: "shape=\"ellipse\"").count - 1, 9 + 1)
        XCTAssertEqual(small.components(separatedBy: "shape=\"house\"").count - 1, 1 + 1)
        XCTAssertTrue(small.contains("label=\"中心广场\""), "the hub has the highest degree")
    }

    func testOutputIsDeterministic() throws {
        XCTAssertEqual(try render(DOTWriter(), ExportFixtures.hostile), try render(DOTWriter(), ExportFixtures.hostile))
    }
}
