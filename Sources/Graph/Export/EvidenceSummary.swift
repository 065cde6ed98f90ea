/// One string describing the sentences behind an edge, for formats that have no structure for it
/// (GraphML, GEXF, CSV): `doc.txt#3: sentence` per entry, at most `limit` entries, then `(+N more)`.
/// Capped because co-occurrence edges in a large corpus can carry hundreds of sentences and Gephi's
/// data table becomes unusable.
public enum EvidenceSummary {
    public static let defaultLimit = 5

    /// Evidence in a stable order (document, sentence, offsets, rule), duplicates removed.
    public static func ordered(_ evidence: [Evidence]) -> [Evidence] {
        Array(Set(evidence)).sorted {
            ($0.document, $0.sentence, $0.start, $0.end, $0.rule, $0.text)
                < ($1.document, $1.sentence, $1.start, $1.end, $1.rule, $1.text)
        }
    }

    /// - Parameters:
    ///   - separator: between entries (GraphML uses a newline; CSV a single-line ` | `).
    ///   - flattenLines: replace CR/LF inside sentence text by spaces (single-line formats).
    public static func text(_ evidence: [Evidence], limit: Int = defaultLimit, separator: String = "\n",
                            flattenLines: Bool = false) -> String {
        let items = ordered(evidence)
        var parts: [String] = []
        for e in items.prefix(max(0, limit)) {
            var t = e.text
            if flattenLines {
                t = String(String.UnicodeScalarView(t.unicodeScalars.map {
                    $0.value == 0x0A || $0.value == 0x0D ? " " : $0
                }))
            }
            parts.append("\(e.document)#\(e.sentence): \(t)")
        }
        if items.count > limit { parts.append("(+\(items.count - limit) more)") }
        return parts.joined(separator: separator)
    }
}
