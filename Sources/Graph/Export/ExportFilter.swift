import Entities

/// Cuts a graph down for display: the CLI's `--top`, `--types`, `--relations` and `--min-weight`, usable
/// with any export format (a 5,000-node hairball is useless in Graphviz and slow in Gephi).
///
/// Order of the cuts: edges by relation and weight, nodes by type, then the `top` nodes by degree over
/// the edges that survived (ties: more mentions first, then name, then id). The result is an ordinary
/// `KnowledgeGraph`: nodes keep their relative order and are re-indexed 0…n-1, edges are kept only when
/// both ends are kept, and documents are kept whole.
public struct ExportFilter: Sendable, Equatable {
    /// Keep only the N nodes of highest degree.
    public var top: Int?
    /// Drop edges lighter than this.
    public var minWeight: Double
    public var types: Set<EntityType>?
    public var relations: Set<RelationType>?
    /// Also drop nodes left without any edge.
    public var dropIsolated: Bool

    public init(top: Int? = nil, minWeight: Double = 0, types: Set<EntityType>? = nil,
                relations: Set<RelationType>? = nil, dropIsolated: Bool = false) {
        self.top = top
        self.minWeight = minWeight
        self.types = types
        self.relations = relations
        self.dropIsolated = dropIsolated
    }

    /// True when `apply` would return the graph unchanged.
    public var isIdentity: Bool {
        top == nil && !(minWeight > 0) && types == nil && relations == nil && !dropIsolated
    }

    public func apply(to graph: KnowledgeGraph) -> KnowledgeGraph {
        if isIdentity { return graph }
        let n = graph.nodes.count
        var keep = [Bool](repeating: true, count: n)
        if let types {
            for (i, node) in graph.nodes.enumerated() where !types.contains(node.type) { keep[i] = false }
        }
        func valid(_ e: Edge) -> Bool {
            e.source >= 0 && e.source < n && e.target >= 0 && e.target < n
        }
        var edges = graph.edges.filter { e in
            valid(e) && (relations?.contains(e.relation) ?? true) && e.weight >= minWeight
                && keep[e.source] && keep[e.target]
        }
        if let top {
            var degree = [Int](repeating: 0, count: n)
            for e in edges {
                degree[e.source] += 1
                if e.target != e.source { degree[e.target] += 1 }
            }
            let ranked = graph.nodes.indices.filter { keep[$0] }.sorted { a, b in
                let x = graph.nodes[a], y = graph.nodes[b]
                if degree[a] != degree[b] { return degree[a] > degree[b] }
                if x.mentions != y.mentions { return x.mentions > y.mentions }
                if x.name != y.name { return x.name < y.name }
                return a < b
            }
            keep = [Bool](repeating: false, count: n)
            for i in ranked.prefix(max(0, top)) { keep[i] = true }
            edges = edges.filter { keep[$0.source] && keep[$0.target] }
        }
        if dropIsolated {
            var touched = [Bool](repeating: false, count: n)
            for e in edges { touched[e.source] = true; touched[e.target] = true }
            for i in 0..<n where !touched[i] { keep[i] = false }
        }
        var newIndex = [Int](repeating: -1, count: n)
        var nodes: [Node] = []
        nodes.reserveCapacity(n)
        for (i, node) in graph.nodes.enumerated() where keep[i] {
            var copy = node
            copy.id = nodes.count
            newIndex[i] = nodes.count
            nodes.append(copy)
        }
        let remapped = edges.map { e -> Edge in
            var c = e
            c.source = newIndex[e.source]
            c.target = newIndex[e.target]
            return c
        }
        return KnowledgeGraph(nodes: nodes, edges: remapped, documents: graph.documents)
    }
}
