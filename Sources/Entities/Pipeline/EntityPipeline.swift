/// Text in, mentions out: normalise, split, let every recogniser propose, resolve, then propagate
/// names found with good evidence to their other occurrences in the same document and give each
/// mention its canonical name.
///
/// Built once per run (the lexicon's automaton is the expensive part) and shared by all worker threads:
/// `analyse` has no mutable state.
public struct EntityPipeline: Sendable {
    public let lexicon: Lexicon
    public let normaliser: Normaliser
    public let splitter: SentenceSplitter
    public let recognisers: [any Recogniser]
    public let titleRecogniser: TitleRecogniser
    public let resolver: MentionResolver
    public let canonicaliser: Canonicaliser

    public init(lexicon: Lexicon, converter: ScriptConverter = .empty,
                recognisers: [any Recogniser]? = nil) {
        self.lexicon = lexicon
        self.normaliser = Normaliser(converter: converter)
        self.splitter = SentenceSplitter()
        self.recognisers = recognisers ?? EntityPipeline.standardRecognisers
        self.titleRecogniser = TitleRecogniser()
        self.resolver = MentionResolver()
        self.canonicaliser = Canonicaliser(lexicon: lexicon)
    }

    /// The recognisers in the order their proposals are gathered (order does not affect the result).
    public static var standardRecognisers: [any Recogniser] {
        [DictionaryRecogniser(), PersonNameRecogniser(), TransliteratedNameRecogniser(),
         OrganisationRecogniser(), CompanyShortNameRecogniser(), PeriodicalRecogniser(), PlaceRecogniser(),
         ProgrammeRecogniser(), CountryTeamRecogniser(), BylineRecogniser(), LatinNameRecogniser(),
         MinorityNameRecogniser(), DottedNameRecogniser(), AddressedSurnameRecogniser(), EnterpriseListRecogniser(),
         StreetRecogniser()]
    }

    /// Per sentence: what every recogniser proposed, and the resolver's decision (`extract --explain`).
    public struct Trace: Sendable {
        public var sentence: Sentence
        public var decision: MentionResolver.Decision
    }

    public func analyse(_ source: SourceDocument) -> AnalysedDocument {
        run(source, record: nil)
    }

    /// Analyses and records, per sentence, the candidates that competed and the winners.
    public func analyse(_ source: SourceDocument, trace: inout [Trace]) -> AnalysedDocument {
        var traces: [Trace] = []
        let doc = run(source) { traces.append($0) }
        trace = traces
        return doc
    }

