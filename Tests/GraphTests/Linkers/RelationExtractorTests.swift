import XCTest
import Entities
@testable import Graph

final class RelationExtractorTests: XCTestCase {
    private func doc() -> AnalysedDocument {
        TestDoc.make("11月8日，漳州市长林大海会见了王小华。王小华一行参观了海丝博物馆，赵强陪同王小华参观。",
                     persons: ["林大海", "王小华", "赵强"], orgs: ["海丝博物馆"], places: ["漳州"],
                     titles: ["市长"], canonical: ["漳州": "漳州市"])
    }

    func testAllLinkersContributeInADeterministicOrder() {
        let r = RelationExtractor().relations(in: doc())
        XCTAssertEqual(r.filter { $0.type != .coOccurs }.map { "\($0.type.rawValue) \($0.brief)" }, [
            "role 林大海>漳州市:市长",
            "met 林大海>王小华@11月8日",
            "accompanied 赵强>王小华@11月8日",
            "visited 王小华>海丝博物馆@11月8日",
        ])
        XCTAssertEqual(r, RelationExtractor().relations(in: doc()))
        XCTAssertEqual(Set(r).count, r.count)
    }

    func testCoOccurrenceWindowIsAnOption() {
        let sentence = RelationExtractor().relations(in: doc()).filter { $0.type == .coOccurs }
        let whole = RelationExtractor(options: LinkOptions(window: .document)).relations(in: doc()).filter { $0.type == .coOccurs }
        XCTAssertEqual(sentence.count, 3 + 3)
        XCTAssertEqual(whole.count, 10)
    }
}
