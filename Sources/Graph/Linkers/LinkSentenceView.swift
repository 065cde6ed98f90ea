import Entities

/// One sentence with the spans that fall in it, sorted by position: what every linker scans.
///
/// `mentions` holds the outermost mentions only (黄岛海关, not the 黄岛 nested in it) so a linker sees
/// each stretch of text once; `allMentions` keeps the nested ones, and persons that act in no relation
/// (鲁迅故居), for co-occurrence.
public struct LinkSentenceView: Sendable {
    public let index: Int
    public let paragraph: Int
    public let range: Range<Int>
    public let mentions: [Mention]
    public let allMentions: [Mention]
    public let titles: [TitleSpan]

    init(sentence: Sentence, mentions: [Mention], titles: [TitleSpan]) {
        index = sentence.index
        paragraph = sentence.paragraph
        range = sentence.range
        let sorted = mentions.sorted {
            ($0.range.lowerBound, -$0.range.count, $0.canonical) < ($1.range.lowerBound, -$1.range.count, $1.canonical)
        }
        allMentions = sorted
        var outer: [Mention] = []
        var reach = Int.min
        // A memorial's owner (鲁迅故居) is no actor: co-occurrence only.
        for m in sorted where m.range.upperBound > reach && m.rule != MentionRepair.memorialRule {
            outer.append(m)
            reach = m.range.upperBound
        }
        self.mentions = outer
        self.titles = titles.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    }

    /// The first outer mention starting at or after `i`. Each outer mention starts after and ends after
    /// the one before it (it is kept only when it reaches further), so starts and ends both ascend
    /// strictly and a binary search finds it: the linkers ask at every name and every cue.
    @inline(__always)
    func firstMentionIndex(startingAtOrAfter i: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if mentions[mid].range.lowerBound < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Persons among the outer mentions whose start lies in `r`, in text order.
    func persons(in r: Range<Int>) -> [Mention] {
        var out: [Mention] = []
        var k = firstMentionIndex(startingAtOrAfter: r.lowerBound)
        while k < mentions.count && mentions[k].range.lowerBound < r.upperBound {
            if mentions[k].type == .person && mentions[k].range.upperBound <= r.upperBound { out.append(mentions[k]) }
            k += 1
        }
        return out
    }

    /// Whether `persons(in: r)` is not empty, without building it.
    func hasPerson(in r: Range<Int>) -> Bool {
        var k = firstMentionIndex(startingAtOrAfter: r.lowerBound)
        while k < mentions.count && mentions[k].range.lowerBound < r.upperBound {
            if mentions[k].type == .person && mentions[k].range.upperBound <= r.upperBound { return true }
            k += 1
        }
        return false
    }

    /// Organisations and places among the outer mentions lying wholly in `r`.
    func bodies(in r: Range<Int>) -> [Mention] {
        var out: [Mention] = []
        var k = firstMentionIndex(startingAtOrAfter: r.lowerBound)
        while k < mentions.count && mentions[k].range.lowerBound < r.upperBound {
            let m = mentions[k]
            if (m.type == .organisation || m.type == .place) && m.range.upperBound <= r.upperBound { out.append(m) }
            k += 1
        }
        return out
    }

    /// The outer mention that starts at `i`, if any.
    func mention(startingAt i: Int) -> Mention? {
        let k = firstMentionIndex(startingAtOrAfter: i)
        return k < mentions.count && mentions[k].range.lowerBound == i ? mentions[k] : nil
    }

    /// The outer mention that ends at `i`, if any.
    func mention(endingAt i: Int) -> Mention? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if mentions[mid].range.upperBound < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < mentions.count && mentions[lo].range.upperBound == i ? mentions[lo] : nil
    }

    /// The comma-level clause around position `pos`: from after the previous clause break to the next
    /// one (the break itself excluded).
    func clause(around pos: Int, in s: [Unicode.Scalar]) -> Range<Int> {
        var lo = max(range.lowerBound, min(pos, range.upperBound))
        while lo > range.lowerBound && !ClauseScalars.isClauseBreak(s[lo - 1]) { lo -= 1 }
        var hi = max(lo, min(pos, range.upperBound))
        while hi < range.upperBound && !ClauseScalars.isClauseBreak(s[hi]) { hi += 1 }
        return lo..<hi
    }

    /// The clauses of the sentence, in order.
    func clauses(in s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var lo = range.lowerBound
        for i in range where ClauseScalars.isClauseBreak(s[i]) {
            if i > lo { out.append(lo..<i) }
            lo = i + 1
        }
        if lo < range.upperBound { out.append(lo..<range.upperBound) }
        return out
    }

    /// The subject region for a verb at `cue`: the part of its clause before it, or, when that names
    /// no person, the nearest earlier clause of the sentence that does.
    func subjectRegion(before cue: Int, in s: [Unicode.Scalar]) -> Range<Int> {
        let own = clause(around: cue, in: s)
        let head = own.lowerBound..<cue
        if hasPerson(in: head) { return head }
        // A subject of its own that is not a name (我, 一位领导同志, 舰艇编队, 代表团): stay in the clause.
        if Self.unnamedSubjects.occurs(in: s, range: head) || mentions.contains(where: {
            $0.type == .organisation && head.contains($0.range.lowerBound) && $0.range.lowerBound - head.lowerBound <= 2 }) {
            return head
        }
        var end = own.lowerBound - 1
        while end > range.lowerBound {
            let c = clause(around: end - 1, in: s)
            if hasPerson(in: c) { return c.lowerBound..<cue }
            end = c.lowerBound - 1
        }
        return head
    }

    static let unnamedSubjects = CueTable<Bool>(["我", "同志", "领导", "人员", "代表团", "一行", "编队"].map { ($0, true) })
}
