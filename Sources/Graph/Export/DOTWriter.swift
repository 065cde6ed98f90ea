import Entities

/// Graphviz DOT, for `dot -Tsvg` / `sfdp -Tpng`.
///
/// Every id and value is quoted and escaped (`DOTEscaper`): Chinese punctuation, leading digits
/// (`2abc` is a "badly delimited number") and keywords (`node`, `graph`) all break unquoted ids, and a
/// lone backslash in a label is an escape. `fontname="Noto Sans CJK SC"` is set on graph, node and edge
/// because the default Times-Roman has no CJK glyphs. Node ids are `person-17`, never names.
/// Directed relations are arrows; `co_occurs` and `met` are drawn once with `dir=none`.
public struct DOTWriter: GraphExporter, Sendable {
    public static let formatName = "dot"
    public static let fontName = "Noto Sans CJK SC"

    public var options: DOTOptions

    public init(options: DOTOptions = DOTOptions()) {
        self.options = options
    }

    public func write<Sink: TextSink>(_ unfiltered: KnowledgeGraph, to sink: inout Sink) throws {
        let graph = options.filter.apply(to: unfiltered)
        let q = DOTEscaper.quoted
        let font = q(Self.fontName)
        sink.write("digraph \(q(options.graphName)) {\n")
        var graphAttributes = "charset=\"UTF-8\", fontname=\(font)"
        switch options.engine(nodeCount: graph.nodes.count) {
        // Straight edges: splines=true makes sfdp route every edge around obstacles (over two minutes for
        // 320 nodes), and curved splines grew as slow with the edges (108–117 s for the seeds graph of 427
        // nodes and 1,284 edges, against 0.34 s with straight lines; measured with Graphviz's dot -Tsvg).
        case .sfdp: graphAttributes += ", layout=\"sfdp\", overlap=\"prism\", splines=\"line\""
        case .dot, .automatic: graphAttributes += ", layout=\"dot\", rankdir=\"LR\""
        }
        sink.write("  graph [\(graphAttributes)];\n")
        sink.write("  node [fontname=\(font), style=\"filled\", fontcolor=\"#000000\"];\n")
        sink.write("  edge [fontname=\(font), fontsize=\"10\"];\n")

        if options.legend {
            let present = Set(graph.nodes.map(\.type)).sorted()
            if !present.isEmpty {
                // Declared at top level, then listed in the cluster: partial DOT readers (pydot,
                // networkx) skip nodes declared only inside subgraphs and would miscount.
                for type in present {
                    let style = EntityStyle.of(type)
                    sink.write("  \(q("legend-" + type.rawValue)) [label=\(q(type.rawValue)), shape=\(q(style.dotShape)), fillcolor=\(q(style.hex))];\n")
                }
                sink.write("  subgraph \"cluster_legend\" {\n")
                sink.write("    graph [label=\"legend\", style=\"rounded\"];\n")
                for type in present { sink.write("    \(q("legend-" + type.rawValue));\n") }
                sink.write("  }\n")
            }
        }

        var ids: [String] = []
        ids.reserveCapacity(graph.nodes.count)
        for (index, node) in graph.nodes.enumerated() {
            let id = ExportFormatting.nodeID(node, index: index)
            ids.append(id)
            let style = EntityStyle.of(node.type)
            sink.write("  \(q(id)) [label=\(q(ExportFormatting.label(node, index: index))), shape=\(q(style.dotShape)), fillcolor=\(q(style.hex))];\n")
        }
        for edge in MergedEdge.merge(graph.edges, nodeCount: ids.count) {
            var attributes = "label=\(q(edge.label))"
            if !edge.relation.isDirected { attributes += ", dir=\"none\"" }
            attributes += ", penwidth=\(q(ExportFormatting.number(Self.penWidth(edge.weight))))"
            sink.write("  \(q(ids[edge.source])) -> \(q(ids[edge.target])) [\(attributes)];\n")
        }
        sink.write("}\n")
    }

    /// 1 for weight 1, growing slowly, capped at 6.
    static func penWidth(_ weight: Double) -> Double {
        var w = 1.0, x = weight
        while x >= 2 && w < 6 { w += 0.5; x /= 2 }
        return w
    }
}
