/// Brandes' betweenness centrality on the undirected simple graph behind the knowledge graph (parallel
/// edges of different relations count once). Exact for graphs up to `exactLimit` nodes; above that it
/// runs from `samples` evenly spaced source nodes and scales by n / samples (Brandes & Pich 2007),
/// which keeps `top --by betweenness` interactive on 100k-node graphs while ranking hubs correctly.
enum Betweenness {
    static let exactLimit = 4000
    static let samples = 48

    /// `offsets`/`neighbours`: adjacency in CSR form (neighbour lists without duplicates).
    static func compute(offsets: [Int], neighbours: [Int32]) -> [Double] {
        let n = offsets.count - 1
        guard n > 0 else { return [] }
        var centrality = [Double](repeating: 0, count: n)
        let sources: [Int]
        if n <= exactLimit { sources = Array(0..<n) } else {
            sources = (0..<samples).map { $0 * n / samples }
        }
        var sigma = [Double](repeating: 0, count: n)
        var distance = [Int32](repeating: -1, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int32](); order.reserveCapacity(n)
        for s in sources {
            order.removeAll(keepingCapacity: true)
            sigma[s] = 1; distance[s] = 0
            order.append(Int32(s))
            var head = 0
            while head < order.count {
                let v = Int(order[head]); head += 1
                let dv = distance[v]
                for k in offsets[v]..<offsets[v + 1] {
                    let w = Int(neighbours[k])
                    if distance[w] < 0 { distance[w] = dv + 1; order.append(Int32(w)) }
                    if distance[w] == dv + 1 { sigma[w] += sigma[v] }
                }
            }
            for idx in stride(from: order.count - 1, through: 0, by: -1) {
                let w = Int(order[idx])
                let dw = distance[w]
                for k in offsets[w]..<offsets[w + 1] {
                    let v = Int(neighbours[k])
                    if distance[v] == dw - 1 { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
                }
                if w != s { centrality[w] += delta[w] }
            }
            for v in order { let i = Int(v); sigma[i] = 0; distance[i] = -1; delta[i] = 0 }
        }
        // Undirected: each pair was counted from both ends; scale samples up to the whole graph.
        let scale = (n <= exactLimit ? 1.0 : Double(n) / Double(sources.count)) / 2
        return centrality.map { $0 * scale }
    }
}
