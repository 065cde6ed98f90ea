/// A list of cue words with what each one means, matched leftmost-longest over scalars.
///
/// Patterns are data: each linker declares its cue words as an array literal. The linkers scan every
/// position of every sentence, and almost no position starts a cue, so the table is laid out for the
/// miss: a 1,024-bit filter on the first scalar answers most positions with one bit test (hashing a
/// `Dictionary<Unicode.Scalar, …>` key there was a third of the extractor's time). Only a position
/// that passes looks its first scalar up in a short sorted array and compares the cues of that
/// scalar, longest first, against a flat pool of scalars (no per-cue arrays to retain).
struct CueTable<Meaning: Sendable>: Sendable {
    struct Hit: Sendable {
        let range: Range<Int>
        let meaning: Meaning
    }

    /// Bit `v & 1023` is set when some cue starts with a scalar of value `v`.
    private let filter: [UInt64]
    /// The distinct first scalars, ascending.
    private let firsts: [UInt32]
    /// Cues starting with `firsts[g]` are `groupStart[g]..<groupStart[g + 1]`, longest first.
    private let groupStart: [Int]
    /// Every cue's scalars, back to back; cue `c` is `pool[cueStart[c]..<cueStart[c + 1]]`.
    private let pool: [Unicode.Scalar]
    private let cueStart: [Int]
    private let meanings: [Meaning]

    init(_ entries: [(String, Meaning)]) {
        var cues: [(scalars: [Unicode.Scalar], meaning: Meaning, order: Int)] = []
        for (word, meaning) in entries {
            let s = Array(word.unicodeScalars)
            guard !s.isEmpty else { continue }
            cues.append((s, meaning, cues.count))
        }
        // By first scalar, then longest first; declaration order breaks ties, as before.
        cues.sort {
            ($0.scalars[0].value, -$0.scalars.count, $0.order) < ($1.scalars[0].value, -$1.scalars.count, $1.order)
        }
        var filter = [UInt64](repeating: 0, count: 16)
        var firsts: [UInt32] = []
        var groupStart: [Int] = []
        var pool: [Unicode.Scalar] = []
        var cueStart: [Int] = []
        var meanings: [Meaning] = []
        for (c, cue) in cues.enumerated() {
            let v = cue.scalars[0].value
            filter[Int((v & 1023) >> 6)] |= 1 << UInt64(v & 63)
            if firsts.last != v {
                firsts.append(v)
                groupStart.append(c)
            }
            cueStart.append(pool.count)
            pool.append(contentsOf: cue.scalars)
            meanings.append(cue.meaning)
        }
        groupStart.append(cues.count)
        cueStart.append(pool.count)
        self.filter = filter
        self.firsts = firsts
        self.groupStart = groupStart
        self.pool = pool
        self.cueStart = cueStart
        self.meanings = meanings
    }

    /// The distinct scalars cues start with, ascending (for prefilters built on a table).
    var firstScalars: [Unicode.Scalar] { firsts.compactMap(Unicode.Scalar.init) }

    /// Whether some cue may start with `c` (no false negatives).
    @inline(__always)
    private func mayStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return filter[Int((v & 1023) >> 6)] & (1 << UInt64(v & 63)) != 0
    }

    /// The group of cues starting with `c`, if any.
    @inline(__always)
    private func group(of c: Unicode.Scalar) -> Int? {
        let v = c.value
        var lo = 0, hi = firsts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if firsts[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < firsts.count && firsts[lo] == v ? lo : nil
    }

    /// The cue index of the longest cue starting exactly at `i` and ending at or before `limit`
    /// (`i < limit <= s.count` is the caller's to ensure).
    @inline(__always)
    private func cueIndex(at i: Int, in s: [Unicode.Scalar], limit: Int) -> Int? {
        guard mayStart(s[i]), let g = group(of: s[i]) else { return nil }
        outer: for c in groupStart[g]..<groupStart[g + 1] {
            let from = cueStart[c], n = cueStart[c + 1] - from
            guard i + n <= limit else { continue }
            var k = 1
            while k < n {
                if s[i + k] != pool[from + k] { continue outer }
                k += 1
            }
            return c
        }
        return nil
    }

    /// The longest cue starting exactly at `i` and ending at or before `end`.
    func match(at i: Int, in s: [Unicode.Scalar], end: Int) -> Hit? {
        guard i >= 0, i < end, i < s.count else { return nil }
        guard let c = cueIndex(at: i, in: s, limit: min(end, s.count)) else { return nil }
        return Hit(range: i..<(i + cueStart[c + 1] - cueStart[c]), meaning: meanings[c])
    }

    /// Non-overlapping leftmost-longest hits inside `range`.
    func hits(in s: [Unicode.Scalar], range: Range<Int>) -> [Hit] {
        var out: [Hit] = []
        var i = max(0, range.lowerBound)
        let end = min(range.upperBound, s.count)
        while i < end {
            if let c = cueIndex(at: i, in: s, limit: end) {
                let n = cueStart[c + 1] - cueStart[c]
                out.append(Hit(range: i..<(i + n), meaning: meanings[c]))
                i += n
            } else {
                i += 1
            }
        }
        return out
    }

    /// The last of the non-overlapping leftmost-longest hits inside `range` (`hits(in:range:).last`
    /// without building the array).
    func lastHit(in s: [Unicode.Scalar], range: Range<Int>) -> Hit? {
        var last: Hit?
        var i = max(0, range.lowerBound)
        let end = min(range.upperBound, s.count)
        while i < end {
            if let c = cueIndex(at: i, in: s, limit: end) {
                let n = cueStart[c + 1] - cueStart[c]
                last = Hit(range: i..<(i + n), meaning: meanings[c])
                i += n
            } else {
                i += 1
            }
        }
        return last
    }

    /// Whether any cue occurs inside `range`.
    func occurs(in s: [Unicode.Scalar], range: Range<Int>) -> Bool {
        let end = min(range.upperBound, s.count)
        var i = max(0, range.lowerBound)
        while i < end {
            if cueIndex(at: i, in: s, limit: end) != nil { return true }
            i += 1
        }
        return false
    }
}
