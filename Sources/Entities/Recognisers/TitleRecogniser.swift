/// Finds office titles (市委书记, 副市长, 总领事, 记者 …) from the title dictionary. Titles are not
/// entities: they become `TitleSpan`s that the person recogniser uses as left context and the role
/// linker pairs with persons and organisations.
///
/// Longest match wins, and a title must not be the tail of a longer word (书记处, 主任委员 are handled by
/// the dictionary holding the longer form).
public struct TitleRecogniser: Sendable {
    public init() {}

    public func titles(in text: [Unicode.Scalar], sentence: Sentence, matches: [Lexicon.Match],
                       lexicon: Lexicon) -> [TitleSpan] {
        var found: [TitleSpan] = []
        for m in matches {
            guard let id = lexicon.firstEntry(.title, among: m.entries) else { continue }
            let e = lexicon.entries[id]
            found.append(TitleSpan(range: m.start..<m.end, title: e.canonical, body: e.attributes["body"] ?? "",
                                   rank: e.int("rank"), sentence: sentence.index))
        }
        // Keep maximal titles: drop one contained in a longer one (副市长 contains 市长).
        found.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
        var kept: [TitleSpan] = []
        for t in found {
            if let last = kept.last, last.range.upperBound >= t.range.upperBound { continue }
            if let last = kept.last, last.range.overlaps(t.range) {
                // Overlapping without containment (市委书记 / 书记长?): keep the longer.
                if t.range.count > last.range.count { kept[kept.count - 1] = t }
                continue
            }
            kept.append(t)
        }
        return kept
    }
}
