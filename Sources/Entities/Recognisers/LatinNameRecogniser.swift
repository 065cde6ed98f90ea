/// Foreign names left in Latin script inside Chinese text (制片人Steven, Berg先生, 赏金猎人Johns): web and
/// entertainment news often leaves a name untransliterated.
///
/// Why only with a cue: a capitalised Latin word is as often a brand, a product or a game studio (Relic,
/// Zeebo) as a person, and the text around it is the only evidence. So a run of one to three
/// capitalised words (Mark Jacobs) is a person only next to what makes one: an office title, a person
/// noun or a person cue before it, or an honorific, a title or a speech cue after it, with the same
/// weights the Chinese name rules use. All-capital words (NBA, CAPCOM) and words with capitals inside
/// (iPhone, PlayStation) are left out: those are acronyms and brands.
public struct LatinNameRecogniser: Recogniser {
    public init() {}

    /// The context a run needs: a strong cue on one side (a title 0.45, a person noun 0.3, an honorific
    /// 0.35, a cue of weight three or more).
    static let minimumContext = 0.3

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound, hi = view.range.upperBound
        var i = lo
        while i < hi {
            guard ScalarClass.isASCIIUpper(view.text[i]),
                  i == lo || !LatinNameRecogniser.continuesAWord(view.text[i - 1]) else { i += 1; continue }
            // Capitalised words (Abc…) joined by one space, at most three.
            var end = i
            var words = 0
            var k = i
            while words < 3, k < hi, let e = LatinNameRecogniser.capitalisedWordEnd(view, from: k) {
                end = e
                words += 1
                guard e + 1 < hi, view.text[e] == " ", ScalarClass.isASCIIUpper(view.text[e + 1]) else { break }
                k = e + 1
            }
            guard words > 0 else { i += 1; continue }
            defer { i = end }
            // A word running on into more Latin letters, digits or joiners (Steven2, Take-Two) is no name.
            // A full stop after the name ends it, unless more letters follow (S.H.E).
            if end < hi, LatinNameRecogniser.continuesAWord(view.text[end]),
               view.text[end] != "." || end + 1 < hi && ScalarClass.isASCIILetter(view.text[end + 1]) { continue }
            let left = PersonNameRecogniser.leftContext(view, i)
            let right = PersonNameRecogniser.rightContext(view, i, end)
            guard max(left, right) >= LatinNameRecogniser.minimumContext else { continue }
            candidates.append(Candidate(range: i..<end, type: .person, canonical: view.string(i..<end),
                                        rule: "pattern:latin-name", confidence: min(0.5 + left + right, 0.8)))
        }
    }

    /// The end of a capitalised word starting at `k` (an upper-case letter, then two or more lower-case
    /// ones), nil when none starts there.
    static func capitalisedWordEnd(_ view: SentenceView, from k: Int) -> Int? {
        let hi = view.range.upperBound
        guard k < hi, ScalarClass.isASCIIUpper(view.text[k]) else { return nil }
        var e = k + 1
        while e < hi, ScalarClass.isASCIILower(view.text[e]) { e += 1 }
        return e - k >= 3 ? e : nil
    }

    /// Letters, digits and the joiners of Latin names and brands (Take-Two, S.H.E, AT&T, O'Neil).
    static func continuesAWord(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isASCIIAlnum(s) || s == "-" || s == "_" || s == "." || s == "&" || s == "'"
    }
}
