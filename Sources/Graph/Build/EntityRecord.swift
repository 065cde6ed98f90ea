import Entities

/// One entity as one document saw it: the part of a `DocumentRecord` that becomes (part of) a node.
public struct EntityRecord: Hashable, Codable, Sendable {
    /// Canonical simplified name within the document.
    public var canonical: String
    public var type: EntityType
    /// Every surface form seen in the document, simplified and traditional alike; the builder sorts
    /// them into `Node.aliases` and `Node.traditionalAliases` with its `isTraditional` test.
    public var aliases: [String]
    public var mentions: Int
    /// Titles held with no organisation named (总书记).
    public var titles: [String]
    public var attributes: [String: String]
    /// 0-based paragraph indices where it is mentioned.
    public var paragraphs: [Int]

    public init(canonical: String, type: EntityType, aliases: [String] = [], mentions: Int = 1,
                titles: [String] = [], attributes: [String: String] = [:], paragraphs: [Int] = []) {
        self.canonical = canonical
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.titles = titles
        self.attributes = attributes
        self.paragraphs = paragraphs
    }
}
