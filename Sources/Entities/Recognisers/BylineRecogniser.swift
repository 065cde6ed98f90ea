/// Reporters named in a byline: 记者郅振璞报道, 记者刘正学、果永毅报道, 通讯员毛鑫摄. The frame (a reporter's
/// noun, a list of short names, then 报道, 摄 or the closing bracket) says "names" on its own, so the
/// names need no known surname: rare surnames (郅, 果) and unusual given names are found here that the
/// surname rule misses.
///
/// Why a recogniser of its own: the evidence is the whole byline, read left to right across the list,
/// not the characters of one name. A name is proposed only when the byline closes, so a sentence that
/// merely mentions reporters (记者发现…) yields nothing.
public struct BylineRecogniser: Recogniser {
    public init() {}

    /// Nouns that open a byline.
    static let openers: [[Unicode.Scalar]] = ["记者", "通讯员", "特约记者", "摄影记者", "见习记者", "实习记者", "实习生"].map { Array($0.unicodeScalars) }

    static let openerFirsts = ScalarSet(openers.map { $0[0] })

    /// What closes a byline after its last name: the verb, or the bracket a dateline's byline sits in
    /// (新华社北京3月2日电（记者王小平、陈明）).
    static let closers: [[Unicode.Scalar]] = ["报道", "摄", "）", ")"].map { Array($0.unicodeScalars) }

