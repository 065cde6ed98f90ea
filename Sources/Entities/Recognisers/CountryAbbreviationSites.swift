/// Where a one-character country abbreviation stands free in a sentence (俄 in 俄粮食出口, 泰 in
/// 泰出口): no sentence-level rule accepts it there, because nothing around it says "state". Newswire
/// writes the country in full once and abbreviates it afterwards, so the pipeline proposes the country
/// at such a site only when the same document names it in full elsewhere (`EntityPipeline`, pass 2).
///
/// A site is free when no common word or dictionary name starts, ends or runs across the character,
/// no number stands before it (3日) and no 币 after it (泰币, a currency). Only the abbreviations that
/// are rarely a word of their own qualify: 中 日 美 法 德 英 (middle, day, beautiful, law, virtue, hero)
/// and the like stand free in ordinary prose all the time, whatever the article is about.
public enum CountryAbbreviationSites {
    public struct Site: Sendable, Equatable {
        public var position: Int
        /// The country's canonical name (俄罗斯 for 俄).
        public var canonical: String
    }

    /// Abbreviations that stand for their country and little else when written alone (hand list,
    /// general knowledge of Chinese: each is a bound morpheme outside the country's name, or a surname
    /// that the person-name recogniser reads with its given name).
    static let documentOnly: ScalarSet = ["俄", "菲", "墨", "叙", "敍", "敘", "伊", "匈", "哈", "埃", "奥", "孟", "巴", "挪",
                                          "捷", "柬", "泰", "澳", "缅", "緬", "芬", "荷", "葡", "蒙", "韩", "韓", "乌", "烏"]

    public static func sites(in view: SentenceView) -> [Site] {
        var out: [Site] = []
        for m in view.matches where m.end == m.start + 1 && documentOnly.contains(view.text[m.start]) {
            let i = m.start
            guard let e = m.entries.first(where: { k in
                let entry = view.lexicon.entries[Int(k)]
                return entry.kind == .place && entry.has("abbr") && entry.attributes["level"] == "country"
            }) else { continue }
            if let prev = view.scalar(i - 1), ScalarClass.isDigit(prev) || DictionaryRecogniser.dateNumerals.contains(prev) { continue }
            // A currency (泰币, 俄币) is named after the state; newswire does not tag the state in it.
            if view.scalar(i + 1) == "币" { continue }
            // One question for every longer reading: a common word or a name starting, ending or running
            // across the character. A name whose end a common word cuts (巴南 of 巴|南部, 伊北 of 伊|北部) is
            // no reading there: the word is.
            if view.containsMatch(covering: i, where: { w in
                guard w.end - w.start >= 2 else { return false }
                let cut = (w.start + 1..<w.end).contains { k in (view.commonWordEnd(from: k) ?? 0) > w.end }
                return w.entries.contains { k in
                    let kind = view.lexicon.entryKinds[Int(k)]
                    return kind.entityType != nil && !cut || kind == .word || kind == .stop
                }
            }) { continue }
            out.append(Site(position: i, canonical: view.lexicon.entries[Int(e)].canonical))
        }
        return out
    }

    /// A character paired with a major state's abbreviation before a word of their relations (布中两国, 美哥
    /// 双方) where the character is no abbreviation the dictionary knows: newswire shortens any state it has
    /// just named in full, so the pipeline reads the character as that state when the same document names
    /// exactly one country starting with it (`EntityPipeline`, pass 2).
    public struct PairSite: Sendable, Equatable {
        public var position: Int
        public var initial: Unicode.Scalar
        /// The major state's abbreviation beside it, and that state's canonical name.
        public var partner: Int
        public var partnerCanonical: String
    }

    /// The words of two states' relations after such a pair.
    static let pairHeads: [[Unicode.Scalar]] = ["两国", "双方", "关系", "建交"].map { Array($0.unicodeScalars) }

    static func startsPairHead(_ view: SentenceView, at k: Int) -> Bool {
        view.startsAny(pairHeads, at: k)
    }

    public static func pairSites(in view: SentenceView) -> [PairSite] {
        var out: [PairSite] = []
        // By position, cheapest test first: a major state's character with a pair head two characters on
        // from either possible pair start (most sentences have none).
        let majorStates = DictionaryRecogniser.majorStates, text = view.text
        for i in view.range where majorStates.contains(text[i])
            && (startsPairHead(view, at: i + 1) || startsPairHead(view, at: i + 2)) {
            var canonical: String?
            _ = view.hasEntry(.place, startingAt: i) { end, id in
                let entry = view.lexicon.entries[id]
                if end == i + 1, entry.has("abbr"), entry.attributes["level"] == "country" { canonical = entry.canonical; return true }
                return false
            }
            guard let partnerCanonical = canonical else { continue }
            for j in stride(from: i - 1, through: i + 1, by: 2) {
                guard let c = view.scalar(j), ScalarClass.isHan(c), view.lexicon.isTransliterationChar(c),
                      !view.hasEntry(.place, startingAt: j, where: { end, _ in end == j + 1 }) else { continue }
                let lo = min(i, j), hi = lo + 2
                guard startsPairHead(view, at: hi) else { continue }
                // The pair stands alone: a clause boundary or a function word before it, and no word running
                // into it from either side.
                if let prev = view.scalar(lo - 1), ScalarClass.isHan(prev), !BreakWords.isBreak(prev) { continue }
                if view.containsMatch(covering: lo, where: { $0.end - $0.start >= 2 }) { continue }
                if view.matches(startingIn: (lo + 1)..<(lo + 2)).contains(where: { $0.end - $0.start >= 2 }) { continue }
                out.append(PairSite(position: j, initial: c, partner: i, partnerCanonical: partnerCanonical))
            }
        }
        return out
    }
}
