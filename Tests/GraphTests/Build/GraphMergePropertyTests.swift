import XCTest
import Entities
@testable import Graph

/// Merge and build laws checked on many random batches of small random documents.
final class GraphMergePropertyTests: XCTestCase {
    private struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    private func randomRecord(_ id: String, _ rng: inout Random) -> DocumentRecord {
        let persons = ["王小明", "李大华", "张三丰", "赵四", "钱五"], orgs = ["泉州市委", "厦门大学", "福建省政府"]
        let places = ["厦门", "泉州"], dates = [nil, "2023-11-08", "2023-11", "11月8日", "2022-01-02"]
        var entities: [String: EntityRecord] = [:]
        var relations: [Relation] = []
        for k in 0..<(1 + rng.next(5)) {
            let a = persons[rng.next(persons.count)]
            let text = "第\(k)句，\(a)出席活动。"
            let ev = Evidence(document: id, sentence: k, start: k * 20, end: k * 20 + 10, text: text, rule: "r\(rng.next(2))")
            entities[a, default: EntityRecord(canonical: a, type: .person, mentions: 0)].mentions += 1
            if rng.next(3) == 0 { entities[a]?.aliases.append(a + "同志") }
            switch rng.next(4) {
            case 0:
                let b = persons[rng.next(persons.count)]
                guard b != a else { continue }
                entities[b] = entities[b] ?? EntityRecord(canonical: b, type: .person)
                relations.append(Relation(type: .met, source: a, sourceType: .person, target: b, targetType: .person,
                                          date: dates[rng.next(dates.count)], evidence: ev))
            case 1:
                let o = orgs[rng.next(orgs.count)]
                entities[o] = EntityRecord(canonical: o, type: .organisation, attributes: ["gov": "\(rng.next(2))"])
                relations.append(Relation(type: .role, source: a, sourceType: .person, target: o, targetType: .organisation,
                                          title: ["书记", "校长"][rng.next(2)], rank: rng.next(3), evidence: ev))
            case 2:
                let p = places[rng.next(places.count)]
                entities[p] = EntityRecord(canonical: p, type: .place)
                relations.append(Relation(type: .coOccurs, source: p, sourceType: .place, target: a, targetType: .person,
                                          date: dates[rng.next(dates.count)], evidence: ev))
            default:
                relations.append(Relation(type: .role, source: a, sourceType: .person, target: "", targetType: nil,
                                          title: "主任", evidence: ev))
            }
        }
        return DocumentRecord(id: id, date: dates[rng.next(dates.count)], sentences: 5, characters: 60,
                              entities: entities.keys.sorted().compactMap { entities[$0] }, relations: relations)
    }

    func testMergeLawsHoldOnRandomBatches() throws {
        var rng = Random(state: 42)
        for round in 0..<30 {
            let records = (0..<9).map { randomRecord("doc\(round)-\($0).txt", &rng) }
            var groups: [[DocumentRecord]] = [[], [], []]
            for r in records { groups[rng.next(3)].append(r) }
            let (a, b, c) = (GraphFixtures.build(groups[0]), GraphFixtures.build(groups[1]), GraphFixtures.build(groups[2]))
            let reference = GraphStore.encoded(GraphMerger.merge([a, GraphMerger.merge([b, c])]))
            XCTAssertEqual(GraphStore.encoded(GraphMerger.merge([GraphMerger.merge([a, b]), c])), reference, "round \(round)")
            XCTAssertEqual(GraphStore.encoded(GraphMerger.merge([c, GraphMerger.merge([a, b])])), reference, "round \(round)")
            XCTAssertEqual(GraphStore.encoded(GraphMerger.merge([GraphMerger.merge([b, a]), c])), reference, "round \(round)")
            let reloaded = try GraphStore.load(data: Array(reference.utf8), path: "round\(round)")
            XCTAssertEqual(GraphStore.encoded(reloaded), reference, "save → load → save is stable")
            var shuffled = records
            for i in shuffled.indices.reversed() { shuffled.swapAt(i, rng.next(i + 1)) }
            XCTAssertEqual(GraphFixtures.build(shuffled), GraphFixtures.build(records), "round \(round)")
        }
    }

    func testDocumentRecordSchemaListsEveryKeyWritten() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/document-record.schema.json")
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let defs = try XCTUnwrap(schema["$defs"] as? [String: Any])
        func keys(_ object: Any?) -> Set<String> { Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys ?? [:].keys) }
        var rng = Random(state: 7)
        let record = randomRecord("schema.txt", &rng)
        let line = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(record.jsonLine().utf8)) as? [String: Any])
        XCTAssertTrue(Set(line.keys).isSubset(of: keys(schema)))
        for e in line["entities"] as? [[String: Any]] ?? [] { XCTAssertTrue(Set(e.keys).isSubset(of: keys(defs["entity"]))) }
        for r in line["relations"] as? [[String: Any]] ?? [] {
            XCTAssertTrue(Set(r.keys).isSubset(of: keys(defs["relation"])), "\(r.keys)")
            XCTAssertTrue(Set((r["evidence"] as? [String: Any])?.keys ?? [:].keys).isSubset(of: keys(defs["evidence"])))
        }
    }
}
