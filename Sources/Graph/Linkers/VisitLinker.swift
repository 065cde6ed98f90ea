import Entities

/// Visits: principal visitor → place or organisation.
///
/// `A访问/走访/考察/视察/参观X(、Y、Z)`, `A到/赴/在/来/深入X调研/考察/视察/检查/访问`, `A对X进行国事访问`,
/// `A看望` an organisation (not a person), `X访华` (one-character place). Plain movement (来到, 抵达,
/// 前往) is a visit only when a visit verb follows. Companions (X陪同Y考察) do not get `visited`.
public struct VisitLinker: RelationLinker {
    public init() {}

    enum Cue: Sendable {
        /// The verb precedes its targets: 访问X, 走访X.
        case verb(organisationsOnly: Bool)
        /// The targets sit between the cue and a visit verb: 到X调研.
        case locative(strict: Bool)
        /// 访 + a one-character place: 访华.
        case shortVisit
        /// A counted trip, numeral + 进/上/下 + place (三进下党, 七下晋江); 下 alone is a locative.
        case trip
        /// A trip noun after its destinations: 闽东调研行, 中国之行.
        case tripNoun
        /// Words that contain a cue but are not visits (来访, 回访, 访谈).
        case ignore
    }

    static let cues = CueTable<Cue>([
        ("访问", .verb(organisationsOnly: false)), ("走访", .verb(organisationsOnly: false)),
        ("考察", .verb(organisationsOnly: false)), ("视察", .verb(organisationsOnly: false)),
        ("参观", .verb(organisationsOnly: false)), ("造访", .verb(organisationsOnly: false)),
        ("出访", .verb(organisationsOnly: false)), ("调研", .verb(organisationsOnly: false)),
        ("看望", .verb(organisationsOnly: true)), ("慰问", .verb(organisationsOnly: true)),
        ("到", .locative(strict: false)), ("赴", .locative(strict: false)), ("在", .locative(strict: false)),
        ("来", .locative(strict: false)), ("去", .locative(strict: false)), ("深入", .locative(strict: false)),
        ("走进", .locative(strict: false)), ("莅临", .locative(strict: false)), ("对", .locative(strict: true)),
        ("来到", .locative(strict: false)), ("前往", .locative(strict: false)), ("抵达", .locative(strict: false)),
        ("访", .shortVisit), ("进", .trip), ("上", .trip), ("下", .trip), ("检查", .verb(organisationsOnly: false)),
        ("之行", .tripNoun), ("调研行", .tripNoun), ("考察行", .tripNoun), ("访问行", .tripNoun),
        ("来访", .ignore), ("回访", .ignore), ("访谈", .ignore), ("专访", .ignore), ("采访", .ignore),
        ("拜访", .ignore), ("访客", .ignore), ("信访", .ignore), ("上访", .ignore), ("下访", .ignore),
        ("到位", .ignore), ("到达", .locative(strict: false)), ("得到", .ignore), ("受到", .ignore),
        ("达到", .ignore), ("遇到", .ignore), ("做到", .ignore), ("看到", .ignore), ("提到", .ignore),
        ("现在", .ignore), ("存在", .ignore), ("在于", .ignore), ("来自", .ignore),
        ("以来", .ignore), ("未来", .ignore), ("过去", .ignore), ("以上", .ignore), ("以下", .ignore),
        ("上下", .ignore), ("下去", .ignore), ("进行", .ignore), ("进一步", .ignore), ("推进", .ignore),
    ])

    /// Verbs that make a locative phrase a visit (到X调研).
    static let visitVerbs = CueTable<Bool>([
        "调研", "考察", "视察", "检查", "访问", "走访", "参观", "慰问", "调查", "指导", "督导", "督查", "暗访", "看望",
    ].map { ($0, true) })

    /// Words allowed between a verb and its first target.
    static let fillers = CueTable<Bool>([("了", true), ("过", true), ("了位于", true), ("位于", true)])

