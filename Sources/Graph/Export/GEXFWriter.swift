import Entities

/// GEXF 1.3 for Gephi 0.9.3+: labels are first-class, colours and sizes travel as `viz:` elements,
/// and dated edges replay on Gephi's timeline (its GraphML importer has no time support at all).
///
/// - `mode="dynamic" timeformat="date"` only when some edge has a full ISO date (`YYYY-MM-DD`); such an
///   edge gets `start` = that date, and events (`met`, `met_group`, `visited`, `accompanied`) also
///   `end` = the same day; a role or co-occurrence is open-ended from its date.
/// - Parallel edges are merged exactly as in GraphML (`MergedEdge`); `kind` = the relation, and
///   `type="undirected"` for `co_occurs`/`met` under `defaultedgetype="directed"`.
/// - Validates against the RELAX NG schema (`gexf.rng`); the 1.3 XSDs are wrong about `viz:`.
public struct GEXFWriter: GraphExporter, Sendable {
    public static let formatName = "gexf"

    public var evidenceLimit: Int

    public init(evidenceLimit: Int = EvidenceSummary.defaultLimit) {
        self.evidenceLimit = evidenceLimit
    }

    private static let nodeAttributes: [(String, String)] = [
        ("type", "string"), ("aliases", "string"), ("titles", "string"), ("mentions", "integer"),
        ("documents", "integer"),
    ]
    private static let edgeAttributes: [(String, String)] = [
        ("relation", "string"), ("title", "string"), ("date", "string"), ("directed", "boolean"),
        ("evidence", "string"),
    ]

    public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws {
        let ids = graph.nodes.enumerated().map { ExportFormatting.nodeID($1, index: $0) }
        let edges = MergedEdge.merge(graph.edges, nodeCount: ids.count)
        let dynamic = edges.contains { $0.date.map(ISODate.isFullDate) ?? false }

        sink.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        sink.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n")
        sink.write("  <meta>\n    <creator>graphctl</creator>\n")
        sink.write("    <description>Entities and relations extracted from news text</description>\n  </meta>\n")
        sink.write("  <graph defaultedgetype=\"directed\"")
        sink.write(dynamic ? " mode=\"dynamic\" timeformat=\"date\">\n" : " mode=\"static\">\n")
        sink.write("    <attributes class=\"node\">\n")
        for (id, type) in Self.nodeAttributes {
            sink.write("      <attribute id=\"\(id)\" title=\"\(id)\" type=\"\(type)\"/>\n")
        }
        sink.write("    </attributes>\n    <attributes class=\"edge\">\n")
        for (id, type) in Self.edgeAttributes {
            sink.write("      <attribute id=\"\(id)\" title=\"\(id)\" type=\"\(type)\"/>\n")
        }
        sink.write("    </attributes>\n")

        sink.write("    <nodes count=\"\(graph.nodes.count)\">\n")
        for (index, node) in graph.nodes.enumerated() {
            let style = EntityStyle.of(node.type)
            var line = "      <node id=\"\(ids[index])\" label=\"\(XMLEscaper.attribute(ExportFormatting.label(node, index: index)))\"><attvalues>"
            line += value("type", node.type.rawValue)
            let aliases = node.aliases + node.traditionalAliases
            if !aliases.isEmpty { line += value("aliases", aliases.joined(separator: GraphMLWriter.aliasSeparator)) }
            if !node.titles.isEmpty { line += value("titles", node.titles.joined(separator: "、")) }
            line += value("mentions", String(node.mentions))
            line += value("documents", String(node.documents.count))
            line += "</attvalues>"
            line += "<viz:color r=\"\(style.red)\" g=\"\(style.green)\" b=\"\(style.blue)\"/>"
            line += "<viz:size value=\"\(ExportFormatting.number(ExportFormatting.nodeSize(mentions: node.mentions)))\"/>"
            line += "</node>\n"
            sink.write(line)
        }
        sink.write("    </nodes>\n")

        sink.write("    <edges count=\"\(edges.count)\">\n")
        for (i, edge) in edges.enumerated() {
            var line = "      <edge id=\"e\(i)\" source=\"\(ids[edge.source])\" target=\"\(ids[edge.target])\""
            if !edge.relation.isDirected { line += " type=\"undirected\"" }
            line += " kind=\"\(edge.relation.rawValue)\" label=\"\(XMLEscaper.attribute(edge.label))\""
            line += " weight=\"\(ExportFormatting.number(edge.weight))\""
            if dynamic, let date = edge.date, ISODate.isFullDate(date) {
                line += " start=\"\(date)\""
                if Self.isEvent(edge.relation) { line += " end=\"\(date)\"" }
            }
            line += "><attvalues>"
            line += value("relation", edge.relation.rawValue)
            if let title = edge.title { line += value("title", title) }
            if let date = edge.date { line += value("date", date) }
            line += value("directed", edge.relation.isDirected ? "true" : "false")
            if !edge.evidence.isEmpty {
                line += value("evidence", EvidenceSummary.text(edge.evidence, limit: evidenceLimit))
            }
            line += "</attvalues></edge>\n"
            sink.write(line)
        }
        sink.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    private func value(_ key: String, _ v: String) -> String {
        "<attvalue for=\"\(key)\" value=\"\(XMLEscaper.attribute(v))\"/>"
    }

    /// Relations that happen on a day rather than hold from a day on.
    static func isEvent(_ r: RelationType) -> Bool {
        switch r {
        case .met, .metGroup, .visited, .accompanied: return true
        case .role, .coOccurs: return false
        }
    }
}
