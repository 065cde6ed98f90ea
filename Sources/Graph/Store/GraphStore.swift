import Foundation

/// Saves and loads graph.json, the graph `build` writes and `query`, `merge` and `export` read.
/// The layout is designed for loading speed (docs/graph-format.md); loading uses graphctl's own byte
/// reader, not Foundation's JSON, which is several times slower on large graphs.
public enum GraphStore {
    /// Writes atomically: the previous file survives a failed or interrupted save.
    public static func save(_ graph: KnowledgeGraph, to url: URL) throws {
        try AtomicFileWriter(destination: url).write { sink in
            var encoder = GraphFileEncoder()
            encoder.encode(graph) { sink.write(bytes: $0) }
        }
    }

    /// Bytes straight to the file: no String copy (and UTF-8 re-validation) of the whole encoding.
    /// `threads` > 1 writes the rows of a large graph's edges and sentences on that many threads (the
    /// file is the same for any count).
    public static func save(_ graph: KnowledgeGraph, to sink: inout BufferedFileSink, threads: Int = 1) {
        var encoder = GraphFileEncoder()
        encoder.encode(graph, threads: threads) { sink.write(bytes: $0) }
    }

    public static func save(_ graph: KnowledgeGraph, to sink: inout some TextSink) {
        var encoder = GraphFileEncoder()
        encoder.encode(graph) { sink.write(String(decoding: $0, as: UTF8.self)) }
    }

    /// The file as a string (tests, small graphs).
    public static func encoded(_ graph: KnowledgeGraph) -> String {
        var s = ""
        save(graph, to: &s)
        return s
    }

    public static func load(from url: URL) throws -> KnowledgeGraph {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "no such file"
            throw GraphFileError(path: url.path, reason: reason)
        }
        return try data.withUnsafeBytes { raw in
            try decode(raw.bindMemory(to: UInt8.self), path: url.path)
        }
    }

    /// `path` names the source in error messages.
    public static func load(data: [UInt8], path: String) throws -> KnowledgeGraph {
        try data.withUnsafeBufferPointer { try decode($0, path: path) }
    }

    private static func decode(_ buffer: UnsafeBufferPointer<UInt8>, path: String) throws -> KnowledgeGraph {
        do {
            return try GraphFileDecoder.decode(buffer)
        } catch let f as GraphFileDecoder.Failure {
            throw GraphFileError(path: path, reason: f.reason)
        }
    }
}
