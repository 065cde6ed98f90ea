import Foundation
import Entities

/// A node's identity while a graph is assembled: nodes are unique per (type, name), and sorting these
/// keys gives the final node order, so `source < target` by key is `source < target` by node id.
///
/// `slot` is a provisional discriminator: `GraphBuilder` keys each document's persons by the document's
/// slot until homonym resolution has named them, then `GraphAccumulator.rekey` moves them to their
/// final keys (slot -1). Only keys with slot -1 reach `graph()`.
struct NodeKey: Hashable, Comparable, Sendable {
    let type: EntityType
    let name: String
    let slot: Int
    /// `name` hashed once, when the key is made: a key is looked up and hashed into edge keys many times
    /// (a relation's ends, every edge of a node, the node ids of the graph), and hashing the name's
    /// bytes each time was most of `build`'s serial part. Equal names hash alike (`StringHashing`), so
    /// equal keys still hash alike.
    private let nameHash: Int

    init(type: EntityType, name: String, slot: Int = -1) {
        self.type = type
        self.name = name
        self.slot = slot
        var h = Hasher()
        StringHashing.combine(name, into: &h)
        nameHash = h.finalize()
    }

    static func < (a: NodeKey, b: NodeKey) -> Bool {
        if a.type != b.type { return a.type < b.type }
        if !StringOrder.equal(a.name, b.name) { return StringOrder.less(a.name, b.name) }
        return a.slot < b.slot
    }

    /// As the synthesised `==`, with the names compared by `StringOrder` (same answer, no normalising pass).
    static func == (a: NodeKey, b: NodeKey) -> Bool {
        a.type == b.type && a.slot == b.slot && StringOrder.equal(a.name, b.name)
    }

