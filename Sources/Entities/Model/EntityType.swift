/// The four kinds of node graphctl finds. The raw values are the names used everywhere outside the
/// code: in `extract --jsonl`, graph.json, GraphML, DOT and the CLI's `--types`.
public enum EntityType: String, CaseIterable, Codable, Sendable, Comparable {
    case person
    case organisation
    case place
    case programme

    /// Accepts the spellings other tools use (organization, location, PER, ORG, LOC) as well.
    public init?(lenient raw: String) {
        switch raw.lowercased() {
        case "person", "per", "nr": self = .person
        case "organisation", "organization", "org", "nt": self = .organisation
        case "place", "location", "loc", "ns", "gpe": self = .place
        case "programme", "program": self = .programme
        default: return nil
        }
    }

    /// Position in the fixed order person, organisation, place, programme (how nodes are sorted).
    public var order: Int {
        switch self {
        case .person: return 0
        case .organisation: return 1
        case .place: return 2
        case .programme: return 3
        }
    }

    public static func < (a: EntityType, b: EntityType) -> Bool { a.order < b.order }

    /// Hashes the order: the synthesised hash of an enum with a String raw value hashes that String,
    /// and every node, name and spelling key of the graph hashes a type.
    @inline(__always)
    public func hash(into hasher: inout Hasher) { hasher.combine(order) }
}
