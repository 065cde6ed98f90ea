import Entities

/// Offices held: person → organisation or place, with the title as written (organisation dropped).
///
/// Patterns, scanned around each person mention:
/// - title before the name, possibly a chain: `[org] title (、|兼 [org] title)* person`
///   (泉州市委书记张毅恭; 市委副书记、市长蔡战胜 → two roles);
/// - apposition: `person，[org] title，` and `person（[org] title）`;
/// - title right after the name when no other name follows (习近平总书记);
/// - appointments: the person taking an office (张三任市长) or given one (任命张三为市长, 张三被选举为主席);
/// - bylines: 记者/通讯员 only in byline position (晨报讯(记者 叶子申), 本报记者 张三), the outlet named
///   in the dateline (X讯) or a 来源： line as organisation.
/// A title written without its body (市委书记, 市长) takes the article's dominant place of that level.
public struct RoleLinker: RelationLinker {
    public init() {}

    /// Titles the entity layer may report that are not offices: academic and military ranks,
    /// honorifics, nobility, professions.
    static let notOffices: Set<String> = [
        "教授", "副教授", "院士", "研究员", "副研究员", "博士", "硕士", "讲师", "上将", "中将", "少将", "大校", "上校",
        "中校", "少校", "亲王", "王储", "王子", "公主", "先生", "女士", "同志", "老师", "医生", "律师", "夫人",
    ]

    /// Ranks that are also posts of a named institute (国务院发展研究中心研究员): offices only with their body.
    static let posts: Set<String> = ["研究员", "副研究员"]

    /// Press titles: roles only in byline position.
    static let pressTitles: Set<String> = [
        "记者", "通讯员", "本报记者", "特约记者", "见习记者", "实习记者", "首席记者", "特派记者", "摄影记者", "实习生",
    ]

    /// Words that date an office and are not part of the title.
    static let tenseWords = CueTable<Bool>([("现任", true), ("时任", true), ("曾任", true), ("新任", true)])

    /// Prefixes kept in the title when written directly before it.
    static let keptPrefixes = CueTable<Bool>([("前", true), ("当选", true)])

    /// Characters after which 前 is part of another word (日前, 目前, 会前) rather than "former".
    static let notFormer: Set<Unicode.Scalar> = Set("日目之此提生以眼跟向往门年天月会当从空史事面席".unicodeScalars)

    struct Found {
        var person: Mention
        var title: String
        var rank: Int?
        var target: String
        var targetType: EntityType?
        var rule: String
    }

    public func link(_ doc: AnalysedDocument, context: LinkContext) -> [Relation] {
        var out: [Relation] = []
        // Every sentence with a person: staff (职工张三) need no title span.
        for (k, view) in context.views.enumerated() where view.mentions.contains(where: { $0.type == .person }) {
            var found: [Found] = []
            let s = context.scalars
            var shared: (end: Int, roles: [Found])?
            for p in view.mentions where p.type == .person {
                var chain = chainBefore(p, view: view, context: context)
                // 副市长张三、李四: names listed after one title share it.
                if chain.isEmpty, let prev = shared, p.range.lowerBound == prev.end + 1, s[prev.end] == "、" {
                    chain = prev.roles.map { var f = $0; f.person = p; f.rule = "role:title-list"; return f }
                }
                shared = chain.isEmpty ? nil : (p.range.upperBound, chain)
                found += chain
                found += headOfDelegation(p, view: view, context: context)
                found += apposition(p, view: view, context: context)
                found += titleAfter(p, view: view, context: context)
                found += appointment(p, view: view, context: context)
                found += appointedTo(p, view: view, context: context)
                if chain.isEmpty { found += staff(p, view: view, context: context) }
            }
            found += bylines(view: view, doc: doc, context: context)
            // 江泽民主席 beside 中华人民共和国主席江泽民, 李主席 beside 李瑞环主席: keep the fuller statement.
            let stated = found
            found.removeAll { f in
                f.rule == "role:name-title" && stated.contains { g in
                    g.rule != "role:name-title" && g.title == f.title && g.person.canonical.hasPrefix(f.person.canonical)
                        && (g.person.canonical != f.person.canonical || !g.target.isEmpty)
                }
            }
            var seen: Set<String> = []
            for f in found where !f.title.isEmpty && (!Self.notOffices.contains(f.title) || !f.target.isEmpty && Self.posts.contains(f.title)) {
                let key = f.person.canonical + "\u{1}" + f.title + "\u{1}" + f.target
                guard seen.insert(key).inserted else { continue }
                out.append(Relation(type: .role, source: f.person.canonical, sourceType: .person, target: f.target,
                                    targetType: f.target.isEmpty ? nil : f.targetType, title: f.title, rank: f.rank,
                                    evidence: context.evidence(k, rule: f.rule)))
            }
        }
        return out
    }

    // MARK: title before the name

    /// Last characters of a unit's name (书记处, 办公室, 秘书局): office and department words.
    static let unitEnds: Set<Unicode.Scalar> = Set("处部委局厅办室组司署会院".unicodeScalars)

