import Entities

/// Meetings: `met` between named persons, `met_group` with a delegation, country or body that names
/// no person.
///
/// `A会见(了)B` (A hosts), `A与B会谈/会晤/见面` (both host), `A会见B和C` (two pairs), `A、B会见C` (each
/// meets C), a delegation head (会见以X为团长的代表团); persons who 参加会见 / 在座 / 陪同会见 meet the
/// guest named in the same sentence. Wishes (希望…会晤) are not meetings; schedules (将会见) are.
public struct MeetingLinker: RelationLinker {
    public init() {}

    /// How many sentences after a meeting a separate 参加会见 sentence may refer back to it.
    static let attendanceReach = 12

    enum Cue: Sendable {
        /// Subject receives the object: 会见, 接见.
        case receives
        /// Subject calls on the object: 拜会, 拜见 (the object hosts).
        case callsOn
        /// Both sides meet as equals: 会谈, 会晤, 见面, 座谈.
        case mutual
        /// Present at someone else's meeting: 在座, 参加会见, 陪同会见.
        case attends
    }

    static let cues = CueTable<Cue>([
        ("会见", .receives), ("接见", .receives), ("会晤", .mutual), ("会谈", .mutual), ("见面", .mutual),
        ("座谈", .mutual), ("拜会", .callsOn), ("拜见", .callsOn), ("拜访", .callsOn),
        ("在座", .attends), ("参加会见", .attends), ("参加了会见", .attends), ("陪同会见", .attends),
        ("一同会见", .attends), ("一起会见", .attends), ("出席会见", .attends), ("参加会谈", .attends),
        ("陪同会谈", .attends), ("会见时在座", .attends),
        // Longer words that only look like meetings.
        ("会见面", .mutual), ("见面会", .attends), ("座谈会", .attends),
    ])

    /// Words that make the meeting a wish or a proposal rather than a fact or a schedule.
    static let irrealis = CueTable<Bool>(["希望", "期待", "期望", "愿意", "愿同", "愿与", "建议", "提议", "邀请", "盼望", "没有", "未能", "拒绝"].map { ($0, true) })

    static let invitation = CueTable<Bool>([("邀请", true), ("之邀", true)])

    /// A与B会见: two names joined by 与/同/跟 meet each other.
    static func joinedAsEquals(_ people: [Mention], scalars s: [Unicode.Scalar]) -> Bool {
        for (a, b) in zip(people, people.dropFirst()) {
            if (a.range.upperBound..<b.range.lowerBound).contains(where: { s[$0] == "与" || s[$0] == "同" || s[$0] == "跟" }) {
                return true
            }
        }
        return false
    }

    static let passive = CueTable<Bool>([("受到", true), ("得到", true)])

    /// Whether a wish or proposal governs the verb at the end of `r`; 应X邀请 (at X's invitation) is a
    /// fact, not a proposal.
    static func isIrrealis(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for hit in irrealis.hits(in: s, range: r) {
            if s[hit.range.lowerBound] == "邀" {
                var j = hit.range.lowerBound - 1
                var invited = false
                while j >= r.lowerBound && j >= hit.range.lowerBound - 12 {
                    if s[j] == "应" { invited = true; break }
                    j -= 1
                }
                if invited { continue }
            }
            return true
        }
        return false
    }

