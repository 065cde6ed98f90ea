/// A diplomatic mission named by its bare noun (总领事馆, 大使馆) in a document that introduces the head of
/// exactly one such mission with the whole chain (甲国驻乙市总领事 某某): the noun refers back to that
/// mission, an organisation named after the chain (甲国驻乙市总领事馆), as seeds-gold.md names it "from
/// 总领事馆". A mission written whole is the organisation recogniser's; this names the bare noun only, and
/// only where no name stands right before it (乙国总领事馆 is another mission).
///
/// Why a document-level step: the noun and the head's title are usually sentences apart, and the noun
/// alone says nothing about whose mission it is.
public struct DiplomaticMissionNouns: Sendable {
    public init() {}

    /// The heads of mission whose titles name their mission with 馆 (总领事 → 总领事馆); 总领事 before 领事,
    /// which ends it.
    public static let heads: [String] = ["总领事", "大使", "领事", "公使"]

    /// The rule of the mentions this step adds.
    public static let rule = "resolved:mission-noun"

    /// Where the chain of the head's title `t` starts and which head it names: the sending country or body
    /// before 驻 and the host place (新加坡 驻 厦门 总领事), or before a title that holds the host itself
    /// (法国 驻华大使). Nil when the title is no head of mission or the chain is not written whole.
    /// `places` and `senders`: the last place, and the last place or organisation, ending at each offset.
    static func chain(of t: TitleSpan, places: [Int: Mention], senders: [Int: Mention],
                      text s: [Unicode.Scalar]) -> (start: Int, head: String)? {
        if heads.contains(t.title) {
            guard let host = places[t.range.lowerBound], host.range.lowerBound >= 1, s[host.range.lowerBound - 1] == "驻",
                  let owner = senders[host.range.lowerBound - 1] else { return nil }
            return (owner.range.lowerBound, t.title)
        }
        guard t.title.hasPrefix("驻"), let head = heads.first(where: { t.title.hasSuffix($0) }),
              let owner = senders[t.range.lowerBound] else { return nil }
        return (owner.range.lowerBound, head)
    }

    /// The bare mission nouns of the text (总领事馆 at 12), one scan for 馆: most documents have none, and
    /// they cost nothing more.
    static func bareNouns(in s: [Unicode.Scalar]) -> [(range: Range<Int>, head: String)] {
        var found: [(range: Range<Int>, head: String)] = []
        for (k, c) in s.enumerated() where c == "馆" {
            // 总领事 before 领事: 领事馆 closing 总领事馆 is the consul general's mission, not a consul's.
            for (head, scalars) in zip(heads, headScalars) where k >= scalars.count && s[(k - scalars.count)..<k].elementsEqual(scalars) {
                let start = k - scalars.count
                if start > 0, isNamePart(s[start - 1]) { break }
                found.append((start..<(k + 1), head))
                break
            }
        }
        return found
    }

    static let headScalars: [[Unicode.Scalar]] = heads.map { Array($0.unicodeScalars) }

    public func apply(_ mentions: [Mention], titles: [TitleSpan], sentences: [Sentence], text: NormalisedText) -> [Mention] {
        let s = text.scalars
        let nouns = DiplomaticMissionNouns.bareNouns(in: s)
        guard !nouns.isEmpty, !titles.isEmpty else { return mentions }
        var places: [Int: Mention] = [:], senders: [Int: Mention] = [:]
        for m in mentions {
            if m.type == .place { places[m.range.upperBound] = m }
            if m.type == .place || m.type == .organisation { senders[m.range.upperBound] = m }
        }
        // Each head's missions, as the chain is written (sending country or body, 驻, host place, title).
        var missions: [String: Set<String>] = [:]
        for t in titles {
            guard let chain = DiplomaticMissionNouns.chain(of: t, places: places, senders: senders, text: s) else { continue }
            missions[chain.head, default: []].insert(text.string(chain.start..<t.range.upperBound) + "馆")
        }
        var added: [Mention] = []
        for noun in nouns {
            guard let names = missions[noun.head], names.count == 1, let name = names.first,
                  !mentions.contains(where: { $0.range.overlaps(noun.range) }),
                  let sentence = sentences.first(where: { $0.range.contains(noun.range.lowerBound) }) else { continue }
            added.append(Mention(range: noun.range, type: .organisation, canonical: name, rule: DiplomaticMissionNouns.rule,
                                 confidence: 0.7, sentence: sentence.index))
        }
        guard !added.isEmpty else { return mentions }
        // In text order, as the pipeline gives its mentions.
        return (mentions + added).enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
    }

    /// A character that may end the name of another mission's owner (美国|总领事馆, 驻沪|总领事馆): Latin
    /// letters, digits and Han characters other than determiners and function words.
    static func isNamePart(_ c: Unicode.Scalar) -> Bool {
        if ScalarClass.isASCIIAlnum(c) { return true }
        return ScalarClass.isHan(c) && !BreakWords.isBreak(c) && !determiners.contains(c)
    }

    /// Words that refer back to a mission already named (该总领事馆, 贵大使馆).
    static let determiners: ScalarSet = ["该", "本", "此", "贵"]
}