    /// Two to five Han characters ending in a unit word right before `end`, with 、 or 兼 before them
    /// (a later link of a title chain) and no mention among them: the unit and where it starts.
    static func chainedUnit(before end: Int, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> (name: String, start: Int)? {
        guard end - 1 > view.range.lowerBound, unitEnds.contains(s[end - 1]) else { return nil }
        var start = end
        while start > view.range.lowerBound, end - start < 5, ScalarClass.isHan(s[start - 1]) { start -= 1 }
        guard end - start >= 2, start - 1 >= view.range.lowerBound, s[start - 1] == "、" || s[start - 1] == "兼" else { return nil }
        if view.mentions.contains(where: { $0.range.overlaps(start..<end) }) { return nil }
        return (ScalarString.make(s[start..<end]), start)
    }

    private func chainBefore(_ p: Mention, view: LinkSentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        var pos = p.range.lowerBound
        while pos > view.range.lowerBound && ClauseScalars.isSpace(s[pos - 1]) { pos -= 1 }
        var out: [Found] = []
        while let t = view.titles.first(where: { $0.range.upperBound == pos }) {
            if Self.pressTitles.contains(t.title) { break }
            let (prefix, prefixStart) = keptPrefix(before: t.range.lowerBound, view: view, scalars: s)
            var body = organisation(endingAt: prefixStart, title: t, view: view, scalars: s)
            var gap = ""
            if body == nil, let g = gapBody(before: prefixStart, view: view, scalars: s) {
                body = g.body
                gap = g.gap
            }
            let rule = out.isEmpty ? "role:title-name" : "role:title-chain"
            if body == nil, let lead = leadingBody(of: t, view: view, scalars: s) {
                out.append(Found(person: p, title: prefix + lead.title, rank: t.rank, target: lead.body.canonical,
                                 targetType: .organisation, rule: rule))
                body = lead.body
            } else if let m = body, let side = Self.sideOfAJointBody(m, gap: gap, scalars: s) {
                // 委员会中方副主席: the state names its side of a joint body, whose office the title is; the
                // body is the one written before the side, else none is given.
                let jointBody = organisation(endingAt: m.range.lowerBound, title: t, view: view, scalars: s).flatMap { $0.type == .organisation ? $0 : nil }
                out.append(Found(person: p, title: side + prefix + t.title, rank: t.rank, target: jointBody?.canonical ?? "",
                                 targetType: .organisation, rule: rule))
                body = jointBody ?? m
            } else if let m = body, gap.isEmpty, let mission = diplomaticMission(host: m, title: t, view: view, context: context) {
                out.append(Found(person: p, title: prefix + mission.title, rank: t.rank, target: mission.name, targetType: mission.type, rule: rule))
                body = mission.start
            } else if let m = body {
                let r = refined(body: m, gap: gap, prefix: prefix, title: t, context: context)
                out.append(Found(person: p, title: r.title, rank: t.rank, target: r.target, targetType: r.type, rule: rule))
                // 上合示范区党工委副书记、管委会常务副主任李刚: a later title that starts with a body word
                // shares the place of the title before it.
                if let place = Self.placeOfBody(m) {
                    for i in out.indices.dropLast() where out[i].target.isEmpty {
                        let u = Array(out[i].title.unicodeScalars)
                        if let w = Self.bodyWords.match(at: 0, in: u, end: u.count), w.range.upperBound < u.count {
                            var v = String.UnicodeScalarView()
                            v.append(contentsOf: u[w.range])
                            out[i].target = place + String(v)
                            out[i].targetType = .organisation
                        }
                    }
                }
            } else if let unit = Self.chainedUnit(before: prefixStart, view: view, scalars: s) {
                // 全国妇联副主席、书记处第一书记X: a short unit no recogniser names, between the chain's
                // comma and the title, is that title's body.
                out.append(Found(person: p, title: prefix + t.title, rank: t.rank, target: unit.name, targetType: .organisation, rule: rule))
                pos = unit.start
                guard pos - 1 > view.range.lowerBound else { break }
                pos -= 1
                continue
            } else {
                let (name, type) = contextBody(for: t.title, view: view.index, context: context)
                out.append(Found(person: p, title: prefix + t.title, rank: t.rank, target: name, targetType: type, rule: rule))
            }
            var left = min(body?.range.lowerBound ?? prefixStart, prefixStart)
            // 时任/现任 are dropped; they never join a chain.
            guard left - 1 > view.range.lowerBound, s[left - 1] == "、" || s[left - 1] == "兼" else { break }
            left -= 1
            pos = left
        }
        Self.giveBodiesToTitlesAfterAParty(&out)
        return out
    }

    /// Party bodies that sit inside an organisation (福州大学党委, 省财政厅党组): the organisation's
    /// other offices follow them in a chain.
    static let partyBodies = ["党委", "党组", "党总支", "党支部"]
    static let partyBodyWords = partyBodies.map { Array($0.unicodeScalars) }

    /// 厦门市中级人民法院党组书记、院长X, 福州大学党委副书记、校长X: a title after one held in an
    /// organisation's party body, with no body of its own, is an office of that organisation. 市委常委、
    /// 宣传部部长X: a department's title after a committee seat is an office of that committee (the
    /// guidelines keep the department in the title, as in 产业发展一部部长 / 上合示范区管委会).
    /// `chain` runs from the title nearest the name leftwards.
    static func giveBodiesToTitlesAfterAParty(_ chain: inout [Found]) {
        var parent: (name: String, isCommittee: Bool)?
        for i in chain.indices.reversed() {
            let f = chain[i]
            if !f.target.isEmpty {
                parent = f.targetType == .organisation ? parentOrganisation(of: f) : nil
                continue
            }
            guard let p = parent, !p.isCommittee || isDepartmentTitle(f.title) else { continue }
            chain[i].target = p.name
            chain[i].targetType = .organisation
        }
    }

    /// The organisation whose office a later bodiless title is, given a title held with its body: the
    /// organisation of a party body (not a place's, as 李哥庄镇党委), or a committee.
    private static func parentOrganisation(of f: Found) -> (name: String, isCommittee: Bool)? {
        for w in partyBodies where f.title.hasPrefix(w) {
            // 省发改委 + 党组书记; 福州大学党委 + 党委书记.
            let org = f.target.hasSuffix(w) ? String(f.target.dropLast(w.count)) : f.target
            guard let last = org.unicodeScalars.last, org.unicodeScalars.count >= 3, !levelCharacters.contains(last) else { return nil }
            return (org, false)
        }
        // 厦门市委 + 市委常委.
        if f.target.hasSuffix("委"), f.title.hasSuffix("常委") { return (f.target, true) }
        return nil
    }

    /// A department's head or the committee's secretary-general (宣传部部长, 组织部长, 秘书长).
    private static func isDepartmentTitle(_ title: String) -> Bool {
        let u = Array(title.unicodeScalars)
        return title == "秘书长" || (u.count >= 4 && u.last == "长" && u.dropLast().contains("部"))
    }

    /// First characters of a level's generic body (市委, 县政府, 省人大常委会), which the guidelines keep in
    /// the title (市委书记 / 泉州市委).
    static let levelCharacters: Set<Unicode.Scalar> = Set("市县省区州镇乡村".unicodeScalars)

    /// A named body whose name opens the title span (国务院总理, 中央军委副主席, 外交部发言人, 联合国秘书长):
    /// the body, and the title without it (总理, 副主席), as newswire annotation writes them (副总理 /
    /// 国务院). A level's generic body (市委书记) and a body word (政协主席) stay in the title.
    private func leadingBody(of t: TitleSpan, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> (body: Mention, title: String)? {
        guard let m = view.allMentions.filter({
            $0.type == .organisation && $0.range.lowerBound == t.range.lowerBound && $0.range.upperBound <= t.range.upperBound - 2
        }).max(by: { $0.range.count < $1.range.count }),
              !Self.levelCharacters.contains(s[m.range.lowerBound]),
              Self.bodyWords.match(at: m.range.lowerBound, in: s, end: m.range.upperBound) == nil else { return nil }
        let u = Array(t.title.unicodeScalars)
        guard u.count == t.range.count else { return nil }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: u[m.range.count...])
        return (m, String(rest))
    }

    /// 前 / 当选 directly before a title: (prefix, where the prefix starts).
    private func keptPrefix(before i: Int, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> (String, Int) {
        for n in [2, 1] where i - n >= view.range.lowerBound {
            guard let hit = Self.keptPrefixes.match(at: i - n, in: s, end: i), hit.range.upperBound == i else { continue }
            if n == 1, i - 2 >= view.range.lowerBound, Self.notFormer.contains(s[i - 2]) { continue }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s[(i - n)..<i])
            return (String(v), i - n)
        }
        return ("", i)
    }

    /// The organisation or place written directly before a title at `end` (or overlapping its start,
    /// as 泉州市委 overlaps 市委书记), or before a bracketed alternative name.
    private func organisation(endingAt end: Int, title t: TitleSpan, view: LinkSentenceView,
                              scalars s: [Unicode.Scalar]) -> Mention? {
        let bodies = view.allMentions.filter { $0.type == .organisation || $0.type == .place }
        if let m = bodies.filter({ $0.range.lowerBound < t.range.lowerBound && $0.range.upperBound > t.range.lowerBound
            && $0.range.upperBound <= t.range.upperBound }).max(by: { $0.range.count < $1.range.count }) {
            return m
        }
        if let m = bodies.filter({ $0.range.upperBound == end }).max(by: { $0.range.count < $1.range.count }) {
            return m
        }
        // 厦门市信息中心（市公共信用信息中心）党总支书记
        if end - 1 > view.range.lowerBound, ClauseScalars.isCloseBracket(s[end - 1]) {
            var j = end - 2
            while j > max(view.range.lowerBound, end - 40) && !ClauseScalars.isOpenBracket(s[j]) { j -= 1 }
            if ClauseScalars.isOpenBracket(s[j]) {
                return bodies.filter { $0.range.upperBound == j }.max(by: { $0.range.count < $1.range.count })
            }
        }
        return nil
    }

    /// The noun of each head of mission's mission (总领事 → 总领事馆), a table each: a document is searched
    /// for the one noun and the search stops at its first occurrence.
    static let missionNouns: [String: CueTable<Bool>] = Dictionary(uniqueKeysWithValues: DiplomaticMissionNouns.heads.map {
        ($0, CueTable<Bool>([($0 + "馆", true)]))
    })

    /// 新加坡驻厦门总领事: the mission of the sending country (新加坡驻厦门总领事馆 when the document
    /// names it or its noun 总领事馆), not the host city. The title is what is written minus that body:
    /// 总领事 beside the mission, 驻美大使 beside the sending country (中国驻美大使 → 中国, 驻美大使).
    private func diplomaticMission(host m: Mention, title t: TitleSpan, view: LinkSentenceView,
                                   context: LinkContext) -> (name: String, type: EntityType, start: Mention, title: String)? {
        let s = context.scalars
        let zhu = m.range.lowerBound - 1
        guard m.type == .place, m.range.upperBound <= t.range.lowerBound, zhu > view.range.lowerBound, s[zhu] == "驻",
              let sender = view.mentions.last(where: { $0.range.upperBound == zhu && ($0.type == .place || $0.type == .organisation) })
        else { return nil }
        var written = String.UnicodeScalarView()
        written.append(contentsOf: s[sender.range.lowerBound..<t.range.upperBound])
        let surface = String(written)
        // 总领事 → 总领事馆, 大使 → 大使馆.
        // The mission is named when the document writes it whole, or writes its noun (总领事馆) and so
        // refers to this one (seeds-gold.md: 新加坡驻厦门总领事馆 "from 总领事馆").
        if context.organisations.contains(NameKey(surface + "馆"))
            || Self.missionNouns[t.title]?.occurs(in: s, range: 0..<s.count) == true {
            return (surface + "馆", .organisation, sender, t.title)
        }
        var posted = String.UnicodeScalarView()
        posted.append(contentsOf: s[zhu..<t.range.lowerBound])
        return (sender.canonical, sender.type, sender, String(posted) + t.title)
    }

    // MARK: head of a delegation

    /// 以X为团长的Y代表团: X heads Y.
    private func headOfDelegation(_ p: Mention, view: LinkSentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        let wei = p.range.upperBound
        guard wei < view.range.upperBound, s[wei] == "为",
              let t = view.titles.first(where: { $0.range.lowerBound == wei + 1 }) else { return [] }
        let clause = view.clause(around: t.range.upperBound, in: s)
        var j = t.range.upperBound
        while j < clause.upperBound && s[j] != "的" { j += 1 }
        guard j < clause.upperBound,
              let group = view.mentions.first(where: { $0.type == .organisation && $0.range.lowerBound > j && $0.range.upperBound <= clause.upperBound })
        else { return [] }
        return [Found(person: p, title: t.title, rank: t.rank, target: group.canonical, targetType: group.type, rule: "role:delegation-head")]
    }

    // MARK: apposition

    private func apposition(_ p: Mention, view: LinkSentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        var j = p.range.upperBound
        guard j < view.range.upperBound, s[j] == "，" || s[j] == "," || ClauseScalars.isOpenBracket(s[j]) else { return [] }
        let bracketed = ClauseScalars.isOpenBracket(s[j])
        j += 1
        // 张三，现任泉州市市长，…: 现任/时任 are dropped.
        if let tense = Self.tenseWords.match(at: j, in: s, end: view.range.upperBound) { j = tense.range.upperBound }
        var out: [Found] = []
        while j < view.range.upperBound {
            var body: Mention?
            if let m = view.mention(startingAt: j), m.type == .organisation || m.type == .place { body = m }
            let from = body?.range.lowerBound ?? j
            guard let t = view.titles.first(where: { $0.range.lowerBound >= from && $0.range.lowerBound <= (body?.range.upperBound ?? j)
                && $0.range.upperBound > (body?.range.upperBound ?? j) }) else { return [] }
            if Self.pressTitles.contains(t.title) { return [] }
            if let m = body {
                let (name, type) = normalisedBody(m, title: t.title, context: context)
                out.append(Found(person: p, title: t.title, rank: t.rank, target: name, targetType: type, rule: "role:apposition"))
            } else if let lead = leadingBody(of: t, view: view, scalars: s) {
                out.append(Found(person: p, title: lead.title, rank: t.rank, target: lead.body.canonical, targetType: .organisation,
                                 rule: "role:apposition"))
            } else {
                let (name, type) = contextBody(for: t.title, view: view.index, context: context)
                out.append(Found(person: p, title: t.title, rank: t.rank, target: name, targetType: type, rule: "role:apposition"))
            }
            j = t.range.upperBound
            guard j < view.range.upperBound else { return bracketed ? [] : out }
            if s[j] == "、" || s[j] == "兼" { j += 1; continue }
            if bracketed { return ClauseScalars.isCloseBracket(s[j]) ? out : [] }
            return ClauseScalars.isClauseBreak(s[j]) ? out : []
        }
        return bracketed ? [] : out
    }

    // MARK: appointment

    /// Verbs of taking an office, written right after the name (or 同志): 习近平同志任宁德地委书记.
    static let appointmentVerbs = CueTable<Bool>([
        "任", "担任", "出任", "就任", "上任", "升任", "调任", "改任", "接任", "兼任", "曾任", "现任", "时任", "历任",
        "当选为", "连任", "继任", "荣任", "转任",
    ].map { ($0, true) })

    /// Words after 任 that make another word (任务, 任何, 任命): not an appointment.
    static let notAppointment: Set<Unicode.Scalar> = Set("务何命期职免意教性用".unicodeScalars)

    /// `person [同志] 任/担任/出任… [body] title`: the office the sentence says the person took or held.
    private func appointment(_ p: Mention, view: LinkSentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        var j = p.range.upperBound
        if j + 1 < view.range.upperBound, s[j] == "同", s[j + 1] == "志" { j += 2 }
        guard let verb = Self.appointmentVerbs.match(at: j, in: s, end: view.range.upperBound) else { return [] }
        j = verb.range.upperBound
        guard j < view.range.upperBound, !Self.notAppointment.contains(s[j]) else { return [] }
        return office(of: p, from: j, view: view, context: context, rule: "role:appointment")
    }

    /// Verbs by which someone else gives the person an office (two scalars each): 任命X为Y, 提名X为Y,
    /// X被选举为Y.
    static let appointingVerbs = CueTable<Bool>([
        "任命", "提名", "委任", "选举", "推选", "推举", "聘请", "聘任", "任用", "委派", "选派", "指定",
    ].map { ($0, true) })

    /// Counts of the persons appointed (两名, 3位) between the names and the title.
    static let personCounters: Set<Unicode.Scalar> = ["名", "位"]

    /// The office someone else gives the person: `verb [了] person (、|和 person)* 为|担任 [count] [body]
    /// title` (叶利钦任命基里延科为代总理, 任命A和B两名副总理), and the passive `person 被 verb 为 [body]
    /// title` (他被任命为外交部副部长).
    private func appointedTo(_ p: Mention, view: LinkSentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        let lo = view.range.lowerBound, hi = view.range.upperBound
        var j = p.range.upperBound
        if j + 3 < hi, s[j] == "被", let v = Self.appointingVerbs.match(at: j + 1, in: s, end: hi), v.range.upperBound < hi,
           s[v.range.upperBound] == "为" {
            return office(of: p, from: v.range.upperBound + 1, view: view, context: context, rule: "role:appointed")
        }
        // The verb before the person, or before the first name of the list the person ends.
        var start = p.range.lowerBound
        while start - 1 > lo, ClauseScalars.isListJoiner(s[start - 1]),
              let q = view.mentions.first(where: { $0.type == .person && $0.range.upperBound == start - 1 }) {
            start = q.range.lowerBound
        }
        if start > lo, s[start - 1] == "了" { start -= 1 }
        guard start - 2 >= lo, let v = Self.appointingVerbs.match(at: start - 2, in: s, end: start), v.range.upperBound == start
        else { return [] }
        // After the person, the later names of the list, then 为 or 担任, then a count of them.
        while j + 1 < hi, ClauseScalars.isListJoiner(s[j]),
              let q = view.mentions.first(where: { $0.type == .person && $0.range.lowerBound == j + 1 }) {
            j = q.range.upperBound
        }
        if j < hi, s[j] == "为" {
            j += 1
        } else if j + 1 < hi, s[j] == "担", s[j + 1] == "任" {
            j += 2
        }
        var k = j
        while k < hi, ClauseScalars.digit(s[k]) != nil || ClauseScalars.chineseDigit(s[k]) != nil { k += 1 }
        if k > j, k < hi, Self.personCounters.contains(s[k]) { j = k + 1 }
        return office(of: p, from: j, view: view, context: context, rule: "role:appointed")
    }

    /// The office whose title opens the rest of the clause at `j`, behind nothing but bodies: with the body
    /// written before it, or the body the context gives a bare title.
    private func office(of p: Mention, from j: Int, view: LinkSentenceView, context: LinkContext, rule: String) -> [Found] {
        let s = context.scalars
        guard j < view.range.upperBound else { return [] }
        let clause = view.clause(around: j, in: s)
        // The first title of the clause, with nothing but bodies between the verb and it.
        guard let t = view.titles.first(where: { $0.range.lowerBound >= j && $0.range.upperBound <= clause.upperBound }),
              t.range.lowerBound - j <= 16, !Self.pressTitles.contains(t.title) else { return [] }
        var k = j
        while k < t.range.lowerBound {
            guard let m = view.mentions.first(where: { $0.range.lowerBound == k }), m.type == .organisation || m.type == .place
            else { return [] }
            k = m.range.upperBound
        }
        if let m = organisation(endingAt: t.range.lowerBound, title: t, view: view, scalars: s), m.range.lowerBound >= j {
            let r = refined(body: m, gap: "", prefix: "", title: t, context: context)
            return [Found(person: p, title: r.title, rank: t.rank, target: r.target, targetType: r.type, rule: rule)]
        }
        guard t.range.lowerBound == j else { return [] }
        if let lead = leadingBody(of: t, view: view, scalars: s) {
            return [Found(person: p, title: lead.title, rank: t.rank, target: lead.body.canonical, targetType: .organisation, rule: rule)]
        }
        let (name, type) = contextBody(for: t.title, view: view.index, context: context)
        return [Found(person: p, title: t.title, rank: t.rank, target: name, targetType: type, rule: rule)]
    }

    // MARK: staff

    /// `[company] 职工 person`: staff of a named company are recorded (海尔集团职工张三). Not a title
    /// span, because 职工 before a random word (职工法律…) would make the entity layer read a name.
    private func staff(_ p: Mention, view: LinkSentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        let i = p.range.lowerBound
        guard i - 2 >= view.range.lowerBound, s[i - 2] == "职", s[i - 1] == "工" else { return [] }
        let body = view.mentions.last { $0.range.upperBound == i - 2 && $0.type == .organisation }
        return [Found(person: p, title: "职工", rank: 80, target: body?.canonical ?? "", targetType: body?.type, rule: "role:staff")]
    }

    // MARK: title after the name

    private func titleAfter(_ p: Mention, view: LinkSentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        guard let t = view.titles.first(where: { $0.range.lowerBound == p.range.upperBound }),
              !Self.pressTitles.contains(t.title) else { return [] }
        var j = t.range.upperBound
        while j < view.range.upperBound && ClauseScalars.isSpace(s[j]) { j += 1 }
        // 张三市长李四: the title belongs to the next name.
        if let next = view.mentions.first(where: { $0.range.lowerBound >= t.range.upperBound && $0.range.lowerBound <= j }),
           next.type == .person || next.range.lowerBound < t.range.upperBound { return [] }
        if view.titles.contains(where: { $0.range.lowerBound == t.range.upperBound }) { return [] }
        let (name, type) = contextBody(for: t.title, view: view.index, context: context)
        return [Found(person: p, title: t.title, rank: t.rank, target: name, targetType: type, rule: "role:name-title")]
    }

    // MARK: bylines

    private func bylines(view: LinkSentenceView, doc: AnalysedDocument, context: LinkContext) -> [Found] {
        let s = context.scalars
        var out: [Found] = []
        for t in view.titles where Self.pressTitles.contains(t.title) {
            // An outlet written before the title: 新华社记者, 来源：福建日报 记者.
            var i = t.range.lowerBound
            while i > view.range.lowerBound && ClauseScalars.isSpace(s[i - 1]) { i -= 1 }
            var outlet: Mention?
            if let m = view.mentions.last(where: { $0.range.upperBound == i && $0.type == .organisation }) {
                outlet = m
                i = m.range.lowerBound
            }
            guard isBylineStart(i, view: view, scalars: s) else { continue }
            let ownPaper = t.title.hasPrefix("本报") || (i - 2 >= view.range.lowerBound && s[i - 2] == "本" && s[i - 1] == "报")
            if outlet == nil && !ownPaper { outlet = datelineOutlet(view: view, before: i, scalars: s) }
            var j = t.range.upperBound
            while j < view.range.upperBound {
                while j < view.range.upperBound && (ClauseScalars.isSpace(s[j]) || s[j] == "、") { j += 1 }
                guard let p = view.mention(startingAt: j), p.type == .person else { break }
                j = p.range.upperBound
                // （新华社记者X摄）, （本报记者 X 摄）: a photo credit, not a byline role.
                var k = j
                while k < view.range.upperBound && ClauseScalars.isSpace(s[k]) { k += 1 }
                if k < view.range.upperBound, s[k] == "摄" { continue }
                // 本报记者: 本报 is the paper itself, written as no organisation.
                let title = t.title.hasPrefix("本报") ? String(t.title.dropFirst(2)) : t.title
                out.append(Found(person: p, title: title, rank: t.rank, target: outlet?.canonical ?? "",
                                 targetType: outlet?.type, rule: "role:byline"))
            }
        }
        return out
    }

    /// A byline title starts the sentence or follows (, 【, 讯, 电, 本报, 来源：, a slash or another
    /// byline name.
    private func isBylineStart(_ i: Int, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> Bool {
        var j = i
        if j - 2 >= view.range.lowerBound, s[j - 2] == "本", s[j - 1] == "报" { j -= 2 }
        while j > view.range.lowerBound && ClauseScalars.isSpace(s[j - 1]) { j -= 1 }
        if j == view.range.lowerBound { return true }
        switch s[j - 1] {
        case "（", "(", "【", "[", "讯", "电", "/", "／", "|", "｜", "\n", "：", ":": return true
        default: break
        }
        // 文/图 本报记者 X: the credit words of text and pictures before the title.
        if s[j - 1] == "文" || s[j - 1] == "图", j - 1 == view.range.lowerBound || "/／".unicodeScalars.contains(s[j - 2]) { return true }
        // 记者 张三 通讯员 李四: a name of an earlier byline.
        if let prev = view.mention(endingAt: j), prev.type == .person { return true }
        return false
    }

    /// The outlet of the sentence's dateline (泉州网11月6日讯, 晨报讯; none for 本报讯), else of a
    /// 来源： earlier in the sentence.
    private func datelineOutlet(view: LinkSentenceView, before end: Int, scalars s: [Unicode.Scalar]) -> Mention? {
        var j = end - 1
        while j >= view.range.lowerBound && s[j] != "讯" && s[j] != "电" { j -= 1 }
        if j >= view.range.lowerBound {
            if let m = view.mentions.last(where: { $0.type == .organisation && $0.range.upperBound <= j && j - $0.range.upperBound <= 12 }) {
                return m
            }
            return writtenOutlet(endingAt: j, view: view, scalars: s)
        }
        for hit in Self.sourceCue.hits(in: s, range: view.range.lowerBound..<end) {
            var k = hit.range.upperBound
            while k < end && ClauseScalars.isSpace(s[k]) { k += 1 }
            if let m = view.mention(startingAt: k), m.type == .organisation { return m }
        }
        return nil
    }

    /// Last characters of a newspaper, website or agency name (晨报, 泉州网, 新华社).
    static let outletEnds: Set<Unicode.Scalar> = Set("报网社台刊".unicodeScalars)

    /// The outlet written right before 讯 when the entity layer did not name it (晨报讯, 泉州网11月6日讯):
    /// the Han run before the date, 2 to 8 characters, ending like an outlet.
    private func writtenOutlet(endingAt xun: Int, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> Mention? {
        var end = xun
        while end > view.range.lowerBound && (ClauseScalars.digit(s[end - 1]) != nil || "年月日号".unicodeScalars.contains(s[end - 1])
            || ClauseScalars.isSpace(s[end - 1])) { end -= 1 }
        var start = end
        while start > view.range.lowerBound && ScalarClass.isHan(s[start - 1]) && end - start < 8 { start -= 1 }
        if start > view.range.lowerBound && ScalarClass.isHan(s[start - 1]) { return nil }
        guard end - start >= 2, Self.outletEnds.contains(s[end - 1]), s[start] != "本" else { return nil }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[start..<end])
        return Mention(range: start..<end, type: .organisation, canonical: String(v), rule: "link:outlet", confidence: 0.5)
    }

    static let sourceCue = CueTable<Bool>([("来源：", true), ("来源:", true), ("稿源：", true)])

    // MARK: bodies

    /// A mayor belongs to the place (泉州市政府 + 市长 → 泉州市); a party title written after a bare
    /// place (泉州 + 市委书记) belongs to the party committee.
    private func normalisedBody(_ m: Mention, title: String, context: LinkContext) -> (String, EntityType) {
        if let level = Self.headLevel(of: title) {
            if m.type == .organisation {
                for suffix in ["人民政府", "政府"] where m.canonical.hasSuffix(suffix) {
                    return (String(m.canonical.dropLast(suffix.count)), .place)
                }
            }
            _ = level
            return (m.canonical, m.type)
        }
        if m.type == .place, let level = Self.committeeLevel(of: title) {
            let place = m.canonical.unicodeScalars.last == level ? m.canonical : m.canonical + String(level)
            return (committee(of: place, context: context), .organisation)
        }
        return (m.canonical, m.type)
    }

    /// The body of a title written without one, from the article's dominant places; "" when unknown.
    ///
    /// The place must be written in the same or an adjacent sentence (市长 in a Qingdao section of a
    /// paper that names Xiamen elsewhere is not Xiamen's); a committee title without one keeps its
    /// text form (市委), unless the document spells that committee in full (中共厦门市委宣传部).
    private func contextBody(for title: String, view k: Int, context: LinkContext) -> (String, EntityType?) {
        if let level = Self.headLevel(of: title) {
            if let place = context.nearbyPlace(level: level, view: k) { return (place, .place) }
            return ("", nil)
        }
        if let level = Self.committeeLevel(of: title) {
            if let place = context.nearbyPlace(level: level, view: k) ?? context.dominantPlace[level],
               let name = spelledCommittee(of: place, context: context, requireSpelled: context.nearbyPlace(level: level, view: k) == nil) {
                return (name, .organisation)
            }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: title.unicodeScalars.prefix(2))
            return (String(v), .organisation)
        }
        return ("", nil)
    }

    /// 厦门市 → 厦门市委 / 中共厦门市委; with `requireSpelled`, only when some organisation of the
    /// document contains that committee's name.
    private func spelledCommittee(of place: String, context: LinkContext, requireSpelled: Bool) -> String? {
        let name = committee(of: place, context: context)
        guard requireSpelled else { return name }
        let bare = place + "委"
        return context.organisations.contains { $0.string.contains(bare) && $0.string != bare } || context.organisations.contains(NameKey(bare)) ? name : nil
    }

    // MARK: title refinements

    /// Characters that never sit inside a title's own qualifier (瑞典工商大臣, 委员会中方副主席,
    /// 中国驻美大使): function words and verbs that end a phrase (北京会见总理).
    static let gapStops: Set<Unicode.Scalar> = Set("的和与及在是为对向同会见访任由将已了也都并等请说表示着过到从把被让给又和、，。；：".unicodeScalars)

    /// A body followed by a short qualifier before the title: (body, qualifier).
    private func gapBody(before end: Int, view: LinkSentenceView, scalars s: [Unicode.Scalar]) -> (body: Mention, gap: String)? {
        var i = end
        while i > view.range.lowerBound && end - i <= 6 {
            if i < end, let m = view.mention(endingAt: i) {
                guard m.type == .organisation || m.type == .place else { return nil }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: s[i..<end])
                return (m, String(v))
            }
            let c = s[i - 1]
            if Self.gapStops.contains(c) || !ScalarClass.isHan(c) { return nil }
            if view.titles.contains(where: { $0.range.contains(i - 1) }) { return nil }
            if view.mentions.contains(where: { $0.range.contains(i - 1) }) { return nil }
            i -= 1
        }
        return nil
    }

