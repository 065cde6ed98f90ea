import XCTest
@testable import Entities

/// Property: for any text, every mention the pipeline reports lies inside the decoded document and its
/// reported text is exactly that slice, whatever the normaliser did (traditional characters, full-width
/// forms, CRLF, control characters, column breaks, HTML).
final class MentionOffsetPropertyTests: XCTestCase {
    private let pipeline = EntityPipeline(
        lexicon: Lexicon(entries: [
            LexiconEntry(surface: "厦门市", kind: .place, attributes: ["level": "prefecture"]),
            LexiconEntry(surface: "厦门", kind: .place, canonical: "厦门市", attributes: ["abbr": ""]),
            LexiconEntry(surface: "中", kind: .place, canonical: "中国", attributes: ["abbr": ""]),
            LexiconEntry(surface: "美", kind: .place, canonical: "美国", attributes: ["abbr": ""]),
            LexiconEntry(surface: "国务院", kind: .organisation),
            LexiconEntry(surface: "张", kind: .surname, attributes: ["rank": "3"]),
            LexiconEntry(surface: "王", kind: .surname, attributes: ["rank": "1"]),
            LexiconEntry(surface: "明", kind: .givenChar, attributes: ["rank": "20"]),
            LexiconEntry(surface: "华", kind: .givenChar, attributes: ["rank": "1"]),
            LexiconEntry(surface: "市长", kind: .title, attributes: ["body": "place", "rank": "10"]),
            LexiconEntry(surface: "公司", kind: .orgSuffix, attributes: ["strength": "3"]),
            LexiconEntry(surface: "战略", kind: .programmeCue, attributes: ["strength": "3"]),
            LexiconEntry(surface: "表示", kind: .personCue, attributes: ["side": "after", "weight": "3"]),
        ]),
        converter: ScriptConverter(pairs: [("廈", "厦"), ("張", "张"), ("華", "华"), ("門", "门"), ("國", "国")]))

    private let pieces: [String] = [
        "厦门市", "廈門", "张明华", "張明華", "王华", "市长", "表示", "国务院", "中美", "“乡村振兴”战略", "公司",
        "\r\n", "\n\n", "\n", "　", "ＡＢＣ１２", "。", "，", "、", "\u{01}", "\u{7}", "<p>", "</p>", "&amp;", "😀",
        "e\u{301}", "(", ")", "“", "”", "a", "1", " ",
    ]

    private func folded<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        for u in scalars {
            if u.properties.isWhitespace || u.value < 0x20 || u == "#" || u == "*" { continue }
            var v = u
            if (0xFF01...0xFF5E).contains(v.value), let ascii = Unicode.Scalar(v.value - 0xFEE0) { v = ascii }
            out.append(pipeline.normaliser.converter.simplified(v))
        }
        return String(out)
    }

    func testEveryMentionIsTheSliceItClaims() {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<300 {
            var text = round % 7 == 0 ? "<html><body>" : ""
            for _ in 0..<Int.random(in: 0...40, using: &rng) { text += pieces.randomElement(using: &rng) ?? "" }
            let scalars = Array(text.unicodeScalars)
            let source = SourceDocument(id: "r\(round)", scalars: scalars, isHTML: text.hasPrefix("<html>"))
            let doc = pipeline.analyse(source)
            for m in doc.mentions {
                let o = doc.originalRange(of: m.range)
                XCTAssertTrue(o.lowerBound >= 0 && o.lowerBound < o.upperBound && o.upperBound <= scalars.count,
                              "offsets \(o) out of range in \(text.debugDescription)")
                guard o.upperBound <= scalars.count, o.lowerBound >= 0 else { continue }
                XCTAssertFalse(m.canonical.isEmpty)
                // The raw slice, folded the way the normaliser folds it (script, full width, layout
                // whitespace and control characters), is the text the recognisers matched.
                guard !source.isHTML else { continue }
                XCTAssertEqual(folded(scalars[o]), folded(doc.text.scalars[m.range]),
                               "mention \(m.canonical) at \(o) in \(text.debugDescription)")
            }
            for s in doc.sentences {
                XCTAssertTrue(s.range.lowerBound >= 0 && s.range.upperBound <= doc.text.count)
            }
        }
    }
}
