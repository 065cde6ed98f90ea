/// Places composed of a name and a place suffix (下白石镇, 宁海村, 翔安大道, 泉州大桥), chained along
/// administrative sequences so that 福安市下白石镇宁海村 yields 福安市, 下白石镇 and 宁海村, each its own span.
///
/// A composed place directly after a known place (dictionary or composed) is well supported; one
/// after a boundary needs a strong suffix (镇 乡 村 县 街道 …) and a two- or three-character name.
public struct PlaceRecogniser: Recogniser {
    public init() {}

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound
        // Where a place ends: dictionary places first; composed ones are added as the scan goes right.
        var placeEnds = Set<Int>()
        for m in view.matches where m.end - m.start >= 2 {
            if m.entries.contains(where: { view.lexicon.entries[Int($0)].kind == .place }) { placeEnds.insert(m.end) }
        }
        var suffixes: [(range: Range<Int>, strength: Int)] = []
        for m in view.matches {
            for ei in m.entries where view.lexicon.entries[Int(ei)].kind == .placeSuffix {
                suffixes.append((m.start..<m.end, view.lexicon.entries[Int(ei)].int("strength") ?? 1))
            }
        }
        suffixes.sort { $0.range.lowerBound < $1.range.lowerBound }
        for (suffix, strength) in suffixes {
            // Name characters before the suffix, at most 4.
            var nameStart = suffix.lowerBound
            while nameStart > lo, suffix.lowerBound - nameStart < 4, BreakWords.isNameBody(view.text[nameStart - 1]),
                  !placeEnds.contains(nameStart) {
                nameStart -= 1
            }
            guard isPlausibleSuffix(view, suffix) else { continue }
            for start in nameStart..<suffix.lowerBound {
                let nameLength = suffix.lowerBound - start
                guard nameLength >= 1, isPlausibleName(view, start..<suffix.lowerBound) else { continue }
                let anchored = placeEnds.contains(start)
                let atBoundary = start == lo || ScalarClass.isBoundary(view.text[start - 1]) || BreakWords.isBreak(view.text[start - 1])
                var c: Double
                if anchored {
                    c = 0.6 + 0.08 * Double(strength) - (nameLength == 1 ? 0.15 : 0)
                } else if atBoundary && strength >= 3 && nameLength >= 2 && nameLength <= 3 {
                    c = 0.58
                } else {
                    continue
                }
                let range = start..<suffix.upperBound
                if view.lexicon.isStopWord(view.text, range) { continue }
                candidates.append(Candidate(range: range, type: .place, canonical: view.string(range),
                                            rule: anchored ? "pattern:place-chain" : "pattern:name-place-suffix",
                                            confidence: min(c, 0.85)))
                if c >= 0.6 { placeEnds.insert(suffix.upperBound) }
            }
        }
    }

    /// The suffix is not the last character of a name that begins before it (门 of 厦门, 庄 of a person
    /// 庄志嘉 after a title is the surname, not a village suffix).
    private func isPlausibleSuffix(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        for m in view.matches where m.start < suffix.lowerBound && m.end > suffix.lowerBound && m.end <= suffix.upperBound {
            if m.entries.contains(where: { let k = view.lexicon.entries[Int($0)].kind; return k == .place || k == .person || k == .organisation || k == .title }) { return false }
        }
        return true
    }

    /// A place name holds no office title, cue verb or locative preposition (驻 在 到 赴).
    private func isPlausibleName(_ view: SentenceView, _ name: Range<Int>) -> Bool {
        for k in name {
            if view.entryStarts(.title, at: k) || view.entryStarts(.personCue, at: k) { return false }
            if PlaceRecogniser.locatives.contains(view.text[k]) { return false }
        }
        return true
    }

    static let locatives: Set<Unicode.Scalar> = ["驻", "赴", "往", "经", "自", "向", "沿", "近"]
}