    /// A one-character state abbreviation and 方 before a title (中方副主席, 俄方代表): the state's side of
    /// a joint body, written as part of the title. Returns the side as written (中方).
    static func sideOfAJointBody(_ m: Mention, gap: String, scalars s: [Unicode.Scalar]) -> String? {
        guard m.type == .place, m.range.count == 1, gap == "方" else { return nil }
        var v = String.UnicodeScalarView()
        v.append(s[m.range.lowerBound])
        v.append("方")
        return String(v)
    }

    /// The place a body stands for: the place itself, or an organisation named place + body word
    /// (上合示范区党工委 → 上合示范区).
    static func placeOfBody(_ m: Mention) -> String? {
        if m.type == .place { return m.canonical }
        for w in ["管委会", "党工委", "党委", "人大常委会", "政协", "纪委", "党组"] where m.canonical.hasSuffix(w) {
            let p = String(m.canonical.dropLast(w.count))
            return p.unicodeScalars.count >= 2 ? p : nil
        }
        return nil
    }

    /// The place mention written directly before `m`, if any.
    private func placeBefore(_ m: Mention, context: LinkContext) -> String? {
        for v in context.views where v.range.contains(m.range.lowerBound) {
            return v.mentions.last(where: { $0.type == .place && $0.range.upperBound == m.range.lowerBound })?.canonical
        }
        return nil
    }

