import Foundation
import Entities

/// Answers questions about a loaded graph: who met whom, who holds which office, neighbourhoods, paths,
/// rankings, timelines, programmes. Adjacency and name indexes are built once at init, so each query is
/// a walk over the relevant edges only.
///
/// Names are resolved in this order: exact canonical name, then alias (as given or through
/// `normaliseName`, which the CLI sets to traditional → simplified), then a unique prefix, then a unique
/// substring. Several fits give `QueryError.ambiguous`; none gives `QueryError.unknown` with the
/// nearest names by edit distance.
public struct GraphQueryEngine {
    public let graph: KnowledgeGraph
    private let normaliseName: (String) -> String
    /// CSR adjacency: the incident edges of node v are `incident[offsets[v]..<offsets[v+1]]`.
    private let offsets: [Int]
    private let incident: [Int32]
    /// The node at the other end of each entry of `incident`.
    private let incidentOther: [Int32]
    private let byName: [String: [Int]]
    private let byAlias: [String: [Int]]
    /// All node names as one scalar array (node v is `nameScalars[nameOffsets[v]..<nameOffsets[v+1]]`),
    /// for edit-distance suggestions without per-name allocation.
    private let nameScalars: [Unicode.Scalar]
    private let nameOffsets: [Int]

    public init(graph: KnowledgeGraph, normaliseName: @escaping (String) -> String = { $0 }) {
        self.graph = graph
        self.normaliseName = normaliseName
        let n = graph.nodes.count
        var degree = [Int](repeating: 0, count: n + 1)
        for e in graph.edges {
            degree[e.source] += 1
            if e.target != e.source { degree[e.target] += 1 }
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { offsets[v + 1] = offsets[v] + degree[v] }
        var fill = offsets
        var incident = [Int32](repeating: 0, count: offsets[n])
        var other = [Int32](repeating: 0, count: offsets[n])
        for i in graph.edges.indices {
            let s = graph.edges[i].source, t = graph.edges[i].target
            incident[fill[s]] = Int32(i); other[fill[s]] = Int32(t); fill[s] += 1
            if t != s { incident[fill[t]] = Int32(i); other[fill[t]] = Int32(s); fill[t] += 1 }
        }
        self.offsets = offsets
        self.incident = incident
        self.incidentOther = other
        var byName: [String: [Int]] = [:], byAlias: [String: [Int]] = [:]
        byName.reserveCapacity(n)
        for node in graph.nodes {
            byName[node.name, default: []].append(node.id)
            for a in node.aliases + node.traditionalAliases {
                byAlias[a, default: []].append(node.id)
                let s = normaliseName(a)
                if s != a { byAlias[s, default: []].append(node.id) }
            }
        }
        self.byName = byName
        self.byAlias = byAlias
        var scalars: [Unicode.Scalar] = [], nameOffsets = [0]
        scalars.reserveCapacity(n * 3)
        for node in graph.nodes {
            scalars.append(contentsOf: node.name.unicodeScalars)
            nameOffsets.append(scalars.count)
        }
        self.nameScalars = scalars
        self.nameOffsets = nameOffsets
    }

    // MARK: Name resolution

    /// The node a user-typed name refers to.
    public func resolve(_ name: String, type: EntityType? = nil) throws -> Int {
        func fit(_ ids: [Int]) -> [Int] {
            var seen = Set<Int>()
            return ids.filter { (type == nil || graph.nodes[$0].type == type) && seen.insert($0).inserted }
        }
        func decide(_ ids: [Int]) throws -> Int? {
            if ids.count == 1 { return ids[0] }
            if ids.count > 1 {
                throw QueryError.ambiguous(name, candidates: ids.prefix(10).map { label($0) })
            }
            return nil
        }
        let simplified = normaliseName(name)
        if let id = try decide(fit((byName[name] ?? []) + (byName[simplified] ?? []))) { return id }
        if let id = try decide(fit((byAlias[name] ?? []) + (byAlias[simplified] ?? []))) { return id }
        guard !simplified.isEmpty else { throw QueryError.unknown(name, suggestions: []) }
        var prefix: [Int] = [], substring: [Int] = []
        let needle = Array(simplified.unicodeScalars)
        for v in graph.nodes.indices where type == nil || graph.nodes[v].type == type {
            let hay = nameScalars[nameOffsets[v]..<nameOffsets[v + 1]]
            guard hay.count >= needle.count, let first = needle.first else { continue }
            if hay.starts(with: needle) { prefix.append(v); continue }
            var i = hay.startIndex
            while i + needle.count <= hay.endIndex {
                if hay[i] == first && hay[i..<(i + needle.count)].elementsEqual(needle) { substring.append(v); break }
                i += 1
            }
        }
        if let id = try decide(prefix) { return id }
        if let id = try decide(substring) { return id }
        throw QueryError.unknown(name, suggestions: suggestions(for: simplified, type: type))
    }

    /// Up to five names nearest to `name` by edit distance (no further than the name is long).
    func suggestions(for name: String, type: EntityType?) -> [String] {
        let query = Array(name.unicodeScalars)[...]
        var best: [(Int, String)] = []
        var limit = max(1, query.count)
        var rows = ([Int](), [Int]())
        for v in graph.nodes.indices where type == nil || graph.nodes[v].type == type {
            let candidate = nameScalars[nameOffsets[v]..<nameOffsets[v + 1]]
            let d = EditDistance.between(query, candidate, limit: limit, rows: &rows)
            guard d <= limit else { continue }
            best.append((d, graph.nodes[v].name))
            if best.count > 20 {
                best.sort { $0 < $1 }
                best.removeLast(best.count - 5)
                limit = best[best.count - 1].0
            }
        }
        best.sort { $0 < $1 }
        var seen = Set<String>()
        return Array(best.map(\.1).filter { seen.insert($0).inserted }.prefix(5))
    }

    private func label(_ id: Int) -> String {
        let n = graph.nodes[id]
        return "\(n.name) (\(n.type.rawValue))"
    }

    private func nameOf(_ id: Int) -> String { graph.nodes[id].name }

    private func edges(of v: Int) -> ArraySlice<Int32> { incident[offsets[v]..<offsets[v + 1]] }

    private func firstEvidence(_ e: Edge) -> (String, String) {
        guard let ev = e.evidence.first else { return ("", "") }
        return ("\(ev.document):\(ev.sentence)", ev.text)
    }

    private func format(_ w: Double) -> String {
        w == w.rounded() && abs(w) < 1e15 ? String(Int(w)) : String(w)
    }

    /// Dated rows first in `DateOrder`, undated last.
    private static func dateFirst(_ a: String?, _ b: String?) -> Bool? {
        switch (a, b) {
        case let (x?, y?) where x != y: return DateOrder.precedes(x, y)
        case (.some, nil): return true
        case (nil, .some): return false
        default: return nil
        }
    }

    // MARK: Queries

    /// Meetings (`met` and `met_group` edges), optionally of one person and within ISO dates
    /// `since`...`until` (inclusive; `until` 2023-11 includes every day of November). With a date
    /// filter, meetings without an ISO date are left out.
    public func met(name: String? = nil, since: String? = nil, until: String? = nil) throws -> QueryResult {
        var ids: [Int]
        if let name {
            ids = edges(of: try resolve(name)).map(Int.init)
        } else {
            ids = Array(graph.edges.indices)
        }
        ids = ids.filter { i in
            let e = graph.edges[i]
            guard e.relation == .met || e.relation == .metGroup else { return false }
            if since == nil && until == nil { return true }
            guard let d = e.date, DateOrder.isISO(d) else { return false }
            if let since, d < since, !since.hasPrefix(d) { return false }
            if let until, d > until, !d.hasPrefix(until) { return false }
            return true
        }
        ids.sort { a, b in
            let x = graph.edges[a], y = graph.edges[b]
            return Self.dateFirst(x.date, y.date) ?? (a < b)
        }
        var r = QueryResult(columns: ["date", "host", "guest", "relation", "weight", "evidence", "sentence"])
        for i in ids {
            let e = graph.edges[i]
            let (at, text) = firstEvidence(e)
            r.append([e.date ?? "", nameOf(e.source), nameOf(e.target), e.relation.rawValue, format(e.weight), at, text], edge: i)
        }
        return r
    }

    /// Offices of a person (role edges and titles held with no organisation); for an organisation or
    /// place, the persons holding office in it.
    public func roles(name: String) throws -> QueryResult {
        let v = try resolve(name)
        var r = QueryResult(columns: ["person", "title", "organisation", "date", "weight", "evidence"])
        let node = graph.nodes[v]
        if node.type == .person {
            for t in node.titles { r.append([node.name, t, "", "", "", ""], node: v) }
        }
        for i in edges(of: v).map(Int.init) {
            let e = graph.edges[i]
            guard e.relation == .role else { continue }
            r.append([nameOf(e.source), e.title ?? "", nameOf(e.target), e.date ?? "", format(e.weight), firstEvidence(e).0],
                     edge: i)
        }
        return r
    }

    /// Persons holding a title (exact, or containing `title`), optionally in one organisation or place.
    public func holders(title: String?, org: String? = nil) throws -> QueryResult {
        let target = try org.map { try resolve($0) }
        var r = QueryResult(columns: ["person", "title", "organisation", "date", "weight", "evidence"])
        let wanted = title.map(normaliseName)
        let candidates = target.map { edges(of: $0).map(Int.init) } ?? Array(graph.edges.indices)
        var titleMatches: [String: Bool] = [:]  // few distinct titles: test each once
        for i in candidates {
            let e = graph.edges[i]
            guard e.relation == .role, target == nil || e.target == target else { continue }
            if let wanted {
                let t = e.title ?? ""
                let matches: Bool
                if let known = titleMatches[t] { matches = known } else {
                    matches = t.contains(wanted)
                    titleMatches[t] = matches
                }
                if !matches { continue }
            }
            r.append([nameOf(e.source), e.title ?? "", nameOf(e.target), e.date ?? "", format(e.weight), firstEvidence(e).0],
                     edge: i)
        }
        if target == nil, let wanted {
            for node in graph.nodes where node.type == .person {
                for t in node.titles where t.contains(wanted) { r.append([node.name, t, "", "", "", ""], node: node.id) }
            }
        }
        return r
    }

    /// Nodes within `depth` hops, optionally only over `relation` edges and only reporting `type` nodes;
    /// nearest first, then heaviest link, then name.
    public func neighbours(name: String, type: EntityType? = nil, relation: RelationType? = nil,
                           depth: Int = 1) throws -> QueryResult {
        let start = try resolve(name)
        var distance: [Int: Int] = [start: 0]
        var via: [Int: Int] = [:]  // node → edge that reached it
        var weight: [Int: Double] = [:]
        var frontier = [start]
        var level = 0
        while !frontier.isEmpty && level < max(depth, 1) {
            level += 1
            var next: [Int] = []
            for v in frontier {
                for i in edges(of: v).map(Int.init) {
                    let e = graph.edges[i]
                    if let relation, e.relation != relation { continue }
                    let w = e.source == v ? e.target : e.source
                    if level == 1 && w != start { weight[w, default: 0] += e.weight }
                    if distance[w] == nil {
                        distance[w] = level
                        via[w] = i
                        next.append(w)
                    }
                }
            }
            frontier = next
        }
        var found = distance.keys.filter { $0 != start && (type == nil || graph.nodes[$0].type == type) }
        found.sort { a, b in
            let da = distance[a] ?? 0, db = distance[b] ?? 0
            if da != db { return da < db }
            let wa = weight[a] ?? graph.edges[via[a] ?? 0].weight, wb = weight[b] ?? graph.edges[via[b] ?? 0].weight
            if wa != wb { return wa > wb }
            return graph.nodes[a].name < graph.nodes[b].name
        }
        var r = QueryResult(columns: ["name", "type", "distance", "relation", "weight"])
        for v in found {
            let e = graph.edges[via[v] ?? 0]
            r.append([graph.nodes[v].name, graph.nodes[v].type.rawValue, String(distance[v] ?? 0), e.relation.rawValue,
                      format(weight[v] ?? e.weight)], edge: via[v], node: v)
        }
        return r
    }

    /// A shortest path (fewest hops, edges followed in either direction) with each hop's evidence;
    /// no rows when the two are not connected.
    public func path(from: String, to: String) throws -> QueryResult {
        let s = try resolve(from), t = try resolve(to)
        var r = QueryResult(columns: ["from", "relation", "to", "evidence", "sentence"])
        var parent = [Int32](repeating: -1, count: graph.nodes.count)  // edge that reached the node
        var seen = [Bool](repeating: false, count: graph.nodes.count)
        seen[s] = true
        var queue = [s], head = 0
        search: while head < queue.count {
            let v = queue[head]; head += 1
            for i in edges(of: v) {
                let e = graph.edges[Int(i)]
                let w = e.source == v ? e.target : e.source
                if seen[w] { continue }
                seen[w] = true
                parent[w] = i
                if w == t { break search }
                queue.append(w)
            }
        }
        guard s == t || parent[t] >= 0 else { return r }
        var hops: [PathHop] = []
        var v = t
        while v != s {
            let i = Int(parent[v])
            let e = graph.edges[i]
            let u = e.source == v ? e.target : e.source
            hops.append(PathHop(from: u, to: v, edge: i, relation: e.relation, evidence: e.evidence.first))
            v = u
        }
        hops.reverse()
        for h in hops {
            let (at, text) = firstEvidence(graph.edges[h.edge])
            r.append([nameOf(h.from), h.relation.rawValue, nameOf(h.to), at, text], edge: h.edge, node: h.to)
        }
        r.hops = hops
        return r
    }

    /// The `n` highest-ranked nodes (optionally of one type). Degree counts incident edges; betweenness
    /// is Brandes' (sampled above `Betweenness.exactLimit` nodes, see there).
    public func top(type: EntityType? = nil, by ranking: NodeRanking = .degree, n: Int = 10) -> QueryResult {
        let scores: [Double]
        switch ranking {
        case .degree: scores = (0..<graph.nodes.count).map { Double(offsets[$0 + 1] - offsets[$0]) }
        case .mentions: scores = graph.nodes.map { Double($0.mentions) }
        case .betweenness:
            let (simpleOffsets, simpleNeighbours) = Betweenness.simpleAdjacency(
                nodeCount: graph.nodes.count, offsets: offsets, other: incidentOther)
            scores = Betweenness.compute(offsets: simpleOffsets, neighbours: simpleNeighbours)
        }
        var ids = graph.nodes.indices.filter { type == nil || graph.nodes[$0].type == type }
        ids.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var r = QueryResult(columns: ["rank", "name", "type", ranking.rawValue])
        for (k, v) in ids.prefix(max(n, 0)).enumerated() {
            let score = ranking == .betweenness ? String(format: "%.1f", scores[v]) : format(scores[v])
            r.append([String(k + 1), graph.nodes[v].name, graph.nodes[v].type.rawValue, score], node: v)
        }
        return r
    }

    /// Dated edges of a node in date order (ISO dates first, then dates written without a year).
    public func timeline(name: String) throws -> QueryResult {
        let v = try resolve(name)
        var ids = edges(of: v).map(Int.init).filter { graph.edges[$0].date != nil }
        ids.sort { a, b in Self.dateFirst(graph.edges[a].date, graph.edges[b].date) ?? (a < b) }
        var r = QueryResult(columns: ["date", "relation", "with", "title", "evidence"])
        for i in ids {
            let e = graph.edges[i]
            let other = e.source == v ? e.target : e.source
            r.append([e.date ?? "", e.relation.rawValue, nameOf(other), e.title ?? "", firstEvidence(e).0], edge: i)
        }
        return r
    }

    /// Programmes and the places and organisations they co-occur with, heaviest first; with `place`,
    /// only the programmes co-occurring with it.
    public func programmes(place: String? = nil) throws -> QueryResult {
        let anchor = try place.map { try resolve($0) }
        let candidates = anchor.map { edges(of: $0).map(Int.init) } ?? Array(graph.edges.indices)
        var ids: [(Int, Int, Int)] = []  // edge, programme, partner
        for i in candidates {
            let e = graph.edges[i]
            guard e.relation == .coOccurs else { continue }
            let a = graph.nodes[e.source], b = graph.nodes[e.target]
            let (p, q) = a.type == .programme ? (a, b) : (b, a)
            guard p.type == .programme, q.type == .place || q.type == .organisation else { continue }
            if let anchor, q.id != anchor { continue }
            ids.append((i, p.id, q.id))
        }
        ids.sort { x, y in
            let wx = graph.edges[x.0].weight, wy = graph.edges[y.0].weight
            if wx != wy { return wx > wy }
            return (x.1, x.2) < (y.1, y.2)  // ids follow (type, name) order
        }
        var r = QueryResult(columns: ["programme", "with", "type", "weight"])
        for (i, p, q) in ids {
            r.append([nameOf(p), nameOf(q), graph.nodes[q].type.rawValue, format(graph.edges[i].weight)], edge: i, node: p)
        }
        return r
    }
}
