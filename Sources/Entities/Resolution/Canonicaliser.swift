/// Gives every mention the name of the node it denotes: simplified, honorifics and titles stripped,
/// city-less abbreviations expanded from their context (市委 next to a sentence about 厦门 → 厦门市委, the
/// short form staying an alias), and one name per entity within a document.
///
/// Why names are taken from the document rather than from the dictionary: a reader (and the graph)
/// should find a node under a name the article actually uses. A dictionary's official long form
/// (商务部 → 中华人民共和国商务部) is kept only when the document spells it somewhere; otherwise the
/// simplified text form is the name.
public struct Canonicaliser: Sendable {
    public let lexicon: Lexicon

    /// Sentences either side of a city-less abbreviation in which the city must be named for it to be
    /// expanded (the seeds' convention: the same or an adjacent sentence).
    public var cityWindow = 1

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func canonicalise(_ mentions: [Mention], in doc: AnalysedDocument) -> [Mention] {
        let text = doc.text.scalars
        let cities = cityMentions(mentions)
        var spelled: [String: Bool] = [:]
        // Built on the first question, and only for long documents (see `ScalarOccurrenceIndex`).
        var index: ScalarOccurrenceIndex?
        var indexBuilt = false
        func isSpelled(_ name: String) -> Bool {
            if let known = spelled[name] { return known }
            if !indexBuilt { index = ScalarOccurrenceIndex(text); indexBuilt = true }
            let needle = Array(name.unicodeScalars)
            let found = index?.occurs(needle) ?? Canonicaliser.occurs(needle, in: text)
            spelled[name] = found
            return found
        }
        let named: [Mention] = mentions.map { m in
            var m = m
            guard m.type == .organisation || m.type == .programme else { return m }
            // A dictionary's long form the document never spells: fall back to the words on the page.
            if m.rule.hasPrefix("dict:") || m.rule.hasPrefix("propagated:dict:") || m.rule.hasPrefix("nested:dict:")
                || m.rule.hasSuffix(Canonicaliser.enterpriseRule),
               m.range.upperBound <= text.count {
                let surface = Canonicaliser.string(text[m.range])
                // Also when the page's form extends the dictionary's at the front (中央八项规定 for 八项规定):
                // the qualifier is part of the name as written.
                if m.canonical != surface, !surface.contains("“"),
                   !isSpelled(m.canonical) || surface.hasSuffix(m.canonical) {
                    m.canonical = surface
                }
            }
            if m.type == .organisation,
               let expanded = expandCityless(m.canonical, sentence: m.sentence, cities: cities, isSpelled: isSpelled) {
                m.canonical = expanded
            }
            return m
        }
        let unified = Canonicaliser.unifyBracketedAliases(
            Canonicaliser.unifyEnterprises(named.filter { !isUnplacedGovernment($0) }, text: text), text: text)
        return Canonicaliser.resolveAddressedSurnames(unified, text: text)
    }

    /// An addressed surname (赵先生, 韩局长) is the person of the one full name of that surname the
    /// document writes out (赵某某 elsewhere in it): named so, its rule marked `resolved:`, it is a node of
    /// the graph like the full name. With no such name, or with two (赵甲 and 赵乙: which one?), it keeps
    /// its form of address and stays out of the graph (`Mention.isAddressOnly`).
    static func resolveAddressedSurnames(_ mentions: [Mention], text: [Unicode.Scalar]) -> [Mention] {
        guard mentions.contains(where: \.isAddressOnly) else { return mentions }
        // Surname (its first one or two characters) → the document's full names that start with it and
        // are one or two characters longer: built once, as a long document holds thousands of persons.
        var fullNames: [NameKey: Set<NameKey>] = [:]
        for m in mentions where m.type == .person && !m.isAddressOnly {
            // A Chinese full name: Han only, two to four characters (no transliteration with a dot).
            let n = Array(m.canonical.unicodeScalars)
            guard (2...4).contains(n.count), n.allSatisfy({ ScalarClass.isHan($0) }) else { continue }
            for length in 1...2 where n.count - length >= 1 && n.count - length <= 2 {
                fullNames[NameKey(ScalarString.make(n, 0..<length)), default: []].insert(NameKey(m.canonical))
            }
        }
        return mentions.map { m in
            guard m.isAddressOnly, m.range.upperBound <= text.count,
                  let names = fullNames[NameKey(ScalarString.make(text, m.range))], names.count == 1, let name = names.first else { return m }
            var named = m
            named.canonical = name.string
            named.rule = "resolved:" + m.rule
            return named
        }
    }

    static let enterpriseRule = "pattern:enterprise-org-suffix"

    /// A level's government standing alone (市政府, 县政府, 区政府) that the context gave no place: the
    /// common noun "the county government", not one body. It would join every county's government in
    /// one node, and newswire annotation leaves it unnamed (while 市委 and 县委 are named); the bare
    /// party committee keeps its node. Expanded ones (市政府 → 泉州市政府) are names.
    func isUnplacedGovernment(_ m: Mention) -> Bool {
        guard m.type == .organisation, m.rule.hasSuffix(OrganisationRecogniser.bareBodyRule), m.canonical.hasSuffix("政府") else { return false }
        return lexicon.exact(m.canonical).contains { $0.kind == .body && $0.attributes["gov"] != nil }
    }

