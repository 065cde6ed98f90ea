/// Rejoins words and sentences that newspaper layout broke across lines.
///
/// Text copied out of newspaper pages keeps the column's line breaks (`追\n加\n\n安排`) and the gaps
/// where a column jumps around a picture (`国家气候融\n\n\n\n资试点`). Left alone, every such break
/// splits a sentence and often a name. Two regimes:
///
/// * **Narrow columns** (median non-blank line ≤ `narrowMedian` scalars): lines are joined across
///   any whitespace run, blank lines included, unless the earlier line ends a sentence (。！？；…
///   possibly followed by a closing quote), ends with a colon or dash, is a byline (`文/本报记者 刘艳`),
///   a bracketed note (`（上接A01版）`), a markdown heading, or a heading (a line that starts a block,
///   has no sentence punctuation and is followed by a blank line).
/// * **Ordinary text**: paragraph breaks stay paragraph breaks. Only a break in the middle of an
///   unfinished sentence is joined: the earlier line is long (> `narrowMedian`), is prose (holds a
///   comma, 。 or ；) but does not end a sentence (`……很快获得了厦门\n\n国际银行`), and the next line
///   is not a title.
///
/// Joined whitespace is removed from the text; the scalars on either side keep their own origins.
enum ColumnRepair {
    static let narrowMedian = 15
    /// A handful of short lines is a list or a notice, not a column.
    static let minimumNarrowLines = 6
    /// Lines starting with these begin a new item even in a narrow column.
    static let itemStarts: [[Unicode.Scalar]] = ["本报讯", "新华社", "据新华社", "（上接", "(上接", "（下转", "(下转"]
        .map { Array($0.unicodeScalars) }

    /// One non-blank line: its content without surrounding spaces and tabs.
    struct Line {
        var start: Int
        var end: Int
        /// A blank line separates it from the previous non-blank line.
        var blankBefore: Bool
        /// A markdown heading (`# …`) or a bold line (`**…**`).
        var marked: Bool
        var length: Int { end - start }
    }

    static func lines(of buf: NormalisationBuffer) -> [Line] {
        var result: [Line] = []
        let hashes = buf.headingMarks, bolds = buf.boldMarks
        buf.scalars.withUnsafeBufferPointer { s in
            var h = 0, m = 0
            var i = 0
            var blank = false
            let n = s.count
            while i <= n {
                var j = i
                while j < n, s[j].value != 0x0A { j += 1 }
                var a = i, b = j
                while a < b, s[a] == " " || s[a] == "\t" { a += 1 }
                while b > a, s[b - 1] == " " || s[b - 1] == "\t" { b -= 1 }
                if a < b {
                    while h < hashes.count, hashes[h] < a { h += 1 }
                    while m < bolds.count, bolds[m] < a { m += 1 }
                    var boldCount = 0, boldAtStart = false, boldAtEnd = false
                    var k = m
                    while k < bolds.count, bolds[k] <= b {
                        boldCount += 1
                        if bolds[k] == a { boldAtStart = true }
                        if bolds[k] == b { boldAtEnd = true }
                        k += 1
                    }
                    let marked = (h < hashes.count && hashes[h] == a) || boldAtEnd || (boldAtStart && boldCount == 1)
                    result.append(Line(start: a, end: b, blankBefore: blank, marked: marked))
                    blank = false
                } else if !result.isEmpty {
                    blank = true
                }
                i = j + 1
            }
        }
        return result
    }

    /// Removes the whitespace of every joined break from `buf`.
    static func repair(_ buf: inout NormalisationBuffer) {
        let ls = lines(of: buf)
        guard ls.count >= 2 else { return }
        // Median line length ≤ narrowMedian, without sorting: more than half the lines are short.
        var short = 0
        for l in ls where l.length <= narrowMedian { short += 1 }
        let narrow = ls.count >= minimumNarrowLines && 2 * short > ls.count
        var cuts: [Range<Int>] = []
        var blockStart = true
        for k in 0..<(ls.count - 1) {
            let l = ls[k], next = ls[k + 1]
            let join = shouldJoin(l, next, buf.scalars, narrow: narrow, blockStart: blockStart)
            if join { cuts.append(l.end..<next.start) }
            blockStart = !join
        }
        guard !cuts.isEmpty else { return }
        remove(cuts, from: &buf)
    }

