import Foundation
import Graph

/// `graphctl merge`: combine saved graphs (the reduce step after building parts of a corpus apart).
/// Merging is associative and commutative: any grouping or order gives the same bytes.
enum MergeCommand: Command {
    static let spec = CommandSpec(
        name: "merge",
        summary: "Merge saved graphs into one (associative and commutative).",
        usage: "graphctl merge GRAPH.json… -o OUT.json",
        options: [
            OptionSpec(names: ["-o", "--output"], value: "FILE", help: "Where to save the merged graph (default ./graph.json; - for stdout)."),
        ])

    static func run(_ a: ParsedArguments, console: Console) throws {
        guard !a.positionals.isEmpty else { throw UsageError(message: "give the graphs to merge") }
        var graphs: [KnowledgeGraph] = []
        for path in a.positionals {
            do { graphs.append(try GraphSource.loadFile(path)) }
            catch let e as FatalError { console.skip(e.message) }
        }
        guard !graphs.isEmpty else { throw FatalError(message: "no graph could be read") }
        let merged = GraphMerger.merge(graphs)
        let output = a.value("output") ?? "graph.json"
        try Runtime.write(to: output) { sink in GraphStore.save(merged, to: &sink) }
        console.info("graphctl: merged \(graphs.count) graphs: \(merged.documents.count) documents, \(merged.nodes.count) entities, \(merged.edges.count) edges → \(output == "-" ? "stdout" : output)")
    }
}
