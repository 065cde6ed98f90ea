import XCTest
import Entities
@testable import Graph

final class GraphMLWriterTests: XCTestCase {
    func testHostileGraphParsesBackWithEveryNameUnchanged() throws {
        let graph = ExportFixtures.hostile
        let xml = try render(GraphMLWriter(), graph)
        XCTAssertTrue(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        let (doc, ok, error) = XMLReadBack.parse(xml)
        XCTAssertTrue(ok, error)
        let labels = doc.data.filter { $0.key == "label" }.map(\.text)
        XCTAssertEqual(labels, graph.nodes.map(\.name))
    }

    func testKeyIdsEqualAttrNamesExceptTheEdgeLabel() throws {
        let (doc, _, _) = XMLReadBack.parse(try render(GraphMLWriter(), ExportFixtures.sample))
        for key in doc.elements.filter({ $0.name == "key" }) {
            let id = key.attributes["id"] ?? "", name = key.attributes["attr.name"] ?? ""
            XCTAssertTrue(id == name || (id == "edgelabel" && name == "label"), "key \(id) named \(name)")
            XCTAssertNotEqual(key.attributes["for"], "all")
        }
    }

    func testTwoRolesInOneBodyBecomeOneEdgeWithBothTitles() throws {
        let xml = try render(GraphMLWriter(), ExportFixtures.hostile)
        let (doc, _, _) = XMLReadBack.parse(xml)
        let titles = doc.data.filter { $0.key == "title" }.map(\.text)
        XCTAssertTrue(titles.contains("党委书记、董事长") || titles.contains("董事长、党委书记"), "\(titles)")
    }

    func testUndirectedRelationsAreWrittenOnceAndMarkedInData() throws {
        let xml = try render(GraphMLWriter(), ExportFixtures.hostile)
        let (doc, _, _) = XMLReadBack.parse(xml)
        let relations = doc.data.filter { $0.key == "relation" }.map(\.text)
        XCTAssertEqual(relations.filter { $0 == "met" }.count, 1)
        XCTAssertTrue(xml.contains("edgedefault=\"directed\""))
        XCTAssertFalse(xml.contains("<edge directed="))
    }

    func testWeightsArePositiveAndEvidenceIsCapped() throws {
        let (doc, _, _) = XMLReadBack.parse(try render(GraphMLWriter(), ExportFixtures.hostile))
        for w in doc.data.filter({ $0.key == "weight" }) {
            let v = try XCTUnwrap(Double(w.text))
            XCTAssertTrue(v > 0 && v.isFinite, w.text)
        }
        let capped = doc.data.filter { $0.key == "evidence" }.map(\.text).first { $0.contains("(+3 more)") }
        XCTAssertNotNil(capped)
        XCTAssertEqual(capped?.split(separator: "\n").count, 6)
    }

    func testOutputIsDeterministic() throws {
        XCTAssertEqual(try render(GraphMLWriter(), ExportFixtures.hostile), try render(GraphMLWriter(), ExportFixtures.hostile))
    }
}
