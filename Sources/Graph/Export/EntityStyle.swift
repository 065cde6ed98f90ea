import Entities

/// How each entity type looks in every visual export: one palette for GraphML `r/g/b`, GEXF `viz:color`
/// and DOT `fillcolor`, so a person is the same colour in Gephi and in Graphviz.
public struct EntityStyle: Sendable, Equatable {
    public let red: Int
    public let green: Int
    public let blue: Int
    /// Graphviz node shape.
    public let dotShape: String
    /// Capitalised label for Neo4j and the legend: `Person`, `Organisation`, `Place`, `Programme`.
    public let displayName: String

    /// `#RRGGBB`.
    public var hex: String {
        func h(_ v: Int) -> String {
            let s = String(min(255, max(0, v)), radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + h(red) + h(green) + h(blue)
    }

    /// Light Tableau-20 tones: dark text stays readable on them.
    public static func of(_ type: EntityType) -> EntityStyle {
        switch type {
        case .person: return EntityStyle(red: 174, green: 199, blue: 232, dotShape: "ellipse", displayName: "Person")
        case .organisation: return EntityStyle(red: 255, green: 187, blue: 120, dotShape: "box", displayName: "Organisation")
        case .place: return EntityStyle(red: 152, green: 223, blue: 138, dotShape: "house", displayName: "Place")
        case .programme: return EntityStyle(red: 197, green: 176, blue: 213, dotShape: "note", displayName: "Programme")
        }
    }
}
