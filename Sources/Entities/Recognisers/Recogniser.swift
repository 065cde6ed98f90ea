/// A proposed mention, before the resolver decides among overlapping proposals.
public struct Candidate: Hashable, Sendable {
    public var range: Range<Int>
    public var type: EntityType
    public var canonical: String
    public var rule: String
    /// 0…1: how sure the recogniser is, from its evidence (dictionary, cue words, context).
    public var confidence: Double

    public init(range: Range<Int>, type: EntityType, canonical: String, rule: String, confidence: Double) {
        self.range = range
        self.type = type
        self.canonical = canonical
        self.rule = rule
        self.confidence = confidence
    }

    /// The resolver's objective for this candidate: confidence weighted by length (plus half a character,
    /// so that between two readings of one name the better supported wins even if a character shorter:
    /// 周林 at 0.85 over 周林道 at 0.6), less a fixed cost per mention larger than that half character, so
    /// that at equal confidence a whole name beats the pieces it contains (泉州市委 over 泉州 + 市委) while
    /// two well-supported names still beat one weak guess spanning both.
    public var score: Double { confidence * (Double(range.count) + 0.5) - Candidate.mentionCost }

    /// What each mention costs the resolver's objective.
    public static let mentionCost = 0.6
}

/// One sentence as the recognisers see it: the document's normalised scalars, the sentence range, the
/// dictionary matches inside it (computed once, shared by every recogniser) and the office titles.
public struct SentenceView {
    public let text: [Unicode.Scalar]
    public let sentence: Sentence
    public let lexicon: Lexicon
    public let matches: [Lexicon.Match]
    public let titles: [TitleSpan]
    /// Per position (relative to the sentence start, one past the end included): the kinds of entry
    /// ending and starting there, for O(1) context tests, and the common words starting and ending
    /// there, segmentation evidence in O(1).
    private let positions: [PositionFacts]
    /// The longest match: with `matches` sorted by start, the matches touching a position lie in a
    /// window this wide, so lookups stay O(log n) on a sentence of any length (no quadratic scans).
    public let longestMatch: Int

    public init(text: [Unicode.Scalar], sentence: Sentence, lexicon: Lexicon, titles: [TitleSpan] = [],
                matches: [Lexicon.Match]? = nil) {
        self.text = text
        self.sentence = sentence
        self.lexicon = lexicon
        // The pipeline has already matched the sentence (for titles): pass the matches to skip a second scan.
        self.matches = matches ?? lexicon.matches(in: text, range: sentence.range)
        self.titles = titles
        var positions = [PositionFacts](repeating: PositionFacts(), count: sentence.range.count + 1)
        let base = sentence.range.lowerBound
        var longest = 0
        for m in self.matches {
            longest = max(longest, m.end - m.start)
            for e in m.entries {
                let kind = lexicon.entryKinds[Int(e)]
                let bit = SentenceView.bit(kind)
                positions[m.end - base].endMask |= bit
                positions[m.start - base].startMask |= bit
                if kind == .word || kind == .stop {
                    positions[m.start - base].wordEndFrom = max(positions[m.start - base].wordEndFrom, Int32(m.end))
                    positions[m.end - base].wordStartTo = min(positions[m.end - base].wordStartTo, Int32(m.start))
                }
            }
        }
        self.positions = positions
        self.longestMatch = longest
    }

