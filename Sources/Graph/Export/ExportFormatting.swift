import Entities
import Foundation

/// Small formatting rules every exporter shares, so that the same graph gets the same ids, numbers and
/// dates in GraphML, GEXF, DOT, JSON-LD and CSV.
public enum ExportFormatting {
    /// A node's id in every export: `person-17` (type + the node's index in `KnowledgeGraph.nodes`, which
    /// edges refer to). Never the name: names are not valid XML NMTOKENs or DOT ids, and they change when
    /// a homonym is split.
    public static func nodeID(_ node: Node, index: Int) -> String { "\(node.type.rawValue)-\(index)" }

    /// Shortest round-tripping decimal form, never NaN or infinity (callers sanitise first).
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "0.0" }
        return "\(d)"
    }

    /// The weight to export: consumers drop weight-0 edges (Gephi) and reject non-finite numbers, so a
    /// missing or broken weight falls back to the evidence count (at least 1).
    public static func exportWeight(_ weight: Double, evidenceCount: Int) -> Double {
        if weight.isFinite && weight > 0 { return weight }
        return Double(max(1, evidenceCount))
    }

    /// Node size for Gephi/GEXF: grows with the logarithm of the mention count so a few very frequent
    /// names do not swamp the picture.
    public static func nodeSize(mentions: Int) -> Double {
        let m = Double(max(0, mentions))
        return ((10 + 5 * log2(1 + m)) * 10).rounded() / 10
    }

    /// The label of a node, never blank (GraphML consumers fall back to the id for blank labels anyway).
    public static func label(_ node: Node, index: Int) -> String {
        node.name.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) ? nodeID(node, index: index) : node.name
    }
}
