/// First normalisation pass for plain text: line breaks unified, full-width forms and controls
/// folded (see `NormalisationBuffer.fold`), markdown residue dropped.
///
/// Line breaks: CRLF and a lone CR become one `\n` that maps to both original scalars, so sentence
/// and paragraph logic downstream sees a single break style. Markdown: scraped pages keep `# `
/// heading markers at line starts and `**` emphasis; neither is text, but their positions are
/// recorded because a marked line is a heading for column repair.
enum PlainTextCleaner {
    static func clean(_ src: [Unicode.Scalar]) -> NormalisationBuffer {
        var out = NormalisationBuffer(capacity: src.count)
        let n = src.count
        src.withUnsafeBufferPointer { s in
            var i = 0
            var atLineStart = true  // only spaces/tabs seen since the last line break
            while i < n {
                let v = s[i].value
                switch v {
                case 0x0D:
                    let end = i + 1 < n && s[i + 1].value == 0x0A ? i + 2 : i + 1
                    out.emit("\n", from: i, to: end)
                    i = end
                    atLineStart = true
                    continue
                case 0x0A:
                    out.emit("\n", from: i, to: i + 1)
                    atLineStart = true
                case 0x23 where atLineStart:  // "#" ... "######" followed by a space: heading marker
                    var j = i
                    while j < n, j - i < 6, s[j] == "#" { j += 1 }
                    if j < n, s[j] == " " || s[j] == "\t" || s[j] == "\u{3000}" {
                        while j < n, s[j] == " " || s[j] == "\t" || s[j] == "\u{3000}" { j += 1 }
                        out.headingMarks.append(out.count)
                        i = j
                        atLineStart = false
                        continue
                    }
                    out.emit(s[i], from: i, to: i + 1)
                    atLineStart = false
                case 0x2A where i + 1 < n && s[i + 1].value == 0x2A:  // "**" emphasis
                    out.headingMarks.append(out.count)
                    i += 2
                    continue
                default:
                    let f = NormalisationBuffer.fold(v)
                    if f != NormalisationBuffer.dropped {
                        out.emit(f == v ? s[i] : Unicode.Scalar(f) ?? s[i], from: i, to: i + 1)
                        if f != 0x20 && f != 0x09 { atLineStart = false }
                    }
                }
                i += 1
            }
        }
        return out
    }
}
