import XCTest
import Entities
@testable import Graph

final class CoOccurrenceLinkerTests: XCTestCase {
    private let text = "王小华到漳州市调研。王小华会见了陈明。\n陈明来自漳州。"

    private func doc() -> AnalysedDocument {
        TestDoc.make(text, persons: ["王小华", "陈明"], places: ["漳州市", "漳州"], canonical: ["漳州": "漳州市"])
    }

    func testSentenceWindowGivesOnePairPerSentence() {
        let r = TestDoc.run(CoOccurrenceLinker(), doc())
        XCTAssertEqual(r.map { "\($0.source)~\($0.target)#\($0.evidence.sentence)" },
                       ["漳州市~王小华#0", "王小华~陈明#1", "漳州市~陈明#2"])
        XCTAssertTrue(r.allSatisfy { $0.type == .coOccurs && $0.evidence.rule == "co_occurs:sentence" })
    }

    func testParagraphAndDocumentWindows() {
        let para = TestDoc.run(CoOccurrenceLinker(), doc(), options: LinkOptions(window: .paragraph))
        XCTAssertEqual(para.map { "\($0.source)~\($0.target)" }.sorted(),
                       ["漳州市~王小华", "漳州市~陈明", "漳州市~陈明", "王小华~陈明"])
        let whole = TestDoc.run(CoOccurrenceLinker(), doc(), options: LinkOptions(window: .document))
        XCTAssertEqual(whole.count, 3)
    }

    /// A person named only as a memorial's owner (鲁迅故居) acts in no relation but still co-occurs.
    func testMemorialOwnerStillCoOccurs() {
        let d = TestDoc.make("王小华参观了鲁迅故居。", persons: ["王小华", "鲁迅"])
        XCTAssertEqual(TestDoc.run(CoOccurrenceLinker(), d).map { "\($0.source)~\($0.target)" }, ["王小华~鲁迅"])
    }

    func testSameCanonicalIsNeverPaired() {
        let d = TestDoc.make("漳州即漳州市。", places: ["漳州市", "漳州"], canonical: ["漳州": "漳州市"])
        XCTAssertEqual(TestDoc.run(CoOccurrenceLinker(), d), [])
    }

    func testMinimumWeightDropsRarePairs() {
        let r = TestDoc.run(CoOccurrenceLinker(), doc(), options: LinkOptions(window: .sentence, minWeight: 2))
        XCTAssertEqual(r, [])
        let p = TestDoc.run(CoOccurrenceLinker(), doc(), options: LinkOptions(window: .paragraph, minWeight: 2))
        XCTAssertEqual(p.map { "\($0.source)~\($0.target)" }, ["漳州市~陈明", "漳州市~陈明"])
    }
}
