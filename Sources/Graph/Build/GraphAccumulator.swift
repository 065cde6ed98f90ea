import Entities

/// A node's identity while a graph is assembled: nodes are unique per (type, name), and sorting these
/// keys gives the final node order, so `source < target` by key is `source < target` by node id.
///
/// `slot` is a provisional discriminator: `GraphBuilder` keys each document's persons by the document's
/// slot until homonym resolution has named them, then `GraphAccumulator.rekey` moves them to their
/// final keys (slot -1). Only keys with slot -1 reach `graph()`.
struct NodeKey: Hashable, Comparable, Sendable {
    var type: EntityType
    var name: String
    var slot = -1
    static func < (a: NodeKey, b: NodeKey) -> Bool {
        if a.type != b.type { return a.type < b.type }
        if a.name != b.name { return a.name < b.name }
        return a.slot < b.slot
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
        // Provisional keys keep every alias: the final name is not known yet (`rekey` filters them).
        for a in aliases where a != key.name || key.slot >= 0 { parts.aliases.insert(a) }
        for a in traditional where a != key.name || key.slot >= 0 { parts.traditional.insert(a) }
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
                          rank: Int?, date: String?, evidence: some Collection<Evidence>) {
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

    /// Moves every node and edge with an endpoint that `rename` maps (to a non-nil key) to its new key,
    /// merging with what is already there by the same unions, sums and minima as `addNode`/`addEdge`:
    /// the result is what adding the contributions under their new keys in the first place would give.
    mutating func rekey(_ rename: (NodeKey) -> NodeKey?) {
        let movingNodes = nodes.keys.compactMap { k in rename(k).map { (k, $0) } }
        for (old, new) in movingNodes {
            guard let p = nodes.removeValue(forKey: old) else { continue }
            var parts = nodes.removeValue(forKey: new) ?? NodeParts()
            for a in p.aliases where a != new.name || new.slot >= 0 { parts.aliases.insert(a) }
            for a in p.traditional where a != new.name || new.slot >= 0 { parts.traditional.insert(a) }
            parts.titles.formUnion(p.titles)
            parts.mentions += p.mentions
            parts.documents.formUnion(p.documents)
            for (k, v) in p.attributes {
                if let old = parts.attributes[k], old <= v { continue }
                parts.attributes[k] = v
            }
            nodes[new] = parts
        }
        let movingEdges = edges.keys.filter { rename($0.a) != nil || rename($0.b) != nil }
        for old in movingEdges {
            guard let p = edges.removeValue(forKey: old) else { continue }
            let a = rename(old.a) ?? old.a, b = rename(old.b) ?? old.b
            let key = !old.relation.isDirected && b < a
                ? EdgeKey(a: b, b: a, relation: old.relation, title: old.title)
                : EdgeKey(a: a, b: b, relation: old.relation, title: old.title)
            var parts = edges.removeValue(forKey: key) ?? EdgeParts()
            if let rank = p.rank { parts.rank = min(parts.rank ?? rank, rank) }
            parts.date = DateOrder.earliest(parts.date, p.date)
            if parts.evidence.isEmpty { parts.evidence = p.evidence } else { parts.evidence.formUnion(p.evidence) }
            if let first = p.firstEvidence, let firstSource = p.firstSource {
                let source = rename(firstSource) ?? firstSource
                if let oldFirst = parts.firstEvidence, let oldSource = parts.firstSource,
                   evidencePrecedes(oldFirst, first) || (oldFirst == first && oldSource <= source) {
                    // keep the existing orientation
                } else {
                    parts.firstEvidence = first
                    parts.firstSource = source
                }
            }
            edges[key] = parts
        }
    }

    /// The sorted graph. Empties the accumulator as it goes: each node's and edge's sets are released
    /// once turned into arrays, so the graph and the accumulator are never both whole in memory.
    mutating func graph(isTraditional: (String) -> Bool = { _ in false }) -> KnowledgeGraph {
        let keys = nodes.keys.sorted()
        var ids: [NodeKey: Int] = [:]
        ids.reserveCapacity(keys.count)
        var out: [Node] = []
        out.reserveCapacity(keys.count)
        for (i, k) in keys.enumerated() {
            ids[k] = i
            let p = nodes.removeValue(forKey: k) ?? NodeParts()
            var simplified: [String] = [], traditional = Set(p.traditional)
            for a in p.aliases { if isTraditional(a) { traditional.insert(a) } else { simplified.append(a) } }
            out.append(Node(id: i, type: k.type, name: k.name, aliases: simplified.sorted(),
                            traditionalAliases: traditional.sorted(), titles: p.titles.sorted(),
                            mentions: p.mentions, documents: p.documents.sorted(), attributes: p.attributes))
        }
        nodes = [:]
        var es: [Edge] = []
        es.reserveCapacity(edges.count)
        for k in Array(edges.keys) {
            guard let p = edges.removeValue(forKey: k), var s = ids[k.a], var t = ids[k.b] else { continue }
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
        edges = [:]
        es.sort(by: Self.edgePrecedes)
        let docs = documents.values.sorted { $0.id < $1.id }
        documents = [:]
        return KnowledgeGraph(nodes: out, edges: es, documents: docs)
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
