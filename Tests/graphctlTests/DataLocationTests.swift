import Foundation
import XCTest

/// The binary finds its dictionaries and the bundled seeds wherever it runs: from another working
/// directory, from a renamed build folder, and as an installed copy (PREFIX/bin + PREFIX/share/graphctl);
/// without them it fails with one clear line, never a trap.
final class DataLocationTests: XCTestCase {
    private var scratch: URL!
    private let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func copyBinary(to dir: URL) throws -> URL {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let target = dir.appendingPathComponent("graphctl")
        try FileManager.default.copyItem(at: try CLI.requireBinary(), to: target)
        return target
    }

    private func run(_ binary: URL, _ args: [String], environment: [String: String] = [:]) -> (Int32, String, String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = scratch
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "GRAPHCTL_DICTIONARIES")
        env.removeValue(forKey: "GRAPHCTL_SEEDS")
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch { return (-1, "", "\(error)") }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func testRunsFromAnotherDirectoryAndFindsTheSeeds() throws {
        let (status, out, err) = run(try CLI.requireBinary(), ["build", "-o", "-", "-q"])
        XCTAssertEqual(status, 0, err)
        XCTAssertTrue(out.contains("张毅恭"), "the bundled seeds were read")
    }

    func testRunsFromARenamedBuildFolder() throws {
        let renamed = checkout.appendingPathComponent(".build-renamed-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: renamed) }
        let binary = try copyBinary(to: renamed.appendingPathComponent("release"))
        let (status, out, err) = run(binary, ["extract", "--jsonl", checkout.appendingPathComponent("seeds/000_a71c9d4585d715b7.txt").path])
        XCTAssertEqual(status, 0, err)
        XCTAssertTrue(out.contains("\"entity\":\"习近平\""), out)
    }

    func testRunsAsAnInstalledCopy() throws {
        let prefix = scratch.appendingPathComponent("prefix")
        let binary = try copyBinary(to: prefix.appendingPathComponent("bin"))
        let share = prefix.appendingPathComponent("share/graphctl")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        for name in ["Dictionaries", "seeds"] {
            try FileManager.default.copyItem(at: checkout.appendingPathComponent(name), to: share.appendingPathComponent(name))
        }
        let (status, out, err) = run(binary, ["build", "-o", "-", "-q"])
        XCTAssertEqual(status, 0, err)
        XCTAssertTrue(out.contains("习近平"))
    }

    func testWithoutDataItSaysWhereToPointAndDoesNotTrap() throws {
        let binary = try copyBinary(to: scratch.appendingPathComponent("lonely"))
        let (status, _, err) = run(binary, ["extract", "--jsonl", "-"])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(err.contains("--dictionaries"), err)
        XCTAssertEqual(err.split(separator: "\n").count, 1, err)
        let (ok, out, err2) = run(binary, ["extract", "--jsonl", checkout.appendingPathComponent("seeds/003_43249fa52e341e34.txt").path],
                                  environment: ["GRAPHCTL_DICTIONARIES": checkout.appendingPathComponent("Dictionaries").path])
        XCTAssertEqual(ok, 0, err2)
        XCTAssertTrue(out.contains("\"mentions\":[{"), out)
    }
}
