/// A surname standing alone before a form of address or an office, the given name left unsaid
/// (赵先生, 孙老师, 钱某, 冯老, 韩局长): the person is named by the surname, and newswire annotation marks the
/// surname alone as the name.
///
/// Why a recogniser of its own: `PersonNameRecogniser` reads a surname and a given name, and rightly
/// refuses a given name that starts with an honorific or a title; here the honorific or title *is* the
/// evidence, and the name is one character. The canonical name keeps the form of address (赵先生) until
/// `Canonicaliser` finds the document's one full name of that surname (赵某某 written out elsewhere);
/// a mention left unresolved is still a person mention, but too vague to be a node of the graph (every
/// article's 钱某 would be one node): see `Mention.isAddressOnly`.
///
/// Evidence required, all of it:
/// - a common surname (of the two hundred most frequent and not marked `rare`, or a compound one), not
///   one of the prepositions and conjunctions that are also surnames (向局长汇报, 同老师们);
/// - right after it, a form of address from the cue dictionary (`address` on an honorific line), an
///   office title, or 老 standing alone (冯老说, not 李老板);
/// - no dictionary word or name running across the surname from the left (对于|先生, 江苏|省长,
///   历史|老师), nor a word running from it into the address or past it (廉政|委员会, 元老): there the
///   character is part of another word (a word that is the surname and its address, 江主席, is fine).
public struct AddressedSurnameRecogniser: Recogniser {
    public init() {}

    /// The rule of an addressed surname; `Canonicaliser` prefixes it with `resolved:` when it finds the
    /// full name.
    public static let rule = "pattern:addressed-surname"

    /// Below a pattern name with cue evidence, above nothing: one character is a weak span, and a full
    /// name read across the same surname (…林局长 in a three-character name) must win.
    static let confidence = 0.62

    /// The census's top hundred and the next hundred of the classical list: rarer surnames are mostly
    /// ordinary characters before 先生 or 老师 (and those the surname list marks `rare` are skipped too).
    static let maximumRank = 200

    /// Kinds whose entries, running across the surname from the left, make it the end of another word.
    static let enclosingKinds: [LexiconKind] = [.word, .stop, .place, .organisation, .person, .body, .title]

