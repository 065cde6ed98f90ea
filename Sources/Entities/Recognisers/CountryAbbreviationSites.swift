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
            // across the character.
            if view.containsMatch(covering: i, where: { w in
                w.end - w.start >= 2 && w.entries.contains { k in
                    let kind = view.lexicon.entryKinds[Int(k)]
                    return kind.entityType != nil || kind == .word || kind == .stop
                }
            }) { continue }
            out.append(Site(position: i, canonical: view.lexicon.entries[Int(e)].canonical))
        }
        return out
    }
}
