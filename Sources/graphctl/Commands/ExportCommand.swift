import Entities
import Foundation
import Graph

/// `graphctl export`: write the graph as GraphML (Gephi, networkx, igraph), DOT (Graphviz), JSON-LD,
/// GEXF 1.3 (Gephi's native format, with a timeline) or Neo4j import CSVs.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export",
        summary: "Write the graph as GraphML, DOT, JSON-LD, GEXF or Neo4j CSV.",
        usage: "graphctl export --graphml|--dot|--jsonld|--gexf|--neo4j DIR [--graph FILE | PATH…] [-o FILE]",
        options: [
            OptionSpec(names: ["--graphml"], value: nil, help: "GraphML (for Gephi, networkx, igraph, yEd)."),
            OptionSpec(names: ["--dot"], value: nil, help: "Graphviz DOT: graphctl export --dot | dot -Tsvg > graph.svg"),
            OptionSpec(names: ["--jsonld"], value: nil, help: "JSON-LD with an inline schema.org/PROV-O context."),
            OptionSpec(names: ["--gexf"], value: nil, help: "GEXF 1.3, Gephi's native format (timeline from full dates)."),
            OptionSpec(names: ["--neo4j"], value: "DIR", help: "Write nodes.csv and relationships.csv for neo4j-admin import into DIR."),
            OptionSpec(names: ["-o", "--output"], value: "FILE", help: "Write to FILE (atomically) instead of stdout."),
            OptionSpec(names: ["--top"], value: "N", help: "Keep the N nodes of highest degree (ties: mentions, then name)."),
            OptionSpec(names: ["--min-weight"], value: "W", help: "Drop edges lighter than W."),
            OptionSpec(names: ["--types"], value: "T,…", help: "Keep these node types (person,organisation,place,programme)."),
            OptionSpec(names: ["--relations"], value: "R,…", help: "Keep these relations (co_occurs,role,met,met_group,accompanied,visited)."),
            OptionSpec(names: ["--layout"], value: "L", help: "DOT layout: auto (default: sfdp above 300 nodes), dot or sfdp."),
            OptionSpec(names: ["--base"], value: "IRI", help: "JSON-LD base IRI (default https://graphctl.example/)."),
            OptionSpec(names: ["--script"], value: "S", help: "hans (default) or hant: canonical names in traditional characters."),
        ] + GraphSource.specs + TextOptions.specs + LinkingOptions.specs,
        discussion: "Without --graph or PATH it uses ./graph.json if present, else builds the bundled seeds; it says which on stderr.")

    static func run(_ a: ParsedArguments, console: Console) throws {
        let formats = ["graphml", "dot", "jsonld", "gexf"].filter { a.flag($0) } + (a.value("neo4j") != nil ? ["neo4j"] : [])
        guard formats.count == 1 else {
            throw UsageError(message: formats.isEmpty ? "choose a format: --graphml, --dot, --jsonld, --gexf or --neo4j DIR"
                                                      : "choose one format, not \(formats.joined(separator: " and "))")
        }
        let types = try a.list("types", allowed: EntityType.allCases.map(\.rawValue)).map { Set($0.compactMap(EntityType.init(rawValue:))) }
        let relations = try a.list("relations", allowed: RelationType.allCases.map(\.rawValue)).map { Set($0.compactMap(RelationType.init(rawValue:))) }
        let filter = ExportFilter(top: try a.int("top", range: 1...Int.max), minWeight: try a.double("min-weight") ?? 0,
                                  types: types, relations: relations)
        var layout = DOTLayout.automatic
        if let l = a.value("layout") {
            guard let v = DOTLayout(rawValue: l == "auto" ? DOTLayout.automatic.rawValue : l) else {
                throw UsageError(message: "--layout: unknown layout '\(l)' (expected auto, \(DOTLayout.allCases.map(\.rawValue).filter { $0 != DOTLayout.automatic.rawValue }.joined(separator: ", ")))")
            }
            layout = v
        }
        var graph = try GraphSource.load(a, paths: a.positionals, console: console)
        graph = try ScriptOption.apply(a, to: graph, console: console)
        let filtered = filter.isIdentity ? graph : filter.apply(to: graph)
        switch formats[0] {
        case "neo4j":
            let dir = URL(fileURLWithPath: a.value("neo4j") ?? ".")
            if !FileManager.default.fileExists(atPath: dir.path) {
                do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
                catch { throw FatalError(message: "\(dir.path): cannot create the directory") }
            }
            try Neo4jCSVWriter().write(filtered, toDirectory: dir)
            console.info("graphctl: wrote \(dir.appendingPathComponent(Neo4jCSVWriter.nodesFile).path) and \(Neo4jCSVWriter.relationshipsFile)")
        case "graphml":
            try Runtime.write(to: a.value("output")) { sink in try GraphMLWriter().write(filtered, to: &sink) }
        case "dot":
            let options = DOTOptions(top: nil, minWeight: 0, types: nil, relations: nil, layout: layout)
            try Runtime.write(to: a.value("output")) { sink in try DOTWriter(options: options).write(filtered, to: &sink) }
        case "jsonld":
            let writer = a.value("base").map { JSONLDWriter(base: $0) } ?? JSONLDWriter()
            try Runtime.write(to: a.value("output")) { sink in try writer.write(filtered, to: &sink) }
        default:
            try Runtime.write(to: a.value("output")) { sink in try GEXFWriter().write(filtered, to: &sink) }
        }
    }
}
