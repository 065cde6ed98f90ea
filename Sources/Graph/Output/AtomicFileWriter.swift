import Foundation

/// Writes a file so that it appears whole or not at all: the data goes to a temporary file in the same
/// directory, which is renamed over the destination only after it is complete and flushed. A run killed
/// mid-write leaves the previous file intact (and at worst a `.graphctl-tmp-*` file behind).
public struct AtomicFileWriter {
    public let destination: URL

    public init(destination: URL) {
        self.destination = destination
    }

    /// Temporary files are `.graphctl-tmp-PID-RANDOM-NAME`: hidden, and traceable to their process.
    static let temporaryPrefix = ".graphctl-tmp-"

    /// Streams into the temporary file through `body`, then renames. On any error the temporary file is
    /// removed and the destination is untouched.
    public func write(_ body: (inout BufferedFileSink) throws -> Void) throws {
        let dir = destination.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw OutputError(path: destination.path, reason: "directory \(dir.path) does not exist")
        }
        InterruptCleanup.removeStale(in: dir)
        let tmp = dir.appendingPathComponent("\(Self.temporaryPrefix)\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))-\(destination.lastPathComponent)")
        guard FileManager.default.createFile(atPath: tmp.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: tmp.path) else {
            throw OutputError(path: destination.path, reason: "cannot create a file in \(dir.path) (permission denied?)")
        }
        InterruptCleanup.shared.register(tmp.path)
        defer { InterruptCleanup.shared.unregister(tmp.path) }
        var sink = BufferedFileSink(handle: handle)
        do {
            try body(&sink)
            try sink.flush()
            try handle.synchronize()
            try handle.close()
            if rename(tmp.path, destination.path) != 0 {
                throw OutputError(path: destination.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: tmp)
            if let e = error as? OutputError { throw e }
            throw OutputError(path: destination.path, reason: "\(error)")
        }
    }

    /// Writes a whole string atomically.
    public func write(_ text: String) throws {
        try write { sink in sink.write(text) }
    }
}

/// An output that could not be written; `message` is one line for stderr.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var message: String { "\(path): \(reason)" }
    public var description: String { message }
}

/// A TextSink that buffers UTF-8 and writes it to a file handle in large blocks.
public struct BufferedFileSink: TextSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var failure: Error?
    private let blockSize = 1 << 16

    public init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(blockSize * 2)
    }

    public mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= blockSize { drain() }
    }

    public mutating func write(bytes: [UInt8]) {
        // A large chunk (graph.json sections) goes out as it is rather than through the buffer.
        if bytes.count >= blockSize {
            drain()
            guard failure == nil else { return }
            do { try handle.write(contentsOf: bytes) } catch { failure = error }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= blockSize { drain() }
    }

    private mutating func drain() {
        guard failure == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        do { try handle.write(contentsOf: buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered; throws the first write error seen (disk full, closed pipe).
    public mutating func flush() throws {
        drain()
        if let failure { throw failure }
    }
}
