import XCTest
@testable import Entities

final class ScalarWordSetTests: XCTestCase {
    /// Answers as the Set of NameKeys it replaces, for spans inside a text, including ones the fast
    /// path cannot decide (a compatibility ideograph, canonically equal to a listed word).
    func testAnswersAsTheNameKeySet() {
        let names = ["省", "市", "街道", "自治州", "國際機場", ""]
        let set = ScalarWordSet(names)
        let keys = Set(names.map(NameKey.init))
        let text = Array("湖南省长沙市街道自治州国际机场國際機場\u{F9D6}区ab".unicodeScalars)
        for lo in 0...text.count {
            for hi in lo...min(text.count, lo + 5) {
                let expected = keys.contains(NameKey(String(String.UnicodeScalarView(text[lo..<hi]))))
                XCTAssertEqual(set.contains(text, lo..<hi), expected, "\(lo)..<\(hi)")
            }
        }
        XCTAssertTrue(ScalarWordSet(["\u{F9D6}"]).contains(Array("\u{F9D6}".unicodeScalars), 0..<1))
        XCTAssertFalse(ScalarWordSet(["省"]).contains(Array("市".unicodeScalars), 0..<0))
    }
}
