// graphctl: argument parsing and wiring only. Each subcommand lives in Commands/.
import Foundation
import Graph

/// A subcommand: its interface and what it does.
protocol Command {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, console: Console) throws
}

let version = "graphctl 0.1.0"
let commands: [any Command.Type] = [BuildCommand.self, ExtractCommand.self, ExportCommand.self,
                                    QueryCommand.self, StatsCommand.self, MergeCommand.self]

let overview = """
graphctl: build a knowledge graph of people, organisations, places and programmes from Chinese news.

USAGE: graphctl <command> [options] [PATH…]

COMMANDS:
\(commands.map { "  " + $0.spec.name.padding(toLength: 9, withPad: " ", startingAt: 0) + $0.spec.summary }.joined(separator: "\n"))

Run `graphctl <command> --help` for a command's options. With no PATH, the bundled seed articles are read.
Exit status: 0 every input read, 1 some input skipped (the rest complete), 2 usage error.
"""

@MainActor
func main() -> Int32 {
    let console = Console()
    InterruptCleanup.shared.install()
    var args = Array(CommandLine.arguments.dropFirst())
    guard let first = args.first else {
        FileHandle.standardError.write(Data(overview.utf8))
        return 2
    }
    if first == "--help" || first == "-h" || first == "help" {
        if first == "help", args.count > 1, let c = commands.first(where: { $0.spec.name == args[1] }) {
            print(c.spec.helpText, terminator: "")
        } else {
            print(overview)
        }
        return 0
    }
    if first == "--version" || first == "-V" { print(version); return 0 }
    args.removeFirst()
    guard let command = commands.first(where: { $0.spec.name == first }) else {
        console.error("unknown command '\(first)'; commands: \(commands.map { $0.spec.name }.joined(separator: ", ")) (see graphctl --help)")
        return 2
    }
    do {
        let parsed = try ParsedArguments(args, spec: command.spec)
        if parsed.flag("help") { print(command.spec.helpText, terminator: ""); return 0 }
        console.quiet = parsed.flag("quiet")
        console.verbose = parsed.flag("verbose")
        try command.run(parsed, console: console)
        return console.skipped > 0 ? 1 : 0
    } catch let e as UsageError {
        console.error("\(e.message) (see graphctl \(command.spec.name) --help)")
        return 2
    } catch let e as FatalError {
        console.error(e.message)
        return 1
    } catch let e as OutputError {
        console.error(e.message)
        return 1
    } catch {
        console.error("\(error)")
        return 1
    }
}

exit(main())
