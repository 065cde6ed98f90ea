import XCTest
@testable import Entities

/// Specifications for Tibetan and Mongolian names: two known name syllables in a row.
final class MinorityNameRecogniserTests: XCTestCase {
    private func persons(_ text: String) -> [String] { RecogniserTestSupport.names(text, .person) }

    /// A Tibetan name is two syllables (次仁 + 多吉), a Mongolian one too (乌云 + 其木格), whole: no
    /// surname rule reads them, and the transliteration rule would cut them short.
    func testTwoSyllablesAreOneName() {
        XCTAssertEqual(persons("江孜县农民次仁多吉家里买了拖拉机。"), ["次仁多吉"])
        XCTAssertEqual(persons("牧民乌云其木格说，今年草场长势很好。"), ["乌云其木格"])
    }

    /// One syllable alone is a word or a place's part as often as a name (乌云密布, 罗布泊).
    func testOneSyllableIsNoName() {
        XCTAssertEqual(persons("乌云密布，下起了大雨。"), [])
        XCTAssertEqual(persons("罗布泊地区气候干燥。"), [])
    }

    /// The recogniser reads only syllables marked `minority`: a foreign given name next to one is no pair.
    func testOnlyMinoritySyllablesPair() {
        let lexicon = Lexicon(entries: [LexiconEntry(surface: "扎西", kind: .namePart, attributes: ["minority": "bo"]),
                                        LexiconEntry(surface: "顿珠", kind: .namePart, attributes: ["minority": "bo"]),
                                        LexiconEntry(surface: "乔治", kind: .namePart)])
        func names(_ s: String) -> [String] {
            let text = Array(s.unicodeScalars)
            let view = SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count), lexicon: lexicon)
            var out: [Candidate] = []
            MinorityNameRecogniser().propose(in: view, into: &out)
            return out.map(\.canonical)
        }
        XCTAssertEqual(names("记者扎西顿珠报道"), ["扎西顿珠"])
        XCTAssertEqual(names("记者扎西乔治报道"), [])
    }
}
