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

    public func resolve(_ candidates: [Candidate]) -> [Candidate] {
        decide(candidates, keepingLosers: false).winners
    }

    public func decide(_ input: [Candidate]) -> Decision {
        decide(input, keepingLosers: true)
    }

    /// The decision; its `losers` only with `keepingLosers` (`--explain` shows them, nothing else reads
    /// them, and gathering them copied every losing candidate of every sentence).
    public func decide(_ input: [Candidate], keepingLosers: Bool) -> Decision {
        // Deterministic order: by end, then start (the longer first), then type. Proposals of the same
        // span and type lie together (by index within a run), and of each run the most confident is
        // kept, then the smaller rule, then the first proposed. Sorting indices hashes nothing and
        // copies no candidate (a dictionary keyed by span and type did both, per sentence).
        let order = input.indices.sorted { a, b in
            let x = input[a].range, y = input[b].range
            if x.upperBound != y.upperBound { return x.upperBound < y.upperBound }
            if x.lowerBound != y.lowerBound { return x.lowerBound > y.lowerBound }
            if input[a].type != input[b].type { return input[a].type < input[b].type }
            return a < b
        }
        var sorted: [Candidate] = []
        sorted.reserveCapacity(order.count)
        var run = 0
        while run < order.count {
            var best = order[run]
            var k = run + 1
            while k < order.count, input[order[k]].range == input[best].range, input[order[k]].type == input[best].type {
                let c = order[k]
                if input[c].confidence > input[best].confidence
                    || input[c].confidence == input[best].confidence && input[c].rule < input[best].rule { best = c }
                k += 1
            }
            sorted.append(input[best])
            run = k
        }
        let n = sorted.count
        guard n > 0 else { return Decision(winners: [], losers: []) }
        // p[j]: number of candidates (prefix length) that end at or before sorted[j] starts.
        // One table for the scheduling's four per-candidate values (one allocation, not four).
        var slots = [Slot](repeating: Slot(), count: n + 1)
        for j in 0..<n {
            var lo = 0, hi = j
            let start = sorted[j].range.lowerBound
            while lo < hi {
                let mid = (lo + hi) >> 1
                if sorted[mid].range.upperBound <= start { lo = mid + 1 } else { hi = mid }
            }
            slots[j].p = lo
        }
        for j in 0..<n {
            let with = sorted[j].score + slots[slots[j].p].total
            // Strictly better to take: ties keep the earlier (shorter-ending) choice stable.
            if with > slots[j].total + 1e-9 { slots[j + 1].total = with; slots[j].take = true } else { slots[j + 1].total = slots[j].total }
        }
        var winners: [Candidate] = []
        var j = n
        while j > 0 {
            if slots[j - 1].take {
                winners.append(sorted[j - 1])
                slots[j - 1].chosen = true
                j = slots[j - 1].p
            } else {
                j -= 1
            }
        }
        winners.reverse()
        var losers: [Candidate] = []
        if keepingLosers {
            losers.reserveCapacity(n - winners.count)
            for k in 0..<n where !slots[k].chosen { losers.append(sorted[k]) }
        }
        return Decision(winners: winners, losers: losers)
    }

    /// Per sorted candidate `j`: `p`, the number of candidates ending at or before it starts; `total`
    /// (at `j + 1`), the best score of the first `j + 1`; whether taking it is that best; whether it won.
    private struct Slot {
        var p = 0
        var total = 0.0
        var take = false
        var chosen = false
    }
}
