import Entities
import Foundation
import Graph

/// `graphctl query`: the questions analysts ask, answered from the graph with the sentence that
/// proves each answer.
enum QueryCommand: Command {
    static let questions = """
    QUESTIONS:
      met [NAME] [--since DATE] [--until DATE]   who met whom (host → guest where known), when, where it says so
      roles [NAME]                               the titles each person holds, with organisation and evidence
      holders TITLE [--org ORG]                  who holds a title (e.g. 市委书记), and of where
      neighbours NAME [--type T] [--relation R] [--depth N]
      path A B                                   shortest path, each hop with its relation and evidence
      top [--type T] [--by degree|mentions|betweenness] [-n N]
      timeline NAME                              dated edges of NAME in date order
      programmes [PLACE]                         programmes with the places and organisations they appear with
    Names may be written in simplified or traditional characters, or as any alias.
    """

    static let spec = CommandSpec(
        name: "query",
        summary: "Ask the graph: met, roles, holders, neighbours, path, top, timeline, programmes.",
        usage: "graphctl query QUESTION [ARGS…] [--graph FILE] [--json|--tsv]",
        options: [
            OptionSpec(names: ["--graph"], value: "FILE", help: "The graph to ask (default ./graph.json, else the bundled seeds)."),
            OptionSpec(names: ["--json"], value: nil, help: "Print a JSON array (for programs)."),
            OptionSpec(names: ["--tsv"], value: nil, help: "Print tab-separated values (for spreadsheets)."),
            OptionSpec(names: ["-o", "--output"], value: "FILE", help: "Write to FILE instead of stdout."),
            OptionSpec(names: ["--since"], value: "DATE", help: "met: from this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
            OptionSpec(names: ["--until"], value: "DATE", help: "met: up to this date."),
            OptionSpec(names: ["--org"], value: "ORG", help: "holders: only holders at this organisation or place."),
            OptionSpec(names: ["--type"], value: "T", help: "neighbours, top: only nodes of this type."),
            OptionSpec(names: ["--relation"], value: "R", help: "neighbours: only this relation."),
            OptionSpec(names: ["--depth"], value: "N", help: "neighbours: how many hops (default 1)."),
            OptionSpec(names: ["--by"], value: "M", help: "top: degree (default), mentions or betweenness."),
            OptionSpec(names: ["-n"], value: "N", help: "top: how many (default 10)."),
        ] + TextOptions.specs,
        discussion: questions)

    static func run(_ a: ParsedArguments, console: Console) throws {
        guard let question = a.positionals.first else { throw UsageError(message: "which question? (met, roles, holders, neighbours, path, top, timeline, programmes)") }
        let args = Array(a.positionals.dropFirst())
        if a.flag("json") && a.flag("tsv") { throw UsageError(message: "choose --json or --tsv, not both") }
        let format: TableRenderer.Format = a.flag("json") ? .json : a.flag("tsv") ? .tsv : .table
        let type = try a.value("type").map { t -> EntityType in
            guard let v = EntityType(rawValue: t) else { throw UsageError(message: "--type: expected person, organisation, place or programme, got '\(t)'") }
            return v
        }
        func arg(_ i: Int, _ what: String) throws -> String {
            guard i < args.count else { throw UsageError(message: "query \(question) needs \(what)") }
            return args[i]
        }
        let graph = try loadGraph(a, console: console)
        let text = try TextOptions(a)
        let converter = Runtime.scriptConverter(text)
        let engine = GraphQueryEngine(graph: graph, normaliseName: { name in
            var v = String.UnicodeScalarView()
            for u in name.unicodeScalars { v.append(converter.simplified(u)) }
            return String(v)
        })
        let result: QueryResult
        do {
            switch question {
            case "met": result = try engine.met(name: args.first, since: a.value("since"), until: a.value("until"))
            case "roles":
                if let name = args.first { result = try engine.roles(name: name) }
                else { result = try engine.holders(title: nil) }
            case "holders": result = try engine.holders(title: try arg(0, "a TITLE, e.g. 市委书记"), org: a.value("org"))
            case "neighbours", "neighbors":
                let relation = try a.value("relation").map { r -> RelationType in
                    guard let v = RelationType(rawValue: r) else { throw UsageError(message: "--relation: unknown relation '\(r)'") }
                    return v
                }
                result = try engine.neighbours(name: try arg(0, "a NAME"), type: type, relation: relation,
                                               depth: try a.int("depth", range: 1...10) ?? 1)
            case "path": result = try engine.path(from: try arg(0, "two NAMEs"), to: try arg(1, "two NAMEs"))
            case "top":
                let by = try a.value("by").map { b -> NodeRanking in
                    guard let v = NodeRanking(rawValue: b) else { throw UsageError(message: "--by: expected degree, mentions or betweenness") }
                    return v
                } ?? .degree
                result = engine.top(type: type, by: by, n: try a.int("n", range: 1...1_000_000) ?? 10)
            case "timeline": result = try engine.timeline(name: try arg(0, "a NAME"))
            case "programmes", "programs": result = try engine.programmes(place: args.first)
            default:
                throw UsageError(message: "unknown question '\(question)' (met, roles, holders, neighbours, path, top, timeline, programmes)")
            }
        } catch let e as QueryError {
            throw FatalError(message: e.description)
        }
        let rendered = TableRenderer(format: format).render(result)
        try Runtime.write(to: a.value("output")) { sink in sink.write(rendered) }
    }

    static func loadGraph(_ a: ParsedArguments, console: Console) throws -> KnowledgeGraph {
        if let file = a.value("graph") { return try GraphSource.loadFile(file) }
        if FileManager.default.fileExists(atPath: "graph.json") {
            console.detail("graph: ./graph.json")
            return try GraphSource.loadFile("graph.json")
        }
        console.info("graphctl: no ./graph.json; asking the graph of the bundled seeds")
        var empty = try ParsedArguments([], spec: BuildCommand.spec)
        empty.positionals = []
        return try GraphBuild.build(empty, paths: [], console: console).graph
    }
}
