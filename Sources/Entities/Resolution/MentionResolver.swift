/// Chooses among overlapping candidates by an explicit objective rather than by order of discovery:
/// the set of non-overlapping candidates with the greatest total `Candidate.score` (confidence weighted
/// by length) wins, found exactly by weighted interval scheduling.
///
/// Consequences, by design: a longer name beats its parts when it is about as well supported
/// (泉州市委 over 泉州市 + 委); a dictionary entry (0.9) beats a pattern guess of the same span; two
/// strong short names beat one weak long guess spanning both.
public struct MentionResolver: Sendable {
    public init() {}

    /// One decision, kept for `extract --explain`.
    public struct Decision: Sendable {
        public var winners: [Candidate]
        public var losers: [Candidate]
    }

    /// Span and type of a candidate, the identity under which proposals are merged (a struct rather
    /// than an interpolated String: one is built per candidate).
    private struct SpanKey: Hashable {
        var lower: Int
        var upper: Int
        /// `EntityType.order`: hashing the enum itself would hash its String raw value.
        var type: Int
    }

    public func resolve(_ candidates: [Candidate]) -> [Candidate] {
        decide(candidates).winners
    }

    public func decide(_ input: [Candidate]) -> Decision {
        // Same span and type: keep the most confident proposal.
        var best: [Candidate] = []
        var byKey = [SpanKey: Int](minimumCapacity: input.count)
        for c in input {
            let key = SpanKey(lower: c.range.lowerBound, upper: c.range.upperBound, type: c.type.order)
            if let i = byKey[key] {
                if c.confidence > best[i].confidence
                    || c.confidence == best[i].confidence && c.rule < best[i].rule { best[i] = c }
            } else {
                byKey[key] = best.count
                best.append(c)
            }
        }
        // Deterministic order: by end, then start, then type, then rule.
        let sorted = best.sorted {
            if $0.range.upperBound != $1.range.upperBound { return $0.range.upperBound < $1.range.upperBound }
            if $0.range.lowerBound != $1.range.lowerBound { return $0.range.lowerBound > $1.range.lowerBound }
            if $0.type != $1.type { return $0.type < $1.type }
            return $0.rule < $1.rule
        }
        let n = sorted.count
        guard n > 0 else { return Decision(winners: [], losers: []) }
        // p[j]: number of candidates (prefix length) that end at or before sorted[j] starts.
        var p = [Int](repeating: 0, count: n)
        for j in 0..<n {
            var lo = 0, hi = j
            let start = sorted[j].range.lowerBound
            while lo < hi {
                let mid = (lo + hi) >> 1
                if sorted[mid].range.upperBound <= start { lo = mid + 1 } else { hi = mid }
            }
            p[j] = lo
        }
        var total = [Double](repeating: 0, count: n + 1)
        var take = [Bool](repeating: false, count: n)
        for j in 0..<n {
            let with = sorted[j].score + total[p[j]]
            // Strictly better to take: ties keep the earlier (shorter-ending) choice stable.
            if with > total[j] + 1e-9 { total[j + 1] = with; take[j] = true } else { total[j + 1] = total[j] }
        }
        var winners: [Candidate] = []
        var chosen = [Bool](repeating: false, count: n)
        var j = n
        while j > 0 {
            if take[j - 1] {
                winners.append(sorted[j - 1])
                chosen[j - 1] = true
                j = p[j - 1]
            } else {
                j -= 1
            }
        }
        winners.reverse()
        var losers: [Candidate] = []
        losers.reserveCapacity(n - winners.count)
        for k in 0..<n where !chosen[k] { losers.append(sorted[k]) }
        return Decision(winners: winners, losers: losers)
    }
}
