import Foundation
import XCTest
@testable import Entities

final class CorpusReaderTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = try TextTestSupport.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    func successes(_ r: [Result<String, ReadError>]) -> [String] {
        r.compactMap { if case .success(let p) = $0 { return p } else { return nil } }
    }

    func failures(_ r: [Result<String, ReadError>]) -> [ReadError] {
        r.compactMap { if case .failure(let e) = $0 { return e } else { return nil } }
    }

    func testDirectoriesAreWalkedSortedAndFilteredByIncludeGlobs() throws {
        _ = try write("b.txt", Array("乙".utf8))
        _ = try write("a.txt", Array("甲".utf8))
        _ = try write("sub/c.txt", Array("丙".utf8))
        _ = try write("sub/d.md", Array("丁".utf8))
        _ = try write(".hidden/e.txt", Array("戊".utf8))
        let base = dir.path
        XCTAssertEqual(successes(CorpusReader().expand([base])),
                       [base + "/a.txt", base + "/b.txt", base + "/sub/c.txt"])
        XCTAssertEqual(successes(CorpusReader(include: ["*.md", "a.*"]).expand([base])),
                       [base + "/a.txt", base + "/sub/d.md"])
    }

    func testExplicitFilesAreKeptWhateverTheirNameAndStdinPassesThrough() throws {
        let md = try write("notes.md", Array("丁".utf8))
        XCTAssertEqual(successes(CorpusReader().expand([md, "-"])), [md, "-"])
    }

    func testMissingPathIsAnErrorItemNotACrash() {
        let missing = dir.appendingPathComponent("nope.txt").path
        let errors = failures(CorpusReader().expand([missing]))
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?.path, missing)
        XCTAssertEqual(errors.first?.reason, "no such file or directory")
        if case .failure(let e) = CorpusReader().read(missing) {
            XCTAssertEqual(e.message, "\(missing): no such file or directory")
        } else {
            XCTFail("reading a missing file must fail")
        }
    }

    func testSymlinkLoopsAreReportedNotFollowedForever() throws {
        let loop = dir.appendingPathComponent("loop.txt").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let up = dir.appendingPathComponent("sub/up").path
        _ = try write("sub/x.txt", Array("甲".utf8))
        try FileManager.default.createSymbolicLink(atPath: up, withDestinationPath: dir.path)
        let result = CorpusReader().expand([dir.path])
        XCTAssertEqual(successes(result), [dir.path + "/sub/x.txt"])
        let reasons = failures(result).map(\.reason)
        XCTAssertTrue(reasons.contains("symlink loop"), "\(reasons)")
        XCTAssertTrue(reasons.contains("symlink loop (directory already visited)"), "\(reasons)")
    }

    func testEmptyFileIsAnEmptyDocument() throws {
        let path = try write("empty.txt", [])
        guard case .success(let doc) = CorpusReader().read(path) else { return XCTFail("empty file must read") }
        XCTAssertEqual(doc.id, path)
        XCTAssertTrue(doc.scalars.isEmpty)
        XCTAssertFalse(doc.isHTML)
    }

    func testBinaryFileIsSkippedWithAClearReason() throws {
        let path = try write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        guard case .failure(let e) = CorpusReader().read(path) else { return XCTFail("binary must fail") }
        XCTAssertEqual(e.message, "\(path): not text (binary data: NUL bytes)")
    }

    func testHTMLIsFlaggedAndPlainTextIsNot() throws {
        let html = try write("page.txt", Array("  \n<html><body><p>泉州</p></body></html>".utf8))
        let text = try write("plain.txt", Array("泉州 < 厦门 > 福州".utf8))
        guard case .success(let h) = CorpusReader().read(html), case .success(let t) = CorpusReader().read(text)
        else { return XCTFail("both must read") }
        XCTAssertTrue(h.isHTML)
        XCTAssertFalse(t.isHTML)
    }

    func testLinesModeGivesOneDocumentPerLineWithCRLFAndCR() throws {
        let path = try write("lines.txt", Array("甲乙\r\n\r\n丙\r丁\n".utf8))
        guard case .success(let docs) = CorpusReader().readLines(path) else { return XCTFail("must read") }
        XCTAssertEqual(docs.map(\.id), ["\(path):1", "\(path):2", "\(path):3", "\(path):4"])
        XCTAssertEqual(docs.map(\.text), ["甲乙", "", "丙", "丁"])
    }

    func testLinesModeWithoutFinalNewlineKeepsTheLastLine() throws {
        let path = try write("lines.txt", Array("甲\n乙".utf8))
        guard case .success(let docs) = CorpusReader().readLines(path) else { return XCTFail("must read") }
        XCTAssertEqual(docs.map(\.text), ["甲", "乙"])
    }

    func testGlobPatterns() {
        XCTAssertTrue(GlobPattern("*.txt").matches("a.txt"))
        XCTAssertFalse(GlobPattern("*.txt").matches("a.txt.bak"))
        XCTAssertTrue(GlobPattern("20??-*.[tT][xX][tT]").matches("2023-09.TXT"))
        XCTAssertFalse(GlobPattern("[!a]*").matches("abc"))
        XCTAssertTrue(GlobPattern("*").matches(""))
        XCTAssertTrue(GlobPattern("新闻*").matches("新闻稿.txt"))
    }
}
