import Entities
import Foundation
import Graph

/// `graphctl extract --jsonl`: one JSON object per document, in the contract the evaluation relies on.
enum ExtractCommand: Command {
    static let spec = CommandSpec(
        name: "extract",
        summary: "Print the mentions and relations of each document as JSON Lines.",
        usage: "graphctl extract --jsonl [--lines] [--full] [--explain] [-o FILE] [PATH…|-]",
        options: [
            OptionSpec(names: ["--jsonl"], value: nil, help: "JSON Lines output: one object per document (the default and only format)."),
            OptionSpec(names: ["--lines"], value: nil, help: "Every input line is its own document, id FILE:LINE (1-based)."),
            OptionSpec(names: ["--full"], value: nil, help: "Write the complete per-document record `build --from-jsonl` reads (schema graphctl.document/1)."),
            OptionSpec(names: ["--explain"], value: nil, help: "Print, per sentence, the candidates that competed and why the winners won (text, not JSON)."),
            OptionSpec(names: ["-o", "--output"], value: "FILE", help: "Write to FILE (atomically) instead of stdout."),
            OptionSpec(names: ["--script"], value: "S", help: "hans (default) or hant: write entity names in traditional characters."),
        ] + TextOptions.specs + LinkingOptions.specs,
        discussion: """
        Offsets are Unicode scalar offsets into the document as decoded (a byte-order mark is not part of it), end
        exclusive; `text` is that slice as written, `entity` the canonical simplified name. See README.md, "The
        extract contract".
        """)

    static func run(_ a: ParsedArguments, console: Console) throws {
        let text = try TextOptions(a)
        let linking = try LinkingOptions(a)
        let pipelines = try Runtime.pipelines(text, console: console)
        let extractor = linking.extractor
        let paths = try Runtime.inputs(a.positionals, console: console)
        let processor = DocumentProcessor(reader: CorpusReader(include: text.include, encoding: text.encoding),
                                          lines: a.flag("lines"), jobs: text.jobs)
        let full = a.flag("full")
        let explain = a.flag("explain")
        let converter = pipelines.withReplica { $0.normaliser.converter }
        let rename = try ScriptOption.function(a, converter: { converter })
        try Runtime.write(to: a.value("output")) { sink in
            // Each document's output as UTF-8 bytes: the plain record is built as bytes, and a String of
            // it would be validated again only to be turned back into bytes by the sink.
            try processor.run(paths, console: console, work: { source -> [UInt8] in pipelines.withReplica { pipeline in
                if explain {
                    var trace: [EntityPipeline.Trace] = []
                    let doc = pipeline.analyse(source, trace: &trace)
                    return Array(Explanation.render(doc, trace: trace).utf8)
                }
                var doc = pipeline.analyse(source)
                // The plain record lists no `co_occurs` pairs: they are not computed for it.
                var relations = extractor.relations(in: doc, includingCoOccurrence: full)
                if let rename {
                    for i in doc.mentions.indices { doc.mentions[i].canonical = rename(doc.mentions[i].canonical) }
                    for i in relations.indices {
                        relations[i].source = rename(relations[i].source)
                        relations[i].target = rename(relations[i].target)
                    }
                }
                if full { return Array((DocumentRecord(doc, relations: relations, date: extractor.articleDate(in: doc), lexicon: pipeline.lexicon).jsonLine() + "\n").utf8) }
                var line = ExtractRecord.jsonLineBytes(doc, relations: relations)
                line.append(0x0A)
                return line
            } }, emit: { line in sink.write(bytes: line) })
        }
    }
}
