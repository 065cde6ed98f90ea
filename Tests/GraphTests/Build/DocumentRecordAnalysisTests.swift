import Entities
import XCTest
@testable import Graph

/// Records made from analysed documents: entities with every written form as an alias, and places
/// written short in one article and in full in another meeting in one node.
final class DocumentRecordAnalysisTests: XCTestCase {
    private let lexicon = Lexicon(entries: [
        LexiconEntry(surface: "厦门市", kind: .place, attributes: ["level": "prefecture"]),
        LexiconEntry(surface: "厦门", kind: .place, canonical: "厦门市", attributes: ["abbr": ""]),
        LexiconEntry(surface: "国务院", kind: .organisation, attributes: ["gov": ""]),
    ])

    private func document(_ id: String, _ text: String, _ names: [(String, EntityType)]) -> AnalysedDocument {
        let scalars = Array(text.unicodeScalars)
        var doc = AnalysedDocument(source: SourceDocument(id: id, scalars: scalars), text: NormalisedText(identity: scalars),
                                   sentences: [Sentence(index: 0, paragraph: 0, range: 0..<scalars.count)])
        for (name, type) in names {
            guard let r = text.range(of: name) else { continue }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            let n = name.unicodeScalars.count
            doc.mentions.append(Mention(range: start..<(start + n), type: type, canonical: name, rule: "test", confidence: 1))
        }
        return doc
    }

    func testShortAndFullPlaceNamesMeetInOneNodeAcrossDocuments() {
        let a = DocumentRecord(document("a", "王小明在厦门调研。", [("王小明", .person), ("厦门", .place)]),
                               relations: [], date: nil, lexicon: lexicon)
        let b = DocumentRecord(document("b", "厦门市召开会议。", [("厦门市", .place)]), relations: [], date: nil, lexicon: lexicon)
        XCTAssertEqual(a.entities.first { $0.type == .place }?.canonical, "厦门市")
        XCTAssertEqual(a.entities.first { $0.type == .place }?.aliases, ["厦门"])
        var builder = GraphBuilder()
        builder.add(a)
        builder.add(b)
        let places = builder.build().nodes.filter { $0.type == .place }
        XCTAssertEqual(places.map(\.name), ["厦门市"])
        XCTAssertEqual(places.first?.mentions, 2)
    }

    func testRelationsFollowThePlaceToItsNode() {
        let doc = document("a", "王小明在厦门调研。", [("王小明", .person), ("厦门", .place)])
        let evidence = Evidence(document: "a", sentence: 0, start: 0, end: 9, text: "王小明在厦门调研。", rule: "test")
        let visit = Relation(type: .visited, source: "王小明", sourceType: .person, target: "厦门", targetType: .place, evidence: evidence)
        let record = DocumentRecord(doc, relations: [visit], date: nil, lexicon: lexicon)
        XCTAssertEqual(record.relations.map(\.target), ["厦门市"])
    }

    func testDictionaryFactsBecomeAttributes() {
        let record = DocumentRecord(document("a", "国务院发布通知。", [("国务院", .organisation)]), relations: [], date: nil, lexicon: lexicon)
        XCTAssertEqual(record.entities.first?.attributes["gov"], "1")
    }

    /// A surname addressed and never named in full (钱某) is a mention for `extract`, but no entity of the
    /// graph and no end of a relation; resolved to the document's full name, it is that person.
    func testAnUnresolvedFormOfAddressIsNoEntity() {
        var doc = document("a", "钱某与王小明在厦门见面。", [("王小明", .person), ("厦门", .place)])
        doc.mentions.insert(Mention(range: 0..<1, type: .person, canonical: "钱某", rule: AddressedSurnameRecogniser.rule,
                                    confidence: 0.6), at: 0)
        let record = DocumentRecord(doc, relations: RelationExtractor().relations(in: doc), date: nil, lexicon: lexicon)
        XCTAssertEqual(record.entities.filter { $0.type == .person }.map(\.canonical), ["王小明"])
        XCTAssertFalse(record.relations.contains { $0.source.hasPrefix("钱") || $0.target.hasPrefix("钱") })

        doc.mentions[0].canonical = "钱立新"
        doc.mentions[0].rule = "resolved:" + AddressedSurnameRecogniser.rule
        let resolved = DocumentRecord(doc, relations: RelationExtractor().relations(in: doc), date: nil, lexicon: lexicon)
        XCTAssertEqual(Set(resolved.entities.filter { $0.type == .person }.map(\.canonical)), ["王小明", "钱立新"])
        XCTAssertTrue(resolved.relations.contains { $0.source == "钱立新" || $0.target == "钱立新" })
    }
}
