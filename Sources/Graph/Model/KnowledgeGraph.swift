import Entities

/// A node: one real-world entity, merged across documents.
public struct Node: Hashable, Sendable {
    /// Stable index in `KnowledgeGraph.nodes` (nodes are sorted by type, then name).
    public var id: Int
    public var type: EntityType
    /// Canonical simplified name; unique within a type (homonyms get a distinguishing label).
    public var name: String
    /// Every other surface form seen (traditional forms, honorific forms, short forms), sorted.
    public var aliases: [String]
    /// Titles held with no organisation named (总书记), sorted.
    public var titles: [String]
    public var mentions: Int
    /// Ids of the documents that mention it, sorted.
    public var documents: [String]

    public init(id: Int, type: EntityType, name: String, aliases: [String] = [], titles: [String] = [],
                mentions: Int = 0, documents: [String] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.titles = titles
        self.mentions = mentions
        self.documents = documents
    }
}

/// An edge between two nodes, one per (source, target, relation, title). Evidence is every sentence
/// that supports it; `weight` is their count (co-occurrence weight for `co_occurs`).
public struct Edge: Hashable, Sendable {
    public var source: Int
    public var target: Int
    public var relation: RelationType
    public var title: String?
    public var rank: Int?
    /// Earliest date stated for it (ISO 8601 where the year is known, else the text form).
    public var date: String?
    public var weight: Double
    public var evidence: [Evidence]

    public init(source: Int, target: Int, relation: RelationType, title: String? = nil, rank: Int? = nil,
                date: String? = nil, weight: Double = 1, evidence: [Evidence] = []) {
        self.source = source
        self.target = target
        self.relation = relation
        self.title = title
        self.rank = rank
        self.date = date
        self.weight = weight
        self.evidence = evidence
    }
}

/// The merged graph: nodes sorted by (type, name), edges sorted by (source, target, relation, title).
public struct KnowledgeGraph: Sendable {
    public static let formatVersion = 1

    public var nodes: [Node]
    public var edges: [Edge]
    /// Ids of the documents the graph was built from, sorted.
    public var documents: [String]

    public init(nodes: [Node] = [], edges: [Edge] = [], documents: [String] = []) {
        self.nodes = nodes
        self.edges = edges
        self.documents = documents
    }
}
