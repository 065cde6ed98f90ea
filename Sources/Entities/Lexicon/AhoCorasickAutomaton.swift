/// A multi-pattern matcher over Unicode scalars: every dictionary entry of a run lives in one automaton,
/// built once, and one left-to-right pass over a text reports every occurrence of every pattern.
///
/// Layout, chosen for build speed (start-up matters: it is built on every run) and cache-friendly search:
/// - scalars are mapped to dense codes (`bmpCodes` for the Basic Multilingual Plane, a dictionary for
///   the rest); a scalar no pattern uses has code 0 and sends the search back to the root;
/// - the trie is built breadth-first from the sorted patterns, so the children of every state are
///   contiguous and sorted by code (compressed sparse rows): `childStart[s] ..< childStart[s + 1]`
///   indexes `childCode`/`childState`, searched by binary search;
/// - the root has a direct table (`rootNext`) since almost every scalar of Chinese text starts at it;
/// - `fail` links and `outputLink` (the nearest state on the fail chain that ends a pattern) make the
///   search linear in the text plus the number of matches.
public struct AhoCorasickAutomaton: Sendable {
    /// Per state: index of the pattern that ends exactly here, or -1.
    private let terminal: [Int32]
    private let depth: [Int32]
    private let childStart: [Int32]
    private let childCode: [Int32]
    private let childState: [Int32]
    private let fail: [Int32]
    private let outputLink: [Int32]
    private let rootNext: [Int32]
    /// Dense codes of the Basic Multilingual Plane. With `bmpPage` empty (many patterns: the
    /// dictionaries) a flat table of 64 k codes, one load per scalar; else (a few patterns: the
    /// automaton the pipeline builds per document for its propagated names) pages of 256 codes,
    /// `bmpPage[v >> 8]` the page of `v`, page 0 all zeros and shared by every block no pattern uses.
    /// The flat table was 256 KB to zero per document, more than the rest of the document's build.
    private let bmpPage: [UInt16]
    private let bmpCodes: [Int32]
    private let codeOfAstral: [UInt32: Int32]
    /// Number of patterns the automaton was built from (duplicates collapse to one pattern).
    public let patternCount: Int
    /// Per input pattern: the index it reports as (its first duplicate's), -1 for an empty pattern.
    public let representative: [Int32]

    /// Pattern count from which the build sorts by radix (the dictionaries' ~60 k surfaces) rather than
    /// by comparison.
    static let radixSortMinimum = 4096

    /// Scalar count from which the BMP codes are one flat table rather than pages (see `bmpCodes`).
    static let flatCodingMinimum = 16384

    /// Builds the automaton. `patterns[i]` reports as pattern index `i`; a duplicate pattern reports the
    /// index of its first occurrence; empty patterns are ignored.
    public init(patterns: [[Unicode.Scalar]]) {
        var scalars: [UInt32] = []
        var offsets: [Int] = [0]
        offsets.reserveCapacity(patterns.count + 1)
        for p in patterns {
            for s in p { scalars.append(s.value) }
            offsets.append(scalars.count)
        }
        self.init(scalars: scalars, offsets: offsets)
    }

