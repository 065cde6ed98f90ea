/// A list of cue words with what each one means, matched leftmost-longest over scalars.
///
/// Patterns are data: each linker declares its cue words as an array literal, and this table indexes
/// them by first scalar so a scan costs one dictionary lookup per position.
struct CueTable<Meaning: Sendable>: Sendable {
    struct Cue: Sendable {
        let scalars: [Unicode.Scalar]
        let meaning: Meaning
    }

    struct Hit: Sendable {
        let range: Range<Int>
        let meaning: Meaning
    }

    private let byFirst: [Unicode.Scalar: [Cue]]

    init(_ entries: [(String, Meaning)]) {
        var table: [Unicode.Scalar: [Cue]] = [:]
        for (word, meaning) in entries {
            let s = Array(word.unicodeScalars)
            guard let first = s.first else { continue }
            table[first, default: []].append(Cue(scalars: s, meaning: meaning))
        }
        for key in table.keys {
            table[key]?.sort { $0.scalars.count > $1.scalars.count }
        }
        byFirst = table
    }

    /// The longest cue starting exactly at `i` and ending at or before `end`.
    func match(at i: Int, in s: [Unicode.Scalar], end: Int) -> Hit? {
        guard i >= 0, i < end, i < s.count, let cues = byFirst[s[i]] else { return nil }
        let limit = min(end, s.count)
        outer: for cue in cues {
            let n = cue.scalars.count
            guard i + n <= limit else { continue }
            for k in 1..<max(n, 1) where s[i + k] != cue.scalars[k] { continue outer }
            return Hit(range: i..<(i + n), meaning: cue.meaning)
        }
        return nil
    }

    /// Non-overlapping leftmost-longest hits inside `range`.
    func hits(in s: [Unicode.Scalar], range: Range<Int>) -> [Hit] {
        var out: [Hit] = []
        var i = max(0, range.lowerBound)
        let end = min(range.upperBound, s.count)
        while i < end {
            if let h = match(at: i, in: s, end: end) {
                out.append(h)
                i = h.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether any cue occurs inside `range`.
    func occurs(in s: [Unicode.Scalar], range: Range<Int>) -> Bool {
        let end = min(range.upperBound, s.count)
        var i = max(0, range.lowerBound)
        while i < end {
            if match(at: i, in: s, end: end) != nil { return true }
            i += 1
        }
        return false
    }
}
