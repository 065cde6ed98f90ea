import Entities
import Foundation
import Graph

/// Where `export`, `query` and `stats` get their graph: `--graph FILE`, else PATHs built in memory,
/// else `./graph.json` when present, else the bundled seeds built in memory. Says which on stderr.
enum GraphSource {
    static let specs: [OptionSpec] = [
        OptionSpec(names: ["--graph"], value: "FILE", help: "Read the graph from FILE (a graph.json written by `graphctl build`)."),
    ]

    static func load(_ a: ParsedArguments, paths: [String], console: Console) throws -> KnowledgeGraph {
        if let file = a.value("graph") {
            if !paths.isEmpty { throw UsageError(message: "give either --graph FILE or input PATHs, not both") }
            console.detail("graph: \(file)")
            return try loadFile(file)
        }
        if paths.isEmpty, FileManager.default.fileExists(atPath: "graph.json") {
            console.info("graphctl: using ./graph.json")
            return try loadFile("graph.json")
        }
        console.info(paths.isEmpty ? "graphctl: no ./graph.json; building the graph of the bundled seeds"
                                   : "graphctl: building the graph of \(paths.count) input path(s)")
        return try GraphBuild.build(a, paths: paths, console: console).graph
    }

    static func loadFile(_ path: String) throws -> KnowledgeGraph {
        do {
            return try GraphStore.load(from: URL(fileURLWithPath: path))
        } catch let e as GraphFileError {
            throw FatalError(message: e.description)
        }
    }
}

/// The build step shared by `build`, `export`, `stats` and `query` on text inputs.
enum GraphBuild {
    struct Result {
        var graph: KnowledgeGraph
        var characters: Int
    }

    static func build(_ a: ParsedArguments, paths: [String], console: Console) throws -> Result {
        let text = try TextOptions(a)
        let linking = try LinkingOptions(a)
        let pipelines = try Runtime.pipelines(text, console: console)
        let extractor = linking.extractor
        let converter = pipelines.withReplica { $0.normaliser.converter }
        var builder = GraphBuilder(isTraditional: { s in converter.looksTraditional(s.unicodeScalars) })
        builder.threads = text.jobs
        var characters = 0
        let inputs = try Runtime.inputs(paths, console: console)
        let processor = DocumentProcessor(reader: CorpusReader(include: text.include, encoding: text.encoding),
                                          lines: false, jobs: text.jobs)
        try processor.run(inputs, console: console, work: { source -> DocumentRecord in pipelines.withReplica { pipeline in
            let doc = pipeline.analyse(source)
            let relations = extractor.relations(in: doc)
            return DocumentRecord(doc, relations: relations, date: extractor.articleDate(in: doc), lexicon: pipeline.lexicon)
        } }, emit: { record in
            characters += record.characters
            builder.add(record)
        })
        return Result(graph: builder.build(), characters: characters)
    }
}