    private func run(_ source: SourceDocument, record: ((Trace) -> Void)?) -> AnalysedDocument {
        let text = normaliser.normalise(source)
        let sentences = splitter.split(text)
        var doc = AnalysedDocument(source: source, text: text, sentences: sentences)

        // Pass 1: every recogniser proposes, sentence by sentence.
        var proposals: [[Candidate]] = []
        proposals.reserveCapacity(sentences.count)
        var titles: [TitleSpan] = []
        var verses: [Int: [Range<Int>]] = [:]
        var abbreviationSites: [[CountryAbbreviationSites.Site]] = []
        abbreviationSites.reserveCapacity(sentences.count)
        var pairSites: [[CountryAbbreviationSites.PairSite]] = []
        pairSites.reserveCapacity(sentences.count)
        for sentence in sentences {
            let matches = lexicon.matches(in: text.scalars, range: sentence.range)
            let found = titleRecogniser.titles(in: text.scalars, sentence: sentence, matches: matches, lexicon: lexicon)
            titles += found
            let view = SentenceView(text: text.scalars, sentence: sentence, lexicon: lexicon, titles: found,
                                    matches: matches)
            var candidates: [Candidate] = []
            for r in recognisers { r.propose(in: view, into: &candidates) }
            // A stop entry (the bundled lists or the user's --stop) vetoes that exact name everywhere, except
            // a person's name that merely looks like a common word (`namelike`: 马力, 万一): the person and
            // byline patterns propose one only on a title, a cue or a byline's frame. A dictionary name is
            // vetoed as before (万里 the leader, not 万里长城).
            candidates.removeAll { c in
                view.isStopWord(c.range)
                    && !(c.type == .person && c.rule.hasPrefix("pattern:")
                         && view.entries(.stop, spanning: c.range).allSatisfy { $0.has("namelike") })
            }
            // Quoted verse names nobody (任尔东西南北风): nothing inside it is a mention.
            let sentenceVerses = QuotedVerse.spans(in: text.scalars, range: sentence.range)
            if !sentenceVerses.isEmpty {
                candidates.removeAll { c in sentenceVerses.contains { $0.contains(c.range.lowerBound) } }
                verses[proposals.count] = sentenceVerses
            }
            proposals.append(candidates)
            abbreviationSites.append(CountryAbbreviationSites.sites(in: view))
            pairSites.append(CountryAbbreviationSites.pairSites(in: view))
        }
        doc.titles = titles

        // Pass 2: names accepted somewhere with good evidence are proposed at their other occurrences.
        // The losers of a decision only for a trace (`--explain`).
        let keepLosers = record != nil
        var decisions = proposals.map { resolver.decide($0, keepingLosers: keepLosers) }
        // Keyed by `NameKey`: String keys, hashed and compared without normalising the names.
        var known: [NameKey: Candidate] = [:]
        for decision in decisions {
            for c in decision.winners where c.confidence >= 0.6 && c.range.count >= 2 && !c.rule.hasPrefix("dict:") {
                let surface = ScalarString.make(text.scalars, c.range.clamped(to: 0..<text.scalars.count))
                if let k = known[NameKey(surface)], k.confidence >= c.confidence { continue }
                known[NameKey(surface)] = c
            }
        }
        var mentions: [Mention] = []
        // Quoted verse names nobody: no second-pass name is proposed inside it either.
        let verseSpans = verses
        func isInVerse(_ k: Int, _ p: Int) -> Bool { verseSpans[k]?.contains { $0.contains(p) } ?? false }
        var changed = Set<Int>()
        if !known.isEmpty {
            let surfaces = known.keys.map(\.string).sorted(by: StringOrder.less)
            let automaton = AhoCorasickAutomaton(patterns: surfaces.map { Array($0.unicodeScalars) })
            for (k, sentence) in sentences.enumerated() {
                automaton.forEachMatch(in: text.scalars, range: sentence.range) { s, e, p in
                    guard let c = known[NameKey(surfaces[p])] else { return }
                    if isInVerse(k, s) { return }
                    changed.insert(k)
                    proposals[k].append(Candidate(range: s..<e, type: c.type, canonical: c.canonical,
                                                  rule: "propagated:\(c.rule)", confidence: min(0.8, c.confidence)))
                }
            }
        }
        // A country named in full in the document (俄罗斯, also at the head of one of its bodies: 俄罗斯财政部)
        // is the reading of its abbreviation where that stands free (俄粮食出口).
        if abbreviationSites.contains(where: { !$0.isEmpty }) {
            var named = Set<String>()
            for (k, decision) in decisions.enumerated() {
                for w in decision.winners where w.range.count >= 2 {
                    if w.type == .place { named.insert(w.canonical) }
                    guard w.type == .organisation else { continue }
                    for c in proposals[k] where c.type == .place && c.range.count >= 2 && c.rule == "dict:place"
                        && c.range.lowerBound >= w.range.lowerBound && c.range.upperBound <= w.range.upperBound {
                        named.insert(c.canonical)
                    }
                }
            }
            for (k, sites) in abbreviationSites.enumerated() {
                for site in sites where named.contains(site.canonical) && !isInVerse(k, site.position) {
                    changed.insert(k)
                    proposals[k].append(Candidate(range: site.position..<(site.position + 1), type: .place, canonical: site.canonical,
                                                  rule: "pattern:country-abbreviation-in-document", confidence: 0.6))
                }
            }
        }
        // A character paired with a major state before their relations (布中两国) is the one country named in
        // full in the document that starts with it (布隆迪).
        if pairSites.contains(where: { !$0.isEmpty }) {
            // Only the places starting with a paired character are looked up.
            let initials = Set(pairSites.joined().map(\.initial))
            var countries: [Unicode.Scalar: Set<String>] = [:]
            for decision in decisions {
                for w in decision.winners where w.type == .place && w.range.count >= 2 {
                    guard let first = w.canonical.unicodeScalars.first, initials.contains(first),
                          lexicon.exact(w.canonical).contains(where: { $0.kind == .place && $0.attributes["level"] == "country" }) else { continue }
                    countries[first, default: []].insert(w.canonical)
                }
            }
            for (k, sites) in pairSites.enumerated() {
                for site in sites where !isInVerse(k, site.position) {
                    guard let names = countries[site.initial], names.count == 1, let name = names.first else { continue }
                    changed.insert(k)
                    proposals[k].append(Candidate(range: site.position..<(site.position + 1), type: .place, canonical: name,
                                                  rule: "pattern:country-pair-in-document", confidence: 0.65))
                    proposals[k].append(Candidate(range: site.partner..<(site.partner + 1), type: .place, canonical: site.partnerCanonical,
                                                  rule: "pattern:country-pair-in-document", confidence: 0.65))
                }
            }
        }
        // Only sentences that received propagated names need a second decision.
        for k in changed { decisions[k] = resolver.decide(proposals[k], keepingLosers: keepLosers) }
        for (k, sentence) in sentences.enumerated() {
            let decision = decisions[k]
            record?(Trace(sentence: sentence, decision: decision))
            for c in decision.winners {
                mentions.append(Mention(range: c.range, type: c.type, canonical: c.canonical, rule: c.rule,
                                        confidence: c.confidence, sentence: sentence.index))
                var nested = nestedNames(in: c, text: text.scalars)
                if c.type == .programme {
                    // A place inside a road's name (福州 in 福州大桥) is part of that name, as it is outside a title.
                    let roads = EntityPipeline.roadsInWorks(c, proposals: proposals[k], besides: nested, text: text.scalars)
                    nested.removeAll { n in
                        n.type == .place && roads.contains { $0.range != n.range && $0.range.clamped(to: n.range) == n.range }
                    }
                    nested += roads
                }
                for inner in nested {
                    mentions.append(Mention(range: inner.range, type: inner.type, canonical: inner.canonical, rule: inner.rule,
                                            confidence: inner.confidence, sentence: sentence.index))
                }
            }
        }
        doc.mentions = canonicaliser.canonicalise(mentions, in: doc)
        doc.mentions = DocumentPlaceNames().apply(doc.mentions, text: text)
        doc.mentions = DiplomaticMissionNouns().apply(doc.mentions, titles: doc.titles, sentences: sentences, text: text)
        return doc
    }

