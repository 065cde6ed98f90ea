/// Levenshtein distance over Unicode scalars, for "did you mean" suggestions. `limit` lets the caller
/// stop early: any result above it is reported as `limit + 1`.
enum EditDistance {
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        var rows = ([Int](), [Int]())
        return between(a[...], b[...], limit: limit, rows: &rows)
    }

    /// `rows` is scratch space reused across calls, so scanning 100,000 names allocates nothing.
    static func between(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>, limit: Int,
                        rows: inout ([Int], [Int])) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = rows.0, current = rows.1
        rows = ([], [])
        defer { rows = (previous, current) }
        previous.removeAll(keepingCapacity: true)
        previous.append(contentsOf: 0...b.count)
        current.removeAll(keepingCapacity: true)
        current.append(contentsOf: repeatElement(0, count: b.count + 1))
        let a0 = a.startIndex, b0 = b.startIndex
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[a0 + i - 1] == b[b0 + j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