    /// Builds the automaton from patterns laid end to end: pattern `i` is `scalars[offsets[i] ..< offsets[i + 1]]`
    /// (scalar values). Start-up builds it from ~60 k dictionary surfaces, and one flat buffer costs two
    /// allocations where an array per pattern cost 60 k.
    public init(scalars: [UInt32], offsets: [Int]) {
        let inputCount = max(offsets.count - 1, 0)
        // Dense codes for the alphabet actually used, in one flat buffer parallel to `scalars`.
        let codesFlat = scalars.count >= Self.flatCodingMinimum
        var bmpPage = [UInt16](repeating: 0, count: codesFlat ? 0 : 0x100)
        var pageCount = 1
        if !codesFlat {
            // The pages first (numbered in order of first use), so that the codes are allocated once.
            for v in scalars where v < 0x10000 && bmpPage[Int(v >> 8)] == 0 {
                bmpPage[Int(v >> 8)] = UInt16(pageCount)
                pageCount += 1
            }
        }
        var bmpCodes = [Int32](repeating: 0, count: codesFlat ? 0x10000 : pageCount << 8)
        var codeOfAstral: [UInt32: Int32] = [:]
        var nextCode: Int32 = 1
        var flat = [Int32](repeating: 0, count: scalars.count)
        for k in scalars.indices {
            let v = scalars[k]
            if v < 0x10000 && codesFlat {
                if bmpCodes[Int(v)] == 0 { bmpCodes[Int(v)] = nextCode; nextCode += 1 }
                flat[k] = bmpCodes[Int(v)]
            } else if v < 0x10000 {
                let slot = Int(bmpPage[Int(v >> 8)]) << 8 | Int(v & 0xFF)
                if bmpCodes[slot] == 0 { bmpCodes[slot] = nextCode; nextCode += 1 }
                flat[k] = bmpCodes[slot]
            } else if let c = codeOfAstral[v] {
                flat[k] = c
            } else {
                codeOfAstral[v] = nextCode; flat[k] = nextCode; nextCode += 1
            }
        }
        let alphabet = Int(nextCode)
        let offset = offsets

        // Sort pattern indices lexicographically by code sequence (stable: first duplicate wins). Each
        // pattern's first four codes are packed into one integer key (codes are below 2^16 when the
        // alphabet is; a missing code is 0 and sorts first, as a shorter pattern must), so almost every
        // comparison is one integer comparison; equal keys fall back to the rest of the sequence.
        let packable = alphabet <= 0x10000
        var keys = [UInt64](repeating: 0, count: inputCount)
        if packable {
            for i in 0..<inputCount {
                var key: UInt64 = 0
                for d in 0..<4 {
                    let k = offset[i] + d
                    key = key << 16 | (k < offset[i + 1] ? UInt64(flat[k]) : 0)
                }
                keys[i] = key
            }
        }
        var order = (0..<inputCount).filter { offset[$0 + 1] > offset[$0] }
        flat.withUnsafeBufferPointer { f in
            offset.withUnsafeBufferPointer { o in
                keys.withUnsafeBufferPointer { key in
                    func precedes(_ a: Int, _ b: Int) -> Bool {
                        var from = 0
                        if packable {
                            let ka = key[a], kb = key[b]
                            if ka != kb { return ka < kb }
                            from = 4
                        }
                        let xa = o[a], xn = o[a + 1] - xa, ya = o[b], yn = o[b + 1] - ya
                        let n = min(xn, yn)
                        var i = from
                        while i < n {
                            let x = f[xa + i], y = f[ya + i]
                            if x != y { return x < y }
                            i += 1
                        }
                        return xn != yn ? xn < yn : a < b
                    }
                    // Small pattern sets (the per-document automaton of propagated names) sort by
                    // comparison: the radix passes below cost a fixed ~1 M instructions.
                    guard packable, order.count >= Self.radixSortMinimum else { order.sort(by: precedes); return }
                    // The same order in two steps, a tenth of the comparisons: a stable LSD radix sort
                    // on the packed keys (four 16-bit digits; `order` starts in index order), then each
                    // run of equal keys (a shared four-code prefix, or duplicates) by `precedes`. Both
                    // give the one order `precedes` defines, which ends in the index as a tie-break.
                    var buffer = [Int](repeating: 0, count: order.count)
                    var counts = [Int](repeating: 0, count: 0x10001)
                    for pass in 0..<4 {
                        let shift = UInt64(16 * pass)
                        for d in counts.indices { counts[d] = 0 }
                        for i in order { counts[Int((key[i] >> shift) & 0xFFFF) + 1] += 1 }
                        for d in 0..<0x10000 { counts[d + 1] += counts[d] }
                        for i in order {
                            let d = Int((key[i] >> shift) & 0xFFFF)
                            buffer[counts[d]] = i
                            counts[d] += 1
                        }
                        swap(&order, &buffer)
                    }
                    var lo = 0
                    while lo < order.count {
                        var hi = lo + 1
                        while hi < order.count && key[order[hi]] == key[order[lo]] { hi += 1 }
                        if hi - lo > 1 { order[lo..<hi].sort(by: precedes) }
                        lo = hi
                    }
                }
            }
        }

        var representative = [Int32](repeating: -1, count: inputCount)
        // Breadth-first construction: a state covers a contiguous range of `order` sharing a prefix.
        var terminal: [Int32] = [-1]
        var depth: [Int32] = [0]
        var childStart: [Int32] = []
        var childCode: [Int32] = []
        var childState: [Int32] = []
        var ranges: [(lo: Int, hi: Int)] = [(0, order.count)]
        // A state per scalar at most, and the root: reserved once, where growing by doubling copied
        // these arrays some eighteen times each while the dictionaries' trie was built.
        let stateBound = scalars.count + 1
        terminal.reserveCapacity(stateBound)
        depth.reserveCapacity(stateBound)
        childStart.reserveCapacity(stateBound + 1)
        childCode.reserveCapacity(stateBound)
        childState.reserveCapacity(stateBound)
        ranges.reserveCapacity(stateBound)
        var s = 0
        while s < ranges.count {
            childStart.append(Int32(childCode.count))
            let d = Int(depth[s])
            var i = ranges[s].lo
            let hi = ranges[s].hi
            // Patterns that end here come first in sorted order (shorter sorts before longer).
            while i < hi && offset[order[i] + 1] - offset[order[i]] == d {
                if terminal[s] < 0 { terminal[s] = Int32(order[i]) }
                representative[order[i]] = terminal[s]
                i += 1
            }
            while i < hi {
                let c = flat[offset[order[i]] + d]
                var j = i + 1
                while j < hi && flat[offset[order[j]] + d] == c { j += 1 }
                childCode.append(c)
                childState.append(Int32(ranges.count))
                ranges.append((i, j))
                terminal.append(-1)
                depth.append(Int32(d + 1))
                i = j
            }
            s += 1
        }
        childStart.append(Int32(childCode.count))
        let stateCount = ranges.count

        var rootNext = [Int32](repeating: 0, count: alphabet)
        for k in Int(childStart[0])..<Int(childStart[1]) { rootNext[Int(childCode[k])] = childState[k] }

        func child(_ state: Int, _ code: Int32) -> Int32 {
            var lo = Int(childStart[state]), hi = Int(childStart[state + 1])
            while lo < hi {
                let mid = (lo + hi) >> 1
                let c = childCode[mid]
                if c == code { return childState[mid] }
                if c < code { lo = mid + 1 } else { hi = mid }
            }
            return -1
        }

        // Fail and output links in BFS order (state ids are BFS order already).
        var fail = [Int32](repeating: 0, count: stateCount)
        var outputLink = [Int32](repeating: -1, count: stateCount)
        for state in 0..<stateCount {
            for k in Int(childStart[state])..<Int(childStart[state + 1]) {
                let code = childCode[k], next = Int(childState[k])
                if state == 0 {
                    fail[next] = 0
                } else {
                    var f = Int(fail[state])
                    while true {
                        let g = f == 0 ? rootNext[Int(code)] : child(f, code)
                        if g > 0 { fail[next] = g; break }
                        if f == 0 { fail[next] = 0; break }
                        f = Int(fail[f])
                    }
                }
                let f = Int(fail[next])
                outputLink[next] = terminal[f] >= 0 ? Int32(f) : outputLink[f]
            }
        }

        self.terminal = terminal
        self.depth = depth
        self.childStart = childStart
        self.childCode = childCode
        self.childState = childState
        self.fail = fail
        self.outputLink = outputLink
        self.rootNext = rootNext
        self.bmpPage = bmpPage
        self.bmpCodes = bmpCodes
        self.codeOfAstral = codeOfAstral
        self.patternCount = order.count
        self.representative = representative
    }

