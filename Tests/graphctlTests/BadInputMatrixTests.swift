import Foundation
import XCTest

/// The bad-input matrix (docs/bad-input.md): for each kind of bad input, the one stderr line that
/// names the file and the reason, the exit status, and what is still processed. Every case runs the
/// real binary next to a good file, which must still come out.
final class BadInputMatrixTests: CLITestCase {
    /// Runs `extract --jsonl good.txt <bad>` and checks: exit 1, exactly one skip line naming the file
    /// and the reason, the good document still extracted.
    func assertSkipped(_ bad: String, reason: String, extra: [String] = [],
                       file: StaticString = #filePath, line: UInt = #line) throws {
        try self.file("good.txt", Self.goodText)
        let r = try run(["extract", "--jsonl"] + extra + ["good.txt", bad])
        XCTAssertEqual(r.status, 1, r.stderr, file: file, line: line)
        XCTAssertEqual(r.stderrLines, ["graphctl: \(bad): \(reason) (skipped)"], file: file, line: line)
        XCTAssertEqual(r.stdoutLines.count, 1, file: file, line: line)
        XCTAssertTrue(r.stdoutText.hasPrefix("{\"id\":\"good.txt\""), file: file, line: line)
        XCTAssertTrue(r.stdoutText.contains("王建国"), "the good file is still analysed", file: file, line: line)
    }

    /// Runs `extract --jsonl <file>` on an input that must be read, and returns its one record.
    func assertRead(_ name: String, contains expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try run(["extract", "--jsonl", name])
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        XCTAssertEqual(r.stderr, "", file: file, line: line)
        XCTAssertEqual(r.stdoutLines.count, 1, file: file, line: line)
        XCTAssertTrue(r.stdoutText.contains(expected), r.stdoutText, file: file, line: line)
    }

    // MARK: Encodings and bytes

