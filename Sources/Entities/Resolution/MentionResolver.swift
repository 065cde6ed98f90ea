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
        decide(candidates).winners
    }

    public func decide(_ input: [Candidate]) -> Decision {
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
