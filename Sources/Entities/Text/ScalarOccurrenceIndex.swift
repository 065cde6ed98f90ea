/// Answers "does this short needle occur anywhere in the text?" for many needles over one long text.
///
/// Why: the canonicaliser asks, per document, whether each distinct organisation or programme name
/// is spelled somewhere in it. A naive scan costs the whole document per name, so a long document with
/// hundreds of names cost hundreds of full scans (13 % of an extract run on the seeds plus a 112 k
/// character document). Here the text's positions are bucketed once by the low bits of their scalar
/// (a counting sort: two linear passes), and a needle is checked only at the positions of its rarest
/// bucket. Short texts skip the index and scan, as building it would cost more than the scans.
struct ScalarOccurrenceIndex {
    private let text: [Unicode.Scalar]
    /// `positions[bucketStart[b] ..< bucketStart[b + 1]]`: ascending positions whose scalar is in bucket `b`.
    private let bucketStart: [Int32]
    private let positions: [Int32]

    /// Buckets by the low 12 bits: Han characters spread evenly over them, and 4 k counters stay in cache.
    private static let bucketBits = 12
    private static let bucketMask = (1 << bucketBits) - 1

    /// Texts shorter than this are scanned directly (building the index costs a few passes over the text).
    static let minimumIndexedLength = 2048

    /// Nil for texts short enough to scan.
    init?(_ text: [Unicode.Scalar]) {
        guard text.count >= Self.minimumIndexedLength, text.count < Int(Int32.max) else { return nil }
        self.text = text
        let mask = Self.bucketMask
        var start = [Int32](repeating: 0, count: mask + 2)
        var positions = [Int32](repeating: 0, count: text.count)
        // Through buffer pointers: the array subscripts in these two passes (a uniqueness check per
        // write) made the index ~45 instructions a character to build.
        text.withUnsafeBufferPointer { t in
            start.withUnsafeMutableBufferPointer { start in
                for s in t { start[(Int(s.value) & mask) + 1] += 1 }
                for b in 0...mask { start[b + 1] += start[b] }
            }
            var next = start
            next.withUnsafeMutableBufferPointer { next in
                positions.withUnsafeMutableBufferPointer { positions in
                    for i in t.indices {
                        let b = Int(t[i].value) & mask
                        positions[Int(next[b])] = Int32(i)
                        next[b] += 1
                    }
                }
            }
        }
        self.bucketStart = start
        self.positions = positions
    }

    /// Whether `needle` occurs in the text (an empty needle never does, as with `naiveOccurs`).
    func occurs(_ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        // Anchor on the needle scalar whose bucket is smallest.
        var anchor = 0
        var best = Int.max
        for (k, s) in needle.enumerated() {
            let b = Int(s.value) & Self.bucketMask
            let size = Int(bucketStart[b + 1] - bucketStart[b])
            if size < best { best = size; anchor = k }
        }
        let a = needle[anchor]
        let b = Int(a.value) & Self.bucketMask
        let last = text.count - needle.count
        for j in Int(bucketStart[b])..<Int(bucketStart[b + 1]) {
            let p = Int(positions[j])
            guard text[p] == a else { continue }
            let i = p - anchor
            guard i >= 0, i <= last else { continue }
            var k = 0
            while k < needle.count, text[i + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    /// Naive substring search on scalars, for texts too short to index.
    static func naiveOccurs(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first, needle.count <= hay.count else { return false }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
