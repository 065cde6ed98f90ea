/// The typed edges graphctl builds. Raw values are the names used in extract, graph.json and exports.
public enum RelationType: String, CaseIterable, Codable, Sendable, Comparable {
    /// Undirected; weight = number of windows (sentences by default) in which both appear.
    case coOccurs = "co_occurs"
    /// person → organisation or place; carries a title.
    case role
    /// person ↔ person; source is the host where the text says who received whom.
    case met
    /// person → organisation or place: a meeting with a delegation or country that names no person.
    case metGroup = "met_group"
    /// person → the person accompanied.
    case accompanied
    /// person → place or organisation.
    case visited

    /// Whether the direction source → target carries meaning.
    public var isDirected: Bool {
        switch self {
        case .coOccurs, .met: return false
        default: return true
        }
    }

    /// Position in the declaration order (how edges of one pair are sorted).
    public var order: Int {
        switch self {
        case .coOccurs: return 0
        case .role: return 1
        case .met: return 2
        case .metGroup: return 3
        case .accompanied: return 4
        case .visited: return 5
        }
    }

    public static func < (a: RelationType, b: RelationType) -> Bool { a.order < b.order }

    /// Hashes the order: the synthesised hash of an enum with a String raw value hashes that String,
    /// and every edge and relation key hashes a relation type.
    @inline(__always)
    public func hash(into hasher: inout Hasher) { hasher.combine(order) }
}
