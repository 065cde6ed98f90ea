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

    public static func < (a: RelationType, b: RelationType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
