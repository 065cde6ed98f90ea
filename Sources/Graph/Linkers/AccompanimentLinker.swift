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
                    companions = view.persons(in: clause.lowerBound..<hit.range.lowerBound)
                    // 陪同Y: the person right after the verb (titles and 来访的 may sit between).
                    let objectRange = hit.range.upperBound..<clause.upperBound
                    if let first = view.persons(in: objectRange).first,
                       !ScalarClass.isClauseBreak(s[hit.range.upperBound]) {
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
