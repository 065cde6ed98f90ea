import Dispatch
import Entities
import Foundation
import Graph

/// What every command shares: messages on stderr, the exit status, data loading and output files.
final class Console: @unchecked Sendable {
    var quiet = false
    var verbose = false
    /// Set when some input was skipped: the run ends with exit status 1.
    private(set) var skipped = 0
    private let lock = NSLock()
    let isTerminal = isatty(STDERR_FILENO) != 0

    func error(_ message: String) {
        lock.lock(); defer { lock.unlock() }
        clearProgressLocked()
        FileHandle.standardError.write(Data(("graphctl: " + message + "\n").utf8))
    }

    func skip(_ message: String) {
        lock.lock(); skipped += 1; lock.unlock()
        error(message + " (skipped)")
    }

    func info(_ message: String) {
        guard !quiet else { return }
        lock.lock(); defer { lock.unlock() }
        clearProgressLocked()
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    func detail(_ message: String) {
        if verbose { info(message) }
    }

    private var progressShown = false
    private var lastProgress = Date.distantPast

    /// A progress line on stderr for long runs, only when stderr is a terminal.
    func progress(_ message: @autoclosure () -> String) {
        guard isTerminal, !quiet else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastProgress) > 0.25 else { return }
        lastProgress = now
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + message()).utf8))
        progressShown = true
    }

    private func clearProgressLocked() {
        if progressShown {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            progressShown = false
        }
    }

    func finishProgress() {
        lock.lock(); defer { lock.unlock() }
        clearProgressLocked()
    }
}

/// Options shared by the commands that read text.
struct TextOptions {
    static let specs: [OptionSpec] = [
        OptionSpec(names: ["--include"], value: "GLOB", help: "In directories, read files matching GLOB (default *.txt; repeatable).", repeatable: true),
        OptionSpec(names: ["--encoding"], value: "ENC", help: "auto (default), utf-8, utf-16le, utf-16be, gb18030 or big5."),
        OptionSpec(names: ["--dictionaries"], value: "DIR", help: "Use the dictionaries in DIR (default: $GRAPHCTL_DICTIONARIES, else the bundled ones)."),
        OptionSpec(names: ["--dict"], value: "FILE", help: "Add dictionary entries from FILE (same TSV format; repeatable).", repeatable: true),
        OptionSpec(names: ["--stop"], value: "FILE", help: "Never report the names listed in FILE (one per line; repeatable).", repeatable: true),
        OptionSpec(names: ["-j", "--jobs"], value: "N", help: "Worker threads (default: all cores). Output is identical for any N."),
    ]

    var include: [String]
    var encoding: TextEncodingChoice
    var dictionaries: String?
    var dicts: [String]
    var stops: [String]
    var jobs: Int

