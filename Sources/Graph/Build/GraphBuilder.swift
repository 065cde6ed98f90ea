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
///
/// Records are streamed: `add` folds each record into the graph under construction at once and keeps
/// only a summary of its persons' offices (what homonym resolution needs), so memory grows with the
/// graph, not with the corpus. Persons are held under a per-document provisional key until `build`
/// knows which documents' persons of one name are the same person, then moved to their final keys.
public struct GraphBuilder {
    private var accumulator = GraphAccumulator()
    /// Per `add` call, in call order: the document id and `HomonymResolver.offices(in:)` of its record.
    private var documents: [(id: String, offices: [String: Set<HomonymResolver.Office>])] = []
    private let isTraditional: (String) -> Bool

    /// - Parameter isTraditional: whether a surface form is written in traditional characters; such
    ///   aliases go to `Node.traditionalAliases`.
    public init(isTraditional: @escaping (String) -> Bool = { _ in false }) {
        self.isTraditional = isTraditional
    }

    public mutating func add(_ record: DocumentRecord) {
        let slot = documents.count
        documents.append((record.id, HomonymResolver.offices(in: record)))
        accumulator.addDocument(record.info)
        func key(_ name: String, _ type: EntityType) -> NodeKey {
            NodeKey(type: type, name: name, slot: type == .person ? slot : -1)
        }
        var types: [String: EntityType] = [:]
        for e in record.entities {
            types[e.canonical] = types[e.canonical] ?? e.type
            let k = key(e.canonical, e.type)
            // A person's canonical name becomes an alias if homonym resolution renames it; the
            // provisional key keeps it and `rekey` drops it again when the name stays.
            let aliases = e.type == .person ? e.aliases + [e.canonical] : e.aliases
            accumulator.addNode(k, aliases: aliases, titles: e.titles, mentions: e.mentions,
                                documents: CollectionOfOne(record.id), attributes: e.attributes)
        }
        for rel in record.relations {
            let source = key(rel.source, rel.sourceType)
            accumulator.addNode(source, documents: CollectionOfOne(record.id))
            if rel.target.isEmpty {
                if rel.type == .role, let title = rel.title { accumulator.addNode(source, titles: CollectionOfOne(title)) }
                continue
            }
            let target = key(rel.target, rel.targetType ?? types[rel.target] ?? .organisation)
            accumulator.addNode(target, documents: CollectionOfOne(record.id))
            accumulator.addEdge(source: source, target: target, relation: rel.type, title: rel.title,
                                rank: rel.rank, date: rel.date ?? record.date, evidence: CollectionOfOne(rel.evidence))
        }
    }

    /// The graph of every record added so far. Leaves the builder empty (its storage is handed to the
    /// graph rather than copied).
    public mutating func build() -> KnowledgeGraph {
        // Homonym clusters are formed in document-id order (ties: call order), as if sorted records came in.
        let order = documents.indices.sorted { a, b in
            documents[a].id != documents[b].id ? documents[a].id < documents[b].id : a < b
        }
        let homonyms = HomonymResolver(documents: order.map { documents[$0].offices })
        var position = [Int](repeating: 0, count: documents.count)
        for (p, slot) in order.enumerated() { position[slot] = p }
        documents = []
        var acc = accumulator
        accumulator = GraphAccumulator()
        acc.rekey { k in
            guard k.slot >= 0 else { return nil }
            let name = homonyms.labels[position[k.slot]]?[k.name] ?? k.name
            return NodeKey(type: k.type, name: name)
        }
        return acc.graph(isTraditional: isTraditional)
    }
}
