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

/// Values kept alive until the process exits, so they are never freed piece by piece.
///
/// Why: a command's pipeline holds ~60 k dictionary entries (strings, attribute tables, per-pattern
/// arrays). Releasing them one by one when the command returned cost 67 M instructions, 4 % of an
/// `extract` of the seeds plus a 112 k character text, just before the process exit reclaims the
/// memory at once anyway. One pipeline per process, so nothing accumulates.
final class ProcessLifetime: @unchecked Sendable {
    static let shared = ProcessLifetime()
    private let lock = NSLock()
    private var kept: [Any] = []

    func keep(_ value: Any) {
        lock.lock(); defer { lock.unlock() }
        kept.append(value)
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
        OptionSpec(names: ["-j", "--jobs"], value: "N", help: "Worker threads (default: all cores), each with its own copy of the dictionaries (some 20 MB). Output is identical for any N."),
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
    /// The pipeline, and more of it for worker threads: one per thread working at once (see `ReplicaPool`
    /// for why they do not share one). A replica loads the same dictionaries again, quietly; should that
    /// fail (the files changed under the run) the worker shares the first, which is only slower.
    static func pipelines(_ options: TextOptions, console: Console) throws -> ReplicaPool<EntityPipeline> {
        let first = try loadPipeline(options, console: console, threads: options.jobs)
        return ReplicaPool(first) {
            (try? loadPipeline(options, console: nil, threads: 1)) ?? first
        }
    }

    /// Builds the entity pipeline from the located dictionaries plus `--dict` / `--stop` files.
    private static func loadPipeline(_ options: TextOptions, console: Console?, threads: Int) throws -> EntityPipeline {
        let locator = DataLocator(explicit: options.dictionaries)
        guard let dir = locator.dictionaries else {
            throw FatalError(message: "no dictionaries found: pass --dictionaries DIR or set GRAPHCTL_DICTIONARIES (an installed graphctl keeps them in PREFIX/share/graphctl/Dictionaries)")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw FatalError(message: "\(dir.path): dictionaries directory does not exist")
        }
        do {
            var entries = try Lexicon.loadEntries(directory: dir, threads: threads)
            for f in options.dicts { entries += try DictionaryFile.load(URL(fileURLWithPath: f)) }
            for f in options.stops { entries += try StopList.load(URL(fileURLWithPath: f)) }
            let converter = try scriptConverter(dictionaries: dir)
            console?.detail("dictionaries: \(dir.path) (\(entries.count) entries)")
            let pipeline = EntityPipeline(lexicon: Lexicon(entries: entries), converter: converter)
            ProcessLifetime.shared.keep(pipeline)
            return pipeline
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

    /// The table of the located dictionaries, failing loudly on a malformed table: what
    /// `build --from-jsonl` needs to sort aliases into simplified and traditional as `build` does.
    static func converter(_ options: TextOptions) throws -> ScriptConverter {
        guard let dir = DataLocator(explicit: options.dictionaries).dictionaries else { return .empty }
        do { return try scriptConverter(dictionaries: dir) } catch let e as ReadError { throw FatalError(message: e.message) }
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

/// Reads the inputs and analyses documents on `jobs` threads, handing results to `emit` in input order:
/// output is identical for any `jobs`.
///
/// Files are read and analysed by the workers themselves (reading is not a serial step) from a sliding
/// window of at most `window` documents past the last one emitted: memory stays bounded by the window,
/// and one slow document delays only its own slot, not a whole batch (no barrier between batches).
/// `--lines` files are one unit each when read, then their lines are analysed in bounded batches.
struct DocumentProcessor {
    var reader: CorpusReader
    var lines: Bool
    var jobs: Int
    var batchCharacters = 4_000_000

    /// Documents in flight per worker thread beyond the last one emitted.
    var windowPerJob = 32

    func run<T>(_ paths: [String], console: Console, work: @escaping @Sendable (SourceDocument) -> T,
                emit: (T) throws -> Void) throws {
        let units = reader.expand(paths)
        if lines {
            try runLines(units, console: console, work: work, emit: emit)
        } else {
            try runFiles(units, console: console, work: work, emit: emit)
        }
        console.finishProgress()
    }

    private func runFiles<T>(_ units: [Result<String, ReadError>], console: Console,
                             work: @escaping @Sendable (SourceDocument) -> T, emit: (T) throws -> Void) throws {
        let reader = self.reader
        @Sendable func process(_ unit: Result<String, ReadError>) -> Outcome<T> {
            switch unit {
            case .failure(let e): return .skipped(e.message)
            case .success(let path):
                switch reader.read(path) {
                case .failure(let e): return .skipped(e.message)
                case .success(let d): return .done(work(d), d.scalars.count)
                }
            }
        }
        var documents = 0, characters = 0
        func deliver(_ outcome: Outcome<T>) throws {
            switch outcome {
            case .skipped(let message): console.skip(message)
            case .done(let value, let count):
                try emit(value)
                documents += 1
                characters += count
                console.progress("graphctl: \(documents) documents, \(characters / 1000) k characters")
            }
        }
        if jobs <= 1 || units.count <= 1 {
            for u in units { try deliver(process(u)) }
            return
        }
        let window = OrderedWindow<Outcome<T>>(count: units.count, window: max(2, jobs * windowPerJob))
        let group = DispatchGroup()
        for _ in 0..<min(jobs, units.count) {
            DispatchQueue.global().async(group: group) {
                while let i = window.take() { window.put(i, process(units[i])) }
            }
        }
        defer { window.cancel(); group.wait() }
        for i in 0..<units.count { try deliver(window.result(i)) }
    }

    private func runLines<T>(_ units: [Result<String, ReadError>], console: Console,
                             work: @escaping @Sendable (SourceDocument) -> T, emit: (T) throws -> Void) throws {
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
        for unit in units {
            switch unit {
            case .failure(let e):
                console.skip(e.message)
            case .success(let path):
                switch reader.readLines(path) {
                case .failure(let e): console.skip(e.message)
                case .success(let docs):
                    for d in docs {
                        batch.append(d)
                        batchSize += d.scalars.count + 1
                        if batchSize >= batchCharacters || batch.count >= 4096 * max(1, jobs) { try flush() }
                    }
                }
            }
        }
        try flush()
    }
}

/// What became of one input: its result and size, or the message of a skipped input.
enum Outcome<T> {
    case done(T, Int)
    case skipped(String)
}

/// Slots filled by worker threads in any order and consumed in index order by one thread. Workers take
/// indices below `consumed + window` only, so at most `window` results wait in memory.
final class OrderedWindow<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [T?]
    private var next = 0
    private var consumed = 0
    private var cancelled = false
    private let window: Int

    init(count: Int, window: Int) {
        slots = Array(repeating: nil, count: count)
        self.window = window
    }

    /// The next index to work on, waiting while the window is full; nil when all are taken or cancelled.
    func take() -> Int? {
        condition.lock(); defer { condition.unlock() }
        while !cancelled && next < slots.count && next >= consumed + window { condition.wait() }
        guard !cancelled, next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func put(_ i: Int, _ value: T) {
        condition.lock()
        slots[i] = value
        condition.broadcast()
        condition.unlock()
    }

    /// The result at `i` (waits for it), which frees its slot and lets the window move on.
    func result(_ i: Int) -> T {
        condition.lock(); defer { condition.unlock() }
        while true {
            if let value = slots[i] {
                slots[i] = nil
                consumed = i + 1
                condition.broadcast()
                return value
            }
            condition.wait()
        }
    }

    /// Stops handing out work (an emit failed): workers finish their current document and return.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