    init(_ a: ParsedArguments) throws {
        include = a.all("include").isEmpty ? ["*.txt"] : a.all("include")
        let enc = a.value("encoding") ?? "auto"
        guard let e = TextEncodingChoice(rawValue: enc.lowercased()) else {
            throw UsageError(message: "--encoding: unknown encoding '\(enc)' (expected \(TextEncodingChoice.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        encoding = e
        dictionaries = a.value("dictionaries")
        dicts = a.all("dict")
        stops = a.all("stop")
        jobs = try a.int("jobs", range: 1...256) ?? ProcessInfo.processInfo.activeProcessorCount
    }
}

/// A data problem that stops the run before any output: exit status 2 for usage, 1 otherwise.
struct FatalError: Error {
    var message: String
}

enum Runtime {
    /// Builds the entity pipeline from the located dictionaries plus `--dict` / `--stop` files.
    static func pipeline(_ options: TextOptions, console: Console) throws -> EntityPipeline {
        let locator = DataLocator(explicit: options.dictionaries)
        guard let dir = locator.dictionaries else {
            throw FatalError(message: "no dictionaries found: pass --dictionaries DIR or set GRAPHCTL_DICTIONARIES (an installed graphctl keeps them in PREFIX/share/graphctl/Dictionaries)")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw FatalError(message: "\(dir.path): dictionaries directory does not exist")
        }
        do {
            var entries = try Lexicon.load(directory: dir).entries
            for f in options.dicts { entries += try DictionaryFile.load(URL(fileURLWithPath: f)) }
            for f in options.stops { entries += try StopList.load(URL(fileURLWithPath: f)) }
            let converter = try scriptConverter(dictionaries: dir)
            console.detail("dictionaries: \(dir.path) (\(entries.count) entries)")
            return EntityPipeline(lexicon: Lexicon(entries: entries), converter: converter)
        } catch let e as DictionaryFile.ParseError {
            throw FatalError(message: e.description)
        } catch let e as ReadError {
            throw FatalError(message: e.message)
        }
    }

    /// The traditional→simplified table alone (queries need it to read names, not the whole lexicon).
    static func scriptConverter(dictionaries dir: URL) throws -> ScriptConverter {
        let table = dir.appendingPathComponent("script/traditional-simplified.tsv")
        return FileManager.default.fileExists(atPath: table.path) ? try ScriptConverter(tableFile: table) : ScriptConverter.empty
    }

    static func scriptConverter(_ options: TextOptions) -> ScriptConverter {
        guard let dir = DataLocator(explicit: options.dictionaries).dictionaries else { return .empty }
        return (try? scriptConverter(dictionaries: dir)) ?? .empty
    }

    /// The inputs to read: the paths given, else the bundled seeds (saying so on stderr).
    static func inputs(_ paths: [String], console: Console) throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let seeds = DataLocator().seeds else {
            throw FatalError(message: "no input given and the bundled seeds were not found (set GRAPHCTL_SEEDS or pass PATH…)")
        }
        console.detail("reading the bundled seeds: \(seeds.path)")
        // Document ids are the paths as given: relative to the working directory when the seeds are
        // below it (`seeds/000_….txt` in a checkout), absolute otherwise.
        let cwd = FileManager.default.currentDirectoryPath
        let path = seeds.standardizedFileURL.path
        if path.hasPrefix(cwd + "/") { return [String(path.dropFirst(cwd.count + 1))] }
        return [path]
    }

    /// Writes to `path` atomically, or to stdout when `path` is nil or "-".
    static func write(to path: String?, _ body: (inout BufferedFileSink) throws -> Void) throws {
        if let path, path != "-" {
            try AtomicFileWriter(destination: URL(fileURLWithPath: path)).write(body)
        } else {
            var sink = BufferedFileSink(handle: FileHandle.standardOutput)
            try body(&sink)
            try sink.flush()
        }
    }
}

/// Reads the inputs and analyses documents on `jobs` threads in bounded batches, handing results
/// to `emit` in input order: memory stays bounded by the batch, output is identical for any `jobs`.
struct DocumentProcessor {
    var reader: CorpusReader
    var lines: Bool
    var jobs: Int
    var batchCharacters = 4_000_000

    func run<T>(_ paths: [String], console: Console, work: @escaping @Sendable (SourceDocument) -> T,
                emit: (T) throws -> Void) throws {
        var batch: [SourceDocument] = []
        var batchSize = 0
        var documents = 0
        var characters = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            let results = ResultSlots<T>(count: batch.count)
            let docs = batch
            if jobs <= 1 || docs.count == 1 {
                for (i, d) in docs.enumerated() { results.set(i, work(d)) }
            } else {
                let next = AtomicCounter()
                DispatchQueue.concurrentPerform(iterations: min(jobs, docs.count)) { _ in
                    while true {
                        let i = next.increment()
                        if i >= docs.count { break }
                        results.set(i, work(docs[i]))
                    }
                }
            }
            for i in 0..<docs.count { if let r = results.get(i) { try emit(r) } }
            documents += docs.count
            characters += batchSize
            console.progress("graphctl: \(documents) documents, \(characters / 1000) k characters")
            batch.removeAll(keepingCapacity: true)
            batchSize = 0
        }
        for item in reader.expand(paths) {
            switch item {
            case .failure(let e):
                console.skip(e.message)
            case .success(let path):
                if lines {
                    switch reader.readLines(path) {
                    case .failure(let e): console.skip(e.message)
                    case .success(let docs):
                        for d in docs {
                            batch.append(d)
                            batchSize += d.scalars.count + 1
                            if batchSize >= batchCharacters { try flush() }
                        }
                    }
                } else {
                    switch reader.read(path) {
                    case .failure(let e): console.skip(e.message)
                    case .success(let d):
                        batch.append(d)
                        batchSize += d.scalars.count
                        if batchSize >= batchCharacters || batch.count >= 256 * max(1, jobs) { try flush() }
                    }
                }
            }
        }
        try flush()
        console.finishProgress()
    }
}

/// Result slots written by worker threads at distinct indices.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }
    func get(_ i: Int) -> T? { lock.lock(); defer { lock.unlock() }; return slots[i] }
}

final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
}
