/// Gives every mention the name of the node it denotes: simplified, honorifics and titles stripped,
/// city-less abbreviations expanded from the document's context (市委 in an article about 厦门 →
/// 厦门市委, the short form staying an alias), and one name per entity within a document.
public struct Canonicaliser: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func canonicalise(_ mentions: [Mention], in doc: AnalysedDocument) -> [Mention] {
        let city = dominantCity(mentions)
        return mentions.map { m in
            var m = m
            if m.type == .organisation, let city, let expanded = expandCityless(m.canonical, city: city) {
                m.canonical = expanded
            }
            return m
        }
    }

    /// The prefecture-level city the document is about: the most mentioned place whose dictionary
    /// level is a prefecture (ties broken by first mention), nil when none.
    func dominantCity(_ mentions: [Mention]) -> String? {
        var counts: [String: (Int, Int)] = [:]
        for (i, m) in mentions.enumerated() where m.type == .place {
            let isCity = lexicon.exact(m.canonical).contains { $0.kind == .place && $0.attributes["level"] == "prefecture" }
            guard isCity else { continue }
            let c = counts[m.canonical] ?? (0, i)
            counts[m.canonical] = (c.0 + 1, c.1)
        }
        return counts.max { a, b in a.value.0 != b.value.0 ? a.value.0 < b.value.0 : a.value.1 > b.value.1 }?.key
    }

    /// 市委 → 厦门市委, 市发改委 → 厦门市发改委 when `city` is 厦门市; nil when the name is not city-less.
    func expandCityless(_ name: String, city: String) -> String? {
        guard name.hasPrefix("市"), name.unicodeScalars.count >= 2, city.hasSuffix("市") else { return nil }
        let rest = String(name.unicodeScalars.dropFirst())
        let isBody = lexicon.exact(rest).contains { $0.kind == .body } || lexicon.exact(name).contains { $0.kind == .body }
        return isBody ? city + rest : nil
    }
}
