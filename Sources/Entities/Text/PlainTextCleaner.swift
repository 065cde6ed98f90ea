/// First normalisation pass for plain text: line breaks unified, full-width forms and controls
/// folded (see `NormalisationBuffer.fold`), markdown residue dropped.
///
/// Line breaks: CRLF and a lone CR become one `\n` that maps to both original scalars, so sentence
/// and paragraph logic downstream sees a single break style. Markdown: scraped pages keep `# `
/// heading markers at line starts and `**` emphasis; neither is text, but their positions are
/// recorded because column repair treats marked lines as headings.
///
/// This pass touches every scalar of the corpus, so it writes into preallocated buffers (the output
/// is never longer than the input) instead of appending.
enum PlainTextCleaner {
    static func clean(_ src: [Unicode.Scalar]) -> NormalisationBuffer {
        let n = src.count
        var out = NormalisationBuffer(capacity: 0)
        var scalars = [Unicode.Scalar](repeating: " ", count: n)
        var starts = [Int32](repeating: 0, count: n)
        var ends = [Int32](repeating: 0, count: n)
        var headingMarks: [Int] = []
        var boldMarks: [Int] = []
        var w = 0
        src.withUnsafeBufferPointer { s in
            scalars.withUnsafeMutableBufferPointer { os in
                starts.withUnsafeMutableBufferPointer { ss in
                    ends.withUnsafeMutableBufferPointer { es in
                        @inline(__always) func emit(_ c: Unicode.Scalar, _ a: Int, _ b: Int) {
                            os[w] = c
                            ss[w] = Int32(truncatingIfNeeded: a)
                            es[w] = Int32(truncatingIfNeeded: b)
                            w += 1
                        }
                        var i = 0
                        var atLineStart = true  // only spaces/tabs seen since the last line break
                        while i < n {
                            let c = s[i]
                            let v = c.value
                            // Fast path: CJK and ordinary ASCII are kept as they are.
                            if v >= 0x3400 && v < 0xFE00 || (v > 0x2A && v < 0x7F) || (v >= 0x20 && v < 0x23) || (v > 0x23 && v < 0x2A) {
                                emit(c, i, i + 1)
                                atLineStart = atLineStart && v == 0x20
                                i += 1
                                continue
                            }
                            switch v {
                            case 0x0D:
                                let end = i + 1 < n && s[i + 1].value == 0x0A ? i + 2 : i + 1
                                emit("\n", i, end)
                                i = end
                                atLineStart = true
                                continue
                            case 0x0A:
                                emit("\n", i, i + 1)
                                atLineStart = true
                            case 0x23 where atLineStart:  // "#" … "######" then a space: heading marker
                                var j = i
                                while j < n, j - i < 6, s[j] == "#" { j += 1 }
                                if j < n, s[j] == " " || s[j] == "\t" || s[j] == "\u{3000}" {
                                    while j < n, s[j] == " " || s[j] == "\t" || s[j] == "\u{3000}" { j += 1 }
                                    headingMarks.append(w)
                                    i = j
                                    atLineStart = false
                                    continue
                                }
                                emit(c, i, i + 1)
                                atLineStart = false
                            case 0x2A where i + 1 < n && s[i + 1].value == 0x2A:  // "**" emphasis
                                boldMarks.append(w)
                                i += 2
                                continue
                            default:
                                let f = NormalisationBuffer.fold(v)
                                if f != NormalisationBuffer.dropped {
                                    emit(f == v ? c : Unicode.Scalar(f) ?? c, i, i + 1)
                                    if f != 0x20 && f != 0x09 { atLineStart = false }
                                }
                            }
                            i += 1
                        }
                    }
                }
            }
        }
        if w < n {
            scalars.removeLast(n - w)
            starts.removeLast(n - w)
            ends.removeLast(n - w)
        }
        out.scalars = scalars
        out.originStart = starts
        out.originEnd = ends
        out.headingMarks = headingMarks
        out.boldMarks = boldMarks
        return out
    }
}
