import XCTest
import Entities
@testable import Graph

/// The extractor ranks only the non-co-occurrence relations and slots them in among the co-occurrence
/// pairs, which arrive already ordered. That must give exactly the order one full sort of everything
/// gives: (sentence, type, source, target, title, rule), ties in the order found.
final class RelationOrderTests: XCTestCase {
    private func doc() -> AnalysedDocument {
        TestDoc.make("""
            市长林大海会见了王小华和厦门大学代表。赵强陪同王小华参观了海丝博物馆。
            王小华、赵强、林大海和厦门大学在漳州座谈。漳州作为名称也是厦门大学的人名漳州。
            """,
            persons: ["林大海", "王小华", "赵强", "漳州"], orgs: ["海丝博物馆", "厦门大学"], places: ["漳州", "厦门"],
            titles: ["市长"])
    }

    private func fullSort(_ doc: AnalysedDocument, options: LinkOptions) -> [Relation] {
        let extractor = RelationExtractor(options: options)
        let context = LinkContext(document: doc, options: options)
        var all: [Relation] = []
        for linker in extractor.linkers {
            for r in linker.link(doc, context: context) where !all.contains(r) { all.append(r) }
        }
        return RelationExtractor.sorted(all)
    }

    func testMergedOrderEqualsOneFullSort() {
        for window in CoOccurrenceWindow.allCases {
            let options = LinkOptions(window: window)
            let r = RelationExtractor(options: options).relations(in: doc())
            XCTAssertTrue(r.contains { $0.type == .coOccurs } && r.contains { $0.type != .coOccurs }, "\(window)")
            XCTAssertEqual(r, fullSort(doc(), options: options), "\(window)")
        }
    }

    func testCoOccurrencePairsComeOutSorted() {
        let pairs = TestDoc.run(CoOccurrenceLinker(), doc())
        XCTAssertFalse(pairs.isEmpty)
        XCTAssertEqual(pairs, RelationExtractor.sorted(pairs))
    }

    func testMergeWithOneSideEmpty() {
        let r = RelationExtractor().relations(in: doc())
        let pairs = r.filter { $0.type == .coOccurs }
        let others = r.filter { $0.type != .coOccurs }
        XCTAssertEqual(RelationExtractor.merged(others, into: []), others)
        XCTAssertEqual(RelationExtractor.merged([], into: pairs), pairs)
        XCTAssertEqual(RelationExtractor.merged(others, into: pairs), r)
    }
}
