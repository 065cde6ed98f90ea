/// Tibetan and Mongolian names written in Chinese: two name syllables run together (次仁多吉, 扎西顿珠,
/// 乌云其木格, 斯琴高娃). Neither kind has a surname, so the surname rule never sees them, and their
/// characters are only partly in the transliteration table (仁, 珠, 措 are not), so the transliterated-name
/// rule cuts them short (次仁多|吉).
///
/// Why pairs only: one syllable alone (尼玛, 乌云, 罗布) is as often a word or part of a place (罗布泊,
/// 乌云密布) as a name; two known syllables in a row are a name. The syllables are the `name_part`
/// entries marked `minority` in foreign-name-parts.tsv.
public struct MinorityNameRecogniser: Recogniser {
    public init() {}

    /// Above the transliterated-name rule's cut-short reading, below a dictionary name.
    static let confidence = 0.8

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let hi = view.range.upperBound
        var i = view.range.lowerBound
        while i < hi {
            // Most positions start no name part: the bit mask answers first.
            guard view.entryStarts(.namePart, at: i), let first = syllableEnd(view, at: i) else { i += 1; continue }
            var end = first
            var syllables = 1
            while syllables < 3, let next = syllableEnd(view, at: end) {
                end = next
                syllables += 1
            }
            guard syllables >= 2 else { i += 1; continue }
            defer { i = end }
            // A chain that starts inside a common word (乌云|密布 aside, 大|巴图…) or runs into one is no name.
            let seg = view.segmentationConflict(i..<end)
            if seg.crossesLeft || seg.crossesRight { continue }
            candidates.append(Candidate(range: i..<end, type: .person, canonical: view.string(i..<end),
                                        rule: "pattern:minority-name", confidence: MinorityNameRecogniser.confidence))
        }
    }

    /// The end of the longest minority name syllable starting at `k`, nil when none does.
    func syllableEnd(_ view: SentenceView, at k: Int) -> Int? {
        var best: Int?
        _ = view.hasEntry(.namePart, startingAt: k) { e, id in
            if view.lexicon.entries[id].has("minority"), e > (best ?? 0) { best = e }
            return false
        }
        return best
    }
}