    /// Heads of an organisation name that the title span swallowed (研究所副所长, 公司总经理).
    static let organisationHeads = CueTable<Bool>(["研究所", "研究院", "研究中心", "公司", "集团", "中心", "学院", "大学", "医院", "银行", "协会", "学会", "基金会"].map { ($0, true) })

    /// Body-type words that stay in the title and name the body with the place (上合示范区 +
    /// 管委会副主任 → 上合示范区管委会).
    static let bodyWords = CueTable<Bool>(["管委会", "党工委", "党委", "人大常委会", "政协", "纪委", "党组"].map { ($0, true) })

    /// Below-county levels written between a place and 党委 (李哥庄 + 镇党委书记 → 李哥庄镇党委, 党委书记).
    static let partyLevels = CueTable<Bool>(["镇", "乡", "村", "社区", "街道"].map { ($0, true) })

    /// The title as the guidelines write it and its body, from a body mention, a qualifier between
    /// them and the title span (which may overlap the body).
    private func refined(body m: Mention, gap: String, prefix: String, title t: TitleSpan,
                         context: LinkContext) -> (title: String, target: String, type: EntityType) {
        let s = context.scalars
        var start = t.range.lowerBound
        // 有限公司 + 公司总经理: the overlapped body word leaves the title, unless it is a committee word
        // the guidelines keep (泉州市委 + 市委书记), or a party body the title opens on (福州大学党委 +
        // 大学党委书记 → 党委书记; 法院党组 + 党组书记).
        if m.range.upperBound > start, let w = Self.partyBodyWords.first(where: { w in
            m.range.upperBound - w.count >= start && (0..<w.count).allSatisfy { s[m.range.upperBound - w.count + $0] == w[$0] }
        }) {
            start = m.range.upperBound - w.count
        } else if m.range.upperBound > start && t.range.upperBound - m.range.upperBound >= 2 && s[m.range.upperBound - 1] != "委"
            && !(m.range.upperBound >= 2 && s[m.range.upperBound - 2] == "委" && s[m.range.upperBound - 1] == "会") {
            start = m.range.upperBound
        }
        var written = String.UnicodeScalarView()
        written.append(contentsOf: s[start..<t.range.upperBound])
        var title = String(written)
        // 能源 + 研究所副所长: the body is the whole written organisation.
        if gap.isEmpty == false || start == t.range.lowerBound,
           let head = Self.organisationHeads.match(at: start, in: s, end: t.range.upperBound),
           t.range.upperBound - head.range.upperBound >= 2 {
            var org = String.UnicodeScalarView()
            org.append(contentsOf: s[m.range.lowerBound..<head.range.upperBound])
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: s[head.range.upperBound..<t.range.upperBound])
            return (prefix + String(rest), String(org), .organisation)
        }
        if m.type == .place, gap.isEmpty, let level = Self.partyLevels.match(at: start, in: s, end: t.range.upperBound),
           let party = Self.bodyWords.match(at: level.range.upperBound, in: s, end: t.range.upperBound),
           t.range.upperBound > party.range.upperBound {
            var lv = String.UnicodeScalarView()
            lv.append(contentsOf: s[level.range])
            var pw = String.UnicodeScalarView()
            pw.append(contentsOf: s[party.range])
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: s[party.range.lowerBound..<t.range.upperBound])
            let place = m.canonical.hasSuffix(String(lv)) ? m.canonical : m.canonical + String(lv)
            return (prefix + String(rest), place + String(pw), .organisation)
        }
        if m.type == .place, gap.isEmpty, let w = Self.bodyWords.match(at: start, in: s, end: t.range.upperBound),
           t.range.upperBound > w.range.upperBound {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s[w.range])
            return (prefix + title, m.canonical + String(v), .organisation)
        }
        // 李哥庄镇党委 + 镇党委书记: the level belongs to the body's name, the title is 党委书记.
        if m.type == .organisation, m.range.upperBound > start,
           let level = Self.partyLevels.match(at: start, in: s, end: t.range.upperBound),
           let party = Self.bodyWords.match(at: level.range.upperBound, in: s, end: t.range.upperBound),
           party.range.upperBound == m.range.upperBound, t.range.upperBound > party.range.upperBound {
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: s[party.range.lowerBound..<t.range.upperBound])
            title = String(rest)
        }
        title = gap + prefix + title
        // 上合示范区 + 管委会 read as two mentions: the body is the place's 管委会.
        if m.type == .organisation, let w = Self.bodyWords.match(at: m.range.lowerBound, in: s, end: m.range.upperBound),
           w.range.upperBound == m.range.upperBound, let place = placeBefore(m, context: context) {
            return (title, place + m.canonical, .organisation)
        }
        let (name, type) = normalisedBody(m, title: t.title, context: context)
        return (title, name, type)
    }

    private func committee(of place: String, context: LinkContext) -> String {
        let name = place + "委"
        if context.organisations.contains(NameKey(name)) { return name }
        if context.organisations.contains(NameKey("中共" + name)) { return "中共" + name }
        return name
    }

    /// 市 for 市长 / 副市长 / 常务副市长 / 代市长 (and 县长, 区长, 省长, 州长, 镇长).
    static func headLevel(of title: String) -> Unicode.Scalar? {
        var t = Substring(title)
        for p in ["常务副", "副", "代"] where t.hasPrefix(p) { t = t.dropFirst(p.count); break }
        let u = Array(t.unicodeScalars)
        guard u.count == 2, u[1] == "长", "市县区省州镇".unicodeScalars.contains(u[0]) else { return nil }
        return u[0]
    }

    /// 市 for 市委书记 / 市委副书记 / 市委常委 (and 县委, 区委, 省委, 州委).
    static func committeeLevel(of title: String) -> Unicode.Scalar? {
        let u = Array(title.unicodeScalars)
        guard u.count >= 3, u[1] == "委", "市县区省州镇".unicodeScalars.contains(u[0]) else { return nil }
        return u[0]
    }
}
