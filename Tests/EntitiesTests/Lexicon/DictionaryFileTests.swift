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

    /// The parser's own UTF-8 check accepts exactly what `String(validating:)` accepts: every boundary
    /// of table 3-7 (overlong forms, surrogates, U+10FFFF and past it, cut sequences) and random bytes
    /// biased towards lead and continuation bytes.
    func testUTF8CheckAgreesWithTheStandardLibrary() {
        func check(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            let actual = bytes.withUnsafeBufferPointer { DictionaryFile.isValidUTF8($0) }
            XCTAssertEqual(actual, expected, "\(bytes.map { String($0, radix: 16) })", file: file, line: line)
        }
        let edges: [[UInt8]] = [
            [], [0x00], [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xC2],
            [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF],
            [0xED, 0xA0, 0x80], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xE4, 0xB8], [0xE4, 0xB8, 0x41],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8], [0xFF], [0xF0, 0x90, 0x80],
        ]
        for e in edges {
            check(e)
            check([0x41] + e + [0x41])
            check(Array("北京".utf8) + e)
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF,
                                 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...8, using: &generator)
            check((0..<count).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator) ?? 0 : UInt8.random(in: 0...255, using: &generator)
            })
        }
    }
}
