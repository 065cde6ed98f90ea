import Foundation
@testable import Entities

/// Paths and small helpers shared by the text tests.
enum TextTestSupport {
    /// The package root, found from this file's location (Tests/EntitiesTests/Text/…).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func seed(_ prefix: String) throws -> String {
        let dir = packageRoot.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw ReadError(path: dir.path, reason: "no seed \(prefix)")
        }
        return try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    static let tableURL = packageRoot.appendingPathComponent("Dictionaries/script/traditional-simplified.tsv")

    /// The real table, loaded once per test process.
    static let converter: ScriptConverter = (try? ScriptConverter(tableFile: tableURL)) ?? .empty

    static func normalise(_ text: String, html: Bool = false) -> NormalisedText {
        Normaliser(converter: converter).normalise(SourceDocument(id: "t", scalars: Array(text.unicodeScalars), isHTML: html))
    }

    static func string(_ t: NormalisedText) -> String { t.string(0..<t.count) }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
