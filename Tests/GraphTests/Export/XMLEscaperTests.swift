import XCTest
@testable import Graph

final class XMLEscaperTests: XCTestCase {
    func testEscapesMarkupCharactersInTextAndAttributes() {
        XCTAssertEqual(XMLEscaper.text("<b>&\"'</b>"), "&lt;b&gt;&amp;&quot;&apos;&lt;/b&gt;")
        XCTAssertEqual(XMLEscaper.attribute("a\"b"), "a&quot;b")
    }

    func testDropsCharactersIllegalInXML10() {
        XCTAssertEqual(XMLEscaper.text("a\u{0}b\u{1F}c\u{FFFE}d\u{FFFF}e"), "abcde")
    }

    func testKeepsEmojiCombiningMarksAndCJKUnchanged() {
        let s = "🇨🇳张三 e\u{0301} 𠀋 ，（全角）"
        XCTAssertEqual(XMLEscaper.text(s), s)
    }

    func testAttributesKeepLineBreaksAsCharacterReferences() {
        XCTAssertEqual(XMLEscaper.attribute("a\nb\tc\rd"), "a&#10;b&#9;c&#13;d")
        XCTAssertEqual(XMLEscaper.text("a\nb"), "a\nb")
    }
}
