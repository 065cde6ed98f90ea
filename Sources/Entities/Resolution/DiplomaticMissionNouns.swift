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
    static let heads: [String] = ["总领事", "大使", "领事", "公使"]

    /// Where the chain of the head's title `t` starts and which head it names: the sending country or body
    /// before 驻 and the host place (新加坡 驻 厦门 总领事), or before a title that holds the host itself
    /// (法国 驻华大使). Nil when the title is no head of mission or the chain is not written whole.
    static func chain(of t: TitleSpan, mentions: [Mention], text s: [Unicode.Scalar]) -> (start: Int, head: String)? {
        func sender(endingAt e: Int) -> Mention? {
            mentions.last { ($0.type == .place || $0.type == .organisation) && $0.range.upperBound == e }
        }
        if heads.contains(t.title) {
            guard let host = mentions.last(where: { $0.type == .place && $0.range.upperBound == t.range.lowerBound }),
                  host.range.lowerBound >= 1, s[host.range.lowerBound - 1] == "驻",
                  let owner = sender(endingAt: host.range.lowerBound - 1) else { return nil }
            return (owner.range.lowerBound, t.title)
        }
        guard t.title.hasPrefix("驻"), let head = heads.first(where: { t.title.hasSuffix($0) }),
              let owner = sender(endingAt: t.range.lowerBound) else { return nil }
        return (owner.range.lowerBound, head)
    }

    /// The rule of the mentions this step adds.
    public static let rule = "resolved:mission-noun"

    public func apply(_ mentions: [Mention], titles: [TitleSpan], sentences: [Sentence], text: NormalisedText) -> [Mention] {
        let s = text.scalars
        // Each head's missions, as the chain is written (sending country or body, 驻, host place, title).
        var missions: [String: Set<String>] = [:]
        for t in titles {
            guard let chain = DiplomaticMissionNouns.chain(of: t, mentions: mentions, text: s) else { continue }
            missions[chain.head, default: []].insert(text.string(chain.start..<t.range.upperBound) + "馆")
        }
        guard !missions.isEmpty else { return mentions }
        var added: [Mention] = []
        for (head, names) in missions where names.count == 1 {
            guard let name = names.first else { continue }
            let noun = Array((head + "馆").unicodeScalars)
            var i = 0
            while i + noun.count <= s.count {
                defer { i += 1 }
                guard s[i] == noun[0], s[i..<(i + noun.count)].elementsEqual(noun) else { continue }
                let range = i..<(i + noun.count)
                // 领事馆 closing 总领事馆 is the consul general's mission, not a consul's.
                if head == "领事", i > 0, s[i - 1] == "总" { continue }
                if mentions.contains(where: { $0.range.overlaps(range) || $0.range.upperBound == i && $0.type != .person }) { continue }
                if i > 0, DiplomaticMissionNouns.isNamePart(s[i - 1]) { continue }
                guard let sentence = sentences.first(where: { $0.range.contains(i) }) else { continue }
                added.append(Mention(range: range, type: .organisation, canonical: name, rule: DiplomaticMissionNouns.rule,
                                     confidence: 0.7, sentence: sentence.index))
            }
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

    /// Words that refer back to a mission already named (该总领事馆, 本使馆).
    static let determiners: ScalarSet = ["该", "本", "此", "贵"]
}
