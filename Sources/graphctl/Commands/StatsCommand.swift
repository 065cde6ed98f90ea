import Entities
import Foundation
import Graph

/// `graphctl stats`: documents, sentences, characters, entities per type, edges per relation.
enum StatsCommand: Command {
    static let spec = CommandSpec(
        name: "stats",
        summary: "Count documents, sentences, characters, entities per type and edges per relation.",
        usage: "graphctl stats [--graph FILE | PATH…] [--json]",
        options: [
            OptionSpec(names: ["--json"], value: nil, help: "Print one JSON object."),
            OptionSpec(names: ["-o", "--output"], value: "FILE", help: "Write to FILE instead of stdout."),
        ] + GraphSource.specs + TextOptions.specs + LinkingOptions.specs)

    static func run(_ a: ParsedArguments, console: Console) throws {
        let graph = try GraphSource.load(a, paths: a.positionals, console: console)
        var counts: [(String, Int)] = [
            ("documents", graph.documents.count),
            ("sentences", graph.documents.reduce(0) { $0 + $1.sentences }),
            ("characters", graph.documents.reduce(0) { $0 + $1.characters }),
            ("entities", graph.nodes.count),
        ]
        let byType = Dictionary(grouping: graph.nodes, by: \.type)
        counts += EntityType.allCases.map { ($0.rawValue, byType[$0]?.count ?? 0) }
        counts.append(("edges", graph.edges.count))
        let byRelation = Dictionary(grouping: graph.edges, by: \.relation)
        counts += RelationType.allCases.map { ($0.rawValue, byRelation[$0]?.count ?? 0) }
        let out: String
        if a.flag("json") {
            out = "{" + counts.map { JSONText.quoted($0.0) + ":\($0.1)" }.joined(separator: ",") + "}\n"
        } else {
            let width = counts.map(\.0.count).max() ?? 0
            out = counts.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  \($0.1)" }.joined(separator: "\n") + "\n"
        }
        try Runtime.write(to: a.value("output")) { sink in sink.write(out) }
    }
}
