import XCTest
@testable import Entities

/// A place is named after the fullest form its own document writes.
final class DocumentPlaceNamesTests: XCTestCase {
    private func canonicals(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in RecogniserTestSupport.mentions(text) where m.type == .place { out[m.text] = m.canonical }
        return out
    }

    func testShortFormAloneKeepsItsOwnName() {
        let c = canonicals("代表团先后到山东和青岛考察企业。")
        XCTAssertEqual(c["山东"], "山东")
        XCTAssertEqual(c["青岛"], "青岛")
    }

    func testShortFormJoinsTheFullFormWrittenElsewhere() {
        let c = canonicals("厦门市召开会议。会后，代表们在厦门参观了工厂。")
        XCTAssertEqual(c["厦门市"], "厦门市")
        XCTAssertEqual(c["厦门"], "厦门市")
    }

    func testOneCharacterAbbreviationAloneKeepsTheDictionaryName() {
        let c = canonicals("中美关系继续发展。")
        XCTAssertEqual(c["中"], "中国")
    }
}