    static func shouldJoin(_ l: Line, _ next: Line, _ s: [Unicode.Scalar], narrow: Bool, blockStart: Bool) -> Bool {
        if l.marked || next.marked { return false }
        if endsSentenceOrClause(l, s) || isBracketedNote(l, s) || isByline(l, s) { return false }
        if startsNewItem(next, s) { return false }
        if narrow {
            let heading = blockStart && next.blankBefore && l.length <= 40 && !hasSentencePunctuation(l, s)
            return !heading
        }
        // Never run a sentence into a title or caption line (`厦门市“信易贷”平台`).
        guard l.length > narrowMedian, hasSentencePunctuation(next, s) || next.length > 2 * narrowMedian else { return false }
        let last = s[l.end - 1]
        if last == "，" || last == "、" || last == "," { return true }
        // The line is running prose whose last sentence is unfinished: that sentence already holds a
        // comma, or an earlier sentence on the line ended with 。 or ；. A title or a caption
        // (`陈起拓 摄`) has neither; headlines may carry ！ and ？, so those do not count.
        var k = l.end - 1
        while k >= l.start {
            let c = s[k]
            if c == "，" || c == "," || c == "。" || c == "；" { return true }
            k -= 1
        }
        return false
    }

    @inline(__always)
    static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "；", "…", "!", "?", ";", ".": return true
        default: return false
        }
    }

    @inline(__always)
    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "”", "’", "」", "』", "）", ")", "】", "》", "\"", "'": return true
        default: return false
        }
    }

    /// Ends with a sentence terminator (possibly followed by closing quotes), a colon or a dash.
    static func endsSentenceOrClause(_ l: Line, _ s: [Unicode.Scalar]) -> Bool {
        var k = l.end - 1
        let last = s[k]
        if last == "：" || last == ":" || last == "—" || last == "-" { return true }
        while k > l.start, isCloser(s[k]) { k -= 1 }
        return isTerminator(s[k])
    }

    /// A line that is one bracketed note: `（上接A01版）`.
    static func isBracketedNote(_ l: Line, _ s: [Unicode.Scalar]) -> Bool {
        let a = s[l.start], b = s[l.end - 1]
        return (a == "（" && b == "）") || (a == "(" && b == ")") || (a == "【" && b == "】")
    }

    /// A byline or credit line: ends with a short all-hanzi token after a space (`图/本报记者 黄晓珍`),
    /// outside any open bracket (`（记者 卫琳 通讯` continues on the next line).
    static func isByline(_ l: Line, _ s: [Unicode.Scalar]) -> Bool {
        var k = l.end
        while k > l.start, s[k - 1] != " " {
            let v = s[k - 1].value
            guard v >= 0x3400 && v < 0xA000 else { return false }
            k -= 1
        }
        guard k > l.start, l.end - k <= 4 else { return false }
        var depth = 0
        for c in s[l.start..<l.end] {
            if c == "（" || c == "(" { depth += 1 } else if c == "）" || c == ")" { depth -= 1 }
        }
        return depth <= 0
    }

    /// Commas and full stops mark running text; headlines may hold ！ and ？ (`追加安排1.8亿元！ 我省……`).
    static func hasSentencePunctuation(_ l: Line, _ s: [Unicode.Scalar]) -> Bool {
        for c in s[l.start..<l.end] {
            switch c {
            case "，", "、", "。", "；", ",", ";": return true
            default: continue
            }
        }
        return false
    }

    /// A dateline (`本报讯`, `晨报讯(记者 …)`, `新华社`) or a continuation note (`（上接A01版）`) opens a new item.
    static func startsNewItem(_ l: Line, _ s: [Unicode.Scalar]) -> Bool {
        if itemStarts.contains(where: { starts(s, l.start, with: $0) }) { return true }
        var k = l.start
        while k + 1 < min(l.end, l.start + 8) {
            if s[k] == "报" && s[k + 1] == "讯" { return true }
            k += 1
        }
        return false
    }

    static func starts(_ s: [Unicode.Scalar], _ at: Int, with p: [Unicode.Scalar]) -> Bool {
        guard at + p.count <= s.count else { return false }
        for (k, c) in p.enumerated() where s[at + k] != c { return false }
        return true
    }

    /// Compacts `buf`, dropping the sorted, disjoint `cuts`.
    static func remove(_ cuts: [Range<Int>], from buf: inout NormalisationBuffer) {
        let n = buf.count
        var w = 0
        buf.scalars.withUnsafeMutableBufferPointer { sc in
            buf.originStart.withUnsafeMutableBufferPointer { st in
                buf.originEnd.withUnsafeMutableBufferPointer { en in
                    var r = 0
                    for cut in cuts + [n..<n] {
                        let len = cut.lowerBound - r
                        if w != r, len > 0 {
                            for k in 0..<len {
                                sc[w + k] = sc[r + k]
                                st[w + k] = st[r + k]
                                en[w + k] = en[r + k]
                            }
                        }
                        w += len
                        r = cut.upperBound
                    }
                }
            }
        }
        buf.scalars.removeLast(n - w)
        buf.originStart.removeLast(n - w)
        buf.originEnd.removeLast(n - w)
    }
}
