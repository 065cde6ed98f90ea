// libFuzzer target over the whole pipeline: bytes → TextDecoder → Normaliser → recognisers → linkers
// → DocumentRecord → GraphBuilder → graph.json round trip → every exporter. The same bytes also go to
// the parsers that read files a user hands us (graph.json, `extract --full` records, dictionary TSV),
// because those must reject garbage with a message, never trap.
//
// Built by scripts/fuzz.sh with `swiftc -sanitize=fuzzer,address` straight from Sources/Entities and
// Sources/Graph, so it stays out of the default `swift build`. Not part of the package.
import Entities
import Foundation
import Graph

/// Loaded once: the lexicon automaton is the expensive part, and `EntityPipeline` is immutable.
let fuzzPipeline: EntityPipeline = {
    let locator = DataLocator(explicit: ProcessInfo.processInfo.environment["GRAPHCTL_DICTIONARIES"])
    guard let dir = locator.dictionaries, let lexicon = try? Lexicon.load(directory: dir) else {
        FileHandle.standardError.write(Data("graphctl-fuzz: no dictionaries found; set GRAPHCTL_DICTIONARIES\n".utf8))
        exit(2)
    }
    let table = dir.appendingPathComponent("script/traditional-simplified.tsv")
    let converter = (try? ScriptConverter(tableFile: table)) ?? ScriptConverter.empty
    return EntityPipeline(lexicon: lexicon, converter: converter)
}()

let fuzzEncodings: [TextEncodingChoice] = [.auto, .utf8, .utf16le, .utf16be, .gb18030, .big5, .auto, .auto]

/// Stops the fuzzer with a message: an invariant of the extract contract does not hold.
func violated(_ what: @autoclosure () -> String) -> Never {
    FileHandle.standardError.write(Data(("graphctl-fuzz: invariant violated: " + what() + "\n").utf8))
    abort()
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    _ = fuzzPipeline.lexicon.entries.count
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Parsers of user-supplied files: any error is fine, a trap is not.
    _ = try? GraphStore.load(data: bytes, path: "fuzz.json")
    _ = try? DocumentRecord(jsonLine: String(decoding: bytes, as: UTF8.self))
    _ = try? DictionaryFile.parse(bytes, name: "fuzz.tsv")

    // A leading byte below 0x08 (never in real text) picks the --encoding and the HTML flag, so the
    // seed articles are fuzzed as they are and the forced decoders are still reached.
    var encoding = TextEncodingChoice.auto
    var html = false
    if let first = bytes.first, first < 0x08 {
        encoding = fuzzEncodings[Int(first)]
        html = first & 1 == 1
        bytes.removeFirst()
    }
    guard let (scalars, name) = try? TextDecoder.decode(bytes, path: "fuzz.txt", encoding: encoding) else { return 0 }
    if !html {
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\n" { i += 1 }
        html = i < scalars.count && scalars[i] == "<"
    }
    let source = SourceDocument(id: "fuzz.txt", scalars: scalars, encoding: name, isHTML: html)
    let doc = fuzzPipeline.analyse(source)
    check(doc)

    let extractor = RelationExtractor()
    let relations = extractor.relations(in: doc)
    _ = ExtractRecord.jsonLine(doc, relations: relations)
    let record = DocumentRecord(doc, relations: relations, date: extractor.articleDate(in: doc), lexicon: fuzzPipeline.lexicon)
    let line = record.jsonLine()
    do { _ = try DocumentRecord(jsonLine: line) } catch { violated("extract --full record does not read back: \(error)") }

    var builder = GraphBuilder()
    builder.add(record)
    let graph = builder.build()
    let saved = GraphStore.encoded(graph)
    do {
        let loaded = try GraphStore.load(data: Array(saved.utf8), path: "graph.json")
        if GraphStore.encoded(loaded) != saved { violated("graph.json round trip changed the graph") }
    } catch {
        violated("graph.json does not read back: \(error)")
    }
    _ = GraphMerger.merge([graph, graph])

    var out = ""
    try? GraphMLWriter().write(graph, to: &out)
    out = ""
    try? DOTWriter().write(graph, to: &out)
    out = ""
    try? JSONLDWriter().write(graph, to: &out)
    out = ""
    try? GEXFWriter().write(graph, to: &out)
    out = ""
    Neo4jCSVWriter().writeNodes(graph, to: &out)
    Neo4jCSVWriter().writeRelationships(graph, to: &out)
    return 0
}

/// The extract contract: offsets in range, `text` is the slice of the decoded document, sentences
/// tile the normalised text in order.
func check(_ doc: AnalysedDocument) {
    let original = doc.source.scalars.count
    let normalised = doc.text.scalars.count
    if doc.text.originStart.count != normalised || doc.text.originEnd.count != normalised {
        violated("offset map has \(doc.text.originStart.count)/\(doc.text.originEnd.count) entries for \(normalised) scalars")
    }
    for k in 0..<normalised {
        let s = Int(doc.text.originStart[k]), e = Int(doc.text.originEnd[k])
        if s < 0 || s > e || e > original { violated("origin of scalar \(k) is \(s)..<\(e) in \(original)") }
    }
    for s in doc.sentences where s.range.lowerBound < 0 || s.range.upperBound > normalised {
        violated("sentence \(s.index) range \(s.range) outside 0..<\(normalised)")
    }
    for m in doc.mentions {
        if m.range.isEmpty || m.range.lowerBound < 0 || m.range.upperBound > normalised {
            violated("mention range \(m.range) outside 0..<\(normalised)")
        }
        let o = doc.originalRange(of: m.range)
        if o.lowerBound < 0 || o.upperBound > original || o.isEmpty {
            violated("mention original range \(o) outside 0..<\(original)")
        }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: doc.source.scalars[o])
        if doc.originalText(of: m.range) != String(v) { violated("mention text is not the slice \(o)") }
        if m.sentence < 0 || m.sentence >= doc.sentences.count { violated("mention sentence \(m.sentence) of \(doc.sentences.count)") }
    }
}