    /// What follows 某 when it is "some" rather than an anonymised name (于某种, 在某个): a classifier or a
    /// noun of time or place.
    static let someNouns: ScalarSet = ["些", "种", "个", "项", "一", "处", "地", "时", "日", "天", "年", "月", "次", "件",
                                       "位", "类", "样", "方", "国", "省", "市", "县", "村", "单", "部", "公", "厂", "校",
                                       "某"]

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let r = view.range
        var i = r.lowerBound
        while i + 1 < r.upperBound {
            defer { i += 1 }
            let s = view.text[i]
            guard ScalarClass.isHan(s) else { continue }
            let compound = view.lexicon.compoundSurnameRank(s, view.text[i + 1])
            let length: Int
            if compound > 0 && compound < PersonNameRecogniser.japaneseRankBase {
                length = 2
            } else {
                let rank = view.lexicon.surnameRank(s)
                guard rank > 0, rank <= AddressedSurnameRecogniser.maximumRank, !view.lexicon.isRareSurname(s),
                      !PersonNameRecogniser.conjunctionSurnames.contains(s) else { continue }
                length = 1
            }
            let end = i + length
            if length == 1, isPrefixedAddress(view, surname: i) {
                candidates.append(Candidate(range: i..<end, type: .person, canonical: view.string((i - 1)..<end),
                                            rule: AddressedSurnameRecogniser.rule,
                                            confidence: AddressedSurnameRecogniser.confidence))
                continue
            }
            guard let addressEnd = addressEnd(view, at: end) else { continue }
            if view.entryRunsAcross(i, kinds: AddressedSurnameRecogniser.enclosingKinds) { continue }
            // Nor may a word run from the surname into the address or past it (廉政|委员会, 元老): the
            // character opens that word. A word that is the surname and its address (江主席) is the
            // address itself.
            let oldAlone = addressEnd == end + 1 && view.text[end] == "老"
            if (i..<end).contains(where: { k in
                guard let e = view.commonWordEnd(from: k), e > end else { return false }
                return e != addressEnd || oldAlone
            }) { continue }
            // A number or a demonstrative before it makes the character a classifier (两张|老师的照片).
            if let prev = view.scalar(i - 1), ScalarClass.isDigit(prev) || PersonNameRecogniser.numerals.contains(prev)
                || PersonNameRecogniser.demonstratives.contains(prev) { continue }
            candidates.append(Candidate(range: i..<end, type: .person, canonical: view.string(i..<addressEnd),
                                        rule: AddressedSurnameRecogniser.rule,
                                        confidence: AddressedSurnameRecogniser.confidence))
        }
    }

    /// 老 or 小 before a surname with nothing name-like after it (老孙的女儿, 小赵说): the familiar form of
    /// address, the surname its only name. Not where 老/小 and the surname, or the surname and what
    /// follows, make a word (小时, 老马识途, 黄牛), and not before a character that could go on as a given
    /// name (小李明 is 李明).
    func isPrefixedAddress(_ view: SentenceView, surname i: Int) -> Bool {
        guard i > view.range.lowerBound, AddressedSurnameRecogniser.familiarPrefixes.contains(view.text[i - 1]),
              view.lexicon.surnameRank(view.text[i]) <= AddressedSurnameRecogniser.familiarMaximumRank else { return false }
        if let next = view.scalar(i + 1), ScalarClass.isHan(next), !BreakWords.isBreak(next),
           !view.entryStarts(.personCue, at: i + 1) { return false }
        // No word across 老|孙 or running on from the surname, nor one ending at 老 (古老, 大小).
        if view.containsMatch(covering: i, where: { m in
            m.end - m.start >= 2 && m.entries.contains { k in
                let kind = view.lexicon.entryKinds[Int(k)]
                return kind == .word || kind == .stop || kind.entityType != nil
            }
        }) { return false }
        if view.commonWordStart(to: i) != nil { return false }
        return true
    }

    /// 老 and 小 before a surname: the familiar forms of address (老王, 小李).
    static let familiarPrefixes: ScalarSet = ["老", "小"]

    /// Only the census's hundred commonest surnames take the familiar form here: after 老 or 小 a rarer
    /// one is more often the second character of a word.
    static let familiarMaximumRank = 100

    /// The end of the form of address or office starting at `p`, or nil when none does.
    func addressEnd(_ view: SentenceView, at p: Int) -> Int? {
        guard p < view.range.upperBound else { return nil }
        var best: Int?
        if view.entryStarts(.honorific, at: p) {
            _ = view.hasEntry(.honorific, startingAt: p) { end, id in
                if view.lexicon.entries[id].has("address") { best = max(best ?? end, end) }
                return false
            }
        }
        if let b = best, view.text[p] == "某" {
            // 钱某 is a name; 于某种 is "at some", and 钱某某 is a three-character name of its own.
            if let next = view.scalar(b), AddressedSurnameRecogniser.someNouns.contains(next) { return nil }
        }
        // 任 before an office is the verb "to serve as" (被派往该县任县长) far more often than Mr Ren.
        if p > view.range.lowerBound, view.text[p - 1] != "任", let title = view.titles.first(where: { $0.range.lowerBound == p }) {
            best = max(best ?? title.range.upperBound, title.range.upperBound)
        }
        // 老 alone (冯老说): not the start of a word (老板, 老家, 老区), and not an address listed above.
        if best == nil, view.text[p] == "老", view.commonWordEnd(from: p) == nil,
           !view.entryStarts(.honorific, at: p), !view.entryStarts(.title, at: p) {
            best = p + 1
        }
        return best
    }
}
