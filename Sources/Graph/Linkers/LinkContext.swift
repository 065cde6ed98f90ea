import Entities

/// What every linker shares for one document, computed once: sentence views, the article date and
/// each sentence's resolved dates, the discourse focus, the dominant places.
public struct LinkContext: Sendable {
    public let options: LinkOptions
    public let articleDate: ArticleDate?
    public let views: [LinkSentenceView]
    public let focus: DiscourseFocus
    let scalars: [Unicode.Scalar]
    /// Resolved dates per sentence, in text order: (position, date text).
    let dates: [[(position: Int, date: String)]]
    /// The document id and original scalars, and per view the sentence's original offsets: evidence is
    /// spelled only for the views a relation cites (most sentences cite none, and spelling every
    /// sentence's text up front was a String per sentence).
    private let documentID: String
    private let originalScalars: [Unicode.Scalar]
    private let evidenceSpans: [Range<Int>]
    /// Most frequent place per administrative level (市, 县, 区, 省): resolves 市长 → 泉州市.
    let dominantPlace: [Unicode.Scalar: String]
    /// Canonical names of the document's organisations: 市委 → 泉州市委 when it exists. Keyed by
    /// `NameKey`: a Set of Strings normalised every Chinese name to hash it.
    let organisations: Set<NameKey>
    /// Sentence index → position in `views`.
    private let viewPosition: [Int: Int]

