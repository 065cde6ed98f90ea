import Foundation

/// A user's `--stop FILE`: one name per line (or the dictionary TSV format with kind `stop`); `#`
/// starts a comment. Every line becomes a `stop` entry, which vetoes that exact name everywhere.
public enum StopList {
    public static func load(_ url: URL) throws -> [LexiconEntry] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DictionaryFile.ParseError(file: url.path, line: 0, reason: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DictionaryFile.ParseError(file: url.path, line: 0, reason: "not valid UTF-8")
        }
        var entries: [LexiconEntry] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
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
