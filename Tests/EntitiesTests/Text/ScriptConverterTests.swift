import Foundation
import XCTest
@testable import Entities

final class ScriptConverterTests: XCTestCase {
    let converter = TextTestSupport.converter

    func testTableLoads() {
        XCTAssertGreaterThan(converter.count, 3000)
        XCTAssertEqual(converter.simplified("張"), "张")
        XCTAssertEqual(converter.traditional("张"), "張")
        XCTAssertEqual(converter.simplified("张"), "张")
    }

    func testExceptionsAreNeverRewritten() {
        let c = ScriptConverter(pairs: [("乾", "干"), ("垵", "埯"), ("著", "着"), ("張", "张")])
        XCTAssertEqual(c.simplified("乾"), "乾")
        XCTAssertEqual(c.simplified("垵"), "垵")
        XCTAssertEqual(c.simplified("著"), "著")
        XCTAssertEqual(c.simplified("張"), "张")
    }

    func testSimplifiedTextWithRareCharactersIsUnchanged() {
        for text in ["毛垵坪村委会主任", "乾光电股份有限公司", "成效显著。"] {
            XCTAssertFalse(converter.looksTraditional(text.unicodeScalars), text)
            XCTAssertEqual(TextTestSupport.string(TextTestSupport.normalise(text)), text)
        }
    }

    func testTraditionalTextIsConverted() {
        let t = TextTestSupport.normalise("泉州市委書記張毅恭主持會議。")
        XCTAssertTrue(t.wasTraditional)
        XCTAssertEqual(TextTestSupport.string(t), "泉州市委书记张毅恭主持会议。")
    }

    /// 席, 台, 后 and 面 are simplified forms of variants (蓆, 臺, 後, 麪) and standard traditional characters
    /// too: a short traditional line full of them still reads as traditional, and a simplified one does not.
    func testCharactersOfBothScriptsAreNoEvidenceOfSimplifiedText() {
        XCTAssertTrue(converter.looksTraditional("立法會主席梁君彥主持會議。".unicodeScalars))
        XCTAssertTrue(converter.looksTraditional("台灣後面的席位會議".unicodeScalars))
        XCTAssertFalse(converter.looksTraditional("立法会主席梁君彦主持会议。".unicodeScalars))
        let c = ScriptConverter(pairs: [("會", "会"), ("議", "议"), ("蓆", "席"), ("席", "席")])
        XCTAssertTrue(c.looksTraditional("會議席".unicodeScalars))
        XCTAssertEqual(c.simplified("席"), "席")
    }

    /// Traditional output takes OpenCC's preferred form of each simplified character (台 → 臺, not the
    /// first line's 檯), and keeps a character that is its own preferred form (松, 席).
    func testTraditionalOutputTakesThePreferredForm() {
        XCTAssertEqual(String(String.UnicodeScalarView("台湾张松主席".unicodeScalars.map(converter.traditional))), "臺灣張松主席")
        let c = ScriptConverter(pairs: [("檯", "台"), ("臺", "台"), ("蓆", "席"), ("席", "席"), ("鬆", "松"), ("松", "松")],
                                preferred: [1, 3, 5])
        XCTAssertEqual(c.traditional("台"), "臺")
        XCTAssertEqual(c.traditional("席"), "席")
        XCTAssertEqual(c.traditional("松"), "松")
        XCTAssertEqual(c.simplified("檯"), "台")
        XCTAssertEqual(c.simplified("鬆"), "松")
    }

    func testSeed001ReadsAsTraditionalAndTheOthersDoNot() throws {
        for prefix in ["000", "001", "002", "003", "004"] {
            let text = try TextTestSupport.seed(prefix)
            XCTAssertEqual(converter.looksTraditional(text.unicodeScalars), prefix == "001", prefix)
        }
    }

    func testMalformedTableLineNamesFileAndLine() throws {
        let dir = try TextTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("t.tsv")
        try Data("# header\n張\t张\n張\t张\tpreferred\n書 书\n".utf8).write(to: url)
        XCTAssertThrowsError(try ScriptConverter(tableFile: url)) { error in
            XCTAssertEqual((error as? ReadError)?.path, url.path)
            XCTAssertTrue((error as? ReadError)?.reason.hasPrefix("line 4:") ?? false)
        }
    }

    func testTableFileIsSortedWithHeader() throws {
        let lines = try String(contentsOf: TextTestSupport.tableURL, encoding: .utf8).split(separator: "\n")
        XCTAssertTrue(lines.first?.hasPrefix("#") ?? false)
        let keys = lines.filter { !$0.hasPrefix("#") }.compactMap { $0.unicodeScalars.first?.value }
        XCTAssertEqual(keys, keys.sorted())
    }
}