    @inline(__always)
    private func code(of scalar: Unicode.Scalar) -> Int32 {
        let v = scalar.value
        guard v < 0x10000 else { return codeOfAstral[v] ?? 0 }
        return bmpPage.isEmpty ? bmpCodes[Int(v)] : bmpCodes[Int(bmpPage[Int(v >> 8)]) << 8 | Int(v & 0xFF)]
    }

    @inline(__always)
    private func step(_ state: Int, _ c: Int32) -> Int {
        if c == 0 { return 0 }
        var s = state
        while true {
            if s == 0 { return Int(rootNext[Int(c)]) }
            var lo = Int(childStart[s]), hi = Int(childStart[s + 1])
            while lo < hi {
                let mid = (lo + hi) >> 1
                let cc = childCode[mid]
                if cc == c { return Int(childState[mid]) }
                if cc < c { lo = mid + 1 } else { hi = mid }
            }
            s = Int(fail[s])
        }
    }

    /// Calls `body(start, end, pattern)` for every occurrence of every pattern inside `range` of `text`,
    /// in order of `end`, longer matches first for the same end.
    public func forEachMatch(in text: [Unicode.Scalar], range: Range<Int>,
                             _ body: (_ start: Int, _ end: Int, _ pattern: Int) -> Void) {
        text.withUnsafeBufferPointer { buf in
            var state = 0
            var i = range.lowerBound
            while i < range.upperBound {
                state = step(state, code(of: buf[i]))
                i += 1
                var o = terminal[state] >= 0 ? state : Int(outputLink[state])
                while o > 0 {
                    body(i - Int(depth[o]), i, Int(terminal[o]))
                    o = Int(outputLink[o])
                }
            }
        }
    }

    /// Every match as (start, end, pattern), in the order `forEachMatch` reports them.
    public func matches(in text: [Unicode.Scalar], range: Range<Int>? = nil) -> [(start: Int, end: Int, pattern: Int)] {
        var out: [(start: Int, end: Int, pattern: Int)] = []
        forEachMatch(in: text, range: range ?? 0..<text.count) { out.append(($0, $1, $2)) }
        return out
    }

    /// The pattern that equals `text[range]` exactly, if any (a trie walk from the root).
    public func exactMatch(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var s = 0
        for i in range {
            let c = code(of: text[i])
            if c == 0 { return nil }
            if s == 0 {
                s = Int(rootNext[Int(c)])
                if s == 0 { return nil }
                continue
            }
            var lo = Int(childStart[s]), hi = Int(childStart[s + 1])
            var found = -1
            while lo < hi {
                let mid = (lo + hi) >> 1
                let cc = childCode[mid]
                if cc == c { found = Int(childState[mid]); break }
                if cc < c { lo = mid + 1 } else { hi = mid }
            }
            if found < 0 { return nil }
            s = found
        }
        return s > 0 && terminal[s] >= 0 ? Int(terminal[s]) : nil
    }
}
