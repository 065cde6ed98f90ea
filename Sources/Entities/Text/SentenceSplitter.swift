/// Splits normalised text into sentences.
///
/// A sentence ends after 。！？；… (and `!?;`), together with any further terminators and closing
/// quotes that follow (`好！”`), and at every line break (after column repair, the remaining breaks
/// are paragraph breaks). A terminator inside “…”, ‘…’, 「…」, 『…』 or （…） does not split: the
/// sentence then ends after the closing mark when a terminator came just before it. An unclosed
/// quote or bracket is forgotten at the line break, so it can swallow at most its own paragraph.
///
/// Paragraphs: the index increments at each run of line breaks that follows text, so a blank line
/// and a single line break count the same (newspaper text uses both for paragraphs).
/// Sentence ranges exclude surrounding whitespace; whitespace-only sentences are not emitted.
///
/// A run of more than `maximumLength` scalars with no terminator (a table dump, a scraped page without
/// punctuation, one 100 MB line) is cut into pieces of at most that length, at a comma or space when
/// one is near: real sentences are far shorter, and the recognisers and linkers are only linear per
/// sentence up to small factors, so unbounded "sentences" would make bad input cost unbounded time.
public struct SentenceSplitter: Sendable {
    public static let maximumLength = 1000

    public init() {}

    public func split(_ text: NormalisedText) -> [Sentence] {
        var state = State()
        text.scalars.withUnsafeBufferPointer { s in
            let n = s.count
            var start = 0
            var depth = 0
            var i = 0
            while i < n {
                let c = s[i]
                let v = c.value
                // Fast path: ideographs and most letters are never sentence structure.
                if v >= 0x3400 && v < 0xFF00 || (v >= 0x30 && v < 0x7F && v != 0x3B && v != 0x3F) {
                    i += 1
                    continue
                }
                switch c {
                case "\n":
                    state.emit(s, start, i)
                    if !state.sentences.isEmpty { state.pendingBreak = true }
                    start = i + 1
                    depth = 0
                case "“", "‘", "「", "『", "（", "(":
                    depth += 1
                case "”", "’", "」", "』", "）", ")":
                    if depth > 0 {
                        depth -= 1
                        if depth == 0, i > start, Self.isTerminator(s[i - 1]) {
                            let end = Self.endOfTerminatorRun(s, from: i + 1)
                            state.emit(s, start, end)
                            start = end
                            i = end
                            continue
                        }
                    }
                default:
                    if depth == 0, Self.isTerminator(c) {
                        let end = Self.endOfTerminatorRun(s, from: i + 1)
                        state.emit(s, start, end)
                        start = end
                        i = end
                        continue
                    }
                }
                i += 1
            }
            state.emit(s, start, n)
        }
        return state.sentences
    }

    /// Sentences found so far and the paragraph bookkeeping.
    private struct State {
        var sentences: [Sentence] = []
        var paragraph = 0
        var pendingBreak = false

        mutating func emit(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int) {
            var lo = a, hi = b
            while lo < hi, SentenceSplitter.isSpace(s[lo]) { lo += 1 }
            while hi > lo, SentenceSplitter.isSpace(s[hi - 1]) { hi -= 1 }
            guard lo < hi else { return }
            if pendingBreak { paragraph += 1; pendingBreak = false }
            let limit = SentenceSplitter.maximumLength
            while hi - lo > limit {
                var cut = lo + limit
                var k = cut
                while k > lo + limit * 3 / 4 {
                    let c = s[k - 1]
                    if c == "，" || c == "、" || c == "," || c == "：" || SentenceSplitter.isSpace(c) { cut = k; break }
                    k -= 1
                }
                var end = cut
                while end > lo, SentenceSplitter.isSpace(s[end - 1]) { end -= 1 }
                if end > lo { sentences.append(Sentence(index: sentences.count, paragraph: paragraph, range: lo..<end)) }
                lo = cut
                while lo < hi, SentenceSplitter.isSpace(s[lo]) { lo += 1 }
            }
            guard lo < hi else { return }
            sentences.append(Sentence(index: sentences.count, paragraph: paragraph, range: lo..<hi))
        }
    }

    /// Extends past further terminators and closing quotes (`！？`, `……`, `。”`).
    static func endOfTerminatorRun(_ s: UnsafeBufferPointer<Unicode.Scalar>, from: Int) -> Int {
        var k = from
        while k < s.count {
            let c = s[k]
            if isTerminator(c) || c == "”" || c == "’" || c == "」" || c == "』" || c == "）" || c == ")" {
                k += 1
            } else {
                break
            }
        }
        return k
    }

    @inline(__always)
    static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "；", "…", "!", "?", ";": return true
        default: return false
        }
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{3000}" || c == "\u{A0}"
    }
}
