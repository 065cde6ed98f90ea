/// Classical verse and couplets quoted in prose (“咬定青山不放松，任尔东西南北风”, “任凭风浪起，稳坐钓鱼台”):
/// their words look like names (任尔东, 西南, 钓鱼台) but name nobody and nowhere in the article.
///
/// Why a shape and not a list of poems: the quoted lines are too many to list, while the form is
/// strict and rare in other quotations: two or more clauses of Han characters only, all five or all
/// seven characters long, separated by a comma or semicolon, with at most a closing full stop. Speech
/// and slogans are quoted too, but their clauses are of uneven length or joined by 、 (循足迹、悟思想).
/// On the development sets no annotated name lies inside such a quotation (People's Daily dev: 5
/// verses, CLUENER dev: 2, the seeds: 3). The shape alone decides, so quoted prose that happens to
/// fall into two equal five- or seven-character clauses (“李明到北京，王华到上海”) loses its names too.
public enum QuotedVerse {
    static let clauseSeparators: ScalarSet = ["，", ",", "；", ";"]
    static let finalStops: ScalarSet = ["。", "！", "？", "!", "?"]
    /// The longest quotation read as verse: four clauses of seven characters, their three separators and
    /// a full stop (a regulated verse's eight lines are quoted in halves at most).
    static let longest = 4 * 7 + 3 + 1

    /// The stretches inside quotation marks in `range` that are verse, quotation marks excluded (the marks
    /// are `ScalarClass`'s quote pairs: “…”, ‘…’, 「…」, 『…』, 《…》, "…").
    public static func spans(in text: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard ScalarClass.isOpenQuote(text[i]) else { i += 1; continue }
            let start = i + 1
            let closing = ScalarClass.closeQuote(for: text[i])
            guard let close = (start..<min(range.upperBound, start + longest + 1)).first(where: { text[$0] == closing }) else {
                i += 1
                continue
            }
            if isVerse(text, start..<close) { found.append(start..<close) }
            i = close + 1
        }
        return found
    }

    /// Clauses of Han characters, all of length five or all seven, at least two, separated by a comma or
    /// semicolon; one full stop may close the last.
    static func isVerse(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var end = r.upperBound
        if end > r.lowerBound, finalStops.contains(text[end - 1]) { end -= 1 }
        var clauses = 0
        var length: Int?
        var run = 0
        for k in r.lowerBound...end {
            if k == end || clauseSeparators.contains(text[k]) {
                guard run == 5 || run == 7, length == nil || length == run else { return false }
                length = run
                clauses += 1
                run = 0
                continue
            }
            guard ScalarClass.isHan(text[k]) else { return false }
            run += 1
        }
        return clauses >= 2
    }
}
