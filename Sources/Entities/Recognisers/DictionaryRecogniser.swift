/// Proposes every dictionary entity (places, organisations, well-known persons and programmes).
///
/// One-character abbreviations (中 美 闽 厦 泉) are proposed only where newswire uses them as names:
/// next to another one-character abbreviation (中美, 中日双方 → 中, 日) or after a movement or location
/// word (来泉, 在厦, 驻厦, 访华, 赴京). Anywhere else 中 is just "middle".
public struct DictionaryRecogniser: Recogniser {
    /// Words after which a one-character place abbreviation is a name: 来泉 在厦 驻厦 赴京 访华 返榕 …
    static let abbreviationLeads: Set<Unicode.Scalar> = ["来", "在", "驻", "赴", "访", "抵", "离", "返", "回", "旅", "援", "入", "出", "对", "留"]

    public init() {}

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        for m in view.matches {
            for index in m.entries {
                let e = view.lexicon.entries[Int(index)]
                guard let type = e.kind.entityType else { continue }
                let length = m.end - m.start
                var confidence = 0.9
                if e.has("abbr") && length == 1 {
                    guard let c = abbreviationConfidence(view, m.start, type) else { continue }
                    confidence = c
                } else if e.has("abbr") {
                    confidence = 0.8
                }
                if e.has("weak") { confidence = min(confidence, 0.5) }
                candidates.append(Candidate(range: m.start..<m.end, type: type, canonical: e.canonical,
                                            rule: "dict:\(e.kind.rawValue)", confidence: confidence))
            }
        }
    }

    private func isOneCharAbbreviation(_ view: SentenceView, at i: Int) -> Bool {
        guard view.scalar(i) != nil else { return false }
        return view.entries(.place, startingAt: i).contains { $0.end == i + 1 && $0.entry.has("abbr") }
    }

    private func abbreviationConfidence(_ view: SentenceView, _ i: Int, _ type: EntityType) -> Double? {
        // Inside a longer dictionary word (宁德, 德国, 老挝) the character is not an abbreviation.
        if view.matches.contains(where: { $0.start <= i && $0.end > i && $0.end - $0.start >= 2 }) { return nil }
        // 中美 / 中日韩 / 中美双方: a run of one-character abbreviations.
        if isOneCharAbbreviation(view, at: i - 1) || isOneCharAbbreviation(view, at: i + 1) {
            return 0.75
        }
        if let prev = view.scalar(i - 1), DictionaryRecogniser.abbreviationLeads.contains(prev) {
            // 来泉访问, 在厦企业: the next scalar must not make a longer word with this one.
            if let next = view.scalar(i + 1), ScalarClass.isHan(next),
               view.matches.contains(where: { $0.start == i && $0.end > i + 1 }) {
                return nil
            }
            return 0.6
        }
        return nil
    }
}