    /// The names nested in a composed organisation's: the place that opens a government body, the known
    /// bodies and a place's own body that open their unit's name, from one dictionary scan of the name.
    func nestedNames(in c: Candidate, text: [Unicode.Scalar]) -> [Candidate] {
        if c.type == .programme {
            // One dictionary scan of the title for both (the scan was made twice per programme).
            let matches = lexicon.matches(in: text, range: c.range)
            let body = nestedBodyOpeningProgramme(c, matches: matches, text: text)
            return (body.map { [$0] } ?? []) + nestedPlacesInProgramme(c, besides: body, matches: matches, text: text)
        }
        guard c.type == .organisation, c.rule.hasPrefix("pattern:") else { return [] }
        if c.rule == "pattern:place-body", let unit = nestedLocalUnit(in: c, text: text) { return [unit] }
        // A composed body's committee (漳州市海洋渔业局|党组) nests what the body's own name nests.
        if c.rule == "pattern:nested-org-body",
           let w = OrganisationRecogniser.committeesOfABody.first(where: { w in
               w.count < c.range.count && text[(c.range.upperBound - w.count)..<c.range.upperBound].elementsEqual(w)
           }) {
            var body = c
            body.range = c.range.lowerBound..<(c.range.upperBound - w.count)
            body.rule = "pattern:place-org-suffix"
            return nestedNames(in: body, text: text)
        }
        let matches = lexicon.matches(in: text, range: c.range)
        let extra = [nestedStationPlace(in: c, matches: matches, text: text),
                     nestedParentInstitution(in: c, matches: matches, text: text)].compactMap { $0 }
        let opening = matches.filter { $0.start == c.range.lowerBound && $0.end < c.range.upperBound && $0.end - $0.start >= 2 }
        guard !opening.isEmpty else { return extra }
        var found = nestedOrganisations(in: c, opening: opening, matches: matches)
        if let place = nestedPlace(in: c, opening: opening, text: text) { found.insert(place, at: 0) }
        // One place per name: the body's place is the one `nestedPlace` found, when it found one.
        for inner in nestedPlaceBody(in: c, opening: opening, text: text)
            where !found.contains(where: { $0.range == inner.range || inner.type == .place && $0.type == .place }) {
            found.append(inner)
        }
        for e in extra where !found.contains(where: { $0.range == e.range }) { found.append(e) }
        return found
    }

