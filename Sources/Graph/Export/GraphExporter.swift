/// One export format. Exporters stream to a sink rather than building one giant string.
public protocol GraphExporter {
    /// Short name used on the command line (`graphml`, `dot`, `jsonld`, `gexf`).
    static var formatName: String { get }
    /// Writes the whole graph to `sink`, in a deterministic order.
    func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws
}

/// Where exporters write. `String` is a sink for tests; `BufferedFileSink` writes a file.
public protocol TextSink {
    mutating func write(_ text: String)
}

extension String: TextSink {
    public mutating func write(_ text: String) { append(text) }
}