    /// A body's other name in brackets right after its name (厦门市信息中心（市公共信用信息中心）, 国家发展和
    /// 改革委员会（国家发改委）) names the same body: the bracketed name, and every mention of it in the
    /// document, take the name before the bracket, which the article gives first. One step only: an alias
    /// is never itself the name another bracket points to.
    static func unifyBracketedAliases(_ mentions: [Mention], text: [Unicode.Scalar]) -> [Mention] {
        // The bracketed organisations first: most documents have none, and need no table.
        let bracketed = mentions.filter { m in
            guard m.type == .organisation, m.range.lowerBound >= 1, m.range.upperBound < text.count,
                  let pair = bracketPairs[text[m.range.lowerBound - 1]] else { return false }
            return text[m.range.upperBound] == pair
        }
        guard !bracketed.isEmpty else { return mentions }
        // Per end position, the longest organisation ending there (the whole name, not one nested in it).
        var ending: [Int: (start: Int, name: String)] = [:]
        for m in mentions where m.type == .organisation {
            if let known = ending[m.range.upperBound], known.start <= m.range.lowerBound { continue }
            ending[m.range.upperBound] = (m.range.lowerBound, m.canonical)
        }
        var nameOf: [String: String] = [:]
        for m in bracketed {
            guard let name = ending[m.range.lowerBound - 1]?.name, name != m.canonical else { continue }
            nameOf[m.canonical] = name
        }
        guard !nameOf.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.type == .organisation, let name = nameOf[m.canonical], nameOf[name] == nil else { return m }
            var m = m
            m.canonical = name
            return m
        }
    }

    /// Opening brackets and their closing ones, full-width and ASCII.
    static let bracketPairs: [Unicode.Scalar: Unicode.Scalar] = ["（": "）", "(": ")"]

    /// A known enterprise written out on the page (华为公司) names the bare short form's node too (华为 in
    /// the same document): one entity, under the fullest name the document gives, the short form an alias.
    static func unifyEnterprises(_ mentions: [Mention], text: [Unicode.Scalar]) -> [Mention] {
        var fullName: [String: String] = [:]
        let suffix = OrganisationRecogniser.company.count
        for m in mentions where m.rule.hasSuffix(enterpriseRule) && m.range.count > suffix && m.range.upperBound <= text.count {
            // The short form is the name before its 公司.
            fullName[string(text[m.range.lowerBound..<(m.range.upperBound - suffix)])] = m.canonical
        }
        guard !fullName.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.type == .organisation, !m.rule.hasSuffix(enterpriseRule), let full = fullName[m.canonical] else { return m }
            var m = m
            m.canonical = full
            return m
        }
    }

    /// Prefecture-level city mentions, by sentence index.
    func cityMentions(_ mentions: [Mention]) -> [(sentence: Int, name: String)] {
        var out: [(Int, String)] = []
        for m in mentions where m.type == .place {
            let isCity = lexicon.exact(m.canonical).contains { $0.kind == .place && $0.attributes["level"] == "prefecture" }
            if isCity { out.append((m.sentence, m.canonical)) }
        }
        return out
    }

    /// 市委 → 厦门市委 (or 中共厦门市委 when the document spells that), 市发改委 → 厦门市发改委, when a
    /// prefecture city is named in the same or an adjacent sentence, or when the document spells the
    /// city-qualified form itself. Nil when the name is not city-less or no city qualifies.
    func expandCityless(_ name: String, sentence: Int, cities: [(sentence: Int, name: String)],
                        isSpelled: (String) -> Bool) -> String? {
        guard name.hasPrefix("市"), name.unicodeScalars.count >= 2 else { return nil }
        let rest = String(name.unicodeScalars.dropFirst())
        let bodies = lexicon.exact(name).filter { $0.kind == .body }
        guard !bodies.isEmpty || lexicon.exact(rest).contains(where: { $0.kind == .body }) else { return nil }
        // Nearest city in the window (same sentence first, then the previous, then the next).
        // Among the cities in the window, the one the document mentions most (a Quanzhou article that
        // names 厦门 once in passing still means 泉州 by 市委).
        var city: String?
        let near = cities.filter { abs($0.sentence - sentence) <= cityWindow && $0.name.hasSuffix("市") }.map(\.name)
        if !near.isEmpty {
            var counts: [String: Int] = [:]
            for c in cities { counts[c.name, default: 0] += 1 }
            city = near.max { a, b in counts[a, default: 0] != counts[b, default: 0] ? counts[a, default: 0] < counts[b, default: 0] : a > b }
        }
        // The body's full form (市政府 → 市人民政府): the document may spell the city's body only that way.
        let fullRest = bodies.lazy.compactMap { $0.attributes["full"] }.first.map { String($0.unicodeScalars.dropFirst()) }
        // Or a city whose qualified form the document spells (中共厦门市委宣传部 spells 中共厦门市委;
        // 漳州市人民政府 spells the body of 市政府).
        if city == nil {
            var seen = Set<String>()
            for c in cities where c.name.hasSuffix("市") && seen.insert(c.name).inserted {
                if isSpelled(c.name + rest) || fullRest.map({ isSpelled(c.name + $0) }) == true { city = c.name; break }
            }
        }
        guard let city, city.hasSuffix("市") else { return nil }
        var qualified = city + rest
        // The page's own spelling names the node: 漳州市人民政府 when only that form is written.
        if let fullRest, !isSpelled(qualified), isSpelled(city + fullRest) { qualified = city + fullRest }
        if isSpelled("中共" + qualified) { return "中共" + qualified }
        return qualified
    }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        s.withUnsafeBufferPointer { ScalarString.make($0) }
    }

    /// Naive substring search on scalars, for documents too short to be worth indexing.
    static func occurs(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Bool {
        ScalarOccurrenceIndex.naiveOccurs(needle, in: hay)
    }
}