    public init(document doc: AnalysedDocument, options: LinkOptions = .init(),
                dateResolver: ArticleDateResolver = .init()) {
        self.options = options
        let s = doc.text.scalars
        scalars = s
        // Sentences clamped to the text so no scan can run past it, whatever the segmenter produced.
        let sentences = doc.sentences.map { sentence -> Sentence in
            var c = sentence
            c.range = sentence.range.clamped(to: 0..<s.count)
            return c
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var byMention = Array(repeating: [Mention](), count: sentences.count)
        var byTitle = Array(repeating: [TitleSpan](), count: sentences.count)
        func slot(_ r: Range<Int>) -> Int? {
            var lo = 0, hi = sentences.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sentences[mid].range.upperBound <= r.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            return lo < sentences.count && sentences[lo].range.contains(r.lowerBound) ? lo : nil
        }
        // An unresolved form of address (钱某) is no node: it links to nothing. Most documents hold none,
        // and they pass their mentions without a copy.
        let linkable = doc.mentions.contains(where: \.isAddressOnly) ? doc.mentions.filter { !$0.isAddressOnly } : doc.mentions
        for m in MentionRepair.repair(linkable, titles: doc.titles, scalars: s) {
            if let k = slot(m.range) { byMention[k].append(m) }
        }
        for t in doc.titles { if let k = slot(t.range) { byTitle[k].append(t) } }
        views = sentences.indices.map { LinkSentenceView(sentence: sentences[$0], mentions: byMention[$0], titles: byTitle[$0]) }
        focus = DiscourseFocus(views: views, scalars: s)

        let article = dateResolver.articleDate(in: doc)
        articleDate = article
        var resolved: [[(position: Int, date: String)]] = []
        var previous: ArticleDate?
        for v in views {
            var here: [(position: Int, date: String)] = []
            for e in DateExpression.scan(s, in: v.range) {
                // A dateline's date is the article's, not the event's: 泉州网11月9日讯 昨天，…
                var j = e.range.upperBound
                while j < s.count && ClauseScalars.isSpace(s[j]) { j += 1 }
                if j < s.count && (s[j] == "讯" || s[j] == "电") { continue }
                guard let d = dateResolver.resolve(e, article: article, previous: previous) else { continue }
                if d.day != nil { previous = d }
                if let t = d.text { here.append((e.range.lowerBound, t)) }
            }
            resolved.append(here)
        }
        dates = resolved

        documentID = doc.id
        originalScalars = doc.source.scalars
        evidenceSpans = views.map { doc.originalRange(of: $0.range) }

        // Keyed by `NameKey`: String keys, hashed without normalising the Chinese names.
        var counts: [NameKey: (count: Int, first: Int)] = [:]
        var orgs: Set<NameKey> = []
        for m in doc.mentions {
            if m.type == .organisation { orgs.insert(NameKey(m.canonical)) }
            guard m.type == .place, m.canonical.unicodeScalars.count >= 2 else { continue }
            let key = NameKey(m.canonical)
            let c = counts[key]
            counts[key] = ((c?.count ?? 0) + 1, min(c?.first ?? Int.max, m.range.lowerBound))
        }
        var dominant: [Unicode.Scalar: (name: String, count: Int, first: Int)] = [:]
        for (key, c) in counts {
            let name = key.string
            guard let level = name.unicodeScalars.last, "市县区省州镇".unicodeScalars.contains(level) else { continue }
            if let d = dominant[level], (d.count, -d.first) >= (c.count, -c.first) { continue }
            dominant[level] = (name, c.count, c.first)
        }
        dominantPlace = dominant.mapValues { $0.name }
        organisations = orgs
        var positions: [Int: Int] = [:]
        for (i, v) in views.enumerated() { positions[v.index] = i }
        viewPosition = positions
    }

    /// A place of an administrative level (市, 县…) written in sentence `k` or, failing that, in the
    /// sentence before or after it: resolves a bare 市长 only where the text states the city. A place
    /// written with the level's committee or government after it (泉州 + 市委) is that level's unit
    /// (泉州市).
    func nearbyPlace(level: Unicode.Scalar, view k: Int) -> String? {
        guard let at = viewPosition[k] else { return nil }
        for j in [at, at - 1, at + 1] where j >= 0 && j < views.count {
            let mentions = views[j].allMentions
            for m in mentions where m.type == .place && m.canonical.unicodeScalars.count >= 2 && !Self.isForeign(m, among: mentions) {
                if m.canonical.unicodeScalars.last == level { return m.canonical }
                if m.range.upperBound < scalars.count, scalars[m.range.upperBound] == level { return m.canonical + String(level) }
            }
        }
        return nil
    }

    /// A place written after a state other than China (美国 + 洛杉矶市): a foreign city is not the home
    /// place a bare 市长 of a Chinese paper belongs to. A Chinese chain's higher level ends in its level
    /// (福建省 + 泉州市, canonical forms), a state's name does not.
    static func isForeign(_ m: Mention, among mentions: [Mention]) -> Bool {
        mentions.contains { p in
            p.type == .place && p.range.upperBound == m.range.lowerBound && p.canonical != "中国"
                && !(p.canonical.unicodeScalars.last.map { chainLevels.contains($0) } ?? false)
        }
    }

    static let chainLevels: Set<Unicode.Scalar> = Set("省市区县州旗盟".unicodeScalars)

    /// The last person named in the `lookBack` sentence views before `k` (for a 他 subject).
    func lastPerson(beforeView k: Int, lookBack: Int = 3) -> Mention? {
        var j = k - 1
        while j >= 0 && j >= k - lookBack {
            if let p = views[j].mentions.last(where: { $0.type == .person }) { return p }
            j -= 1
        }
        return nil
    }

    /// Evidence for sentence view `k` with the rule that fired. The sentence text is
    /// `doc.originalText(of:)` spelled with `ScalarString`: the same bytes, written at once.
    func evidence(_ k: Int, rule: String) -> Evidence {
        let o = evidenceSpans[k]
        return Evidence(document: documentID, sentence: views[k].index, start: o.lowerBound, end: o.upperBound,
                        text: ScalarString.make(originalScalars[o.clamped(to: 0..<originalScalars.count)]), rule: rule)
    }

    /// The date for an event in view `k`: the first date stated in that sentence, else the nearest
    /// earlier date in the paragraph, else nil.
    func date(forView k: Int) -> String? {
        guard k < views.count else { return nil }
        if let d = dates[k].first { return d.date }
        var j = k - 1
        while j >= 0 && views[j].paragraph == views[k].paragraph {
            if let d = dates[j].last { return d.date }
            j -= 1
        }
        return nil
    }
}
