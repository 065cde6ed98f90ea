import Entities
import Foundation

/// CSV files for `neo4j-admin database import full`:
///
///     neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
///         --array-delimiter=";" --multiline-fields=true neo4j
///
/// - `nodes.csv`: `id:ID,name,type,aliases:string[],mentions:int,:LABEL`; ids are the `person-17` ids
///   of the other exports; labels are `Entity;Person` (etc.).
/// - `relationships.csv`: `:START_ID,:END_ID,:TYPE,weight:double,title,date,evidence`; one row per graph
///   edge (Neo4j keeps parallel relationships, so nothing is merged); `:TYPE` is the relation in upper
///   case (`CO_OCCURS`, `ROLE`, …); `evidence` is single-line (`doc#i: sentence | …`, capped).
/// - RFC 4180: every text field is double-quoted, `"` doubled, CRLF line ends. The array delimiter is
///   `;` (Neo4j's default, passed explicitly above); a `;` inside an alias cannot be escaped in a Neo4j
///   array, so it is written as the full-width `；`. Names never contain newlines in practice, but if one
///   does the field stays valid RFC 4180, hence `--multiline-fields=true`.
public struct Neo4jCSVWriter: Sendable {
    public static let formatName = "neo4j"
    public static let nodesFile = "nodes.csv"
    public static let relationshipsFile = "relationships.csv"
    public static let nodesHeader = "id:ID,name,type,aliases:string[],mentions:int,:LABEL"
    public static let relationshipsHeader = ":START_ID,:END_ID,:TYPE,weight:double,title,date,evidence"

    public var evidenceLimit: Int

    public init(evidenceLimit: Int = EvidenceSummary.defaultLimit) {
        self.evidenceLimit = evidenceLimit
    }

    /// Writes both files into `directory` (which must exist), each atomically.
    public func write(_ graph: KnowledgeGraph, toDirectory directory: URL) throws {
        try AtomicFileWriter(destination: directory.appendingPathComponent(Self.nodesFile)).write { sink in
            writeNodes(graph, to: &sink)
        }
        try AtomicFileWriter(destination: directory.appendingPathComponent(Self.relationshipsFile)).write { sink in
            writeRelationships(graph, to: &sink)
        }
    }

    public func writeNodes<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) {
        sink.write(Self.nodesHeader + "\r\n")
        for (index, node) in graph.nodes.enumerated() {
            let aliases = (node.aliases + node.traditionalAliases).map { Self.arrayElement($0) }.joined(separator: ";")
            let fields = [
                Self.quoted(ExportFormatting.nodeID(node, index: index)),
                Self.quoted(ExportFormatting.label(node, index: index)),
                Self.quoted(node.type.rawValue),
                Self.quoted(aliases),
                String(node.mentions),
                Self.quoted("Entity;" + EntityStyle.of(node.type).displayName),
            ]
            sink.write(fields.joined(separator: ",") + "\r\n")
        }
    }

    public func writeRelationships<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) {
        sink.write(Self.relationshipsHeader + "\r\n")
        let n = graph.nodes.count
        let ids = graph.nodes.enumerated().map { ExportFormatting.nodeID($1, index: $0) }
        for e in graph.edges where (0..<n).contains(e.source) && (0..<n).contains(e.target) {
            let fields = [
                Self.quoted(ids[e.source]),
                Self.quoted(ids[e.target]),
                Self.quoted(e.relation.rawValue.uppercased()),
                ExportFormatting.number(ExportFormatting.exportWeight(e.weight, evidenceCount: e.evidence.count)),
                Self.quoted(e.title ?? ""),
                Self.quoted(e.date ?? ""),
                Self.quoted(EvidenceSummary.text(e.evidence, limit: evidenceLimit, separator: " | ", flattenLines: true)),
            ]
            sink.write(fields.joined(separator: ",") + "\r\n")
        }
    }

    /// An RFC 4180 quoted field (C0 controls other than CR/LF/tab dropped: Neo4j rejects them).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            if u.value == 0x22 { out += "\"\"" }
            else if u.value < 0x20 && u.value != 0x09 && u.value != 0x0A && u.value != 0x0D { continue }
            else { out.unicodeScalars.append(u) }
        }
        return out + "\""
    }

    static func arrayElement(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == ";" ? "；" : $0 }))
    }
}