    /// The matches whose start lies in `starts` (`matches` is ordered by start), by binary search.
    public func matches(startingIn starts: Range<Int>) -> ArraySlice<Lexicon.Match> {
        func firstIndex(startingAtOrAfter p: Int) -> Int {
            var lo = 0, hi = matches.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if matches[mid].start < p { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        guard !starts.isEmpty else { return matches[0..<0] }
        return matches[firstIndex(startingAtOrAfter: starts.lowerBound)..<firstIndex(startingAtOrAfter: starts.upperBound)]
    }

    /// The matches that cover position `i` (start ≤ i < end).
    public func matches(covering i: Int) -> [Lexicon.Match] {
        var out: [Lexicon.Match] = []
        for m in matchWindow(covering: i) where m.end > i { out.append(m) }
        return out
    }

    /// Whether some match covering `i` satisfies `predicate`: `matches(covering:)` without building
    /// the array (an allocation per asked position, and a retain per match).
    public func containsMatch(covering i: Int, where predicate: (Lexicon.Match) -> Bool) -> Bool {
        for m in matchWindow(covering: i) where m.end > i && predicate(m) { return true }
        return false
    }

    /// One of `words` starts at `i` and ends within the sentence (a list of heads or cues asked at one
    /// position).
    public func startsAny(_ words: [[Unicode.Scalar]], at i: Int) -> Bool {
        words.contains { i + $0.count <= range.upperBound && hasText($0, at: i) }
    }

    /// One of `words` lies wholly inside `r` (a size class, an indefinite or a crime in a body's name).
    public func holdsAny(_ words: [[Unicode.Scalar]], in r: Range<Int>) -> Bool {
        words.contains { w in r.contains { hasText(w, at: $0) && $0 + w.count <= r.upperBound } }
    }

    /// A word the word list marks as a verb lies wholly inside `r` (从事, 负责): a clause there, not a name.
    public func holdsVerbWord(in r: Range<Int>) -> Bool {
        r.contains { k in hasEntry(.word, startingAt: k) { end, id in end <= r.upperBound && lexicon.entries[id].has("verb") } }
    }

    /// A dictionary entry of one of `kinds` starts before `p` and runs past it (济|南 inside 济南, 奥|巴马
    /// inside 奥巴马): what starts at `p` would cut that name.
    public func entryRunsAcross(_ p: Int, kinds: [LexiconKind]) -> Bool {
        containsMatch(covering: p) { m in
            m.start < p && m.entries.contains { kinds.contains(lexicon.entryKinds[Int($0)]) }
        }
    }

    /// The furthest end of the matches covering `i` that satisfy `predicate` (nil when none does),
    /// without building an array.
    public func furthestEnd(ofMatchesCovering i: Int, where predicate: (Lexicon.Match) -> Bool) -> Int? {
        var furthest: Int?
        for m in matchWindow(covering: i) where m.end > i && predicate(m) { furthest = max(furthest ?? m.end, m.end) }
        return furthest
    }

    /// The matches that may cover `i`: those starting within `longestMatch` before it.
    @inline(__always)
    private func matchWindow(covering i: Int) -> ArraySlice<Lexicon.Match> {
        matches(startingIn: (i - longestMatch + 1)..<(i + 1))
    }

    @inline(__always)
    static func bit(_ kind: LexiconKind) -> UInt32 {
        kind.bit
    }

    public var range: Range<Int> { sentence.range }

    @inline(__always)
    public func scalar(_ i: Int) -> Unicode.Scalar? {
        i >= sentence.range.lowerBound && i < sentence.range.upperBound ? text[i] : nil
    }

    public func entryEnds(_ kind: LexiconKind, at position: Int) -> Bool {
        let i = position - sentence.range.lowerBound
        return i >= 0 && i < positions.count && positions[i].endMask & SentenceView.bit(kind) != 0
    }

    public func entryStarts(_ kind: LexiconKind, at position: Int) -> Bool {
        let i = position - sentence.range.lowerBound
        return i >= 0 && i < positions.count && positions[i].startMask & SentenceView.bit(kind) != 0
    }

    /// Whether some entry of `kind` has exactly the surface `r`. Inside the sentence the start and end
    /// masks answer most spans (no entry of the kind starts or ends there) without a trie walk: every
    /// dictionary surface in the sentence is among its matches.
    public func hasEntry(_ kind: LexiconKind, spanning r: Range<Int>) -> Bool {
        if !mayHaveEntry(kind, spanning: r) { return false }
        return lexicon.hasEntry(kind, text, r)
    }

    /// The entries of `kind` whose surface is exactly `r` (`Lexicon.exact(_:_:_:)`, the masks first).
    public func entries(_ kind: LexiconKind, spanning r: Range<Int>) -> [LexiconEntry] {
        if !mayHaveEntry(kind, spanning: r) { return [] }
        return lexicon.exact(kind, text, r)
    }

    /// Whether the stop lists veto exactly the surface `r` (`Lexicon.isStopWord(_:_:)`, the masks first).
    public func isStopWord(_ r: Range<Int>) -> Bool {
        hasEntry(.stop, spanning: r)
    }

    /// False only when the masks rule out an entry of `kind` with the surface `r`: a span inside the
    /// sentence where no such entry starts or none ends. Outside the sentence the masks know nothing.
    @inline(__always)
    private func mayHaveEntry(_ kind: LexiconKind, spanning r: Range<Int>) -> Bool {
        guard r.lowerBound >= range.lowerBound, r.upperBound <= range.upperBound else { return true }
        return entryStarts(kind, at: r.lowerBound) && entryEnds(kind, at: r.upperBound)
    }

    /// The furthest end of a common word starting at `position` (nil when none starts there).
    public func commonWordEnd(from position: Int) -> Int? {
        let i = position - sentence.range.lowerBound
        guard i >= 0, i < positions.count, positions[i].wordEndFrom >= 0 else { return nil }
        return Int(positions[i].wordEndFrom)
    }

    /// The earliest start of a common word ending at `position` (nil when none ends there).
    public func commonWordStart(to position: Int) -> Int? {
        let i = position - sentence.range.lowerBound
        guard i >= 0, i < positions.count, positions[i].wordStartTo != Int32.max else { return nil }
        return Int(positions[i].wordStartTo)
    }

    /// Whether a common word of two or more scalars covers `position` (出 in 出版, 上 in 上海).
    public func isInsideCommonWord(_ position: Int) -> Bool {
        if commonWordEnd(from: position) != nil { return true }
        for e in (position + 1)...(position + 4) {
            if let s = commonWordStart(to: e), s <= position, e - s >= 2 { return true }
        }
        return false
    }

    /// How a span sits against the common words around it: does it cut one in two at either edge, or is
    /// it itself a common word? Names rarely do either.
    public func segmentationConflict(_ r: Range<Int>) -> (crossesLeft: Bool, crossesRight: Bool, isWord: Bool) {
        var left = false, right = false
        for k in r {
            if let e = commonWordEnd(from: k), e > r.upperBound { right = true }
            if k > r.lowerBound, let s = commonWordStart(to: k), s < r.lowerBound { left = true }
        }
        if let s = commonWordStart(to: r.upperBound), s < r.lowerBound { left = true }
        let isWord = commonWordEnd(from: r.lowerBound) == r.upperBound
            || hasEntry(.word, spanning: r)
        return (left, right, isWord)
    }

    /// The index of the first match starting at or after `p` (`matches` is ordered by start).
    @inline(__always)
    private func firstMatch(startingAtOrAfter p: Int) -> Int {
        var lo = 0, hi = matches.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if matches[mid].start < p { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether some entry of `kind` starting at `position` satisfies `predicate(end, entry)` (`entry`
    /// indexes `lexicon.entries`): `entries(_:startingAt:).contains(where:)` without building the array
    /// or copying (retaining) any entry's strings; the recognisers ask it for most candidate spans.
    @inline(__always)
    public func hasEntry(_ kind: LexiconKind, startingAt position: Int,
                         where predicate: (_ end: Int, _ entry: Int) -> Bool) -> Bool {
        guard entryStarts(kind, at: position) else { return false }
        var i = firstMatch(startingAtOrAfter: position)
        while i < matches.count && matches[i].start == position {
            let end = matches[i].end
            if match(i, has: kind, where: { predicate(end, $0) }) { return true }
            i += 1
        }
        return false
    }

    /// Whether some entry of `kind` of match `i` satisfies `predicate(entry)`: an index loop over the
    /// match's slice, no iterator.
    @inline(__always)
    private func match(_ i: Int, has kind: LexiconKind, where predicate: (_ entry: Int) -> Bool) -> Bool {
        var k = matches[i].entries.startIndex
        let hi = matches[i].entries.endIndex
        while k < hi {
            let e = Int(matches[i].entries[k])
            if lexicon.entryKinds[e] == kind && predicate(e) { return true }
            k += 1
        }
        return false
    }

    /// Whether some entry of `kind` ending at `position` satisfies `predicate(start, entry)`, as
    /// `hasEntry(_:startingAt:where:)`.
    @inline(__always)
    public func hasEntry(_ kind: LexiconKind, endingAt position: Int,
                         where predicate: (_ start: Int, _ entry: Int) -> Bool) -> Bool {
        guard entryEnds(kind, at: position) else { return false }
        var i = firstMatch(startingAtOrAfter: position - longestMatch)
        while i < matches.count && matches[i].start < position {
            if matches[i].end == position {
                let start = matches[i].start
                if match(i, has: kind, where: { predicate(start, $0) }) { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether some entry of `kind` with exactly the surface `r` satisfies `predicate(entry)`:
    /// `entries(_:spanning:).contains(where:)` without copying entries.
    @inline(__always)
    public func hasEntry(_ kind: LexiconKind, spanning r: Range<Int>, where predicate: (_ entry: Int) -> Bool) -> Bool {
        if !mayHaveEntry(kind, spanning: r) { return false }
        return lexicon.hasEntry(kind, text, r, where: predicate)
    }

    /// Dictionary entries of a kind starting at `position`, longest first.
    public func entries(_ kind: LexiconKind, startingAt position: Int) -> [(end: Int, entry: LexiconEntry)] {
        guard entryStarts(kind, at: position) else { return [] }
        var out: [(end: Int, entry: LexiconEntry)] = []
        for m in matches(startingIn: position..<(position + 1)) {
            for e in m.entries where lexicon.entryKinds[Int(e)] == kind {
                out.append((m.end, lexicon.entries[Int(e)]))
            }
        }
        // Mostly one entry: no sort (and no copy) needed.
        return out.count < 2 ? out : out.sorted { $0.end > $1.end }
    }

    /// Dictionary entries of a kind ending at `position`, longest first.
    public func entries(_ kind: LexiconKind, endingAt position: Int) -> [(start: Int, entry: LexiconEntry)] {
        guard entryEnds(kind, at: position) else { return [] }
        var out: [(start: Int, entry: LexiconEntry)] = []
        for m in matches(startingIn: (position - longestMatch)..<position) where m.end == position {
            for e in m.entries where lexicon.entryKinds[Int(e)] == kind {
                out.append((m.start, lexicon.entries[Int(e)]))
            }
        }
        return out.count < 2 ? out : out.sorted { $0.start < $1.start }
    }

    /// Whether the scalars `word` occur at position `i` of the sentence (no allocation: recognisers ask
    /// this for every cue word they try).
    @inline(__always)
    public func hasText(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        let n = word.count
        guard i >= range.lowerBound, i + n <= range.upperBound else { return false }
        // The first scalar decides almost every call (lists of cue words tried at one position).
        guard n > 0 else { return true }
        if text[i] != word[0] { return false }
        var k = 1
        while k < n {
            if text[i + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// The text of `r` as a String (recognisers build one per proposed candidate).
    public func string(_ r: Range<Int>) -> String {
        ScalarString.make(text, r)
    }
}

/// A pattern or dictionary matcher for one kind of evidence. Each recogniser lives in its own file and
/// only proposes; the `MentionResolver` decides.
public protocol Recogniser: Sendable {
    func propose(in view: SentenceView, into candidates: inout [Candidate])
}
