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
        ("访", .shortVisit),
        ("来访", .ignore), ("回访", .ignore), ("访谈", .ignore), ("专访", .ignore), ("采访", .ignore),
        ("拜访", .ignore), ("访客", .ignore), ("信访", .ignore), ("上访", .ignore), ("下访", .ignore),
        ("到位", .ignore), ("到达", .locative(strict: false)), ("得到", .ignore), ("受到", .ignore),
        ("达到", .ignore), ("遇到", .ignore), ("做到", .ignore), ("看到", .ignore), ("提到", .ignore),
        ("正在", .ignore), ("现在", .ignore), ("存在", .ignore), ("在于", .ignore), ("来自", .ignore),
        ("以来", .ignore), ("未来", .ignore), ("过去", .ignore),
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
            guard !hits.isEmpty, view.mentions.contains(where: { $0.type != .person }) else { continue }
            var found: [(Mention, Mention, String)] = []
            for hit in hits {
                let clause = view.clause(around: hit.range.lowerBound, in: s)
                var targets: [Mention] = []
                var rule = ""
                switch hit.meaning {
                case .ignore:
                    continue
                case .verb(let orgsOnly):
                    var j = hit.range.upperBound
                    if let f = Self.fillers.match(at: j, in: s, end: clause.upperBound) { j = f.range.upperBound }
                    if orgsOnly, let m = view.mention(startingAt: j), m.type == .person { continue }
                    targets = list(from: j, view: view, clause: clause, scalars: s)
                    if orgsOnly { targets = targets.filter { $0.type == .organisation } }
                    rule = "visited:verb"
                case .locative(let strict):
                    var j = hit.range.upperBound
                    while j < clause.upperBound && ScalarClass.isSpace(s[j]) { j += 1 }
                    let candidates = list(from: j, view: view, clause: clause, scalars: s)
                    guard let last = candidates.last else { continue }
                    var g = last.range.upperBound
                    var verb = false
                    while g < min(clause.upperBound, last.range.upperBound + 6) {
                        if let v = Self.visitVerbs.match(at: g, in: s, end: clause.upperBound) {
                            verb = !strict || s[v.range.lowerBound] == "访" || s[v.range.lowerBound] == "考"
                                || s[v.range.lowerBound] == "调" || s[v.range.lowerBound] == "视"
                            break
                        }
                        if view.mention(startingAt: g) != nil { break }
                        g += 1
                    }
                    guard verb else { continue }
                    targets = candidates
                    rule = "visited:locative"
                case .shortVisit:
                    let j = hit.range.upperBound
                    if let m = view.mention(startingAt: j), m.type == .place, m.range.count == 1 { targets = [m] }
                    rule = "visited:short"
                }
                guard !targets.isEmpty else { continue }
                if MeetingLinker.irrealis.occurs(in: s, range: clause.lowerBound..<hit.range.lowerBound) { continue }
                let region = view.subjectRegion(before: hit.range.lowerBound, in: s)
                var visitor = view.principal(in: region, scalars: s)
                if visitor == nil, view.persons(in: view.range.lowerBound..<hit.range.lowerBound).isEmpty,
                   !SentenceView.companionCue.occurs(in: s, range: region) {
                    visitor = context.focus.focus(before: hit.range.lowerBound, paragraph: view.paragraph)
                    rule += "+focus"
                }
                guard let v = visitor else { continue }
                for t in targets { found.append((v, t, rule)) }
            }
            let date = context.date(forView: k)
            for (v, t, rule) in found {
                out.append(Relation(type: .visited, source: v.canonical, sourceType: .person, target: t.canonical,
                                    targetType: t.type, date: date, evidence: context.evidence(k, rule: rule)))
            }
        }
        return out
    }

    /// Places and organisations listed from `start`: `X、Y和Z`; of a contiguous run (泉州市中科生物公司)
    /// the last, most specific one. Stops at a person or anything else.
    private func list(from start: Int, view: SentenceView, clause: Range<Int>, scalars s: [Unicode.Scalar]) -> [Mention] {
        var out: [Mention] = []
        var j = start
        while j < clause.upperBound, let m = view.mention(startingAt: j) {
            guard m.type == .place || m.type == .organisation else { break }
            if let prev = out.last, prev.range.upperBound == m.range.lowerBound {
                out[out.count - 1] = m
            } else {
                out.append(m)
            }
            j = m.range.upperBound
            if j < clause.upperBound, view.mention(startingAt: j) != nil { continue }
            if j + 1 < clause.upperBound, s[j] == "以", s[j + 1] == "及" { j += 2; continue }
            if j < clause.upperBound, ScalarClass.isListJoiner(s[j]) { j += 1; continue }
            break
        }
        return out
    }
}
