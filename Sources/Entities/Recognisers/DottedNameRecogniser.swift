/// Foreign full names whose parts a name dot joins (颂汶·乃差, 川·立派): Thai, Burmese and other names are
/// transliterated with characters outside the Xinhua table, so `TransliteratedNameRecogniser` sees only the
/// part that happens to be written in table characters (乃差) or nothing.
///
/// Why the dot is enough: between two short runs of Han characters the name dot joins the given name and
/// the surname of one person and does little else in news prose. What it also joins is kept out: a place
/// or body opening the left part (中国·海峡交易会, 江南·水乡节), a place or organisation suffix closing the
/// right part (尼·伯尔库镇), a year or number (2019·厦门).
public struct DottedNameRecogniser: Recogniser {
    public init() {}

    /// Longest part on either side of the dot.
    static let maxPart = 4

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound, hi = view.range.upperBound
        for d in view.range where ScalarClass.isNameDot(view.text[d]) {
            guard d > lo, d + 1 < hi, ScalarClass.isHan(view.text[d - 1]), ScalarClass.isHan(view.text[d + 1]) else { continue }
            // The left part: back over name characters to a break, punctuation, an office title, a cue or
            // a person noun (牧师|约翰·马汀).
            var s = d
            while d - s < DottedNameRecogniser.maxPart, !opensLeft(view, s) { s -= 1 }
            // The right part: on to a break, punctuation, a cue, a title or a suffix after the name, or a
            // verb (科恩|执导).
            var e = d + 1
            while e - d - 1 < DottedNameRecogniser.maxPart, !closesRight(view, e) { e += 1 }
            // A common word opening the left part (牧师|约翰·马汀) is a noun before the name.
            if let w = view.commonWordEnd(from: s), w < d, !view.lexicon.isTransliterationChar(view.text[s]) || !view.lexicon.isTransliterationChar(view.text[w - 1]) { s = w }
            guard d > s, e > d + 1, e - s - 1 >= 3 else { continue }
            // A part cut short by the length limit runs on into more name characters: no clean edge.
            if d - s == DottedNameRecogniser.maxPart, !opensLeft(view, s) { continue }
            if e - d - 1 == DottedNameRecogniser.maxPart, !closesRight(view, e) { continue }
            // A place or body before the dot names an event or a brand (中国·海峡…, 江南·水乡节).
            if view.entries(.place, startingAt: s).contains(where: { $0.end <= d && $0.end - s >= 2 })
                || view.entries(.organisation, startingAt: s).contains(where: { $0.end <= d }) { continue }
            // A suffix after the name makes it a place or a body (…镇, …公司), a geographic word a landscape.
            if view.entryStarts(.placeSuffix, at: e) || view.entryStarts(.orgSuffix, at: e) || view.entryStarts(.programmeCue, at: e) { continue }
            if let next = view.scalar(e), PersonNameRecogniser.geographicSuffixes.contains(next) { continue }
            // Inside quotation marks or book-title marks the dot joins the words of a title (《春·夏》).
            if let prev = view.scalar(s - 1), PersonNameRecogniser.quoteMarks.contains(prev) { continue }
            if DottedNameRecogniser.insideBookTitle(view, at: s) { continue }
            // A common word on either side cut by the part's edge is a phrase, not a name.
            let seg = view.segmentationConflict(s..<d)
            if seg.crossesLeft { continue }
            if DottedNameRecogniser.crossesRightEdge(view, (d + 1)..<e) { continue }
            candidates.append(Candidate(range: s..<e, type: .person, canonical: view.string(s..<e),
                                        rule: "pattern:dotted-name", confidence: 0.7))
        }
    }

    /// A common word runs from inside the right part `r` across its end, and the text does not read past it:
    /// a word starting at the end that runs further (川·立派|出席 over 派出) leaves the name its edge.
    static func crossesRightEdge(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        let after = view.commonWordEnd(from: r.upperBound) ?? r.upperBound
        return r.contains { k in
            guard let e = view.commonWordEnd(from: k), e > r.upperBound else { return false }
            return after <= e
        }
    }

    /// An opening book-title mark (《) stands before `s` in the sentence with no closing one (》) after it.
    static func insideBookTitle(_ view: SentenceView, at s: Int) -> Bool {
        var k = s - 1
        while k >= view.range.lowerBound {
            if view.text[k] == "》" { return false }
            if view.text[k] == "《" { return true }
            k -= 1
        }
        return false
    }

    /// The left part of a name cannot reach back past `s`: the character before is no name character, or
    /// an office title, a cue or a person noun ends there.
    private func opensLeft(_ view: SentenceView, _ s: Int) -> Bool {
        guard s > view.range.lowerBound, ScalarClass.isHan(view.text[s - 1]), !BreakWords.isBreak(view.text[s - 1]) else { return true }
        return view.entryEnds(.title, at: s) || view.entryEnds(.personCue, at: s) || PersonNouns.leftEvidence(view, endingAt: s) > 0
    }

    /// The right part of a name cannot run on past `e`: no name character there, or a cue, an office, an
    /// honorific, a name suffix or a verb starts there.
    private func closesRight(_ view: SentenceView, _ e: Int) -> Bool {
        guard e < view.range.upperBound, ScalarClass.isHan(view.text[e]), !BreakWords.isBreak(view.text[e]) else { return true }
        return view.entryStarts(.personCue, at: e) || view.entryStarts(.title, at: e) || view.entryStarts(.honorific, at: e)
            || view.entryStarts(.orgSuffix, at: e) || view.entryStarts(.placeSuffix, at: e)
            || view.hasEntry(.word, startingAt: e) { end, id in
                // A verb the text reads past (立派|出席 over 派出: 出席 runs further) is a chance string.
                view.lexicon.entries[id].has("verb") && !((e + 1)..<end).contains { k in (view.commonWordEnd(from: k) ?? k) > end }
            }
    }
}
