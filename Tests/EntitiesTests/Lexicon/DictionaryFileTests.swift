import XCTest
@testable import Entities

/// The dictionary TSV format as the byte-level parser reads it: columns, trimming, attributes, origins,
/// and the errors that name the file and line.
final class DictionaryFileTests: XCTestCase {
    func parse(_ text: String) throws -> [LexiconEntry] {
        try DictionaryFile.parse(Array(text.utf8), name: "test.tsv")
    }

    func testColumnsAttributesAndOrigins() throws {
        let entries = try parse("# comment\n\n北京\tplace\t\tcapital;rank=1\n張三\tperson\t张三\n")
        XCTAssertEqual(entries.count, 2)
        XCTAssertEqual(entries[0].surface, "北京")
        XCTAssertEqual(entries[0].kind, .place)
        XCTAssertEqual(entries[0].canonical, "北京", "an empty canonical column means the surface itself")
        XCTAssertEqual(entries[0].attributes, ["capital": "", "rank": "1"])
        XCTAssertEqual(entries[0].origin, "test.tsv:3")
        XCTAssertEqual(entries[1].canonical, "张三")
        XCTAssertEqual(entries[1].origin, "test.tsv:4")
    }

    func testFieldsAreTrimmedOfASCIIAndUnicodeSpaces() throws {
        let entries = try parse("\u{FEFF} 王五\u{3000}\t person \t\u{00A0}王五 \t rank = 7 ; abbr \r\n")
        XCTAssertEqual(entries.count, 1)
        XCTAssertEqual(entries[0].surface, "王五")
        XCTAssertEqual(entries[0].kind, .person)
        XCTAssertEqual(entries[0].canonical, "王五")
        XCTAssertEqual(entries[0].attributes, ["rank": "7", "abbr": ""])
    }

    func testBlankAndCommentLinesAreSkippedButCounted() throws {
        let entries = try parse("#x\n \t \n上海\tplace\n")
        XCTAssertEqual(entries.map(\.origin), ["test.tsv:3"])
    }

    func testErrorsNameTheLine() {
        XCTAssertThrowsError(try parse("北京\tplace\n北京\tcity\n")) { error in
            XCTAssertEqual((error as? DictionaryFile.ParseError)?.line, 2)
            XCTAssertTrue("\(error)".contains("unknown kind 'city'"))
        }
        XCTAssertThrowsError(try parse("北京\n")) { XCTAssertEqual(($0 as? DictionaryFile.ParseError)?.line, 1) }
        XCTAssertThrowsError(try parse(" \tplace\n")) { XCTAssertTrue("\($0)".contains("empty surface")) }
        XCTAssertThrowsError(try DictionaryFile.parse(Array("a\tplace\n".utf8) + [0xFF, 0x09] + Array("place\n".utf8), name: "t")) {
            XCTAssertEqual(($0 as? DictionaryFile.ParseError)?.line, 2)
            XCTAssertTrue("\($0)".contains("UTF-8"))
        }
    }

    func testDuplicateSurfacesShareOnePatternInTheLexicon() {
        let lexicon = Lexicon(entries: [LexiconEntry(surface: "中国", kind: .place),
                                        LexiconEntry(surface: "长江", kind: .place),
                                        LexiconEntry(surface: "中国", kind: .stop)])
        let text = Array("在中国".unicodeScalars)
        let matches = lexicon.matches(in: text, range: 0..<text.count)
        XCTAssertEqual(matches.count, 1)
        XCTAssertEqual(matches.first?.entries, [0, 2], "both entries of the surface, in entry order")
        XCTAssertTrue(lexicon.isStopWord(text, 1..<3))
        XCTAssertTrue(lexicon.hasEntry(.place, text, 1..<3))
        XCTAssertFalse(lexicon.hasEntry(.word, text, 1..<3))
    }
}
