import Foundation
import XCTest

/// `-o FILE` is atomic: killing graphctl mid-export (SIGINT or SIGKILL) leaves the previous file
/// whole, and no half-written file survives (SIGINT removes it at once; after SIGKILL the next
/// write into the directory removes it).
final class AtomicOutputTests: CLITestCase {
    /// A graph big enough that exporting it takes seconds: a chain of `count` persons.
    func writeBigGraph(_ name: String, count: Int) throws {
        var s = "{\"format\":\"graphctl.graph\",\"version\":1,\"strings\":[\"person\",\"co_occurs\",\"d.txt\",\"rule\""
        for i in 0..<count { s += ",\"名\(i)\"" }
        s += "],\"documents\":[[2,-1,1,10]],\"sentences\":[[2,0,0,10,\"一句话\"]],\"nodes\":["
        for i in 0..<count { s += (i > 0 ? "," : "") + "[0,\(4 + i),[],[],[],1,[2],[]]" }
        s += "],\"edges\":["
        for i in 0..<(count - 1) { s += (i > 0 ? "," : "") + "[\(i),\(i + 1),1,-1,-1,-1,1,[0,3]]" }
        s += "]}"
        try file(name, s)
    }

    func temporaryFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(".graphctl-tmp-") }
    }

    /// Starts the export, waits until its temporary file is being written, sends `sig`.
    func interruptExport(with sig: Int32) throws -> CLIRun {
        try writeBigGraph("big.json", count: 200_000)
        try file("out.graphml", "OLD CONTENT\n")
        let (process, out, err) = try CLI.start(["export", "--graphml", "--graph", "big.json", "-o", "out.graphml"],
                                                in: dir, scratch: FileManager.default.temporaryDirectory)
        let deadline = Date().addingTimeInterval(120)
        var writing = false
        while Date() < deadline, process.isRunning {
            if let t = temporaryFiles().first,
               let size = try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(t).path)[.size] as? Int,
               size > 0 { writing = true; break }
            usleep(5_000)
        }
        guard writing else {
            process.terminate()
            _ = CLI.finish(process, out, err)
            throw XCTSkip("the export finished before it could be interrupted")
        }
        kill(process.processIdentifier, sig)
        return CLI.finish(process, out, err)
    }

    func testSIGINTMidExportKeepsThePreviousFileAndRemovesTheTemporaryOne() throws {
        let r = try interruptExport(with: SIGINT)
        // Ended by the signal, or (when the main thread reached its rename after the handler removed
        // the temporary file) by the failed rename: never a success.
        XCTAssertTrue(r.signalled || r.status != 0, "status \(r.status)")
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("out.graphml"), encoding: .utf8), "OLD CONTENT\n")
        XCTAssertEqual(temporaryFiles(), [], "no half-written file is left behind")
    }

    func testSIGKILLMidExportKeepsThePreviousFileAndTheNextRunCleansUp() throws {
        let r = try interruptExport(with: SIGKILL)
        XCTAssertTrue(r.signalled)
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("out.graphml"), encoding: .utf8), "OLD CONTENT\n")
        // SIGKILL cannot be caught: the hidden temporary file stays until the next write here.
        try file("small.json", "{\"format\":\"graphctl.graph\",\"version\":1,\"strings\":[]}")
        let next = try run(["stats", "--graph", "small.json", "-o", "stats.txt"])
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertEqual(temporaryFiles(), [])
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("out.graphml"), encoding: .utf8), "OLD CONTENT\n")
    }

    func testCompletedExportReplacesTheFileWhole() throws {
        try writeBigGraph("g.json", count: 50)
        try file("out.graphml", "OLD CONTENT\n")
        let r = try run(["export", "--graphml", "--graph", "g.json", "-o", "out.graphml"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let text = try String(contentsOf: dir.appendingPathComponent("out.graphml"), encoding: .utf8)
        XCTAssertTrue(text.hasSuffix("</graphml>\n"), String(text.suffix(40)))
        XCTAssertEqual(temporaryFiles(), [])
    }
}