    public func link(_ doc: AnalysedDocument, context: LinkContext) -> [Relation] {
        var out: [Relation] = []
        let s = context.scalars
        for (k, view) in context.views.enumerated() {
            let hits = Self.cues.hits(in: s, range: view.range)
            // No named target is needed up front: 访华 and 来华 name theirs with one character.
            guard !hits.isEmpty else { continue }
            var found: [(Mention, Mention, String)] = []
            for hit in hits {
                let clause = view.clause(around: hit.range.lowerBound, in: s)
                var targets: [Mention] = []
                var rule = ""
                var tail = hit.range.upperBound
                switch hit.meaning {
                case .ignore:
                    continue
                case .verb(let orgsOnly):
                    var j = hit.range.upperBound
                    if let f = Self.fillers.match(at: j, in: s, end: clause.upperBound) { j = f.range.upperBound }
                    if orgsOnly, let m = view.mention(startingAt: j), m.type == .person { continue }
                    func objects(from k: Int) -> [Mention] {
                        let found = list(from: k, view: view, clause: clause, scalars: s)
                        return orgsOnly ? found.filter { $0.type == .organisation } : found
                    }
                    targets = objects(from: j)
                    tail = targets.last?.range.upperBound ?? j
                    rule = "visited:verb"
                    // 考察了清华大学开发的系统: the name only qualifies the real object; when that object is
                    // named itself (参观了汉城的现代汽车公司), it is the target.
                    if let last = targets.last, modifiesAnotherNoun(after: last.range.upperBound, clause: clause, view: view, scalars: s) {
                        targets = []
                        if last.range.upperBound < clause.upperBound, s[last.range.upperBound] == "的",
                           let owned = view.mention(startingAt: last.range.upperBound + 1),
                           owned.type == .organisation || owned.type == .place {
                            targets = objects(from: owned.range.lowerBound)
                            tail = targets.last?.range.upperBound ?? tail
                        }
                    }
                    if targets.isEmpty, !orgsOnly {
                        // 在黄岛海关，俞建华检查…: a fronted place clause names the target.
                        targets = frontedPlace(before: clause, view: view, scalars: s)
                        rule = "visited:fronted"
                        tail = hit.range.upperBound
                    }
                case .trip where hit.range.lowerBound > view.range.lowerBound
                    && (ClauseScalars.digit(s[hit.range.lowerBound - 1]) != nil || ClauseScalars.chineseDigit(s[hit.range.lowerBound - 1]) != nil):
                    targets = list(from: hit.range.upperBound, view: view, clause: clause, scalars: s).filter { $0.type == .place }
                    if targets.isEmpty, let m = Self.countedTripPlace(cue: hit.range, view: view, clause: clause, scalars: s) { targets = [m] }
                    tail = targets.last?.range.upperBound ?? tail
                    rule = "visited:trip"
                case .trip where s[hit.range.lowerBound] != "下":
                    continue
                case .locative, .trip:
                    let strict: Bool
                    if case .locative(let st) = hit.meaning { strict = st } else { strict = false }
                    var j = hit.range.upperBound
                    while j < clause.upperBound && ClauseScalars.isSpace(s[j]) { j += 1 }
                    if j < clause.upperBound, s[j] == "了", Self.movement.match(at: hit.range.lowerBound, in: s, end: j) != nil { j += 1 }
                    var candidates = list(from: j, view: view, clause: clause, scalars: s)
                    // 来华访问: a one-character country the entity layer left unnamed.
                    if candidates.isEmpty, let m = Self.countryAbbreviation(at: j, view: view, scalars: s) { candidates = [m] }
                    guard let last = candidates.last else { continue }
                    var g = last.range.upperBound
                    while let m = view.mention(startingAt: g), Self.genericPlaces.contains(m.canonical) { g = m.range.upperBound }
                    let runEnd = g
                    var verb = false
                    // 对X进行了为期11天的访问 runs longer than 到X调研.
                    while g < min(clause.upperBound, runEnd + (strict ? 14 : 6)) {
                        if let v = Self.visitVerbs.match(at: g, in: s, end: clause.upperBound) {
                            verb = !strict || s[v.range.lowerBound] == "访" || s[v.range.lowerBound] == "考"
                                || s[v.range.lowerBound] == "调" || s[v.range.lowerBound] == "视"
                            tail = v.range.upperBound
                            break
                        }
                        if view.mention(startingAt: g) != nil { break }
                        g += 1
                    }
                    // 第一站就来到古田县, 随访问团来到了中国: arrival is a visit when the sentence is about a trip.
                    if !verb, !strict, Self.movement.match(at: hit.range.lowerBound, in: s, end: hit.range.upperBound) != nil,
                       runEnd == clause.upperBound || ClauseScalars.isClauseBreak(s[runEnd]) || s[runEnd] == "后",
                       Self.tripContext.occurs(in: s, range: view.range) {
                        verb = true
                    }
                    guard verb else { continue }
                    targets = candidates
                    rule = "visited:locative"
                case .tripNoun:
                    targets = Self.placesEnding(at: hit.range.lowerBound, view: view, clause: clause, scalars: s)
                    rule = "visited:trip-noun"
                case .shortVisit:
                    let j = hit.range.upperBound
                    if let m = view.mention(startingAt: j), m.type == .place, m.range.count == 1 { targets = [m] }
                    else if let m = Self.countryAbbreviation(at: j, view: view, scalars: s) { targets = [m] }
                    rule = "visited:short"
                }
                guard !targets.isEmpty else { continue }
                if MeetingLinker.isIrrealis(s, clause.lowerBound..<hit.range.lowerBound) { continue }
                let region = view.subjectRegion(before: hit.range.lowerBound, in: s)
                var visitor = view.principal(in: region, scalars: s)
                // 在访问日本期间，李某表示…: a fronted clause of time has its subject in the next clause.
                if visitor == nil, let subject = Self.frontedSubject(after: clause, view: view, scalars: s) {
                    visitor = subject
                    rule += "+fronted-subject"
                }
                // 会见来泉访问的X: the visitor is the person the visit phrase describes.
                if tail < clause.upperBound, s[tail] == "的", !LinkSentenceView.companionCue.occurs(in: s, range: region),
                   let described = view.persons(in: (tail + 1)..<clause.upperBound).first {
                    visitor = described
                    rule += "+relative"
                }
                // 他…到闽西调研: a pronoun subject is the person last named.
                if visitor == nil, !view.hasPerson(in: view.range.lowerBound..<hit.range.lowerBound),
                   Self.pronoun(in: view.range.lowerBound..<hit.range.lowerBound, scalars: s) {
                    visitor = context.lastPerson(beforeView: k)
                    rule += "+pronoun"
                }
                if visitor == nil, !view.hasPerson(in: view.range.lowerBound..<hit.range.lowerBound),
                   !LinkSentenceView.companionCue.occurs(in: s, range: region) {
                    visitor = context.focus.focus(before: hit.range.lowerBound, paragraph: view.paragraph, lookBack: 0)
                    rule += "+focus"
                }
                guard let v = visitor else { continue }
                for t in targets { found.append((v, t, rule)) }
            }
            let date = context.date(forView: k)
            for (v, t, rule) in found {
                // 来华, 来泉: a one-character target is named as written (华, not 中国), as annotators do.
                let target = t.range.count == 1 ? String(String.UnicodeScalarView(s[t.range])) : t.canonical
                out.append(Relation(type: .visited, source: v.canonical, sourceType: .person, target: target,
                                    targetType: t.type, date: date, evidence: context.evidence(k, rule: rule)))
            }
        }
        return out
    }

