extension KnowledgeGraph {
    /// The same graph with every node name and alias passed through `f` (for `--script hant`); the
    /// original canonical name is kept as an alias so queries by simplified name still work.
    public func renamed(_ f: (String) -> String) -> KnowledgeGraph {
        var g = self
        for i in g.nodes.indices {
            let old = g.nodes[i].name
            let new = f(old)
            guard new != old else { continue }
            g.nodes[i].name = new
            g.nodes[i].aliases = Array(Set(g.nodes[i].aliases + [old]).subtracting([new])).sorted()
        }
        return g
    }
}
