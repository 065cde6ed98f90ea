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

    /// Pieces for parallel parsing are whole lines, in order, covering the file; parsed one by one they
    /// give the whole file's entries with the whole file's line numbers.
    func testPiecesParseAsTheWholeFile() throws {
        let lines = (1...40).map { $0 % 7 == 0 ? "# 注释 \($0)" : "名字\($0)\tplace\t\trank=\($0)" }
        let bytes = Array(("\u{FEFF}" + lines.joined(separator: "\n") + "\n").utf8)
        let pieces = DictionaryFile.pieces(bytes, count: 5)
        XCTAssertGreaterThan(pieces.count, 1)
        XCTAssertEqual(pieces.first?.range.lowerBound, 0)
        XCTAssertEqual(pieces.last?.range.upperBound, bytes.count)
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            XCTAssertEqual(a.range.upperBound, b.range.lowerBound)
            XCTAssertEqual(bytes[a.range.upperBound - 1], 0x0A, "a piece ends after a newline")
        }
        let whole = try DictionaryFile.parse(bytes, name: "t.tsv")
        let joined = try pieces.flatMap { try DictionaryFile.parse(bytes, name: "t.tsv", piece: $0) }
        XCTAssertEqual(joined, whole)
        XCTAssertEqual(joined.map(\.origin), whole.map(\.origin))
    }

    func testErrorInALaterPieceNamesTheFilesLine() {
        let bytes = Array((String(repeating: "北京\tplace\n", count: 30) + "北京\tcity\n").utf8)
        let pieces = DictionaryFile.pieces(bytes, count: 4)
        XCTAssertThrowsError(try pieces.forEach { _ = try DictionaryFile.parse(bytes, name: "t.tsv", piece: $0) }) { error in
            XCTAssertEqual((error as? DictionaryFile.ParseError)?.line, 31)
        }
    }

    /// The bundled dictionaries load the same on several threads as on one.
    func testParallelLoadEqualsSequentialLoad() throws {
        let dir = TextTestSupport.packageRoot.appendingPathComponent("Dictionaries")
        let one = try Lexicon.loadEntries(directory: dir)
        let two = try Lexicon.loadEntries(directory: dir, threads: 2)
        XCTAssertGreaterThan(one.count, 50_000)
        XCTAssertEqual(two.count, one.count)
        // The first difference only: a whole-table message would be megabytes long.
        let firstDifference = zip(one, two).first { $0 != $1 || $0.origin != $1.origin }
        XCTAssertNil(firstDifference.map { "\($0.0.origin) \($0.0.surface) ≠ \($0.1.origin) \($0.1.surface)" })
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
