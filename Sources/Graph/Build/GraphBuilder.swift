import Entities

/// Builds the knowledge graph from document records (the reduce step of extract → build).
///
/// Nodes are keyed by (type, canonical name), with homonymous persons kept apart by `HomonymResolver`.
/// Edges are one per (source, target, relation, title); `co_occurs` and `met` are undirected: a
/// `co_occurs` edge is stored with source < target by node id (equivalently by (type, name)); a `met`
/// edge is one per pair, oriented host → guest as its earliest evidence states it. Weight is the number
/// of distinct (document, sentence) pairs among the evidence, date the earliest date seen (the
/// relation's own, else its document's). A role with no organisation becomes a title on the person.
/// The result does not depend on the order of `add` calls.
public struct GraphBuilder {
    private var records: [DocumentRecord] = []
    private let isTraditional: (String) -> Bool

    /// - Parameter isTraditional: whether a surface form is written in traditional characters; such
    ///   aliases go to `Node.traditionalAliases`.
    public init(isTraditional: @escaping (String) -> Bool = { _ in false }) {
        self.isTraditional = isTraditional
    }

    public mutating func add(_ record: DocumentRecord) {
        records.append(record)
    }

    public func build() -> KnowledgeGraph {
        let sorted = records.enumerated().sorted { a, b in
            a.element.id != b.element.id ? a.element.id < b.element.id : a.offset < b.offset
        }.map(\.element)
        let homonyms = HomonymResolver(records: sorted)
        var acc = GraphAccumulator()
        for (i, r) in sorted.enumerated() {
            acc.addDocument(r.info)
            let labels = homonyms.labels[i] ?? [:]
            func key(_ name: String, _ type: EntityType) -> NodeKey {
                NodeKey(type: type, name: type == .person ? (labels[name] ?? name) : name)
            }
            var types: [String: EntityType] = [:]
            for e in r.entities {
                types[e.canonical] = types[e.canonical] ?? e.type
                var aliases = e.aliases
                let k = key(e.canonical, e.type)
                if k.name != e.canonical { aliases.append(e.canonical) }
                acc.addNode(k, aliases: aliases, titles: e.titles, mentions: e.mentions,
                            documents: [r.id], attributes: e.attributes)
            }
            for rel in r.relations {
                let source = key(rel.source, rel.sourceType)
                acc.addNode(source, documents: [r.id])
                if rel.target.isEmpty {
                    if rel.type == .role, let title = rel.title { acc.addNode(source, titles: [title]) }
                    continue
                }
                let target = key(rel.target, rel.targetType ?? types[rel.target] ?? .organisation)
                acc.addNode(target, documents: [r.id])
                acc.addEdge(source: source, target: target, relation: rel.type, title: rel.title,
                            rank: rel.rank, date: rel.date ?? r.date, evidence: [rel.evidence])
            }
        }
        return acc.graph(isTraditional: isTraditional)
    }
}
