import Entities

/// Who the paragraph is about at a given point: the last person who was the subject of a visit,
/// meeting or speech verb before it. "调研中，张三强调…。李四陪同调研。" → 李四 accompanied 张三.
public struct DiscourseFocus: Sendable {
    /// A person made the focus by a verb at `position`.
    public struct Event: Hashable, Sendable {
        public var position: Int
        public var paragraph: Int
        public var person: Mention
    }

    /// Events in text order.
    public private(set) var events: [Event] = []

    static let verbs = CueTable<Bool>([
        "调研", "考察", "视察", "检查", "走访", "参观", "访问", "慰问", "看望", "会见", "会谈", "会晤", "接见",
        "强调", "指出", "表示", "讲话", "致辞", "主持", "要求", "出席", "督导", "督查", "指导", "察看", "查看",
    ].map { ($0, true) })

    init(views: [LinkSentenceView], scalars s: [Unicode.Scalar]) {
        for v in views where v.mentions.contains(where: { $0.type == .person }) {
            for hit in Self.verbs.hits(in: s, range: v.range) {
                let region = v.subjectRegion(before: hit.range.lowerBound, in: s)
                if let p = v.principal(in: region, scalars: s) {
                    events.append(Event(position: hit.range.lowerBound, paragraph: v.paragraph, person: p))
                }
            }
        }
    }

    /// The focus just before `position`: the last event in `paragraph` or, when it has none, in the
    /// `lookBack` paragraphs before it (a closing "李四陪同调研。" often stands alone), other than
    /// `excluding` names.
    public func focus(before position: Int, paragraph: Int, lookBack: Int = 2, excluding: Set<String> = []) -> Mention? {
        var lo = 0, hi = events.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if events[mid].position < position { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        while i >= 0 && events[i].paragraph >= paragraph - lookBack {
            let e = events[i]
            if e.paragraph <= paragraph && !excluding.contains(e.person.canonical) { return e.person }
            i -= 1
        }
        return nil
    }
}

extension LinkSentenceView {
    static let reporterTitles: [[Unicode.Scalar]] = ["记者", "通讯员"].map { Array($0.unicodeScalars) }
    static let reports: [Unicode.Scalar] = Array("报道".unicodeScalars)

    /// A person in a byline: 记者 or 通讯员 (a space allowed) before the name, or before the first of a
    /// list of names joined by 、, and 报道 right after the name or the list, or the bracket that closes
    /// a wire byline (新华社北京11月20日电（记者王某）, 晨报讯(记者 李某)).
    static func isBylineReporter(_ m: Mention, scalars s: [Unicode.Scalar]) -> Bool {
        func hasText(_ w: [Unicode.Scalar], at i: Int) -> Bool {
            i >= 0 && i + w.count <= s.count && s[i..<(i + w.count)].elementsEqual(w)
        }
        var end = m.range.upperBound
        // Later names of the list, 、 between them (up to 4 characters each).
        while end < s.count, s[end] == "、" {
            var k = end + 1
            while k < s.count, k - end <= 5, ScalarClass.isHan(s[k]), !hasText(reports, at: k) { k += 1 }
            end = k
        }
        guard hasText(reports, at: end) || (end < s.count && (s[end] == "）" || s[end] == ")")) else { return false }
        var start = m.range.lowerBound
        // Earlier names of the list.
        while start > 0, s[start - 1] == "、" {
            var k = start - 1
            while k > 0, start - k <= 5, ScalarClass.isHan(s[k - 1]), !reporterTitles.contains(where: { hasText($0, at: k - $0.count) }) { k -= 1 }
            start = k
        }
        if start > 0, ClauseScalars.isSpace(s[start - 1]) { start -= 1 }
        return reporterTitles.contains { hasText($0, at: start - $0.count) }
    }

    static let companionCue = CueTable<Bool>([("陪同", true), ("陪伴", true), ("随同", true)])

    /// Verbs whose object is a person: a name after one of them in a subject region is not the subject.
    static let objectVerbs = CueTable<Bool>(["会见", "接见", "会晤", "会谈", "看望", "慰问", "宴请", "欢迎", "邀请", "之邀", "迎接", "陪同"].map { ($0, true) })

    /// The principal actor of a subject region: after a 陪同 phrase (X陪同Y…, 在X陪同下，Y…) the person
    /// accompanied; otherwise the name nearest the verb (…以及B访问C; 以X为团长的代表团访问) unless it is
    /// the object of another verb (A会见B后前往…), then the first. Inviters (应X邀请) never are.
    func principal(in region: Range<Int>, scalars s: [Unicode.Scalar]) -> Mention? {
        var people = persons(in: region)
        for inv in MeetingLinker.invitation.hits(in: s, range: region) {
            var j = inv.range.lowerBound - 1
            while j >= region.lowerBound && j >= inv.range.lowerBound - 12 && s[j] != "应" { j -= 1 }
            if j >= region.lowerBound && s[j] == "应" {
                people.removeAll { $0.range.lowerBound > j && $0.range.upperBound <= inv.range.lowerBound }
            }
        }
        // The byline's reporters (…电记者赵某、钱某报道：) report the event; they are not its actors.
        people.removeAll { Self.isBylineReporter($0, scalars: s) }
        guard let last = people.last, let first = people.first else { return nil }
        if let hit = Self.companionCue.lastHit(in: s, range: region) {
            let after = people.filter { $0.range.lowerBound >= hit.range.upperBound }
            if let a = after.first { return a }
            guard hit.range.upperBound < s.count, s[hit.range.upperBound] == "下" else { return nil }
            // A在B的陪同下考察: the person before 在.
            var zai = hit.range.lowerBound - 1
            while zai > region.lowerBound && s[zai] != "在" { zai -= 1 }
            return people.first { $0.range.upperBound <= zai }
        }
        if Self.objectVerbs.occurs(in: s, range: region.lowerBound..<last.range.lowerBound) { return first }
        return last
    }
}
