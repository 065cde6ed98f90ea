import Entities

/// GraphML for Gephi, networkx, igraph and yEd.
///
/// Choices, each forced by a consumer (see `shared/docs/export-formats.md`):
/// - `<?xml … encoding="UTF-8"?>` always: Gephi guesses the charset of a file without it and can
///   mis-decode Chinese that starts after the first 4 KB.
/// - key id = attr.name, because Gephi looks keys up by id first (a key *id* `r` is a colour channel
///   whatever its name). The one exception is the edge label: node and edge keys cannot share the id
///   `label`, so the edge key is `edgelabel` with attr.name `label` (Gephi maps both spellings).
/// - One directedness for the file: `edgedefault="directed"`. `role`, `visited`, `accompanied` and
///   `met_group` point somewhere; `co_occurs` and `met` do not, so they are written once, in
///   (lower id, higher id) order, with the data key `directed=false`. The XML `directed` attribute is
///   not used: networkx cannot read mixed graphs.
/// - Parallel edges only where `relation` differs (Gephi sums same-type parallels); two roles in one
///   body are one edge whose `title`/`label` joins both titles with `、`.
/// - `aliases` is one string: simplified then traditional forms, joined by `|` (GraphML has no list type
///   that networkx or igraph accept). `document_ids` uses `|` too.
/// - `weight` is a double > 0 (Gephi drops weight-0 edges); `evidence` lists at most
///   `evidenceLimit` sentences as `doc#sentence: text`, one per line, then `(+N more)`.
public struct GraphMLWriter: GraphExporter, Sendable {
    public static let formatName = "graphml"
    public static let aliasSeparator = "|"

    public var evidenceLimit: Int

    public init(evidenceLimit: Int = EvidenceSummary.defaultLimit) {
        self.evidenceLimit = evidenceLimit
    }

    private static let nodeKeys: [(String, String)] = [
        ("label", "string"), ("type", "string"), ("aliases", "string"), ("titles", "string"),
        ("mentions", "int"), ("documents", "int"), ("document_ids", "string"),
        ("r", "int"), ("g", "int"), ("b", "int"), ("size", "double"),
    ]
    /// (id, attr.name, attr.type)
    private static let edgeKeys: [(String, String, String)] = [
        ("edgelabel", "label", "string"), ("relation", "relation", "string"), ("directed", "directed", "boolean"),
        ("weight", "weight", "double"), ("title", "title", "string"), ("date", "date", "string"),
        ("evidence", "evidence", "string"),
    ]

    public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws {
        sink.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        sink.write("<!-- graphctl GraphML. edgedefault is directed; undirected relations (co_occurs, met) carry directed=false in their data. -->\n")
        sink.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n")
        sink.write("         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
        sink.write("         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for (name, type) in Self.nodeKeys {
            sink.write("  <key id=\"\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n")
        }
        for (id, name, type) in Self.edgeKeys {
            sink.write("  <key id=\"\(id)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n")
        }
        sink.write("  <graph id=\"G\" edgedefault=\"directed\">\n")
        for (index, node) in graph.nodes.enumerated() {
            writeNode(node, index: index, to: &sink)
        }
        let ids = graph.nodes.enumerated().map { ExportFormatting.nodeID($1, index: $0) }
        for (i, edge) in MergedEdge.merge(graph.edges, nodeCount: ids.count).enumerated() {
            writeEdge(edge, number: i, ids: ids, to: &sink)
        }
        sink.write("  </graph>\n</graphml>\n")
    }

    private func data(_ key: String, _ value: String, to line: inout String) {
        line += "<data key=\"\(key)\">\(XMLEscaper.text(value))</data>"
    }

    private func writeNode<Sink: TextSink>(_ node: Node, index: Int, to sink: inout Sink) {
        let style = EntityStyle.of(node.type)
        var line = "    <node id=\"\(ExportFormatting.nodeID(node, index: index))\">"
        data("label", ExportFormatting.label(node, index: index), to: &line)
        data("type", node.type.rawValue, to: &line)
        let aliases = node.aliases + node.traditionalAliases
        if !aliases.isEmpty { data("aliases", aliases.joined(separator: Self.aliasSeparator), to: &line) }
        if !node.titles.isEmpty { data("titles", node.titles.joined(separator: "、"), to: &line) }
        data("mentions", String(node.mentions), to: &line)
        data("documents", String(node.documents.count), to: &line)
        if !node.documents.isEmpty {
            data("document_ids", node.documents.joined(separator: Self.aliasSeparator), to: &line)
        }
        data("r", String(style.red), to: &line)
        data("g", String(style.green), to: &line)
        data("b", String(style.blue), to: &line)
        data("size", ExportFormatting.number(ExportFormatting.nodeSize(mentions: node.mentions)), to: &line)
        line += "</node>\n"
        sink.write(line)
    }

    private func writeEdge<Sink: TextSink>(_ edge: MergedEdge, number: Int, ids: [String], to sink: inout Sink) {
        var line = "    <edge id=\"e\(number)\" source=\"\(ids[edge.source])\" target=\"\(ids[edge.target])\">"
        data("edgelabel", edge.label, to: &line)
        data("relation", edge.relation.rawValue, to: &line)
        data("directed", edge.relation.isDirected ? "true" : "false", to: &line)
        data("weight", ExportFormatting.number(edge.weight), to: &line)
        if let title = edge.title { data("title", title, to: &line) }
        if let date = edge.date { data("date", date, to: &line) }
        if !edge.evidence.isEmpty {
            data("evidence", EvidenceSummary.text(edge.evidence, limit: evidenceLimit), to: &line)
        }
        line += "</edge>\n"
        sink.write(line)
    }
}
