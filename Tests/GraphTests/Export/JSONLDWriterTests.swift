import Foundation
import XCTest
import Entities
@testable import Graph

final class JSONLDWriterTests: XCTestCase {
    private func parse(_ graph: KnowledgeGraph) throws -> (context: [String: Any], items: [[String: Any]]) {
        let text = try render(JSONLDWriter(), graph)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return (try XCTUnwrap(root["@context"] as? [String: Any]), try XCTUnwrap(root["@graph"] as? [[String: Any]]))
    }

    func testHostileGraphIsValidJSONWithEveryNameUnchanged() throws {
        let (_, items) = try parse(ExportFixtures.hostile)
        let names = Set(items.compactMap { $0["name"] as? String })
        for node in ExportFixtures.hostile.nodes { XCTAssertTrue(names.contains(node.name), node.name) }
    }

    func testEveryItemIsTypedAndEveryKeyIsDefinedInTheContext() throws {
        let (context, items) = try parse(ExportFixtures.hostile)
        func check(_ object: [String: Any]) {
            XCTAssertNotNil(object["@type"], "\(object)")
            for (key, value) in object where !key.hasPrefix("@") {
                XCTAssertNotNil(context[key], "undefined term \(key)")
                for nested in (value as? [Any] ?? [value]).compactMap({ $0 as? [String: Any] }) where nested["@value"] == nil {
                    check(nested)
                }
            }
        }
        items.forEach(check)
    }

    func testEveryReferencedArticleIsDescribedAndIRIsAreAbsolute() throws {
        let (_, items) = try parse(ExportFixtures.hostile)
        let described = Set(items.compactMap { $0["@id"] as? String })
        for item in items {
            for iri in (item["subjectOf"] as? [String] ?? []) + (item["wasDerivedFrom"] as? [String] ?? []) {
                XCTAssertTrue(described.contains(iri), iri)
                XCTAssertTrue(iri.hasPrefix("https://graphctl.example/article/"), iri)
            }
        }
        XCTAssertTrue(described.contains("https://graphctl.example/article/%2E%2E"), "'..' must not become a dot segment")
    }

    func testDatesAreTypedOnlyWhenTheyAreFullISODates() throws {
        let (_, items) = try parse(ExportFixtures.hostile)
        let roles = items.filter { $0["@type"] as? String == "OrganizationRole" }
        XCTAssertTrue(roles.contains { $0["startDate"] as? String == "2023-11-08" })
        XCTAssertTrue(roles.contains { $0["dateText"] as? String == "11月8日" })
        let events = items.filter { $0["@type"] as? String == "Event" }
        XCTAssertTrue(events.contains { $0["dateText"] as? String == "2023-02-30" }, "not a real date")
        XCTAssertTrue(events.contains { $0["startDate"] as? String == "2024-02-29" })
    }

    func testGovernmentBodiesAndProgrammesGetTheirSchemaTypes() throws {
        let (_, items) = try parse(ExportFixtures.sample)
        let byName = Dictionary(items.compactMap { i in (i["name"] as? String).map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byName["青川市委"]?["@type"] as? String, "GovernmentOrganization")
        XCTAssertEqual(byName["东湖科技园"]?["@type"] as? String, "Organization")
        XCTAssertEqual(byName["三年行动计划"]?["@type"] as? String, "Project")
        let alternates = try XCTUnwrap(byName["林晓东"]?["alternateName"] as? [Any])
        XCTAssertTrue(alternates.contains { ($0 as? [String: String])?["@language"] == "zh-Hant" })
    }

    func testOutputIsDeterministic() throws {
        XCTAssertEqual(try render(JSONLDWriter(), ExportFixtures.hostile), try render(JSONLDWriter(), ExportFixtures.hostile))
    }
}
