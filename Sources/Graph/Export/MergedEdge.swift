import Entities

/// An edge as the drawing formats show it: one per (source, target, relation).
///
/// The graph keeps one edge per title (two roles in one body are two edges), but Gephi sums parallel
/// edges of the same type and networkx turns them into a multigraph, so GraphML, GEXF and DOT merge
/// them: titles are joined, weights added, evidence united, the earliest date kept. Undirected
/// relations (`co_occurs`, `met`) are put in (lower id, higher id) order first, so `a–b` and `b–a`
/// become one edge.
public struct MergedEdge: Sendable, Equatable {
    public var source: Int
    public var target: Int
    public var relation: RelationType
    /// Distinct titles, in the graph's order.
    public var titles: [String]
    public var date: String?
    public var weight: Double
    public var evidence: [Evidence]

    /// Titles joined with the Chinese enumeration comma, or nil.
    public var title: String? { titles.isEmpty ? nil : titles.joined(separator: "、") }

    /// What a viewer shows on the edge: the title for roles, the relation name otherwise.
    public var label: String {
        if relation == .role, let title { return title }
        return relation.rawValue
    }

    /// Merges `edges` (any order) into a list sorted by (source, target, relation). Edges whose ends are
    /// not in `0..<nodeCount` are skipped rather than trusted.
    public static func merge(_ edges: [Edge], nodeCount: Int) -> [MergedEdge] {
        struct Key: Hashable, Comparable {
            var s: Int, t: Int, r: RelationType
            static func < (a: Key, b: Key) -> Bool { (a.s, a.t, a.r) < (b.s, b.t, b.r) }
        }
        var merged: [Key: MergedEdge] = [:]
        for e in edges where (0..<nodeCount).contains(e.source) && (0..<nodeCount).contains(e.target) {
            var s = e.source, t = e.target
            if !e.relation.isDirected && t < s { swap(&s, &t) }
            let key = Key(s: s, t: t, r: e.relation)
            let w = ExportFormatting.exportWeight(e.weight, evidenceCount: e.evidence.count)
            if var m = merged[key] {
                if let title = e.title, !m.titles.contains(title) { m.titles.append(title) }
                m.date = ISODate.earlier(m.date, e.date)
                m.weight += w
                m.evidence.append(contentsOf: e.evidence)
                merged[key] = m
            } else {
                merged[key] = MergedEdge(source: s, target: t, relation: e.relation,
                                         titles: e.title.map { [$0] } ?? [], date: e.date, weight: w,
                                         evidence: e.evidence)
            }
        }
        return merged.keys.sorted().compactMap { key in
            guard var m = merged[key] else { return nil }
            m.evidence = EvidenceSummary.ordered(m.evidence)
            return m
        }
    }
}
