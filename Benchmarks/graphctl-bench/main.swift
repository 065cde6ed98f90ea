// graphctl-bench: benchmark programs (throughput, scaling, query latency). See Benchmarks/README.md.
// The first argument selects the benchmark; each benchmark parses its own options.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "query":
    QueryBenchmark(arguments: Array(arguments.dropFirst())).run()
default:
    print("""
    usage: graphctl-bench <benchmark> [options]
      query [--nodes N] [--edges M] [--keep PATH]   save/load/query latency on a generated graph
    """)
    if arguments.first != nil && arguments.first != "--help" { exit(2) }
}