    /// 省委书记A，省委副书记、省长B等会见C: a list of titled hosts closed by 等 runs back over the earlier
    /// clauses that are only an office and a name (省委书记A，), as A、B会见C does. Each such clause must
    /// end with its name and be short; the list stops at the first clause that does not.
    static func listedHosts(before region: Range<Int>, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> [Mention] {
        let persons = view.persons(in: region)
        guard let last = persons.last, last.range.upperBound < region.upperBound, s[last.range.upperBound] == "等",
              region.lowerBound > view.range.lowerBound, ClauseScalars.isComma(s[region.lowerBound - 1]) else { return [] }
        var out: [Mention] = []
        var end = region.lowerBound - 1
        while end > view.range.lowerBound {
            let c = view.clause(around: end - 1, in: s)
            let named = view.persons(in: c)
            guard c.count <= maxListedClause, named.count == 1, let name = named.last, name.range.upperBound == c.upperBound else { break }
            out.insert(name, at: 0)
            guard c.lowerBound > view.range.lowerBound, ClauseScalars.isComma(s[c.lowerBound - 1]) else { break }
            end = c.lowerBound - 1
        }
        return out
    }

    /// The longest clause read as one item of a list of titled hosts (an office and a name).
    static let maxListedClause = 16

    /// The subject a clause takes over from the clause before it (英国首相A访问华盛顿，与B举行会晤; A抵达后
    /// 并同B会谈): the clause opens on 与/同/跟 (after 并/还/又/随后), names one partner before the verb and
    /// no subject of its own; the earlier clause's principal is the other side. Nil otherwise.
    static func carriedSubject(region: Range<Int>, cue: Int, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> Mention? {
        var k = region.lowerBound
        guard k > view.range.lowerBound, ClauseScalars.isComma(s[k - 1]) else { return nil }
        while k < cue, clauseAdverbs.contains(s[k]) { k += 1 }
        guard k < cue, s[k] == "与" || s[k] == "同" || s[k] == "跟" else { return nil }
        guard view.persons(in: region).count == 1 else { return nil }
        let earlier = view.clause(around: region.lowerBound - 2, in: s)
        guard !view.persons(in: earlier).isEmpty else { return nil }
        return view.principal(in: earlier, scalars: s)
    }

    /// Adverbs that may open a clause before its preposition (并与, 还同, 随后与).
    static let clauseAdverbs: ScalarSet = ["并", "还", "又", "随", "后", "也", "再"]

    public func link(_ doc: AnalysedDocument, context: LinkContext) -> [Relation] {
        var out: [Relation] = []
        let s = context.scalars
        var recent: (view: Int, hosts: [Mention], guests: [Mention], date: String?)?
        for (k, view) in context.views.enumerated() {
            let hits = Self.cues.hits(in: s, range: view.range)
            guard !hits.isEmpty else { continue }
            var date = context.date(forView: k)
            var hosts: [Mention] = []
            var guests: [Mention] = []
            var pairs: [(Mention, Mention, String)] = []
            var groups: [(Mention, Mention)] = []
            for hit in hits {
                let clause = view.clause(around: hit.range.lowerBound, in: s)
                if hit.meaning == .attends { continue }
                // 见面会 / 座谈会 are events, not meetings between named sides.
                if hit.range.upperBound < s.count, s[hit.range.upperBound] == "会" { continue }
                if Self.isIrrealis(s, clause.lowerBound..<hit.range.lowerBound) { continue }
                let region = view.subjectRegion(before: hit.range.lowerBound, in: s)
                // The byline's reporters (…电（记者王某）) report the meeting; they are not at it.
                var left = view.persons(in: region).filter { !LinkSentenceView.isBylineReporter($0, scalars: s) }
                left = Self.listedHosts(before: region, view: view, scalars: s) + left
                // A访问X，与B举行会谈: a clause opening on 与/同/跟 has the earlier clause's subject.
                if let subject = Self.carriedSubject(region: region, cue: hit.range.lowerBound, view: view, scalars: s),
                   !left.contains(where: { $0.canonical == subject.canonical }) {
                    left.insert(subject, at: 0)
                }
                // 在X陪同下 / X陪同: companions are not the subject.
                if let last = LinkSentenceView.companionCue.lastHit(in: s, range: region) {
                    let after = left.filter { $0.range.lowerBound >= last.range.upperBound }
                    if !after.isEmpty { left = after }
                }
                // 应X邀请: the inviter is not a party to the meeting.
                for inv in Self.invitation.hits(in: s, range: region) {
                    var j = inv.range.lowerBound - 1
                    while j >= region.lowerBound && j >= inv.range.lowerBound - 12 && s[j] != "应" { j -= 1 }
                    if j >= region.lowerBound && s[j] == "应" {
                        left.removeAll { $0.range.lowerBound > j && $0.range.upperBound <= inv.range.lowerBound }
                    }
                }
                let objectRange = hit.range.upperBound..<clause.upperBound
                // Reporters of a byline run into a headline's object (…会见全体代表本报讯记者X): not guests.
                let right = view.persons(in: objectRange).filter { p in
                    !(p.range.lowerBound >= 2 && s[p.range.lowerBound - 2] == "记" && s[p.range.lowerBound - 1] == "者")
                }
                if !right.isEmpty && !left.isEmpty {
                    for a in left {
                        for b in right where a.canonical != b.canonical {
                            if hit.meaning == .callsOn { pairs.append((b, a, "met:callsOn")) } else { pairs.append((a, b, "met:\(hit.meaning)")) }
                        }
                    }
                    if hit.meaning == .callsOn { hosts += right; guests += left } else { hosts += left; guests += right }
                } else if left.count >= 2 && (hit.meaning == .mutual || Self.joinedAsEquals(left, scalars: s)) {
                    // A与B会谈: both sides in the subject.
                    for i in left.indices {
                        for j in left.indices where j > i && left[i].canonical != left[j].canonical {
                            pairs.append((left[i], left[j], "met:mutual"))
                        }
                    }
                    hosts += left
                } else if left.count >= 2 && hit.meaning == .receives {
                    // B受到A的接见: the host follows 受到; without it (A、B会见。) nothing is reliable.
                    guard let passive = Self.passive.lastHit(in: s, range: region) else { continue }
                    let guestsHere = left.filter { $0.range.upperBound <= passive.range.lowerBound }
                    let hostsHere = left.filter { $0.range.lowerBound >= passive.range.upperBound }
                    for a in hostsHere {
                        for b in guestsHere where a.canonical != b.canonical { pairs.append((a, b, "met:passive")) }
                    }
                    hosts += hostsHere
                    guests += guestsHere
                } else if !left.isEmpty {
                    // A会见了美国代表团: the group names no person.
                    let groupsHere = view.bodies(in: objectRange).isEmpty
                        ? view.bodies(in: region).filter { m in
                            m.range.lowerBound > 0 && "与同和跟".unicodeScalars.contains(s[m.range.lowerBound - 1])
                                && left.allSatisfy { m.range.lowerBound > $0.range.upperBound } }
                        : view.bodies(in: objectRange)
                    if let g = groupsHere.first {
                        for a in left { groups.append((a, g)) }
                    }
                }
            }
            // Present at the meeting: paired with its guests only. A sentence of its own (副市长X参加会见。)
            // refers to the meeting just reported; one-sentence documents never reach back.
            if !guests.isEmpty {
                recent = (k, hosts, guests, date)
            } else if let r = recent, k - r.view <= Self.attendanceReach {
                hosts = r.hosts
                guests = r.guests
                // 副市长X参加会见。: the meeting's date, not the paragraph's.
                if context.dates[k].isEmpty { date = r.date }
            }
            if !guests.isEmpty {
                for hit in hits where hit.meaning == .attends {
                    let clause = view.clause(around: hit.range.lowerBound, in: s)
                    var attendees = view.persons(in: clause.lowerBound..<hit.range.lowerBound)
                    if attendees.isEmpty { attendees = view.persons(in: hit.range.upperBound..<clause.upperBound) }
                    let sides = Set((hosts + guests).map(\.canonical))
                    for a in attendees where !sides.contains(a.canonical) {
                        for g in guests { pairs.append((a, g, "met:attends")) }
                    }
                }
            }
            // One pair per sentence, whichever verbs state it (会见了Y…双方…座谈: received, then talked).
            var stated = Set<[String]>()
            for (a, b, rule) in pairs where stated.insert([a.canonical, b.canonical].sorted()).inserted {
                out.append(Relation(type: .met, source: a.canonical, sourceType: .person, target: b.canonical,
                                    targetType: .person, date: date, evidence: context.evidence(k, rule: rule)))
            }
            for (a, g) in groups {
                out.append(Relation(type: .metGroup, source: a.canonical, sourceType: .person, target: g.canonical,
                                    targetType: g.type, date: date, evidence: context.evidence(k, rule: "met_group")))
            }
        }
        return out
    }
}