    func testBinaryFileIsSkippedWithItsReason() throws {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        png += (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        try file("image.txt", png)
        try assertSkipped("image.txt", reason: "not text (binary data: NUL bytes)")
    }

    func testInvalidUTF8IsSkippedWithTheByteOffset() throws {
        try file("bad.txt", Array("市长王建国".utf8) + [0xFF, 0xFE, 0x41] + Array("会见".utf8))
        try assertSkipped("bad.txt", reason: "invalid UTF-8 at byte 15 and not GB18030 or Big5")
    }

    func testMultiByteSequenceCutAtEndOfFileIsReportedNotShortened() throws {
        let bytes = Array("市长王建国昨天会见了客人".utf8)
        try file("cut.txt", Array(bytes.dropLast()))
        try assertSkipped("cut.txt", reason: "UTF-8 cut off at the end of the file (byte \(bytes.count - 3) starts a 3-byte sequence, 2 bytes remain)")
    }

    func testNULBytesInTextAreBinary() throws {
        try file("nul.txt", Array("市长王建国".utf8) + [0] + Array("昨天会见了客人".utf8))
        try assertSkipped("nul.txt", reason: "not text (binary data: NUL bytes)")
    }

    func testGB18030IsDecoded() throws {
        let gb = String.Encoding(rawValue: 0x8000_0632)
        guard let data = Self.goodText.data(using: gb) else { throw XCTSkip("no GB18030 encoder") }
        try file("gb.txt", [UInt8](data))
        try assertRead("gb.txt", contains: "\"text\":\"王建国\"")
    }

    func testBig5IsDecodedAndTraditionalTextKeptAsWritten() throws {
        let big5 = String.Encoding(rawValue: 0x8000_0A03)
        guard let data = "本報訊 市長王建國昨天會見了來訪的客人。\n".data(using: big5) else { throw XCTSkip("no Big5 encoder") }
        try file("big5.txt", [UInt8](data))
        try assertRead("big5.txt", contains: "\"text\":\"王建國\"")
    }

    func testUTF16WithBOMInBothByteOrders() throws {
        let units = Array(Self.goodText.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try file("le.txt", le)
        try file("be.txt", be)
        try assertRead("le.txt", contains: "\"text\":\"王建国\"")
        try assertRead("be.txt", contains: "\"text\":\"王建国\"")
        // Offsets are into the decoded text: the BOM is not counted, so both agree with UTF-8.
        try file("u8.txt", Self.goodText)
        let offsets = try ["le.txt", "be.txt", "u8.txt"].map { name -> String in
            let line = try run(["extract", "--jsonl", name]).stdoutText
            return String(line[line.range(of: "\"mentions\"")!.lowerBound...])
        }
        XCTAssertEqual(Set(offsets).count, 1)
    }

    // MARK: Sizes

    func testEmptyFileIsAnEmptyDocument() throws {
        try file("empty.txt", [])
        let r = try run(["extract", "--jsonl", "empty.txt"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdoutText, "{\"id\":\"empty.txt\",\"schema\":\"graphctl.extract/1\",\"mentions\":[],\"relations\":[]}\n")
    }

    func testWhitespaceOnlyIsAnEmptyDocument() throws {
        try file("blank.txt", " \n\t\r\n\u{3000}\n")
        let r = try run(["extract", "--jsonl", "blank.txt"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdoutText, "{\"id\":\"blank.txt\",\"schema\":\"graphctl.extract/1\",\"mentions\":[],\"relations\":[]}\n")
    }

    /// One enormous line with no sentence end, dense with names (the worst case). The splitter cuts it
    /// into bounded sentences, so time is linear. GRAPHCTL_TEST_LONG_LINE_KB (default 128) sets the size.
    /// CI runs the same case at 100 MB with the release binary in scripts/huge-line.sh, since the debug
    /// binary analyses only a few kB of such text per second. The record is checked on the bytes of the
    /// output file, so the test itself stays small beside a large input.
    func testOneHugeLineIsProcessed() throws {
        let kb = Int(ProcessInfo.processInfo.environment["GRAPHCTL_TEST_LONG_LINE_KB"] ?? "") ?? 128
        let unit = Array("市长王建国会见了客人并进行了交谈".utf8)  // 16 characters, 48 bytes, no punctuation
        let units = (kb << 10) / unit.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units * unit.count)
        for _ in 0..<units { bytes += unit }
        try file("long.txt", bytes)
        bytes = []
        let r = try run(["extract", "--jsonl", "long.txt", "-o", "long.jsonl"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        let out = try Data(contentsOf: dir.appendingPathComponent("long.jsonl"), options: .alwaysMapped)
        XCTAssertEqual(out.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }, 1, "one record, one line")
        XCTAssertEqual(out.last, 0x0A)
        // Every unit's name is found, and the last one carries the offset of the last unit.
        let name = Data("\"text\":\"王建国\"".utf8)
        var found = 0
        var from = out.startIndex
        while let hit = out.range(of: name, in: from..<out.endIndex) { found += 1; from = hit.upperBound }
        XCTAssertEqual(found, units)
        let lastStart = Data("{\"start\":\((units - 1) * 16 + 2),\"end\":\((units - 1) * 16 + 5),".utf8)
        XCTAssertNotNil(out.range(of: lastStart), "the last name keeps its scalar offset")
    }

    func testTenThousandTinyFiles() throws {
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for i in 0..<10_000 {
            try Data("第\(i)号 市长王建国会见客人。".utf8).write(to: corpus.appendingPathComponent(String(format: "%05d.txt", i)))
        }
        let r = try run(["extract", "--jsonl", "corpus"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        let lines = r.stdoutLines
        XCTAssertEqual(lines.count, 10_000)
        XCTAssertTrue(lines.first?.hasPrefix("{\"id\":\"corpus/00000.txt\"") ?? false)
        XCTAssertTrue(lines.last?.hasPrefix("{\"id\":\"corpus/09999.txt\"") ?? false)
    }

    // MARK: The file system

    func testUnreadableFileIsSkipped() throws {
        try file("secret.txt", Self.goodText)
        chmod(dir.appendingPathComponent("secret.txt").path, 0)
        if isRoot { throw XCTSkip("running as root: permissions are not enforced (see testDirectoryGivenAsFileInsideIsSkipped)") }
        try assertSkipped("secret.txt", reason: "permission denied")
    }

    /// The unreadable-file case when running as root: a path through a regular file cannot be opened.
    func testPathThroughAFileIsSkipped() throws {
        try file("plain.txt", "x")
        try assertSkipped("plain.txt/inner.txt", reason: "not a directory")
    }

    func testSymlinkLoopIsSkipped() throws {
        symlink("b.txt", dir.appendingPathComponent("a.txt").path)
        symlink("a.txt", dir.appendingPathComponent("b.txt").path)
        try assertSkipped("a.txt", reason: "symlink loop")
    }

    func testDirectorySymlinkLoopIsWalkedOnce() throws {
        try file("tree/one.txt", Self.goodText)
        symlink("..", dir.appendingPathComponent("tree/up").path)
        let r = try run(["extract", "--jsonl", "tree"])
        XCTAssertEqual(r.stdoutLines.count, 1, r.stdoutText)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines, ["graphctl: tree/up/tree: symlink loop (directory already visited) (skipped)"])
    }

    func testFIFOInADirectoryDoesNotHang() throws {
        try file("tree/one.txt", Self.goodText)
        mkfifo(dir.appendingPathComponent("tree/pipe.txt").path, 0o644)
        let r = try run(["extract", "--jsonl", "tree"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines, ["graphctl: tree/pipe.txt: not a regular file (skipped)"])
        XCTAssertEqual(r.stdoutLines.count, 1)
    }

    func testDirectoryOfImagesSaysNothingMatched() throws {
        try file("photos/a.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2])
        try file("photos/b.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])
        let r = try run(["extract", "--jsonl", "photos"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines, ["graphctl: photos: no files matching *.txt (use --include GLOB) (skipped)"])
        XCTAssertEqual(r.stdout.count, 0)
        // Asked for every file, each image is named with its reason.
        let all = try run(["extract", "--jsonl", "--include", "*", "photos"])
        XCTAssertEqual(all.status, 1)
        XCTAssertEqual(all.stderrLines, ["graphctl: photos/a.png: not text (binary data: NUL bytes) (skipped)",
                                         "graphctl: photos/b.jpg: not text (binary data: NUL bytes) (skipped)"])
    }

    func testMissingPathIsSkipped() throws {
        try assertSkipped("nowhere.txt", reason: "no such file or directory")
    }

    // MARK: Outputs

    func testOutputIntoAMissingDirectoryFailsBeforeWriting() throws {
        try file("good.txt", Self.goodText)
        let r = try run(["extract", "--jsonl", "good.txt", "-o", "missing/out.jsonl"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines, ["graphctl: \(dir.path)/missing/out.jsonl: directory \(dir.path)/missing does not exist"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("missing").path))
    }

    func testOutputIntoAReadOnlyDirectoryFails() throws {
        try file("good.txt", Self.goodText)
        let target: String
        if isRoot {
            target = "/proc/self/out.jsonl"  // root ignores permission bits; /proc refuses new files
        } else {
            let ro = dir.appendingPathComponent("ro")
            try FileManager.default.createDirectory(at: ro, withIntermediateDirectories: true)
            chmod(ro.path, 0o555)
            target = ro.appendingPathComponent("out.jsonl").path
        }
        let r = try run(["extract", "--jsonl", "good.txt", "-o", target])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines.count, 1)
        XCTAssertTrue(r.stderr.hasPrefix("graphctl: \(target): cannot create a file in "), r.stderr)
        XCTAssertEqual(r.stdout.count, 0)
    }

    // MARK: Dictionaries and stop lists

    func testMalformedDictLineNamesFileAndLine() throws {
        try file("good.txt", Self.goodText)
        try file("extra.tsv", "# my names\n张三丰\tperson\t张三丰\n李四\tsomething\n")
        let r = try run(["extract", "--jsonl", "--dict", "extra.tsv", "good.txt"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines.count, 1)
        XCTAssertTrue(r.stderr.hasPrefix("graphctl: \(dir.path)/extra.tsv:3: unknown kind 'something' (expected one of "), r.stderr)
        XCTAssertEqual(r.stdout.count, 0, "a broken dictionary stops the run before any output")
    }

    func testMissingDictFileIsNamed() throws {
        try file("good.txt", Self.goodText)
        let r = try run(["extract", "--jsonl", "--dict", "none.tsv", "good.txt"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines, ["graphctl: \(dir.path)/none.tsv: cannot read the file (no such file or directory)"])
    }

    func testMalformedStopLineNamesFileAndLine() throws {
        try file("good.txt", Self.goodText)
        try file("stop.txt", "王建国\n# comment\n客人\tperson\n")
        let r = try run(["extract", "--jsonl", "--stop", "stop.txt", "good.txt"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines, ["graphctl: \(dir.path)/stop.txt:3: a stop list line is a name, or 'name<TAB>stop'; found kind 'person'"])
    }

    func testStopListWithInvalidUTF8NamesTheLine() throws {
        try file("good.txt", Self.goodText)
        try file("stop.txt", Array("王建国\n客人\n".utf8) + [0xC3, 0x28, 0x0A])
        let r = try run(["extract", "--jsonl", "--stop", "stop.txt", "good.txt"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines, ["graphctl: \(dir.path)/stop.txt:3: not valid UTF-8"])
    }

    // MARK: Saved graphs

    func testMalformedGraphJSONIsRejectedWithAReason() throws {
        try file("graph.json", "{\"format\":\"graphctl.graph\",\"version\":1,\"strings\":[1,2]}")
        let r = try run(["export", "--dot", "--graph", "graph.json"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines.count, 1)
        XCTAssertTrue(r.stderr.hasPrefix("graphctl: \(dir.path)/graph.json: "), r.stderr)
        XCTAssertEqual(r.stdout.count, 0)
    }

    func testTruncatedGraphJSONIsRejected() throws {
        try file("a.txt", Self.goodText)
        XCTAssertEqual(try run(["build", "-q", "a.txt", "-o", "full.json"]).status, 0)
        let full = try Data(contentsOf: dir.appendingPathComponent("full.json"))
        try file("graph.json", [UInt8](full.prefix(full.count / 2)))
        let r = try run(["stats", "--graph", "graph.json"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines.count, 1)
        XCTAssertTrue(r.stderr.hasPrefix("graphctl: \(dir.path)/graph.json: "), r.stderr)
        XCTAssertTrue(r.stderr.contains("end of file") || r.stderr.contains("truncated"), r.stderr)
    }

    func testGraphFromANewerFormatVersionIsRefused() throws {
        try file("graph.json", "{\"format\":\"graphctl.graph\",\"version\":99,\"strings\":[]}")
        let r = try run(["query", "top", "--graph", "graph.json"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines, ["graphctl: \(dir.path)/graph.json: written by a newer graphctl (format version 99; this one reads 1)"])
    }

    func testOneUnreadableGraphInAMergeIsSkipped() throws {
        try file("a.txt", Self.goodText)
        XCTAssertEqual(try run(["build", "-q", "a.txt", "-o", "a.json"]).status, 0)
        try file("b.json", "not json")
        let r = try run(["merge", "a.json", "b.json", "-o", "all.json"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderrLines.contains { $0.hasPrefix("graphctl: \(dir.path)/b.json: ") && $0.hasSuffix(" (skipped)") }, r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("all.json").path))
    }

    // MARK: Streams

    /// stdin ends early: the writer went away mid-character. What arrived is reported, not dropped silently.
    func testStdinClosedMidCharacter() throws {
        let bytes = Array("市长王建国昨天会见了客人".utf8)
        let r = try run(["extract", "--jsonl", "-"], stdin: Data(bytes.dropLast()))
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderrLines, ["graphctl: -: UTF-8 cut off at the end of the file (byte \(bytes.count - 3) starts a 3-byte sequence, 2 bytes remain) (skipped)"])
    }

    /// stdin closed at once (no data): one empty document, not an error.
    func testStdinClosedImmediately() throws {
        let r = try run(["extract", "--jsonl", "-"], stdin: Data())
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdoutText, "{\"id\":\"-\",\"schema\":\"graphctl.extract/1\",\"mentions\":[],\"relations\":[]}\n")
    }

    /// In --lines mode a stream cut mid-line keeps every complete line.
    func testStdinLinesWithoutFinalNewline() throws {
        let r = try run(["extract", "--jsonl", "--lines", "-"], stdin: Data("市长王建国会见客人。\n副市长李明华出席".utf8))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdoutLines.count, 2)
        XCTAssertTrue(r.stdoutLines[1].hasPrefix("{\"id\":\"-:2\""))
    }
}
