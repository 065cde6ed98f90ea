import Entities

/// Accompaniment: companion → the person accompanied.
///
/// `X陪同Y(调研|参观|会见…)` → (X, Y); `在X(的)陪同下，Y…` → (X, Y); `X(等)陪同(调研)` naming nobody →
/// the paragraph's discourse focus (the last subject of a visit, meeting or speech verb).
/// 陪同会见 is attendance at a meeting (a `met` for the meeting linker), not accompaniment.
public struct AccompanimentLinker: RelationLinker {
    public init() {}

    enum Cue: Sendable {
        case accompanies
        /// 陪同下: the companion precedes, the accompanied follows in the next clause.
        case accompaniedBy
        /// 陪同会见 / 陪同会谈: handled as a meeting.
        case meeting
    }

    static let cues = CueTable<Cue>([
        ("陪同", .accompanies), ("陪同下", .accompaniedBy), ("陪同会见", .meeting), ("陪同会谈", .meeting),
    ])

    /// `陪同Y访问X的Z(、W)` and `陪同来访的Z`: the companions are the persons the 陪同 phrase describes,
    /// the accompanied is Y, else the other person of the sentence (叶利钦夫妇与陪同来访的…).
    private func relative(_ cue: Range<Int>, clause: Range<Int>, view: LinkSentenceView,
                          scalars s: [Unicode.Scalar]) -> (companions: [Mention], accompanied: [Mention])? {
        // X陪同 / X等陪同 / X亲自陪同: an ordinary subject.
        if view.persons(in: clause.lowerBound..<cue.lowerBound).contains(where: { p in
            cue.lowerBound - p.range.upperBound <= 3
                && !(p.range.upperBound..<cue.lowerBound).contains(where: { ClauseScalars.isListJoiner(s[$0]) }) }) {
            return nil
        }
        var de = cue.upperBound
        var described: [Mention] = []
        while de < clause.upperBound {
            if s[de] == "的", let p = view.persons(in: (de + 1)..<clause.upperBound).first, p.range.lowerBound - de <= 16 {
                described = [p]
                // 的A、B、C等: a list joined by 、 only.
                var prev = p
                for q in view.persons(in: p.range.upperBound..<clause.upperBound) {
                    let between = (prev.range.upperBound..<q.range.lowerBound)
                    guard between.contains(where: { s[$0] == "、" }),
                          !between.contains(where: { s[$0] == "和" || s[$0] == "与" || s[$0] == "及" }) else { break }
                    described.append(q)
                    prev = q
                }
                break
            }
            de += 1
        }
        guard !described.isEmpty else { return nil }
        let names = Set(described.map(\.canonical))
        if let y = view.persons(in: cue.upperBound..<de).first { return (described, [y]) }
        if let y = view.persons(in: view.range.lowerBound..<cue.lowerBound).last { return (described, [y]) }
        if let y = view.persons(in: view.range).last(where: { !names.contains($0.canonical) }) { return (described, [y]) }
        return (described, [])
    }

    public func link(_ doc: AnalysedDocument, context: LinkContext) -> [Relation] {
        var out: [Relation] = []
        let s = context.scalars
        for (k, view) in context.views.enumerated() {
            for hit in Self.cues.hits(in: s, range: view.range) where hit.meaning != .meeting {
                let clause = view.clause(around: hit.range.lowerBound, in: s)
                var companions: [Mention] = []
                var accompanied: [Mention] = []
                var rule = "accompanied:pei-tong"
                switch hit.meaning {
                case .accompaniedBy:
                    // 在X的陪同下，Y… : companions after the last 在 of the clause.
                    var zai = max(clause.lowerBound, hit.range.lowerBound - 1)
                    while zai > clause.lowerBound && s[zai] != "在" { zai -= 1 }
                    let from = zai < hit.range.lowerBound && s[zai] == "在" ? zai : clause.lowerBound
                    companions = view.persons(in: from..<hit.range.lowerBound)
                    let before = view.persons(in: clause.lowerBound..<from)
                    let rest = hit.range.upperBound..<view.range.upperBound
                    if let first = before.first ?? view.persons(in: rest).first { accompanied = [first] }
                    rule = "accompanied:pei-tong-xia"
                case .accompanies:
                    if let rel = relative(hit.range, clause: clause, view: view, scalars: s) {
                        companions = rel.companions
                        accompanied = rel.accompanied
                        rule = "accompanied:relative"
                        break
                    }
                    companions = view.persons(in: clause.lowerBound..<hit.range.lowerBound)
                    // 陪同Y: the person right after the verb (titles and 来访的 may sit between).
                    let objectRange = hit.range.upperBound..<clause.upperBound
                    if let first = view.persons(in: objectRange).first,
                       !ClauseScalars.isClauseBreak(s[hit.range.upperBound]) {
                        accompanied = [first]
                    }
                case .meeting:
                    continue
                }
                if companions.isEmpty { continue }
                if accompanied.isEmpty {
                    let names = Set(companions.map(\.canonical))
                    if let f = context.focus.focus(before: hit.range.lowerBound, paragraph: view.paragraph, excluding: names) {
                        accompanied = [f]
                        rule = "accompanied:focus"
                    }
                }
                for c in companions {
                    for a in accompanied where a.canonical != c.canonical {
                        out.append(Relation(type: .accompanied, source: c.canonical, sourceType: .person,
                                            target: a.canonical, targetType: .person,
                                            date: context.date(forView: k), evidence: context.evidence(k, rule: rule)))
                    }
                }
            }
        }
        return out
    }
}
