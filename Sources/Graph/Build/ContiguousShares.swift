/// How the serial tail of a build (graph assembly, writing graph.json) shares its rows out over
/// threads: in contiguous ranges, in order, so each thread's output joins back by concatenation and
/// the result is the same for any thread count.
enum ContiguousShares {
    /// The fewest rows worth a thread of their own: starting a thread costs more than a few thousand
    /// rows.
    static let minimumShare = 8192

    /// How many shares `count` rows make with up to `threads` threads, each given at least
    /// `minimumShare` rows; at least one.
    static func count(_ count: Int, threads: Int, minimumShare: Int) -> Int {
        max(1, min(threads, count / max(1, minimumShare)))
    }

    /// Share `k` of `count` rows in `shares` contiguous ranges.
    static func range(_ k: Int, of count: Int, shares: Int) -> Range<Int> {
        count * k / shares ..< count * (k + 1) / shares
    }

    /// All `shares` ranges of `count` rows, in order.
    static func ranges(_ count: Int, shares: Int) -> [Range<Int>] {
        (0..<shares).map { range($0, of: count, shares: shares) }
    }
}
