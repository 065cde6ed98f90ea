import Foundation

/// Finds graphctl's data (the dictionaries and the bundled seed corpus) wherever the binary runs:
/// `swift run` in the checkout, `.build/release/graphctl` (or a renamed build folder) from any
/// directory, and an installed copy (`PREFIX/bin/graphctl` with `PREFIX/share/graphctl/`).
///
/// SwiftPM's `Bundle.module` is deliberately not used: it traps when the bundle has moved.
public struct DataLocator: Sendable {
    /// The `Dictionaries` directory, if one was found.
    public let dictionaries: URL?
    /// The bundled `seeds` directory, if one was found.
    public let seeds: URL?

    /// Order: `explicit` (`--dictionaries DIR`), `$GRAPHCTL_DICTIONARIES`, then the ancestors of the
    /// executable's real path (a checkout holding `Dictionaries/`), then `../share/graphctl` beside it.
    public init(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                executable: URL? = DataLocator.executableURL()) {
        var dictionaries: URL?
        if let explicit { dictionaries = URL(fileURLWithPath: explicit) }
        else if let env = environment["GRAPHCTL_DICTIONARIES"], !env.isEmpty {
            dictionaries = URL(fileURLWithPath: env)
        }
        var seeds: URL?
        if let env = environment["GRAPHCTL_SEEDS"], !env.isEmpty { seeds = URL(fileURLWithPath: env) }
        for root in DataLocator.candidateRoots(executable: executable) {
            let d = root.appendingPathComponent("Dictionaries")
            let s = root.appendingPathComponent("seeds")
            if dictionaries == nil, DataLocator.isDirectory(d) { dictionaries = d }
            if seeds == nil, DataLocator.isDirectory(s) { seeds = s }
            if dictionaries != nil && seeds != nil { break }
        }
        self.dictionaries = dictionaries
        self.seeds = seeds
    }

    static func candidateRoots(executable: URL?) -> [URL] {
        guard let exe = executable?.resolvingSymlinksInPath() else { return [] }
        var roots: [URL] = []
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<8 {
            roots.append(dir)
            roots.append(dir.appendingPathComponent("share/graphctl"))
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        return roots
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }

    /// The running executable's path (`/proc/self/exe` on Linux; the first argument elsewhere).
    public static func executableURL() -> URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        if let path = Bundle.main.executablePath { return URL(fileURLWithPath: path) }
        return CommandLine.arguments.first.map { URL(fileURLWithPath: $0) }
    }
}