    /// A target followed within three characters by 的 (清华大学开发的…) names the owner of the object.
    private func modifiesAnotherNoun(after i: Int, clause: Range<Int>, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> Bool {
        func mentionsPerson(in r: Range<Int>, scalars: [Unicode.Scalar]) -> Bool { view.hasPerson(in: r) }
        var j = i
        // 视察X时的讲话, 视察X作的报告: the 的 closes the whole visit.
        if j < clause.upperBound, "时作后所".unicodeScalars.contains(s[j]) { return false }
        while j < min(clause.upperBound, i + 4) {
            if s[j] == "的" {
                // 陪同A访问X的B: a relative clause about a person, not a possessive.
                return !mentionsPerson(in: (j + 1)..<min(clause.upperBound, j + 17), scalars: s)
            }
            if ClauseScalars.isListJoiner(s[j]) || s[j] == "等" { return false }
            j += 1
        }
        return false
    }

    /// 他/她 (not 他们, 其他) in a subject region.
    static func pronoun(in r: Range<Int>, scalars s: [Unicode.Scalar]) -> Bool {
        for i in r where s[i] == "他" || s[i] == "她" {
            if i + 1 < s.count && s[i + 1] == "们" { continue }
            if i > 0 && (s[i - 1] == "其" || s[i - 1] == "吉") { continue }
            return true
        }
        return false
    }

    /// The subject of the clause after a fronted clause of time (在访问日本期间，李某表示; 结束对日本的访问后，
    /// 李某回到北京): the first person of the next clause, named before any 的 (a person after one is
    /// described, not the subject) and within a title chain's length of the comma.
    static func frontedSubject(after clause: Range<Int>, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> Mention? {
        guard clause.upperBound + 1 < view.range.upperBound, s[clause.upperBound] == "，",
              timeClauseEnds.contains(where: { e in
                  e.count <= clause.count && s[(clause.upperBound - e.count)..<clause.upperBound].elementsEqual(e)
              }) else { return nil }
        let next = view.clause(around: clause.upperBound + 1, in: s)
        guard let first = view.persons(in: next).first, first.range.lowerBound - next.lowerBound <= 24,
              !s[next.lowerBound..<first.range.lowerBound].contains("的") else { return nil }
        return first
    }

    /// How a fronted clause of time ends (期间, 时, 后, 之际).
    static let timeClauseEnds: [[Unicode.Scalar]] = ["期间", "时", "后", "之后", "以后", "之际"].map { Array($0.unicodeScalars) }

    /// The targets of a clause that is only a place phrase (在X， / 到X后，) just before `clause`.
    private func frontedPlace(before clause: Range<Int>, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> [Mention] {
        guard clause.lowerBound - 1 > view.range.lowerBound else { return [] }
        let previous = view.clause(around: clause.lowerBound - 2, in: s)
        var j = previous.lowerBound
        while j < previous.upperBound && ClauseScalars.isSpace(s[j]) { j += 1 }
        guard let loc = Self.frontedLocatives.match(at: j, in: s, end: previous.upperBound) else { return [] }
        let targets = list(from: loc.range.upperBound, view: view, clause: previous, scalars: s)
        guard let last = targets.last, previous.upperBound - last.range.upperBound <= 6,
              !Self.notAPlacePhrase.occurs(in: s, range: last.range.upperBound..<previous.upperBound) else { return [] }
        return targets
    }

    /// A fronted clause about time or work, not a place: 在X工作期间，在X时，到X后.
    static let notAPlacePhrase = CueTable<Bool>(["期间", "工作", "时", "后", "以来", "之际", "任职", "担任"].map { ($0, true) })

    static let frontedLocatives = CueTable<Bool>([("在", true), ("到", true), ("来到", true), ("走进", true), ("深入", true)])

    /// One-character names of countries used in 访华, 来华访问, 访美 (general usage, not a list of
    /// the text's names). Only where no mention covers the character and a visit word is adjacent.
    static let countryAbbreviations: Set<Unicode.Scalar> = Set("华美日俄英法德韩朝越泰印巴澳加意".unicodeScalars)

    static func countryAbbreviation(at j: Int, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> Mention? {
        guard j < view.range.upperBound, countryAbbreviations.contains(s[j]),
              !view.allMentions.contains(where: { $0.range.contains(j) }) else { return nil }
        // 访华 / 来华 followed by a clause end, 后, 期间, 的 or a visit verb: not 华人, 美元, 日前.
        let next: Unicode.Scalar? = j + 1 < view.range.upperBound ? s[j + 1] : nil
        if let n = next, ScalarClass.isHan(n), !"后期的访进考参问时前并和".unicodeScalars.contains(n) { return nil }
        return Mention(range: j..<(j + 1), type: .place, canonical: String(s[j]), rule: "link:country-abbreviation", confidence: 0.5)
    }

    /// Arrival verbs: a visit only with a visit verb after them or in a sentence about a trip.
    static let movement = CueTable<Bool>(["来到", "抵达", "到达", "前往", "莅临", "走进"].map { ($0, true) })

    /// Words that make a sentence about a trip, so an arrival in it is a visit.
    static let tripContext = CueTable<Bool>([
        "第一站", "首站", "一站", "访问团", "考察团", "代表团", "调研行", "考察行", "之行", "访问", "考察", "视察", "调研",
        // 来到X、Y，实地察看…: inspecting on the spot after arriving.
        "察看", "查看", "检查", "督导", "走访",
    ].map { ($0, true) })

    /// The places right before a trip noun (闽东九县调研行 → 闽东): a count of units (九县, whether or not
    /// the entity layer made it a mention) only qualifies the place before it.
    static func placesEnding(at i: Int, view: LinkSentenceView, clause: Range<Int>, scalars s: [Unicode.Scalar]) -> [Mention] {
        var end = i
        var out: [Mention] = []
        // A count of the place's units between it and the trip noun (闽东九县调研行, 全省各市之行).
        if end - 2 >= clause.lowerBound, countedUnits.contains(s[end - 1]),
           ClauseScalars.chineseDigit(s[end - 2]) != nil || countWords.contains(s[end - 2]) {
            end -= 2
        }
        while end > clause.lowerBound, let m = view.mention(endingAt: end), m.type == .place || m.type == .organisation {
            let first = m.canonical.unicodeScalars.first.map { ClauseScalars.chineseDigit($0) != nil || ClauseScalars.digit($0) != nil } ?? true
            if !first && !genericPlaces.contains(m.canonical) { out = [m] }
            end = m.range.lowerBound
        }
        return out
    }

    /// 三进下党、三上毛垵坪: a counted trip to a village the entity layer does not know. The place is
    /// taken as written when it is two or three Han scalars closed by 、 or a clause break and the
    /// numeral starts a phrase (after punctuation, 年 or 次).
    static func countedTripPlace(cue: Range<Int>, view: LinkSentenceView, clause: Range<Int>, scalars s: [Unicode.Scalar]) -> Mention? {
        let numeral = cue.lowerBound - 1
        guard numeral > view.range.lowerBound, ClauseScalars.chineseDigit(s[numeral]).map({ $0 >= 2 }) ?? false else { return nil }
        let before = s[numeral - 1]
        guard !ScalarClass.isHan(before) || before == "年" || before == "次" else { return nil }
        let j = cue.upperBound
        var k = j
        while k < clause.upperBound && k - j < 4 && ScalarClass.isHan(s[k]) && s[k] != "、" { k += 1 }
        guard k - j >= 2, k - j <= 3, k == clause.upperBound || s[k] == "、",
              !view.allMentions.contains(where: { $0.range.lowerBound < k && $0.range.upperBound > j }) else { return nil }
        return surfaceItem(j..<k, type: .place, scalars: s)
    }

    /// Administrative units that a number counts (九县, 各市).
    static let countedUnits: Set<Unicode.Scalar> = ["县", "市", "省", "区", "镇", "乡", "村"]
    /// Words that count like a numeral before such a unit (各市, 两省, 几县).
    static let countWords: Set<Unicode.Scalar> = ["各", "几", "两", "数"]

    /// Generic place words that only qualify the place before them (闽西老区, 大别山区).
    static let genericPlaces: Set<String> = ["老区", "山区", "地区", "基层", "农村", "乡村", "一线", "边区", "苏区", "库区", "林区", "牧区"]

    /// Facilities inside an organisation: a visit is to the organisation (黄岛海关报关大厅 → 黄岛海关).
    static let facilityEnds = ["大厅", "展厅", "车间", "会议室", "现场", "工地", "门诊", "食堂", "营业厅", "服务中心"]

    /// Places and organisations listed from `start`: `X、Y和Z`; of a contiguous run (泉州市中科生物公司)
    /// the last, most specific one. Stops at a person or anything else.
    ///
    /// Inside a 、 list the item boundaries are firmer evidence than the entity layer's spans: an item
    /// it missed (、非物质文化遗产馆、), cut short (泉州城市产业会|客厅) or read as a one-character place
    /// (威|廉斯堡) is taken as written, from delimiter to delimiter (`link:list-item`).
    private func list(from start: Int, view: LinkSentenceView, clause: Range<Int>, scalars s: [Unicode.Scalar]) -> [Mention] {
        var out: [Mention] = []
        var j = start
        while j < clause.upperBound {
            // Only an item closed by 、, 等 or the clause end is taken as written (not 解放军报|作的讲话).
            let itemEnd = Self.listItemEnd(from: j, clause: clause, scalars: s).flatMap { e in
                e == clause.upperBound || s[e] == "、" || s[e] == "等" ? e : nil }
            let inList = (j > start && s[j - 1] == "、") || (itemEnd.map { $0 < clause.upperBound && s[$0] == "、" } ?? false)
            guard let found = view.mention(startingAt: j) else {
                // An item the entity layer missed: only between 、 delimiters, next to named items.
                // A counted phrase (三上毛垵坪) is another trip, not a name.
                // The first item needs a named item right after it (深入企业、乡村 names nothing).
                guard inList, var e = itemEnd, e - j >= 2, e - j <= 8,
                      !out.isEmpty || (s[e] == "、" && view.mention(startingAt: e + 1) != nil),
                      ClauseScalars.chineseDigit(s[j]) == nil, ClauseScalars.digit(s[j]) == nil,
                      !view.allMentions.contains(where: { $0.range.lowerBound < e && $0.range.upperBound > j
                          && ($0.type == .person || $0.range.lowerBound < j || $0.range.upperBound > e) })
                else { break }
                // A joiner before a named item ends the missed one (集美学村|和|厦门港).
                if let joiner = ((j + 2)..<e).first(where: { ClauseScalars.isListJoiner(s[$0]) && view.mention(startingAt: $0 + 1) != nil }) {
                    e = joiner
                }
                out.append(Self.surfaceItem(j..<e, type: out.last?.type ?? .place, scalars: s))
                j = e
                if j < clause.upperBound, ClauseScalars.isListJoiner(s[j]) { j += 1; continue }
                break
            }
            var m = found
            guard m.type == .place || m.type == .organisation else { break }
            if inList, let e = itemEnd, e > m.range.upperBound,
               m.range.count == 1 ? e - j <= 8 : e - m.range.upperBound <= 3,
               !view.mentions.contains(where: { $0.range.lowerBound > j && $0.range.lowerBound < e }) {
                out.append(Self.surfaceItem(j..<e, type: m.type, scalars: s))
                j = e
                if j < clause.upperBound, s[j] == "、" { j += 1; continue }
                break
            }
            if Self.facilityEnds.contains(where: { m.canonical.hasSuffix($0) }),
               let inner = view.allMentions.first(where: { $0.range.lowerBound == m.range.lowerBound && $0.range.count < m.range.count
                   && $0.type == .organisation }) {
                m = inner
                m.range = found.range
            }
            if let prev = out.last, prev.range.upperBound == m.range.lowerBound {
                // 哈佛|并: a one-character "place" glued to a name is a function word, not a narrower place.
                guard m.range.count >= 2 else { break }
                if !Self.genericPlaces.contains(m.canonical) { out[out.count - 1] = m }
            } else {
                out.append(m)
            }
            j = m.range.upperBound
            if j < clause.upperBound, view.mention(startingAt: j) != nil { continue }
            if j + 1 < clause.upperBound, s[j] == "以", s[j + 1] == "及" { j += 2; continue }
            if j < clause.upperBound, ClauseScalars.isListJoiner(s[j]) { j += 1; continue }
            break
        }
        return out
    }

    /// Where a list item starting at `j` ends: the next 、, 等, 的, visit verb (泉州、晋江|调研) or clause
    /// break, within 12 Han scalars.
    static func listItemEnd(from j: Int, clause: Range<Int>, scalars s: [Unicode.Scalar]) -> Int? {
        var k = j
        while k < min(clause.upperBound, j + 12) {
            let c = s[k]
            if c == "、" || c == "等" || c == "的" { return k }
            if k > j, visitVerbs.match(at: k, in: s, end: clause.upperBound) != nil { return k }
            guard ScalarClass.isHan(c) || ScalarClass.isNameDot(c) else { return nil }
            k += 1
        }
        return k == clause.upperBound ? k : nil
    }

    /// A target taken as written (no entity-layer mention covers it exactly).
    static func surfaceItem(_ r: Range<Int>, type: EntityType, scalars s: [Unicode.Scalar]) -> Mention {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[r])
        return Mention(range: r, type: type, canonical: String(v), rule: "link:list-item", confidence: 0.5)
    }
}
