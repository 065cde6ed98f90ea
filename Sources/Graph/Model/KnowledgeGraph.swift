import Entities

/// A node: one real-world entity, merged across documents.
public struct Node: Hashable, Sendable {
    /// Stable index in `KnowledgeGraph.nodes` (nodes are sorted by type, then name).
    public var id: Int
    public var type: EntityType
    /// Canonical simplified name; unique within a type (homonyms get a distinguishing label).
    public var name: String
    /// Every other surface form seen in simplified script (honorific forms, short forms), sorted.
    public var aliases: [String]
    /// Surface forms written in traditional characters (張毅恭), sorted: JSON-LD tags them zh-Hant.
    public var traditionalAliases: [String]
    /// Titles held with no organisation named (总书记), sorted.
    public var titles: [String]
    public var mentions: Int
    /// Ids of the documents that mention it, sorted.
    public var documents: [String]
    /// Extra facts from dictionaries, e.g. `gov` = "1" for party and state bodies (GovernmentOrganization
    /// in JSON-LD), `level` = "city" for places.
    public var attributes: [String: String]

    public init(id: Int, type: EntityType, name: String, aliases: [String] = [],
                traditionalAliases: [String] = [], titles: [String] = [], mentions: Int = 0,
                documents: [String] = [], attributes: [String: String] = [:]) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.traditionalAliases = traditionalAliases
        self.titles = titles
        self.mentions = mentions
        self.documents = documents
        self.attributes = attributes
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
    /// The documents the graph was built from, sorted by id.
    public var documents: [DocumentInfo]

    public init(nodes: [Node] = [], edges: [Edge] = [], documents: [DocumentInfo] = []) {
        self.nodes = nodes
        self.edges = edges
        self.documents = documents
    }
}

/// A source document of the graph: JSON-LD describes each as a NewsArticle, evidence points into it.
public struct DocumentInfo: Hashable, Codable, Sendable {
    public var id: String
    /// The article's own date (ISO 8601 where the year is known, else as written), if it states one.
    public var date: String?
    public var sentences: Int
    public var characters: Int

    public init(id: String, date: String? = nil, sentences: Int = 0, characters: Int = 0) {
        self.id = id
        self.date = date
        self.sentences = sentences
        self.characters = characters
    }
}
