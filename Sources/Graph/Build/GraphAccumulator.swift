import Entities

/// A node's identity while a graph is assembled: nodes are unique per (type, name), and sorting these
/// keys gives the final node order, so `source < target` by key is `source < target` by node id.
struct NodeKey: Hashable, Comparable, Sendable {
    var type: EntityType
    var name: String
    static func < (a: NodeKey, b: NodeKey) -> Bool {
        a.type != b.type ? a.type < b.type : a.name < b.name
    }
}

/// The total order of evidence: document, sentence, offsets, rule, text.
func evidencePrecedes(_ a: Evidence, _ b: Evidence) -> Bool {
    if a.document != b.document { return a.document < b.document }
    if a.sentence != b.sentence { return a.sentence < b.sentence }
    if a.start != b.start { return a.start < b.start }
    if a.end != b.end { return a.end < b.end }
    if a.rule != b.rule { return a.rule < b.rule }
    return a.text < b.text
}

/// Collects node and edge contributions (from documents or from whole graphs) and turns them into a
/// sorted `KnowledgeGraph`. Every combining step is a set union, a sum or a minimum, so the result does
/// not depend on the order of contributions: this is what makes building deterministic and merging
/// associative and commutative.
struct GraphAccumulator {
    struct NodeParts {
        var aliases = Set<String>()
        var traditional = Set<String>()
        var titles = Set<String>()
        var mentions = 0
        var documents = Set<String>()
        var attributes: [String: String] = [:]
    }

    /// Undirected relations are keyed with `a < b`; directed ones with a = source, b = target.
    struct EdgeKey: Hashable {
        var a: NodeKey
        var b: NodeKey
        var relation: RelationType
        var title: String?
    }

    struct EdgeParts {
        var rank: Int?
        var date: String?
        var evidence = Set<EvidenceKey>()
        /// For `met`: the smallest evidence seen and the host (source) it was stated with. The stored
        /// orientation is the one the earliest evidence gives, a choice every merge order agrees on.
        var firstEvidence: Evidence?
        var firstSource: NodeKey?
    }

    private(set) var nodes: [NodeKey: NodeParts] = [:]
    private(set) var edges: [EdgeKey: EdgeParts] = [:]
    private(set) var documents: [String: DocumentInfo] = [:]

    mutating func addDocument(_ info: DocumentInfo) {
        if let old = documents[info.id] {
            documents[info.id] = Self.preferred(old, info)
        } else {
            documents[info.id] = info
        }
    }

    mutating func addNode(_ key: NodeKey, aliases: some Sequence<String> = [], traditional: some Sequence<String> = [],
                          titles: some Sequence<String> = [], mentions: Int = 0,
                          documents: some Sequence<String> = [], attributes: [String: String] = [:]) {
        // Moved out of the dictionary so the sets inside are uniquely referenced (no copy per update).
        var parts = nodes.removeValue(forKey: key) ?? NodeParts()
        for a in aliases where a != key.name { parts.aliases.insert(a) }
        for a in traditional where a != key.name { parts.traditional.insert(a) }
        parts.titles.formUnion(titles)
        parts.mentions += mentions
        parts.documents.formUnion(documents)
        for (k, v) in attributes {
            if let old = parts.attributes[k], old <= v { continue }
            parts.attributes[k] = v
        }
        nodes[key] = parts
    }

