import Graph

/// Options that shape the relation linkers (`--window`, `--min-weight`).
struct LinkingOptions {
    static let specs: [OptionSpec] = [
        OptionSpec(names: ["--window"], value: "W", help: "Co-occurrence window: sentence (default), paragraph or document."),
        OptionSpec(names: ["--min-cooccurrence"], value: "N", help: "Keep co_occurs pairs seen in at least N windows of a document (default 1)."),
    ]

    var options: LinkOptions

    init(_ a: ParsedArguments) throws {
        var o = LinkOptions()
        if let w = a.value("window") {
            guard let window = CoOccurrenceWindow(rawValue: w) else {
                throw UsageError(message: "--window: expected sentence, paragraph or document, got '\(w)'")
            }
            o.window = window
        }
        if let n = try a.int("min-cooccurrence", range: 1...1_000_000) { o.minWeight = n }
        options = o
    }

    var extractor: RelationExtractor { RelationExtractor(options: options) }
}
