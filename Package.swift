// swift-tools-version:6.0
// graphctl: a knowledge-graph builder for Chinese-language news. Foundation only, no package dependencies.
import PackageDescription

let package = Package(
    name: "graphctl",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "graphctl", targets: ["graphctl"]),
        .library(name: "Entities", targets: ["Entities"]),
        .library(name: "Graph", targets: ["Graph"]),
    ],
    targets: [
        // Text in, mentions out: reader, normaliser, lexicon, automaton, recognisers, resolver.
        .target(name: "Entities"),
        // Mentions in, graph out: linkers, graph, evidence, exporters, queries.
        .target(name: "Graph", dependencies: ["Entities"]),
        // Argument parsing and wiring only.
        .executableTarget(name: "graphctl", dependencies: ["Entities", "Graph"]),
        // Benchmark programs (not timed tests): `swift run -c release graphctl-bench --help`.
        .executableTarget(name: "graphctl-bench", dependencies: ["Entities", "Graph"], path: "Benchmarks/graphctl-bench"),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities"]),
        .testTarget(name: "GraphTests", dependencies: ["Graph", "Entities"]),
        .testTarget(name: "graphctlTests", dependencies: ["graphctl"]),
    ]
)
