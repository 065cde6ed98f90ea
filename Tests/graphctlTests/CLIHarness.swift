import Foundation
import XCTest

/// One finished run of the `graphctl` binary.
struct CLIRun {
    var status: Int32
    /// Set when the process ended by a signal rather than `exit`.
    var signalled: Bool
    var stdout: Data
    var stderr: String
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stdoutLines: [String] { stdoutText.split(separator: "\n").map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the built `graphctl` binary the way a user does: arguments, optional stdin, a working
/// directory; stdout/stderr are captured through files (pipes could fill up and deadlock).
enum CLI {
    /// The `graphctl` executable next to the test bundle (`.build/debug/graphctl`), or the one
    /// GRAPHCTL_TEST_BINARY names, to run the end-to-end cases against another build (the release one,
    /// or an installed copy).
    static let binary: URL? = {
        if let path = ProcessInfo.processInfo.environment["GRAPHCTL_TEST_BINARY"], !path.isEmpty {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
        }
        var candidates: [URL] = []
        for b in Bundle.allBundles { candidates.append(b.bundleURL.deletingLastPathComponent()) }
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for dir in candidates {
            for d in [dir, dir.deletingLastPathComponent()] {
                let url = d.appendingPathComponent("graphctl")
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
                   FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }()

    static func requireBinary() throws -> URL {
        guard let b = binary else { throw XCTSkip("graphctl binary not found next to the test bundle") }
        return b
    }

    /// Starts graphctl; the caller waits with `finish`. stdout/stderr go to files in `scratch`.
    static func start(_ arguments: [String], stdin: FileHandle? = nil, in directory: URL,
                      scratch: URL) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = try requireBinary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = scratch.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = scratch.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    static func finish(_ process: Process, _ out: URL, _ err: URL) -> CLIRun {
        process.waitUntilExit()
        let o = (try? Data(contentsOf: out)) ?? Data()
        let e = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: out)
        try? FileManager.default.removeItem(at: err)
        return CLIRun(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                      stdout: o, stderr: e)
    }

    /// Runs to completion. `stdin` bytes are written to a file first (`nil`: /dev/null).
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL) throws -> CLIRun {
        let scratch = FileManager.default.temporaryDirectory
        var input: FileHandle?
        var inputFile: URL?
        if let stdin {
            let f = scratch.appendingPathComponent("stdin-\(UUID().uuidString)")
            try stdin.write(to: f)
            input = try FileHandle(forReadingFrom: f)
            inputFile = f
        }
        defer { if let inputFile { try? FileManager.default.removeItem(at: inputFile) } }
        let (p, o, e) = try start(arguments, stdin: input, in: directory, scratch: scratch)
        return finish(p, o, e)
    }
}

/// Base class: a fresh temporary working directory per test, removed afterwards.
class CLITestCase: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        _ = try CLI.requireBinary()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    @discardableResult
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return name
    }

    @discardableResult
    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> CLIRun {
        try CLI.run(arguments, stdin: stdin, in: dir)
    }

    var isRoot: Bool { getuid() == 0 }

    /// A sentence the recognisers certainly find a person in (a title before a full name).
    static let goodText = "本报讯 市长王建国昨天会见了来访的客人。\n"
}
