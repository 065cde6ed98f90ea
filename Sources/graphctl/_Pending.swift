// Pending merges (removed when the graph layer lands).
import Entities
import Graph
enum BuildCommand: Command { static let spec = CommandSpec(name: "build", summary: "pending", usage: "", options: []); static func run(_ a: ParsedArguments, console: Console) throws { throw FatalError(message: "pending") } }
enum ExportCommand: Command { static let spec = CommandSpec(name: "export", summary: "pending", usage: "", options: []); static func run(_ a: ParsedArguments, console: Console) throws { throw FatalError(message: "pending") } }
enum QueryCommand: Command { static let spec = CommandSpec(name: "query", summary: "pending", usage: "", options: []); static func run(_ a: ParsedArguments, console: Console) throws { throw FatalError(message: "pending") } }
enum StatsCommand: Command { static let spec = CommandSpec(name: "stats", summary: "pending", usage: "", options: []); static func run(_ a: ParsedArguments, console: Console) throws { throw FatalError(message: "pending") } }
enum MergeCommand: Command { static let spec = CommandSpec(name: "merge", summary: "pending", usage: "", options: []); static func run(_ a: ParsedArguments, console: Console) throws { throw FatalError(message: "pending") } }
struct LinkingOptions {
    static let specs: [OptionSpec] = []
    init(_ a: ParsedArguments) throws {}
    struct X: Sendable { func relations(in d: AnalysedDocument) -> [Relation] { [] } }
    var extractor: X { X() }
}
struct DocumentRecord { init(_ d: AnalysedDocument, relations: [Relation]) {}; func jsonLine() -> String { "" } }
