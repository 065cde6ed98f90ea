import Foundation
import XCTest

/// The guarantees map-reduce relies on, checked on the built `graphctl` binary over the bundled seeds:
/// output does not depend on the thread count, `build --from-jsonl` over `extract --full` records equals
/// `build` over the text, and `merge` of partial graphs is order-independent and equals the whole build.
final class MapReduceTests: XCTestCase {
    /// The repository root (this file is Tests/graphctlTests/MapReduceTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The seed articles as absolute paths, sorted: document ids are the paths as given, so every run
    /// below names the same documents the same way.
    static var seeds: [String] {
        let dir = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    /// `graphctl` next to the test bundle (`.build/<triple>/debug/graphctl`).
    static var binary: URL? {
        var dir = Bundle(for: MapReduceTests.self).bundleURL.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("graphctl")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let fallback = root.appendingPathComponent(".build/debug/graphctl")
        return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }

    var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-mapreduce-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Runs graphctl with `arguments`, stdin from `input` if given; returns stdout, failing on a non-zero exit.
    @discardableResult
    func graphctl(_ arguments: [String], input: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
        let binary = try XCTUnwrap(Self.binary, "graphctl binary not built next to the tests", file: file, line: line)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = scratch
        let out = scratch.appendingPathComponent("stdout-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
        try process.run()
        process.waitUntilExit()
        try handle.close()
        XCTAssertEqual(process.terminationStatus, 0, "graphctl \(arguments.joined(separator: " ")) failed", file: file, line: line)
        return try Data(contentsOf: out)
    }

    func path(_ name: String) -> String { scratch.appendingPathComponent(name).path }

    func testSeedsAreThere() {
        XCTAssertGreaterThanOrEqual(Self.seeds.count, 2, "the tests below split the seeds in two halves")
    }

    func testExtractOutputIsByteIdenticalForAnyThreadCount() throws {
        let one = try graphctl(["extract", "--jsonl", "-j", "1"] + Self.seeds)
        XCTAssertFalse(one.isEmpty)
        XCTAssertEqual(one, try graphctl(["extract", "--jsonl", "-j", "2"] + Self.seeds))
        XCTAssertEqual(one, try graphctl(["extract", "--jsonl", "-j", "5"] + Self.seeds))
        let full = try graphctl(["extract", "--jsonl", "--full", "-j", "1"] + Self.seeds)
        XCTAssertEqual(full, try graphctl(["extract", "--jsonl", "--full", "-j", "2"] + Self.seeds))
    }

    func testBuildOutputIsByteIdenticalForAnyThreadCount() throws {
        let one = try graphctl(["build", "-q", "-j", "1", "-o", "-"] + Self.seeds)
        XCTAssertFalse(one.isEmpty)
        XCTAssertEqual(one, try graphctl(["build", "-q", "-j", "2", "-o", "-"] + Self.seeds))
    }

    func testGraphFromFullRecordsEqualsGraphFromText() throws {
        let records = try graphctl(["extract", "--jsonl", "--full"] + Self.seeds)
        try records.write(to: URL(fileURLWithPath: path("records.jsonl")))
        let fromText = try graphctl(["build", "-q", "-o", "-"] + Self.seeds)
        let fromRecords = try graphctl(["build", "-q", "--from-jsonl", path("records.jsonl"), "-o", "-"])
        XCTAssertEqual(fromText, fromRecords, "build --from-jsonl over extract --full records must equal build over the text")
        // The same records through stdin, as a map-reduce pipe delivers them.
        let fromStdin = try graphctl(["build", "-q", "--from-jsonl", "-", "-o", "-"],
                                     input: URL(fileURLWithPath: path("records.jsonl")))
        XCTAssertEqual(fromText, fromStdin)
    }

    func testMergeIsCommutativeAndEqualsTheWholeBuild() throws {
        let seeds = Self.seeds
        let half = seeds.count / 2
        try graphctl(["build", "-q", "-o", path("a.json")] + Array(seeds[..<half]))
        try graphctl(["build", "-q", "-o", path("b.json")] + Array(seeds[half...]))
        let ab = try graphctl(["merge", path("a.json"), path("b.json"), "-o", "-"])
        let ba = try graphctl(["merge", path("b.json"), path("a.json"), "-o", "-"])
        XCTAssertEqual(ab, ba, "merge must not depend on the order of its inputs")
        let whole = try graphctl(["build", "-q", "-o", "-"] + seeds)
        XCTAssertEqual(ab, whole, "merging the graphs of two halves must equal the graph of the whole corpus")
    }

    /// 李刚 is 泉州市委书记 in one document and 厦门市委书记 in another: one build splits the name, a batch
    /// holding one of them cannot. `build --homonym-table` over all records, handed to every batch with
    /// `--homonyms`, makes the merge of the batch graphs equal the whole build again.
    func testHomonymTableMakesTheMergeOfBatchesExact() throws {
        let texts = ["a.txt": "泉州市委书记李刚主持召开会议。\n", "b.txt": "厦门市委书记李刚出席活动并讲话。\n",
                     "c.txt": "李刚表示，要加强两岸交流合作。\n"]
        for (name, text) in texts { try Data(text.utf8).write(to: URL(fileURLWithPath: path(name))) }
        for name in texts.keys { try graphctl(["extract", "--jsonl", "--full", "-o", path(name + ".jsonl"), name]) }
        let all = URL(fileURLWithPath: path("all.jsonl"))
        var records = Data()
        for name in texts.keys.sorted() { records.append(try Data(contentsOf: URL(fileURLWithPath: path(name + ".jsonl")))) }
        try records.write(to: all)
        let whole = try graphctl(["build", "-q", "--from-jsonl", all.path, "-o", "-"])
        XCTAssertTrue(String(decoding: whole, as: UTF8.self).contains("李刚（厦门市委）"), "the whole build splits the name")
        try graphctl(["build", "-q", "--from-jsonl", all.path, "--homonym-table", "-o", path("table.json")])
        for (batch, names) in [("p", ["a.txt", "c.txt"]), ("q", ["b.txt"])] {
            let inputs = names.map { path($0 + ".jsonl") }
            try graphctl(["build", "-q", "--from-jsonl"] + inputs + ["-o", path(batch + ".plain.json")])
            try graphctl(["build", "-q", "--from-jsonl"] + inputs + ["--homonyms", path("table.json"), "-o", path(batch + ".json")])
        }
        let exact = try graphctl(["merge", "-q", path("p.json"), path("q.json"), "-o", "-"])
        XCTAssertEqual(exact, whole, "batches built with the corpus's homonym table must merge into the whole build")
        let plain = try graphctl(["merge", "-q", path("p.plain.json"), path("q.plain.json"), "-o", "-"])
        XCTAssertNotEqual(plain, whole, "without the table the batches cannot split the name (documented limitation)")
    }

    func testMergeIsAssociative() throws {
        let seeds = Self.seeds
        guard seeds.count >= 3 else { throw XCTSkip("needs three seed documents") }
        for (i, s) in seeds.prefix(3).enumerated() { try graphctl(["build", "-q", "-o", path("p\(i).json"), s]) }
        try graphctl(["merge", path("p0.json"), path("p1.json"), "-o", path("p01.json")])
        try graphctl(["merge", path("p1.json"), path("p2.json"), "-o", path("p12.json")])
        let left = try graphctl(["merge", path("p01.json"), path("p2.json"), "-o", "-"])
        let right = try graphctl(["merge", path("p0.json"), path("p12.json"), "-o", "-"])
        XCTAssertEqual(left, right, "(a+b)+c must equal a+(b+c)")
        let flat = try graphctl(["merge", path("p2.json"), path("p0.json"), path("p1.json"), "-o", "-"])
        XCTAssertEqual(left, flat)
    }
}
