import Foundation

/// Parses the dictionary TSV format (see Dictionaries/README.md):
/// `surface<TAB>kind<TAB>canonical<TAB>attributes`, `#` comments, attributes as `key=value;flag`.
public enum DictionaryFile {
    /// A malformed line, reported as `file:line: reason`.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public let file: String
        public let line: Int
        public let reason: String
        /// `file:line: reason`; just `file: reason` for problems with the whole file (line 0).
        public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
    }

    /// Parses the bytes of one file. `name` is used in origins and errors.
    public static func parse(_ bytes: [UInt8], name: String) throws -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        var lineNumber = 0
        var start = 0
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { start = end + 1 }
            if lineEnd == start || bytes[start] == 0x23 /* # */ { continue }
            guard let line = String(validating: bytes[start..<lineEnd], as: UTF8.self) else {
                throw ParseError(file: name, line: lineNumber, reason: "not valid UTF-8")
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, fields.count <= 4 else {
                throw ParseError(file: name, line: lineNumber,
                                 reason: "expected 2 to 4 tab-separated columns (surface, kind, canonical, attributes), found \(fields.count)")
            }
            let surface = fields[0].trimmingCharacters(in: .whitespaces)
            guard !surface.isEmpty else {
                throw ParseError(file: name, line: lineNumber, reason: "empty surface")
            }
            guard let kind = LexiconKind(rawValue: fields[1].trimmingCharacters(in: .whitespaces)) else {
                throw ParseError(file: name, line: lineNumber,
                                 reason: "unknown kind '\(fields[1])' (expected one of \(LexiconKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let canonical = fields.count > 2 ? fields[2].trimmingCharacters(in: .whitespaces) : ""
            var attributes: [String: String] = [:]
            if fields.count > 3 {
                for part in fields[3].split(separator: ";") {
                    let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard let key = kv.first, !key.isEmpty else { continue }
                    attributes[key] = kv.count > 1 ? kv[1] : ""
                }
            }
            entries.append(LexiconEntry(surface: surface, kind: kind, canonical: canonical,
                                        attributes: attributes, origin: "\(name):\(lineNumber)"))
        }
        return entries
    }

    /// The bytes of a dictionary or stop-list file; the error names the file and the system's reason.
    static func readBytes(_ url: URL) throws -> [UInt8] {
        switch CorpusReader.readBytes(url.path) {
        case .success(let bytes): return bytes
        case .failure(let e): throw ParseError(file: url.path, line: 0, reason: "cannot read the file (\(e.reason))")
        }
    }

    /// Reads and parses a file.
    public static func load(_ url: URL) throws -> [LexiconEntry] {
        return try parse(readBytes(url), name: url.path)
    }
}
