import Entities
import Foundation
import Graph

/// `graphctl build`: read the corpus (or `extract --full` records), build the graph, save graph.json
/// and print a short summary.
enum BuildCommand: Command {
    static let spec = CommandSpec(
        name: "build",
        summary: "Build the knowledge graph and save it (default ./graph.json).",
        usage: "graphctl build [PATH…|-] [-o FILE] [--from-jsonl FILE…|- [--homonyms TABLE | --homonym-table]]",
        options: [
            OptionSpec(names: ["-o", "--output"], value: "FILE", help: "Where to save the graph (default ./graph.json; - for stdout)."),
            OptionSpec(names: ["--from-jsonl"], value: nil, help: "The PATHs are `extract --jsonl --full` records (- for stdin), not text."),
            OptionSpec(names: ["--homonym-table"], value: nil, help: "With --from-jsonl: save the corpus's homonym table (JSON) instead of the graph."),
            OptionSpec(names: ["--homonyms"], value: "TABLE", help: "With --from-jsonl: label homonyms from TABLE (made by --homonym-table over the whole corpus), so graphs of batches merge into exactly one build."),
            OptionSpec(names: ["--script"], value: "S", help: "hans (default) or hant: write canonical names in traditional characters."),
        ] + TextOptions.specs + LinkingOptions.specs,
        discussion: """
            With no PATH the bundled seed articles are read. The summary goes to stderr (-q silences it).
            Exact distributed builds: run --homonym-table once over all records, then build each batch with
            --homonyms TABLE and merge the batch graphs (docs/map-reduce.md).
            """)

    static func run(_ a: ParsedArguments, console: Console) throws {
        let start = Date()
        var graph: KnowledgeGraph
        var characters = 0
        if !a.flag("from-jsonl"), a.flag("homonym-table") || a.value("homonyms") != nil {
            throw UsageError(message: "--homonym-table and --homonyms need --from-jsonl")
        }
        if a.flag("homonym-table"), a.value("homonyms") != nil {
            throw UsageError(message: "give either --homonym-table or --homonyms, not both")
        }
        if a.flag("from-jsonl") {
            guard !a.positionals.isEmpty else { throw UsageError(message: "--from-jsonl needs FILE… or - for stdin") }
            if a.flag("homonym-table") {
                var collector = HomonymTableBuilder()
                try RecordInput.read(a.positionals, console: console) { collector.add($0) }
                let table = collector.table()
                let output = a.value("output") ?? "homonyms.json"
                try Runtime.write(to: output) { sink in sink.write(bytes: [UInt8](table.jsonData())) }
                console.info("graphctl: homonym table of \(table.labels.count) documents → \(output == "-" ? "stdout" : output)")
                return
            }
            // Aliases are sorted into simplified and traditional with the same table as a build from text.
            let text = try TextOptions(a)
            let converter = try Runtime.converter(text)
            var builder = GraphBuilder(isTraditional: { converter.looksTraditional($0.unicodeScalars) })
            builder.threads = text.jobs
            if let path = a.value("homonyms") { builder.homonymTable = try HomonymTableFile.load(path) }
            try RecordInput.read(a.positionals, console: console) { builder.add($0) }
            graph = builder.build()
        } else {
            let r = try GraphBuild.build(a, paths: a.positionals, console: console)
            graph = r.graph
            characters = r.characters
        }
        graph = try ScriptOption.apply(a, to: graph, console: console)
        let output = a.value("output") ?? "graph.json"
        let jobs = try TextOptions(a).jobs
        try Runtime.write(to: output) { sink in GraphStore.save(graph, to: &sink, threads: jobs) }
        if !console.quiet {
            console.info(Summary.render(graph, output: output, characters: characters, seconds: Date().timeIntervalSince(start)))
        }
    }
}

/// Reads `extract --full` records (files or stdin) into a graph, a line at a time: the builder folds
/// each record in as it is read, so memory follows the graph, not the size of the input.
enum RecordInput {
    static func read(_ paths: [String], console: Console, _ body: (DocumentRecord) -> Void) throws {
        for path in paths {
            let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
            guard let handle else { console.skip("\(path): cannot read the file"); continue }
            defer { if path != "-" { try? handle.close() } }
            var lines = ByteLineReader(handle: handle)
            var lineNumber = 0
            while true {
                let line: [UInt8]
                do {
                    guard let next = try lines.next() else { break }
                    line = next
                } catch {
                    console.skip("\(path): cannot read the file")
                    break
                }
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
                do {
                    body(try DocumentRecord(jsonLine: String(decoding: line, as: UTF8.self)))
                } catch {
                    console.skip("\(path):\(lineNumber): \(error)")
                }
            }
        }
    }
}

/// `--homonyms TABLE`: the corpus-wide homonym table a distributed build hands to every batch.
enum HomonymTableFile {
    static func load(_ path: String) throws -> HomonymTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FatalError(message: "\(path): cannot read the homonym table")
        }
        do { return try HomonymTable(jsonData: data) }
        catch { throw FatalError(message: "\(path): \(error)") }
    }
}

/// `--script hant`: canonical names written in traditional characters.
enum ScriptOption {
    static func apply(_ a: ParsedArguments, to graph: KnowledgeGraph, console: Console) throws -> KnowledgeGraph {
        guard let f = try function(a, converter: { Runtime.scriptConverter(try TextOptions(a)) }) else { return graph }
        return graph.renamed(f)
    }

    /// The name mapping `--script` asks for: nil for hans (the default), simplified → traditional for hant.
    static func function(_ a: ParsedArguments, converter: () throws -> ScriptConverter) throws -> (@Sendable (String) -> String)? {
        guard let s = a.value("script"), s != "hans" else { return nil }
        guard s == "hant" else { throw UsageError(message: "--script: expected hans or hant, got '\(s)'") }
        let c = try converter()
        return { name in
            var v = String.UnicodeScalarView()
            for u in name.unicodeScalars { v.append(c.traditional(u)) }
            return String(v)
        }
    }
}

/// The short summary `build` prints.
enum Summary {
    static func render(_ graph: KnowledgeGraph, output: String, characters: Int, seconds: Double) -> String {
        var lines: [String] = []
        let where_ = output == "-" ? "stdout" : output
        lines.append("graphctl: \(graph.documents.count) documents\(characters > 0 ? ", \(characters) characters" : "") → \(where_) (\(String(format: "%.2f", seconds)) s)")
        let byType = Dictionary(grouping: graph.nodes, by: \.type)
        lines.append("  entities: " + EntityType.allCases.map { "\($0.rawValue) \(byType[$0]?.count ?? 0)" }.joined(separator: ", "))
        let byRelation = Dictionary(grouping: graph.edges, by: \.relation)
        lines.append("  edges:    " + RelationType.allCases.map { "\($0.rawValue) \(byRelation[$0]?.count ?? 0)" }.joined(separator: ", "))
        let people = graph.nodes.filter { $0.type == .person }.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }.prefix(8)
        if !people.isEmpty {
            lines.append("  top people: " + people.map { "\($0.name) (\($0.mentions))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