    mutating func addEdge(source: NodeKey, target: NodeKey, relation: RelationType, title: String?,
                          rank: Int?, date: String?, evidence: [Evidence]) {
        if nodes[source] == nil { addNode(source) }
        if nodes[target] == nil { addNode(target) }
        let undirected = !relation.isDirected
        let key = undirected && target < source
            ? EdgeKey(a: target, b: source, relation: relation, title: title)
            : EdgeKey(a: source, b: target, relation: relation, title: title)
        var parts = edges.removeValue(forKey: key) ?? EdgeParts()
        if let rank { parts.rank = min(parts.rank ?? rank, rank) }
        parts.date = DateOrder.earliest(parts.date, date)
        for e in evidence { parts.evidence.insert(EvidenceKey(e)) }
        if relation == .met, let first = evidence.min(by: evidencePrecedes) {
            if let old = parts.firstEvidence, let oldSource = parts.firstSource,
               evidencePrecedes(old, first) || (old == first && oldSource <= source) {
                // keep the existing orientation
            } else {
                parts.firstEvidence = first
                parts.firstSource = source
            }
        }
        edges[key] = parts
    }

    func graph(isTraditional: (String) -> Bool = { _ in false }) -> KnowledgeGraph {
        let keys = nodes.keys.sorted()
        var ids: [NodeKey: Int] = [:]
        ids.reserveCapacity(keys.count)
        var out: [Node] = []
        out.reserveCapacity(keys.count)
        for (i, k) in keys.enumerated() {
            ids[k] = i
            let p = nodes[k] ?? NodeParts()
            var simplified: [String] = [], traditional = Set(p.traditional)
            for a in p.aliases { if isTraditional(a) { traditional.insert(a) } else { simplified.append(a) } }
            out.append(Node(id: i, type: k.type, name: k.name, aliases: simplified.sorted(),
                            traditionalAliases: traditional.sorted(), titles: p.titles.sorted(),
                            mentions: p.mentions, documents: p.documents.sorted(), attributes: p.attributes))
        }
        var es: [Edge] = []
        es.reserveCapacity(edges.count)
        for (k, p) in edges {
            guard var s = ids[k.a], var t = ids[k.b] else { continue }
            if k.relation == .met, p.firstSource == k.b { swap(&s, &t) }
            let evidence = p.evidence.map(\.evidence).sorted(by: evidencePrecedes)
            var sentences = 0
            var previous: Evidence?
            for e in evidence {
                if let prev = previous, prev.document == e.document, prev.sentence == e.sentence { continue }
                sentences += 1
                previous = e
            }
            es.append(Edge(source: s, target: t, relation: k.relation, title: k.title, rank: p.rank,
                           date: p.date, weight: Double(sentences), evidence: evidence))
        }
        es.sort(by: Self.edgePrecedes)
        return KnowledgeGraph(nodes: out, edges: es,
                              documents: documents.values.sorted { $0.id < $1.id })
    }

    /// Edges sorted by (source, target, relation, title) with no title first.
    static func edgePrecedes(_ a: Edge, _ b: Edge) -> Bool {
        if a.source != b.source { return a.source < b.source }
        if a.target != b.target { return a.target < b.target }
        if a.relation != b.relation { return a.relation < b.relation }
        return (a.title ?? "") < (b.title ?? "") || (a.title == nil && b.title == "")
    }

    /// Two descriptions of the same document id: keep the fuller one, deterministically.
    private static func preferred(_ a: DocumentInfo, _ b: DocumentInfo) -> DocumentInfo {
        if a.sentences != b.sentences { return a.sentences > b.sentences ? a : b }
        if a.characters != b.characters { return a.characters > b.characters ? a : b }
        return (a.date ?? "") >= (b.date ?? "") ? a : b
    }
}

/// An evidence in a set, hashed on its short fields only: hashing the sentence text (Unicode-normalised
/// String hashing) for every evidence was half of `build`. Equality is still the whole evidence.
struct EvidenceKey: Hashable {
    var evidence: Evidence
    init(_ evidence: Evidence) { self.evidence = evidence }
    func hash(into h: inout Hasher) {
        h.combine(evidence.sentence)
        h.combine(evidence.start)
        h.combine(evidence.end)
        h.combine(evidence.document)
        h.combine(evidence.rule)
    }
    static func == (a: EvidenceKey, b: EvidenceKey) -> Bool { a.evidence == b.evidence }
}
