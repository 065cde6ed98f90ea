import Foundation

/// A user's `--stop FILE`: one name per line (or the dictionary TSV format with kind `stop`); `#`
/// starts a comment. Every line becomes a `stop` entry, which vetoes that exact name everywhere.
public enum StopList {
    public static func load(_ url: URL) throws -> [LexiconEntry] {
        let bytes = try DictionaryFile.readBytes(url)
        var entries: [LexiconEntry] = []
        for (n, raw) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            // Line by line, so an invalid byte is reported with its line number.
            guard let decoded = String(validating: raw, as: UTF8.self) else {
                throw DictionaryFile.ParseError(file: url.path, line: n + 1, reason: "not valid UTF-8")
            }
            let line = decoded.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count > 1, fields[1] != "stop" {
                throw DictionaryFile.ParseError(file: url.path, line: n + 1,
                                                reason: "a stop list line is a name, or 'name<TAB>stop'; found kind '\(fields[1])'")
            }
            entries.append(LexiconEntry(surface: fields[0], kind: .stop, origin: "\(url.path):\(n + 1)"))
        }
        return entries
    }
}
