import Foundation

/// A small hand-written argument parser in the conventions of git and ripgrep: `--name value`,
/// `--name=value`, `-o value`, `-j2`, `--` ends the options, `-` alone is a positional (stdin).
struct OptionSpec {
    /// Spellings, e.g. ["-o", "--output"].
    var names: [String]
    /// Placeholder for the value (FILE, N); nil for a flag.
    var value: String?
    var help: String
    /// May be given more than once (values accumulate).
    var repeatable = false

    var key: String { names.last.map { String($0.drop { $0 == "-" }) } ?? "" }
}

/// A subcommand's interface: what `--help` prints and what the parser accepts.
struct CommandSpec {
    var name: String
    var summary: String
    var usage: String
    var options: [OptionSpec]
    var discussion: String = ""

    static let common: [OptionSpec] = [
        OptionSpec(names: ["-q", "--quiet"], value: nil, help: "Print no summary or progress on stderr."),
        OptionSpec(names: ["-v", "--verbose"], value: nil, help: "Print more detail on stderr."),
        OptionSpec(names: ["-h", "--help"], value: nil, help: "Show this help."),
    ]

    var helpText: String {
        var lines = ["graphctl \(name): \(summary)", "", "USAGE: \(usage)", "", "OPTIONS:"]
        let all = options + CommandSpec.common
        let labels = all.map { o in o.names.joined(separator: ", ") + (o.value.map { " \($0)" } ?? "") }
        let width = min(34, (labels.map(\.count).max() ?? 0) + 2)
        for (o, label) in zip(all, labels) {
            let pad = label.count < width ? String(repeating: " ", count: width - label.count) : "\n" + String(repeating: " ", count: width + 2)
            lines.append("  " + label + pad + o.help)
        }
        if !discussion.isEmpty { lines += ["", discussion] }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A usage error: printed as one line plus a pointer to --help, exit status 2.
struct UsageError: Error {
    var message: String
}

struct ParsedArguments {
    var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    init(_ args: [String], spec: CommandSpec) throws {
        let all = spec.options + CommandSpec.common
        var byName: [String: OptionSpec] = [:]
        for o in all { for n in o.names { byName[n] = o } }
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositionals || a == "-" || !a.hasPrefix("-") { positionals.append(a); continue }
            if a == "--" { onlyPositionals = true; continue }
            var name = a
            var inline: String?
            if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                inline = String(a[a.index(after: eq)...])
            } else if !a.hasPrefix("--"), a.count > 2, let o = byName[String(a.prefix(2))], o.value != nil {
                name = String(a.prefix(2))          // -j2
                inline = String(a.dropFirst(2))
            }
            guard let o = byName[name] else {
                throw UsageError(message: "unknown option '\(name)' for 'graphctl \(spec.name)'")
            }
            if o.value != nil {
                let v: String
                if let inline { v = inline } else {
                    guard i < args.count else { throw UsageError(message: "option '\(name)' needs a value (\(o.value!))") }
                    v = args[i]
                    i += 1
                }
                if !o.repeatable, values[o.key] != nil {
                    throw UsageError(message: "option '\(name)' given more than once")
                }
                values[o.key, default: []].append(v)
            } else {
                if inline != nil { throw UsageError(message: "option '\(name)' takes no value") }
                flags.insert(o.key)
            }
        }
    }

    func flag(_ key: String) -> Bool { flags.contains(key) }
    func value(_ key: String) -> String? { values[key]?.last }
    func all(_ key: String) -> [String] { values[key] ?? [] }

    func int(_ key: String, range: ClosedRange<Int> = Int.min...Int.max) throws -> Int? {
        guard let v = value(key) else { return nil }
        guard let n = Int(v), range.contains(n) else {
            throw UsageError(message: "--\(key) expects a whole number\(range.lowerBound > Int.min ? " from \(range.lowerBound)" : ""), got '\(v)'")
        }
        return n
    }

    func double(_ key: String) throws -> Double? {
        guard let v = value(key) else { return nil }
        guard let n = Double(v), n.isFinite else { throw UsageError(message: "--\(key) expects a number, got '\(v)'") }
        return n
    }

    /// A comma-separated list option (`--types person,place`), validated against `allowed`.
    func list(_ key: String, allowed: [String]) throws -> [String]? {
        guard let v = value(key) else { return nil }
        let items = v.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for item in items where !allowed.contains(item) {
            throw UsageError(message: "--\(key): unknown value '\(item)' (expected \(allowed.joined(separator: ", ")))")
        }
        return items
    }
}