    /// The type, the name's hash (see `nameHash`) and the slot.
    func hash(into h: inout Hasher) {
        h.combine(type)
        h.combine(nameHash)
        h.combine(slot)
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
///
/// Nodes are numbered as they come (`nodeKeys`, `nodeParts`, found by key through `nodeIndex`) and edges
/// are keyed by those numbers: an edge key hashes and compares two integers, not two names, and the
/// node ids of the graph are an array lookup. Hashing both names of every edge key on each lookup, and
/// looking up both ends of every edge for its ids, were a fifth of `build`'s serial part.
struct GraphAccumulator {
    struct NodeParts {
        var aliases = Set<String>()
        var traditional = Set<String>()
        var titles = Set<String>()
        var mentions = 0
        var documents = Set<String>()
        var attributes: [String: String] = [:]
    }

    /// Ends are node numbers (indices into `nodeKeys`). Undirected relations are keyed with
    /// `nodeKeys[a] < nodeKeys[b]`; directed ones with a = source, b = target.
    struct EdgeKey: Hashable {
        var a: Int
        var b: Int
        var relation: RelationType
        var title: String?

        /// As the synthesised `==`, with the title compared by `StringOrder` (same answer).
        static func == (x: EdgeKey, y: EdgeKey) -> Bool {
            guard x.relation == y.relation, x.a == y.a, x.b == y.b else { return false }
            switch (x.title, y.title) {
            case (nil, nil): return true
            case let (s?, t?): return StringOrder.equal(s, t)
            default: return false
            }
        }

        /// The synthesised hash's fields, with the title through `StringHashing`.
        func hash(into h: inout Hasher) {
            h.combine(a)
            h.combine(b)
            h.combine(relation)
            if let title {
                h.combine(1 as UInt8)
                StringHashing.combine(title, into: &h)
            } else {
                h.combine(0 as UInt8)
            }
        }
    }

    struct EdgeParts {
        var rank: Int?
        var date: String?
        /// Every evidence contributed, duplicates included: `graph()` sorts them anyway, and drops the
        /// duplicates there (equal evidences sort next to each other, since `evidencePrecedes` compares
        /// every field). Nearly every edge has one evidence, and a one-element Set per edge (its
        /// storage, and hashing the document id and rule) was a fifth of `build`'s serial part.
        var evidence: [Evidence] = []
        /// For `met`: the smallest evidence seen and the host (source, a node number) it was stated with.
        /// The stored orientation is the one the earliest evidence gives, a choice every merge order
        /// agrees on.
        var firstEvidence: Evidence?
        var firstSource: Int?
    }

    /// The nodes in order of arrival: their keys, their parts, and each key's number.
    private(set) var nodeKeys: [NodeKey] = []
    private var nodeParts: [NodeParts] = []
    private var nodeIndex: [NodeKey: Int] = [:]
    private(set) var edges: [EdgeKey: EdgeParts] = [:]
    private(set) var documents: [String: DocumentInfo] = [:]

    mutating func addDocument(_ info: DocumentInfo) {
        if let old = documents[info.id] {
            documents[info.id] = Self.preferred(old, info)
        } else {
            documents[info.id] = info
        }
    }

    /// The number of the node `key`, a new empty node if there is none yet.
    private mutating func node(_ key: NodeKey) -> Int {
        if let i = nodeIndex[key] { return i }
        let i = nodeKeys.count
        nodeIndex[key] = i
        nodeKeys.append(key)
        nodeParts.append(NodeParts())
        return i
    }

    /// Adds to the node `key` (made if new) and returns its number, which `addEdge(source:target:…)`
    /// takes in place of a key.
    @discardableResult
    mutating func addNode(_ key: NodeKey, aliases: some Sequence<String> = [], traditional: some Sequence<String> = [],
                          titles: some Sequence<String> = [], mentions: Int = 0,
                          documents: some Sequence<String> = [], attributes: [String: String] = [:]) -> Int {
        let i = node(key)
        // Updated in place: the sets inside stay uniquely referenced (no copy per update).
        Self.add(to: &nodeParts[i], key: key, aliases: aliases, traditional: traditional,
                 titles: titles, mentions: mentions, documents: documents, attributes: attributes)
        return i
    }

    private static func add(to parts: inout NodeParts, key: NodeKey, aliases: some Sequence<String>,
                            traditional: some Sequence<String>, titles: some Sequence<String>, mentions: Int,
                            documents: some Sequence<String>, attributes: [String: String]) {
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
    }

    /// Room for `count` more edges: a document adds its relations' edges in one go, and growing the
    /// table step by step re-hashed every edge key at each doubling.
    mutating func reserveEdges(_ count: Int) {
        edges.reserveCapacity(edges.count + count)
    }

    mutating func addEdge(source: NodeKey, target: NodeKey, relation: RelationType, title: String?,
                          rank: Int?, date: String?, evidence: some Collection<Evidence>) {
        let s = node(source), t = node(target)
        addEdge(source: s, target: t, relation: relation, title: title, rank: rank, date: date, evidence: evidence)
    }

    /// `addEdge` between nodes by number (as `addNode` returns them).
    mutating func addEdge(source: Int, target: Int, relation: RelationType, title: String?,
                          rank: Int?, date: String?, evidence: some Collection<Evidence>) {
        let undirected = !relation.isDirected
        let key = undirected && nodeKeys[target] < nodeKeys[source]
            ? EdgeKey(a: target, b: source, relation: relation, title: title)
            : EdgeKey(a: source, b: target, relation: relation, title: title)
        let keys = nodeKeys
        Self.add(to: &edges[key, default: EdgeParts()], source: source, relation: relation, rank: rank, date: date,
                 evidence: evidence, keys: keys)
    }

    private static func add(to parts: inout EdgeParts, source: Int, relation: RelationType, rank: Int?,
                            date: String?, evidence: some Collection<Evidence>, keys: [NodeKey]) {
        if let rank { parts.rank = min(parts.rank ?? rank, rank) }
        parts.date = DateOrder.earliest(parts.date, date)
        parts.evidence.append(contentsOf: evidence)
        if relation == .met, let first = evidence.min(by: evidencePrecedes) {
            if let old = parts.firstEvidence, let oldSource = parts.firstSource,
               evidencePrecedes(old, first) || (old == first && keys[oldSource] <= keys[source]) {
                // keep the existing orientation
            } else {
                parts.firstEvidence = first
                parts.firstSource = source
            }
        }
    }

    /// Moves every node and edge with an endpoint that `rename` maps (to a non-nil key) to its new key,
    /// merging with what is already there by the same unions, sums and minima as `addNode`/`addEdge`:
    /// the result is what adding the contributions under their new keys in the first place would give.
    ///
    /// The tables are rebuilt rather than edited in place: deleting from a Swift dictionary re-hashes
    /// the entries after the hole. Nodes are renumbered; edges follow their ends' new numbers.
    mutating func rekey(_ rename: (NodeKey) -> NodeKey?) {
        let oldKeys = nodeKeys, oldParts = nodeParts
        nodeKeys = []
        nodeParts = []
        nodeIndex = [:]
        nodeKeys.reserveCapacity(oldKeys.count)
        nodeParts.reserveCapacity(oldKeys.count)
        nodeIndex.reserveCapacity(oldKeys.count)
        var number = [Int](repeating: 0, count: oldKeys.count)
        for i in oldKeys.indices {
            var parts = oldParts[i]
            var key = oldKeys[i]
            if let new = rename(key) {
                key = new
                // Provisional keys kept every alias: drop the one that is now the name.
                if new.slot < 0 {
                    parts.aliases.remove(new.name)
                    parts.traditional.remove(new.name)
                }
            }
            if let j = nodeIndex[key] {
                nodeParts[j] = Self.merged(nodeParts[j], parts)
                number[i] = j
            } else {
                number[i] = nodeKeys.count
                nodeIndex[key] = nodeKeys.count
                nodeKeys.append(key)
                nodeParts.append(parts)
            }
        }
        let keys = nodeKeys
        let oldEdges = edges
        edges = [:]
        edges.reserveCapacity(oldEdges.count)
        for (old, p) in oldEdges {
            let x = number[old.a], y = number[old.b]
            // Ends whose keys did not change keep their order; renamed ones may swap.
            let key = !old.relation.isDirected && keys[y] < keys[x]
                ? EdgeKey(a: y, b: x, relation: old.relation, title: old.title)
                : EdgeKey(a: x, b: y, relation: old.relation, title: old.title)
            var parts = p
            if let source = p.firstSource { parts.firstSource = number[source] }
            guard let existing = edges.updateValue(parts, forKey: key) else { continue }
            edges[key] = Self.merged(existing, parts, keys: keys)
        }
    }

    private static func merged(_ a: NodeParts, _ b: NodeParts) -> NodeParts {
        var parts = a
        parts.aliases.formUnion(b.aliases)
        parts.traditional.formUnion(b.traditional)
        parts.titles.formUnion(b.titles)
        parts.mentions += b.mentions
        parts.documents.formUnion(b.documents)
        for (k, v) in b.attributes {
            if let old = parts.attributes[k], old <= v { continue }
            parts.attributes[k] = v
        }
        return parts
    }

    private static func merged(_ a: EdgeParts, _ b: EdgeParts, keys: [NodeKey]) -> EdgeParts {
        var parts = a
        if let rank = b.rank { parts.rank = min(parts.rank ?? rank, rank) }
        parts.date = DateOrder.earliest(parts.date, b.date)
        parts.evidence += b.evidence
        if let first = b.firstEvidence, let source = b.firstSource {
            if let oldFirst = parts.firstEvidence, let oldSource = parts.firstSource,
               evidencePrecedes(oldFirst, first) || (oldFirst == first && keys[oldSource] <= keys[source]) {
                // keep the existing orientation
            } else {
                parts.firstEvidence = first
                parts.firstSource = source
            }
        }
        return parts
    }

    /// The sorted graph. Empties the accumulator (its tables are dropped rather than emptied entry by
    /// entry: deletions re-hash neighbouring String keys).
    ///
    /// `threads` > 1 assembles the edges (sorting each one's evidence, the larger part of this step on
    /// a big corpus) on up to that many threads, each given at least `minimumShare` edges (see
    /// `ContiguousShares`); the graph is the same for any count.
    mutating func graph(isTraditional: (String) -> Bool = { _ in false }, threads: Int = 1,
                        minimumShare: Int = ContiguousShares.minimumShare) -> KnowledgeGraph {
        // Node numbers in key order: the node ids.
        let nodeOrder = nodeKeys.indices.sorted { nodeKeys[$0] < nodeKeys[$1] }
        var ids = [Int](repeating: 0, count: nodeKeys.count)
        var out: [Node] = []
        out.reserveCapacity(nodeOrder.count)
        for (i, n) in nodeOrder.enumerated() {
            ids[n] = i
            let k = nodeKeys[n]
            let p = nodeParts[n]
            var simplified: [String] = [], traditional = Set(p.traditional)
            for a in p.aliases { if isTraditional(a) { traditional.insert(a) } else { simplified.append(a) } }
            // `StringOrder.less` orders as `<` does, without normalising each compared name.
            out.append(Node(id: i, type: k.type, name: k.name, aliases: simplified.sorted(by: StringOrder.less),
                            traditionalAliases: traditional.sorted(by: StringOrder.less),
                            titles: p.titles.sorted(by: StringOrder.less),
                            mentions: p.mentions, documents: p.documents.sorted(), attributes: p.attributes))
        }
        let nodeCount = nodeKeys.count
        nodeKeys = []
        nodeParts = []
        nodeIndex = [:]
        // The table's entries and their ends, read in one pass: each entry is copied out of the table
        // once (reading the ends from the array afterwards copied every element again).
        var parts: [(key: EdgeKey, value: EdgeParts)] = []
        var ends: [(source: Int, target: Int)] = []
        parts.reserveCapacity(edges.count)
        ends.reserveCapacity(edges.count)
        for (k, p) in edges {
            ends.append(k.relation == .met && p.firstSource == k.b ? (ids[k.b], ids[k.a]) : (ids[k.a], ids[k.b]))
            parts.append((k, p))
        }
        // The table goes first: each edge's evidence array is then referenced once, and is sorted in
        // place rather than copied.
        edges = [:]
        let order = Self.edgeOrder(parts, ends: ends, nodeCount: nodeCount)
        let es = Self.makeEdges(&parts, order: order, ends: ends,
                                shares: ContiguousShares.count(order.count, threads: threads, minimumShare: minimumShare))
        let docs = documents.values.sorted { $0.id < $1.id }
        documents = [:]
        return KnowledgeGraph(nodes: out, edges: es, documents: docs)
    }

    /// The positions of `parts` in edge order: by source, target, relation and title, with `ends` the
    /// edges' ends as node ids (`met` oriented by its first evidence).
    ///
    /// Sorted as a permutation, before any edge is made: edges are large values (strings, evidence
    /// arrays), and sorting them moved and retained each one about log n times. Source, target and
    /// relation are packed into one integer per edge (node ids are below 2^29 when there are fewer
    /// nodes), sorted with the position as a tie-break (a total order, so most comparisons are one
    /// integer comparison); each run of equal integers (one pair and relation, several titles) is then
    /// sorted by title. Titles differ within a run (they are part of the edge's key), so the order is
    /// total and does not depend on the table's iteration order.
    private static func edgeOrder(_ parts: [(key: EdgeKey, value: EdgeParts)], ends: [(source: Int, target: Int)],
                                  nodeCount: Int) -> [Int] {
        guard nodeCount < 1 << 29 else {
            return parts.indices.sorted { i, j in
                if ends[i].source != ends[j].source { return ends[i].source < ends[j].source }
                if ends[i].target != ends[j].target { return ends[i].target < ends[j].target }
                if parts[i].key.relation != parts[j].key.relation { return parts[i].key.relation < parts[j].key.relation }
                return Self.titlePrecedes(parts[i].key.title, parts[j].key.title)
            }
        }
        var packed = parts.indices.map { i in
            (key: UInt64(ends[i].source) << 35 | UInt64(ends[i].target) << 3 | UInt64(parts[i].key.relation.order), index: i)
        }
        packed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        var order = packed.map(\.index)
        var lo = 0
        while lo < packed.count {
            var hi = lo + 1
            while hi < packed.count && packed[hi].key == packed[lo].key { hi += 1 }
            if hi - lo > 1 { order[lo..<hi].sort { Self.titlePrecedes(parts[$0].key.title, parts[$1].key.title) } }
            lo = hi
        }
        return order
    }

    /// Edge `r` is made from `parts[order[r]]` and its `ends`, taking the parts' evidence (sorted, without
    /// duplicates).
    ///
    /// Each edge depends on its own parts only, so with `shares` > 1 contiguous ranges of the result
    /// are made at once, each thread initialising its own range of one array and emptying its own
    /// parts' evidence: no copy to join, and each evidence array is sorted where it lies. The edges are
    /// the same for any number of shares.
    private static func makeEdges(_ parts: inout [(key: EdgeKey, value: EdgeParts)], order: [Int],
                                  ends: [(source: Int, target: Int)], shares: Int) -> [Edge] {
        let count = order.count
        return parts.withUnsafeMutableBufferPointer { source in
            [Edge](unsafeUninitializedCapacity: count) { out, initialised in
                guard let from = source.baseAddress, let to = out.baseAddress else { initialised = 0; return }
                let buffers = DisjointWrites(parts: from, edges: to)
                let make = { @Sendable (k: Int) in
                    for r in ContiguousShares.range(k, of: count, shares: shares) {
                        (buffers.edges + r).initialize(to: Self.edge(taking: &buffers.parts[order[r]], ends: ends[order[r]]))
                    }
                }
                if shares > 1 { DispatchQueue.concurrentPerform(iterations: shares, execute: make) } else { make(0) }
                initialised = count
            }
        }
    }

    /// The two buffers `makeEdges`' threads write, each thread at its own positions only.
    private struct DisjointWrites: @unchecked Sendable {
        let parts: UnsafeMutablePointer<(key: EdgeKey, value: EdgeParts)>
        let edges: UnsafeMutablePointer<Edge>
    }

    /// One edge, taking `p`'s evidence: sorted, then without duplicates (equal evidences are adjacent
    /// once sorted); the weight is the number of distinct (document, sentence) pairs.
    private static func edge(taking p: inout (key: EdgeKey, value: EdgeParts), ends: (source: Int, target: Int)) -> Edge {
        var evidence: [Evidence] = []
        swap(&evidence, &p.value.evidence)
        if evidence.count > 1 {
            evidence.sort(by: evidencePrecedes)
            var kept = 1
            for i in 1..<evidence.count where evidence[i] != evidence[kept - 1] {
                if i != kept { evidence.swapAt(i, kept) }
                kept += 1
            }
            evidence.removeLast(evidence.count - kept)
        }
        var sentences = 0
        for i in evidence.indices where i == 0 || evidence[i].sentence != evidence[i - 1].sentence
                                        || evidence[i].document != evidence[i - 1].document {
            sentences += 1
        }
        return Edge(source: ends.source, target: ends.target, relation: p.key.relation, title: p.key.title, rank: p.value.rank,
                    date: p.value.date, weight: Double(sentences), evidence: evidence)
    }

    /// Titles in edge order (edges sort by source, target, relation, title): by `<`, no title first
    /// (before an empty one).
    static func titlePrecedes(_ a: String?, _ b: String?) -> Bool {
        (a ?? "") < (b ?? "") || (a == nil && b == "")
    }

    /// Two descriptions of the same document id: keep the fuller one, deterministically.
    private static func preferred(_ a: DocumentInfo, _ b: DocumentInfo) -> DocumentInfo {
        if a.sentences != b.sentences { return a.sentences > b.sentences ? a : b }
        if a.characters != b.characters { return a.characters > b.characters ? a : b }
        return (a.date ?? "") >= (b.date ?? "") ? a : b
    }
}