    /// The organisation that opens a programme's title (“工信部|国家产融合作试点城市典型案例”,
    /// 中共中央政治局|会议, 某某银行|服务热线): another entity, which seeds-gold.md annotates inside the title
    /// and flat newswire annotation names on its own. Only a listed organisation, the longest, a party or
    /// state body first, ending inside the title and cut by no word running past it; places in titles
    /// stay part of them (鼓浪屿论坛).
    /// `matches`: the title's dictionary matches.
    func nestedBodyOpeningProgramme(_ c: Candidate, matches: [Lexicon.Match], text: [Unicode.Scalar]) -> Candidate? {
        var start = c.range.lowerBound
        if start < c.range.upperBound, PersonNameRecogniser.quoteMarks.contains(text[start]) || text[start] == "《" { start += 1 }
        guard start + 2 < c.range.upperBound else { return nil }
        var best: Candidate?
        for m in matches where m.start == start && m.end < c.range.upperBound && m.end - m.start >= 2 {
            guard let ei = partyOrStateBody(m) ?? m.entries.first(where: { lexicon.entryKinds[Int($0)] == .organisation }) else { continue }
            if isCut(m, in: matches, by: LexiconKind.word.bit) || (best?.range.count ?? 0) >= m.end - m.start { continue }
            best = Candidate(range: m.start..<m.end, type: .organisation, canonical: lexicon.entries[Int(ei)].canonical,
                             rule: "nested:dict:organisation", confidence: c.confidence)
        }
        return best
    }

    /// The places named inside a programme's descriptive title (上海|国际武术博览会, 耶路撒冷|扩建计划): flat
    /// newswire annotation, which has no programmes, names each of them. Not in a quoted title: a coined
    /// name uses a place as a brand word (“鼓浪屿之声”), and seeds-gold.md leaves it inside. Only a listed
    /// place of two characters or more, not inside a longer name of the title, cut by no word at either
    /// edge. `matches`: the title's dictionary matches.
    func nestedPlacesInProgramme(_ c: Candidate, besides body: Candidate?, matches: [Lexicon.Match], text: [Unicode.Scalar]) -> [Candidate] {
        if EntityPipeline.isQuotedTitle(c, text: text) { return [] }
        let named = LexiconKind.place.bit | LexiconKind.organisation.bit | LexiconKind.person.bit | LexiconKind.programme.bit
        var found: [Candidate] = []
        for m in matches where m.end - m.start >= 2 && (m.start, m.end) != (c.range.lowerBound, c.range.upperBound) {
            guard let ei = m.entries.first(where: { lexicon.entryKinds[Int($0)] == .place }) else { continue }
            if let body, body.range.overlaps(m.start..<m.end) { continue }
            // Inside a longer name of the title, or cut by a word or name at either edge.
            let enclosed = matches.contains { o in
                o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start
                    && o.entries.contains { lexicon.entryKinds[Int($0)].bit & named != 0 }
            }
            let cutting = named | LexiconKind.word.bit
            let cut = isCut(m, in: matches, by: cutting) || matches.contains { o in
                o.start < m.start && o.end > m.start && o.end < m.end && o.entries.contains { lexicon.entryKinds[Int($0)].bit & cutting != 0 }
            }
            if enclosed || cut { continue }
            found.append(Candidate(range: m.start..<m.end, type: .place, canonical: lexicon.entries[Int(ei)].canonical,
                                   rule: "nested:dict:place", confidence: c.confidence))
        }
        return found
    }

    /// A programme named in quotation or title marks: a coined name, in which places are brand words.
    static func isQuotedTitle(_ c: Candidate, text: [Unicode.Scalar]) -> Bool {
        c.rule.hasPrefix("pattern:quoted") || c.range.contains { PersonNameRecogniser.quoteMarks.contains(text[$0]) || text[$0] == "《" }
    }

