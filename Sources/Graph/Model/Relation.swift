import Entities

/// One relation found in one document, before documents are merged into the graph.
/// Source and target are canonical entity names of the same document.
public struct Relation: Hashable, Codable, Sendable {
    public var type: RelationType
    public var source: String
    public var sourceType: EntityType
    /// "" for a role whose text names no organisation.
    public var target: String
    public var targetType: EntityType?
    /// Office title (role) as written, simplified.
    public var title: String?
    /// Rank from the title dictionary, when it has one.
    public var rank: Int?
    /// ISO 8601 (`2023-11-08`, `2023-11`) when the year is known, else the text form (`11月8日`).
    public var date: String?
    public var evidence: Evidence

    public init(type: RelationType, source: String, sourceType: EntityType, target: String,
                targetType: EntityType?, title: String? = nil, rank: Int? = nil, date: String? = nil,
                evidence: Evidence) {
        self.type = type
        self.source = source
        self.sourceType = sourceType
        self.target = target
        self.targetType = targetType
        self.title = title
        self.rank = rank
        self.date = date
        self.evidence = evidence
    }
}