    /// Above a weak surname reading, below a dictionary name: the frame is strong evidence, the span less so.
    static let confidence = 0.75

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let hi = view.range.upperBound
        var p = view.range.lowerBound
        while p < hi - 3 {
            // Most characters open no byline: one set probe before comparing the openers.
            guard BylineRecogniser.openerFirsts.contains(view.text[p]),
                  let opener = BylineRecogniser.openers.first(where: { view.hasText($0, at: p) }) else { p += 1; continue }
            var k = p + opener.count
            p = k
            var names: [Range<Int>] = []
            // Each item: two or three Han characters, then 、 or spaces (another item follows) or the
            // closer; or two two-character names written without a break (贾鹏陈博）), each opening with a
            // surname.
            while names.count < 6 {
                let end: Int
                if let length = [3, 2].first(where: { isItem(view, k..<(k + $0)) }) {
                    end = k + length
                    names.append(k..<end)
                } else if isItem(view, k..<(k + 4)), isPairOfNames(view, k) {
                    end = k + 4
                    names.append(k..<(k + 2))
                    names.append((k + 2)..<end)
                } else {
                    break
                }
                if view.scalar(end) == "、" { k = end + 1; continue }
                // Spaces, then another reporter's noun (记者陈某 实习生王某 报道): the list goes on after it.
                if let next = BylineRecogniser.openerAfterSpaces(view, end) { k = next; continue }
                if let next = BylineRecogniser.itemAfterSpaces(view, end) { k = next; continue }
                let close = BylineRecogniser.afterSpaces(view, end)
                if BylineRecogniser.closers.contains(where: { view.hasText($0, at: close) }) {
                    for r in names {
                        candidates.append(Candidate(range: r, type: .person, canonical: view.string(r),
                                                    rule: "pattern:byline", confidence: BylineRecogniser.confidence))
                    }
                    p = end
                }
                break
            }
        }
        proposeCredit(in: view, into: &candidates)
    }

    /// A photo credit standing alone under its picture (南轩 摄, 林立、陈明 摄): the sentence is nothing
    /// but two- or three-character names, joined by 、 or a space, and 摄. The frame needs no opener:
    /// a sentence of that shape is a credit, whatever the surname.
    func proposeCredit(in view: SentenceView, into candidates: inout [Candidate]) {
        var lo = view.range.lowerBound, hi = view.range.upperBound
        while lo < hi, ScalarClass.isSpace(view.text[lo]) { lo += 1 }
        while hi > lo, ScalarClass.isSpace(view.text[hi - 1]) || view.text[hi - 1] == "。" { hi -= 1 }
        guard hi - lo >= 3, hi - lo <= 16, view.text[hi - 1] == "摄" else { return }
        var names: [Range<Int>] = []
        var k = lo
        let end = hi - 1
        while k < end {
            var e = k
            while e < end, ScalarClass.isHan(view.text[e]) { e += 1 }
            guard (2...3).contains(e - k), isName(view, k..<e) else { return }
            names.append(k..<e)
            k = e
            while k < end, view.text[k] == "、" || ScalarClass.isSpace(view.text[k]) { k += 1 }
        }
        for r in names {
            candidates.append(Candidate(range: r, type: .person, canonical: view.string(r),
                                        rule: "pattern:byline", confidence: BylineRecogniser.confidence))
        }
    }

    /// `r` can be one name of the list: Han characters only, followed by 、, spaces or a closer, and
    /// neither a common word, an office title, a cue nor a dictionary place or organisation.
    func isItem(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        guard r.upperBound < view.range.upperBound, r.allSatisfy({ ScalarClass.isHan(view.text[$0]) })
        else { return false }
        // 摄 closing the span is the credit's verb (记者郜南摄）), not the name's last character.
        if view.text[r.upperBound - 1] == "摄" { return false }
        let next = r.upperBound
        guard view.text[next] == "、" || ScalarClass.isSpace(view.text[next])
                || BylineRecogniser.closers.contains(where: { view.hasText($0, at: next) }) else { return false }
        return isName(view, r)
    }

    /// Where the next item starts when spaces separate it from the item ending at `end` (记者王小平 陈明报道):
    /// one to three spaces, then a Han character that opens no other byline noun and no closer. Nil otherwise.
    static func itemAfterSpaces(_ view: SentenceView, _ end: Int) -> Int? {
        let k = afterSpaces(view, end)
        guard k > end, k < view.range.upperBound, ScalarClass.isHan(view.text[k]),
              !openers.contains(where: { view.hasText($0, at: k) }),
              !closers.contains(where: { view.hasText($0, at: k) }) else { return nil }
        return k
    }

    /// Where the names after another reporter's noun start, when spaces separate that noun from the item
    /// ending at `end` (记者陈某 实习生王某). Nil otherwise.
    static func openerAfterSpaces(_ view: SentenceView, _ end: Int) -> Int? {
        let k = afterSpaces(view, end)
        guard k > end, let opener = openers.first(where: { view.hasText($0, at: k) }) else { return nil }
        return k + opener.count
    }

    /// `end` moved past up to three spaces.
    static func afterSpaces(_ view: SentenceView, _ end: Int) -> Int {
        var k = end
        while k < view.range.upperBound, k - end < 3, ScalarClass.isSpace(view.text[k]) { k += 1 }
        return k
    }

    /// Four characters at `k` read as two two-character names: each half opens with a known single
    /// surname and neither half is a common word (贾鹏陈博 → 贾鹏, 陈博).
    func isPairOfNames(_ view: SentenceView, _ k: Int) -> Bool {
        view.lexicon.surnameRank(view.text[k]) > 0 && view.lexicon.surnameRank(view.text[k + 2]) > 0
            && isName(view, k..<(k + 2)) && isName(view, (k + 2)..<(k + 4))
    }

    /// Neither a common word, an office title, a cue nor a dictionary place or organisation. A common
    /// word that opens with a surname and ends in given-name characters (马力, 高峰) is a name here: the
    /// frame says so.
    func isName(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        if view.segmentationConflict(r).isWord, !looksLikeAName(view, r) { return false }
        for k in r where view.entryStarts(.title, at: k) || view.entryStarts(.personCue, at: k) { return false }
        for kind in [LexiconKind.place, .organisation] where view.entries(kind, startingAt: r.lowerBound).contains(where: { $0.end == r.upperBound }) {
            return false
        }
        return true
    }

    /// A known surname, then given-name characters only.
    func looksLikeAName(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        guard view.lexicon.surnameRank(view.text[r.lowerBound]) > 0 else { return false }
        return ((r.lowerBound + 1)..<r.upperBound).allSatisfy { view.lexicon.givenCharRank(view.text[$0]) > 0 }
    }
}