    /// The rules that compose a road, a bridge or a junction's name (国道205线, 福州大桥, 长江大道, 县后立交).
    static let roadRules: Set<String> = ["pattern:numbered-road", "pattern:place-road", "pattern:place-facility", "pattern:road-section-end"]

    /// The roads, bridges and junctions named inside the title of works (国道205线福州大桥及引桥加固工程,
    /// 长江大道(东湖路-青山路段)改造工程): each is another entity, a place, which seeds-gold.md
    /// annotates inside the title. The dictionary's places are `nestedPlacesInProgramme`'s; these are the
    /// composed ones the sentence's own recognisers proposed and the title outvoted. Not in a quoted title
    /// (a coined name), and one reading per stretch of text: the longest, then the first.
    static func roadsInWorks(_ c: Candidate, proposals: [Candidate], besides nested: [Candidate], text: [Unicode.Scalar]) -> [Candidate] {
        if EntityPipeline.isQuotedTitle(c, text: text) { return [] }
        let roads = proposals.filter { p in
            p.type == .place && roadRules.contains(p.rule) && p.range != c.range
                && p.range.lowerBound >= c.range.lowerBound && p.range.upperBound <= c.range.upperBound
                && !nested.contains { $0.range == p.range }
        }.sorted { ($0.range.count, -$0.range.lowerBound) > ($1.range.count, -$1.range.lowerBound) }
        var kept: [Candidate] = []
        for r in roads where !kept.contains(where: { $0.range.overlaps(r.range) }) {
            var road = r
            road.rule = "nested:" + r.rule
            road.confidence = min(r.confidence, c.confidence)
            kept.append(road)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first entry of `m` that is a party or state body, nil when none is.
    func partyOrStateBody(_ m: Lexicon.Match) -> Int32? {
        m.entries.first { lexicon.entryKinds[Int($0)] == .organisation && lexicon.entries[Int($0)].isPartyOrStateBody }
    }

    /// A match of one of the kinds in `kinds` (a mask of `LexiconKind.bit`) starts inside `m` and runs
    /// past its end (北大|西洋): `m` is cut there.
    func isCut(_ m: Lexicon.Match, in matches: [Lexicon.Match], by kinds: UInt32) -> Bool {
        matches.contains { o in
            o.start > m.start && o.start < m.end && o.end > m.end
                && o.entries.contains { lexicon.entryKinds[Int($0)].bit & kinds != 0 }
        }
    }

    /// The institution an affiliated one belongs to (上海大学|附属|南安市医院, …医科大学|附属|第一医院): the
    /// parent before 附属, closed by a strong organisation suffix (大学, 学院, 医院), is another entity
    /// (seeds-gold.md annotates the parent institution).
    func nestedParentInstitution(in c: Candidate, matches: [Lexicon.Match], text: [Unicode.Scalar]) -> Candidate? {
        let affiliated = EntityPipeline.affiliated
        // A parent of four or more characters, 附属, and one or more characters of the affiliate's name.
        let firstPossible = c.range.lowerBound + 4, lastPossible = c.range.upperBound - affiliated.count - 1
        guard firstPossible <= lastPossible, let p = (firstPossible...lastPossible).first(where: {
            text[$0..<($0 + affiliated.count)].elementsEqual(affiliated)
        }) else { return nil }
        let closesInstitution = matches.contains { m in
            m.end == p && m.start > c.range.lowerBound && m.entries.contains {
                let e = lexicon.entries[Int($0)]
                return e.kind == .orgSuffix && (e.int("strength") ?? 1) >= 3
            }
        }
        guard closesInstitution else { return nil }
        let r = c.range.lowerBound..<p
        let canonical = matches.first { $0.start == r.lowerBound && $0.end == r.upperBound }
            .flatMap { m in m.entries.first { lexicon.entryKinds[Int($0)] == .organisation } }
            .map { lexicon.entries[Int($0)].canonical } ?? ScalarString.make(text, r)
        return Candidate(range: r, type: .organisation, canonical: canonical,
                         rule: "nested:pattern:parent-institution", confidence: c.confidence)
    }

    static let affiliated: [Unicode.Scalar] = Array("附属".unicodeScalars)

    /// The place where a mission is stationed (厄瓜多尔驻|广州|总领事馆, 某省驻|北京|办事处): 驻 + a known
    /// place + the mission's name. The city hosting a consulate is another entity than the consulate
    /// (seeds-gold.md: nested names that denote a different entity are annotated); the sending
    /// country or body before 驻 is the mission's owner and stays part of its name. A one-character
    /// short form (驻华, 驻京) is not nested: flat newswire annotation never splits it out.
    func nestedStationPlace(in c: Candidate, matches: [Lexicon.Match], text: [Unicode.Scalar]) -> Candidate? {
        guard let p = (c.range.lowerBound + 1..<(c.range.upperBound - 1)).first(where: { text[$0] == "驻" }) else { return nil }
        let places = matches.filter { m in
            m.start == p + 1 && m.end - m.start >= 2 && m.end < c.range.upperBound
                && m.entries.contains { lexicon.entryKinds[Int($0)] == .place }
        }
        guard let place = places.max(by: { $0.end < $1.end }),
              // A place cut out of a longer word running past it (驻|北京大|学) is a chance string.
              !matches.contains(where: { $0.start > place.start && $0.start < place.end && $0.end > place.end }),
              let ei = place.entries.first(where: { lexicon.entryKinds[Int($0)] == .place }) else { return nil }
        return Candidate(range: place.start..<place.end, type: .place, canonical: lexicon.entries[Int(ei)].canonical,
                         rule: "nested:dict:station-place", confidence: c.confidence)
    }

    /// The known organisations that open a composed organisation's name (国务院发展研究中心|企业研究所 →
    /// 国务院发展研究中心 and 国务院; 工业和信息化部|信息通信管理局): a unit of a body is another entity
    /// than the body, and seeds-gold.md annotates both. Only party and state bodies nest: flat newswire
    /// annotation (People's Daily, MSRA) keeps every unit whole, and the units of universities, media
    /// and international bodies are where it names them most. A dictionary name is one name: nothing
    /// nests in it. An inner name whose last character begins a word or place running on (北大|西洋,
    /// 最高法|官) is a chance string; of two inner names of one body (国务院法制办 | 国务院法制办公室)
    /// the longer stands.
    /// `opening`: the name's dictionary matches that start with it and end inside it; `matches`: all of
    /// the name's matches.
    func nestedOrganisations(in c: Candidate, opening: [Lexicon.Match], matches: [Lexicon.Match]) -> [Candidate] {
        guard c.rule != "pattern:party-centre" else { return [] }
        var found: [Candidate] = []
        for m in opening {
            guard let ei = partyOrStateBody(m) else { continue }
            let cut = isCut(m, in: matches, by: LexiconKind.word.bit | LexiconKind.place.bit)
            // A party's name before a place qualifies that place's committee (中共|河北省委, 民盟|厦门市委会).
            let qualifiesAPlace = matches.contains { o in
                o.start == m.end && o.entries.contains { lexicon.entryKinds[Int($0)] == .place }
            }
            if cut || qualifiesAPlace { continue }
            let canonical = lexicon.entries[Int(ei)].canonical
            if let k = found.firstIndex(where: { $0.canonical == canonical }) {
                if found[k].range.count >= m.end - m.start { continue }
                found.remove(at: k)
            }
            found.append(Candidate(range: m.start..<m.end, type: .organisation, canonical: canonical,
                                   rule: "nested:dict:organisation", confidence: c.confidence))
        }
        return found
    }

    /// The township, community or village whose committee the body is (台路社区|党委, 李哥庄镇|党委): the
    /// unit's name with its level word is a place nested in the body's name, as a city is in its
    /// committee's (`nestedPlace`).
    func nestedLocalUnit(in c: Candidate, text: [Unicode.Scalar]) -> Candidate? {
        for p in (c.range.lowerBound + 2)..<c.range.upperBound {
            for level in OrganisationRecogniser.localLevels where p + level.count < c.range.upperBound
                && text[p..<(p + level.count)].elementsEqual(level) {
                guard isGovernmentBody(text, p..<c.range.upperBound) else { continue }
                // The unit's own level word may stand before a body that repeats it (青山村|村委会, 东湖社区|社区
                // 居委会): the unit ends before the body then.
                let repeated = p - level.count >= c.range.lowerBound + 2 && text[(p - level.count)..<p].elementsEqual(level)
                let r = c.range.lowerBound..<(repeated ? p : p + level.count)
                return Candidate(range: r, type: .place, canonical: ScalarString.make(text, r),
                                 rule: "nested:pattern:local-unit", confidence: c.confidence)
            }
        }
        return nil
    }

    /// A place's own body that opens its unit's name (厦门市人民政府|新闻办, 泉州市政府|办公室, 厦门市委|组织部,
    /// 厦门市公安局|交警支队): the body is another entity than its unit, and so is the place that opens
    /// it (seeds-gold.md annotates both, as with 厦门市人民政府 in its office's name). The body is a state
    /// or party body word after the place (or on the place's own level character: 厦门市|委 → 市委), and
    /// the unit after it a state or party body word or an organisation suffix of two or more characters.
    /// The longest such body wins; the place comes first, then the body.
    func nestedPlaceBody(in c: Candidate, opening: [Lexicon.Match], text: [Unicode.Scalar]) -> [Candidate] {
        guard c.rule == "pattern:place-org-suffix" || c.rule == "pattern:place-body" else { return [] }
        func isUnit(_ r: Range<Int>) -> Bool {
            r.count >= 2 && (isGovernmentBody(text, r) || !lexicon.exact(.orgSuffix, text, r).isEmpty)
        }
        for m in opening.sorted(by: { $0.end > $1.end }) {
            guard let pi = m.entries.first(where: { lexicon.entryKinds[Int($0)] == .place }) else { continue }
            for bodyStart in [m.end, m.end - 1] where bodyStart == m.end || OrganisationRecogniser.sharedLevels.contains(text[bodyStart]) {
                for e in stride(from: c.range.upperBound - 2, to: bodyStart + 1, by: -1) where isGovernmentBody(text, bodyStart..<e) && isUnit(e..<c.range.upperBound) {
                    // A country's government (中国政府|代表团) stands for the state: no body of its own.
                    if lexicon.entries[Int(pi)].attributes["level"] == "country",
                       ["政府", "人民政府"].contains(ScalarString.make(text, bodyStart..<e)) { continue }
                    let place = Candidate(range: m.start..<m.end, type: .place, canonical: lexicon.entries[Int(pi)].canonical,
                                          rule: "nested:dict:place", confidence: c.confidence)
                    let body = Candidate(range: m.start..<e, type: .organisation, canonical: ScalarString.make(text, m.start..<e),
                                         rule: "nested:pattern:place-body", confidence: c.confidence)
                    return [place, body]
                }
            }
        }
        return []
    }

    /// `r` is exactly a party or state body word (`gov` in bodies.tsv: 政府, 市委, 党委, 交警支队).
    func isGovernmentBody(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        lexicon.exact(.body, text, r).contains { $0.has("gov") }
    }

    /// The place that opens a government body (宁德|地委, 黄岛|海关, 同江市|政府) is a name of its own
    /// nested in the body's (seeds-gold.md: nested names are annotated when they denote another entity).
    /// Only place + a state, party or court body word: a place inside a company's or a university's name
    /// (上海 in 上海大学) is part of that name. Organisations inside organisations are
    /// `nestedOrganisations`; places inside programmes, `nestedPlacesInProgramme`.
    func nestedPlace(in c: Candidate, opening: [Lexicon.Match], text: [Unicode.Scalar]) -> Candidate? {
        guard c.rule == "pattern:place-body" || c.rule == "pattern:place-org-suffix" else { return nil }
        // The body follows the place (泉州|市委), or begins on the place's own level character when no
        // shorter form of the place is written (监利县|县委 in 监利县委).
        for sharesLevel in [false, true] {
            for m in opening {
                let bodyStart = sharesLevel ? m.end - 1 : m.end
                if sharesLevel, !OrganisationRecogniser.sharedLevels.contains(text[bodyStart]) { continue }
                guard isGovernmentBody(text, bodyStart..<c.range.upperBound) else { continue }
                for ei in m.entries where lexicon.entryKinds[Int(ei)] == .place {
                    return Candidate(range: m.start..<m.end, type: .place, canonical: lexicon.entries[Int(ei)].canonical,
                                     rule: "nested:dict:place", confidence: c.confidence)
                }
            }
        }
        return nil
    }
}
