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
/// Records are streamed: `add` folds each record into the graph under construction at once, so memory
/// grows with the graph, not with the corpus. Homonym resolution needs the whole corpus, but its answer
/// for a person depends only on the name and the set of offices the document gives it (documents with
/// the same set always end in the same cluster: clusters only gain offices, and a conflict with a
/// union is a conflict with a part). So persons are held under a provisional key per (name, office
/// set), and `build` moves each to its final name once the clusters are known. A corpus repeating the
/// same people therefore does not grow the provisional keys.
public struct GraphBuilder {
    /// A person as homonym resolution sees it in one document.
    private struct PersonSignature: Hashable {
        var name: String
        var offices: Set<HomonymResolver.Office>
    }

    private var accumulator = GraphAccumulator()
    /// Provisional person keys: signature → slot, and slot → signature.
    private var slots: [PersonSignature: Int] = [:]
    private var signatures: [PersonSignature] = []
    /// Per `add` call, in call order: the document id and the slots of its persons.
    private var documents: [(id: String, slots: [Int])] = []
    private let isTraditional: (String) -> Bool
    /// When set, persons are labelled from this corpus-wide table instead of by resolving the homonyms
    /// of the records added here: a batch's graph then carries the labels the whole corpus gives, and
    /// the graphs of all batches merge into exactly the whole build.
    public var homonymTable: HomonymTable?
    /// Threads `build` may use to assemble the graph (the serial tail of a parallel build). The graph
    /// is the same for any count.
    public var threads = 1
    /// The fewest edges worth a thread of their own (tests lower it to share out small graphs).
    var minimumShare = ContiguousShares.minimumShare

    /// - Parameter isTraditional: whether a surface form is written in traditional characters; such
    ///   aliases go to `Node.traditionalAliases`.
    public init(isTraditional: @escaping (String) -> Bool = { _ in false }, homonymTable: HomonymTable? = nil) {
        self.isTraditional = isTraditional
        self.homonymTable = homonymTable
    }

    public mutating func add(_ record: DocumentRecord) {
        // Name-keyed tables by `NameKey` (String keys hashed without normalising).
        var slotOf: [NameKey: Int] = [:]
        var documentSlots: [Int] = []
        for (name, offices) in HomonymResolver.offices(in: record) {
            let signature = PersonSignature(name: name, offices: offices)
            let slot: Int
            if let s = slots[signature] { slot = s } else {
                slot = signatures.count
                slots[signature] = slot
                signatures.append(signature)
            }
            slotOf[NameKey(name)] = slot
            documentSlots.append(slot)
        }
        documents.append((record.id, documentSlots))
        accumulator.addDocument(record.info)
        // Persons the resolver does not know in this document (named only as a relation's end) keep
        // their name, as they would in a whole-corpus build.
        func key(_ name: String, _ type: EntityType) -> NodeKey {
            NodeKey(type: type, name: name, slot: type == .person ? slotOf[NameKey(name)] ?? -1 : -1)
        }
        // The key of every (name, type) whose node already holds this document: a relation's ends are
        // nearly always among the document's entities, and a document has about a thousand relations
        // over a few dozen names, so an end is one lookup here, not a slot lookup, a node lookup and a
        // document-set insert (which change nothing the second time for the same key and document).
        // Each with its node's number, which `addEdge` takes.
        var added: [TypedNameKey: (key: NodeKey, node: Int)] = [:]
        func endpoint(_ name: String, _ type: EntityType) -> (key: NodeKey, node: Int) {
            let typed = TypedNameKey(name: name, type: type)
            if let k = added[typed] { return k }
            let k = key(name, type)
            let end = (k, accumulator.addNode(k, documents: CollectionOfOne(record.id)))
            added[typed] = end
            return end
        }
        var types: [NameKey: EntityType] = [:]
        for e in record.entities {
            let name = NameKey(e.canonical)
            types[name] = types[name] ?? e.type
            let k = key(e.canonical, e.type)
            // A person's canonical name becomes an alias if homonym resolution renames it; the
            // provisional key keeps it and `rekey` drops it again when the name stays.
            let aliases = e.type == .person ? e.aliases + [e.canonical] : e.aliases
            let node = accumulator.addNode(k, aliases: aliases, titles: e.titles, mentions: e.mentions,
                                           documents: CollectionOfOne(record.id), attributes: e.attributes)
            added[TypedNameKey(name: e.canonical, type: e.type)] = (k, node)
        }
        accumulator.reserveEdges(record.relations.count)
        // By index: `for rel in record.relations` copied every relation (seven strings and the evidence
        // retained, then released) on this serial path.
        let relations = record.relations
        for i in relations.indices {
            let source = endpoint(relations[i].source, relations[i].sourceType)
            if relations[i].target.isEmpty {
                if relations[i].type == .role, let title = relations[i].title {
                    accumulator.addNode(source.key, titles: CollectionOfOne(title))
                }
                continue
            }
            let targetName = relations[i].target
            let target = endpoint(targetName, relations[i].targetType ?? types[NameKey(targetName)] ?? .organisation)
            accumulator.addEdge(source: source.node, target: target.node, relation: relations[i].type,
                                title: relations[i].title, rank: relations[i].rank, date: relations[i].date ?? record.date,
                                evidence: CollectionOfOne(relations[i].evidence))
        }
    }

    /// The graph of every record added so far. Leaves the builder empty (its storage is handed to the
    /// graph rather than copied).
    public mutating func build() -> KnowledgeGraph {
        // Every document of a slot gets the same label: take the first one's.
        var names = signatures.map(\.name)
        var labelled = [Bool](repeating: false, count: signatures.count)
        if let table = homonymTable {
            for document in documents {
                for s in document.slots where !labelled[s] {
                    labelled[s] = true
                    if let label = table.labels[document.id]?[signatures[s].name] { names[s] = label }
                }
            }
        } else {
            let (order, homonyms) = resolve()
            for (position, d) in order.enumerated() {
                for s in documents[d].slots where !labelled[s] {
                    labelled[s] = true
                    if let label = homonyms.labels[position]?[signatures[s].name] { names[s] = label }
                }
            }
        }
        documents = []
        slots = [:]
        signatures = []
        var acc = accumulator
        accumulator = GraphAccumulator()
        // Each slot's final key made once (a key hashes its name when made): the ends of a person's edges
        // are renamed once per edge, some forty thousand times for a thousand persons.
        let finalKeys = names.map { NodeKey(type: .person, name: $0) }
        acc.rekey { k in
            guard k.slot >= 0 else { return nil }
            return k.type == .person ? finalKeys[k.slot] : NodeKey(type: k.type, name: names[k.slot])
        }
        return acc.graph(isTraditional: isTraditional, threads: threads, minimumShare: minimumShare)
    }

    /// The homonym labels of every record added so far, keyed by document id: the first reduce of an
    /// exact distributed build (see `HomonymTable`). Leaves the builder as it is.
    public func homonymLabels() -> HomonymTable {
        let (order, resolver) = resolve()
        return resolver.table(order: order, ids: documents.map(\.id))
    }

    /// Homonym clusters over the documents added so far; `order` maps the resolver's positions to `documents`.
    private func resolve() -> (order: [Int], resolver: HomonymResolver) {
        HomonymResolver.inDocumentOrder(ids: documents.map(\.id)) { d in
            var offices: [String: Set<HomonymResolver.Office>] = [:]
            for s in documents[d].slots { offices[signatures[s].name] = signatures[s].offices }
            return offices
        }
    }
}
