import Entities

/// Which Graphviz engine a DOT file asks for.
public enum DOTLayout: String, Sendable, CaseIterable {
    /// `dot` for small graphs, `sfdp` above `DOTOptions.sfdpThreshold` nodes.
    case automatic
    case dot
    case sfdp
}

/// Options of `DOTWriter`: the display filter and layout hints. Graphviz's `dot` needs minutes and
/// draws spaghetti beyond a few hundred nodes, so big graphs are cut (`top`, `minWeight`, `types`,
/// `relations`, via `ExportFilter`) and switched to `sfdp` with `overlap=prism`.
public struct DOTOptions: Sendable, Equatable {
    public var top: Int?
    public var minWeight: Double
    public var types: Set<EntityType>?
    public var relations: Set<RelationType>?
    public var layout: DOTLayout
    /// Node count above which `.automatic` picks sfdp.
    public var sfdpThreshold: Int
    /// Draw a legend cluster with one sample node per entity type present.
    public var legend: Bool
    public var graphName: String

    public init(top: Int? = nil, minWeight: Double = 0, types: Set<EntityType>? = nil,
                relations: Set<RelationType>? = nil, layout: DOTLayout = .automatic,
                sfdpThreshold: Int = 300, legend: Bool = true, graphName: String = "graphctl") {
        self.top = top
        self.minWeight = minWeight
        self.types = types
        self.relations = relations
        self.layout = layout
        self.sfdpThreshold = sfdpThreshold
        self.legend = legend
        self.graphName = graphName
    }

    /// The filter these options describe.
    public var filter: ExportFilter {
        ExportFilter(top: top, minWeight: minWeight, types: types, relations: relations)
    }

    /// The engine for a graph of `nodeCount` nodes.
    public func engine(nodeCount: Int) -> DOTLayout {
        switch layout {
        case .automatic: return nodeCount > sfdpThreshold ? .sfdp : .dot
        case .dot, .sfdp: return layout
        }
    }
}
