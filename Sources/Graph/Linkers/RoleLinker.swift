import Entities

/// Offices held: person → organisation or place, with the title as written (organisation dropped).
///
/// Patterns, scanned around each person mention:
/// - title before the name, possibly a chain: `[org] title (、|兼 [org] title)* person`
///   (泉州市委书记张毅恭; 市委副书记、市长蔡战胜 → two roles);
/// - apposition: `person，[org] title，` and `person（[org] title）`;
/// - title right after the name when no other name follows (习近平总书记);
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
        for (k, view) in context.views.enumerated() where !view.titles.isEmpty {
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
            for f in found where !Self.notOffices.contains(f.title) && !f.title.isEmpty {
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

    private func chainBefore(_ p: Mention, view: SentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        var pos = p.range.lowerBound
        while pos > view.range.lowerBound && ScalarClass.isSpace(s[pos - 1]) { pos -= 1 }
        var out: [Found] = []
        while let t = view.titles.first(where: { $0.range.upperBound == pos }) {
            if Self.pressTitles.contains(t.title) { break }
            let (prefix, prefixStart) = keptPrefix(before: t.range.lowerBound, view: view, scalars: s)
            var body = organisation(endingAt: prefixStart, title: t, view: view, scalars: s)
            let title = prefix + t.title
            let rule = out.isEmpty ? "role:title-name" : "role:title-chain"
            if let m = body, let mission = diplomaticMission(host: m, title: t, view: view, context: context) {
                out.append(Found(person: p, title: title, rank: t.rank, target: mission.name, targetType: mission.type, rule: rule))
                body = mission.start
            } else if let m = body {
                let (name, type) = normalisedBody(m, title: t.title, context: context)
                out.append(Found(person: p, title: title, rank: t.rank, target: name, targetType: type, rule: rule))
            } else {
                let (name, type) = contextBody(for: t.title, context: context)
                out.append(Found(person: p, title: title, rank: t.rank, target: name, targetType: type, rule: rule))
            }
            var left = min(body?.range.lowerBound ?? prefixStart, prefixStart)
            // 时任/现任 are dropped; they never join a chain.
            guard left - 1 > view.range.lowerBound, s[left - 1] == "、" || s[left - 1] == "兼" else { break }
            left -= 1
            pos = left
        }
        return out
    }

    /// 前 / 当选 directly before a title: (prefix, where the prefix starts).
    private func keptPrefix(before i: Int, view: SentenceView, scalars s: [Unicode.Scalar]) -> (String, Int) {
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
    private func organisation(endingAt end: Int, title t: TitleSpan, view: SentenceView,
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
        if end - 1 > view.range.lowerBound, ScalarClass.isCloseBracket(s[end - 1]) {
            var j = end - 2
            while j > max(view.range.lowerBound, end - 40) && !ScalarClass.isOpenBracket(s[j]) { j -= 1 }
            if ScalarClass.isOpenBracket(s[j]) {
                return bodies.filter { $0.range.upperBound == j }.max(by: { $0.range.count < $1.range.count })
            }
        }
        return nil
    }

    /// 新加坡驻厦门总领事: the mission of the sending country (新加坡驻厦门总领事馆 when the document
    /// names it), not the host city.
    private func diplomaticMission(host m: Mention, title t: TitleSpan, view: SentenceView,
                                   context: LinkContext) -> (name: String, type: EntityType, start: Mention)? {
        let s = context.scalars
        let zhu = m.range.lowerBound - 1
        guard m.type == .place, m.range.upperBound <= t.range.lowerBound, zhu > view.range.lowerBound, s[zhu] == "驻",
              let sender = view.mentions.last(where: { $0.range.upperBound == zhu && ($0.type == .place || $0.type == .organisation) })
        else { return nil }
        var written = String.UnicodeScalarView()
        written.append(contentsOf: s[sender.range.lowerBound..<t.range.upperBound])
        let surface = String(written)
        // 总领事 → 总领事馆, 大使 → 大使馆.
        if context.organisations.contains(surface + "馆") { return (surface + "馆", .organisation, sender) }
        return (sender.canonical, sender.type, sender)
    }

    // MARK: head of a delegation

    /// 以X为团长的Y代表团: X heads Y.
    private func headOfDelegation(_ p: Mention, view: SentenceView, context: LinkContext) -> [Found] {
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

    private func apposition(_ p: Mention, view: SentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        var j = p.range.upperBound
        guard j < view.range.upperBound, s[j] == "，" || s[j] == "," || ScalarClass.isOpenBracket(s[j]) else { return [] }
        let bracketed = ScalarClass.isOpenBracket(s[j])
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
            } else {
                let (name, type) = contextBody(for: t.title, context: context)
                out.append(Found(person: p, title: t.title, rank: t.rank, target: name, targetType: type, rule: "role:apposition"))
            }
            j = t.range.upperBound
            guard j < view.range.upperBound else { return bracketed ? [] : out }
            if s[j] == "、" || s[j] == "兼" { j += 1; continue }
            if bracketed { return ScalarClass.isCloseBracket(s[j]) ? out : [] }
            return ScalarClass.isClauseBreak(s[j]) ? out : []
        }
        return bracketed ? [] : out
    }

    // MARK: title after the name

    private func titleAfter(_ p: Mention, view: SentenceView, context: LinkContext) -> [Found] {
        let s = context.scalars
        guard let t = view.titles.first(where: { $0.range.lowerBound == p.range.upperBound }),
              !Self.pressTitles.contains(t.title) else { return [] }
        var j = t.range.upperBound
        while j < view.range.upperBound && ScalarClass.isSpace(s[j]) { j += 1 }
        // 张三市长李四: the title belongs to the next name.
        if let next = view.mentions.first(where: { $0.range.lowerBound >= t.range.upperBound && $0.range.lowerBound <= j }),
           next.type == .person || next.range.lowerBound < t.range.upperBound { return [] }
        if view.titles.contains(where: { $0.range.lowerBound == t.range.upperBound }) { return [] }
        let (name, type) = contextBody(for: t.title, context: context)
        return [Found(person: p, title: t.title, rank: t.rank, target: name, targetType: type, rule: "role:name-title")]
    }

    // MARK: bylines

    private func bylines(view: SentenceView, doc: AnalysedDocument, context: LinkContext) -> [Found] {
        let s = context.scalars
        var out: [Found] = []
        for t in view.titles where Self.pressTitles.contains(t.title) {
            // An outlet written before the title: 新华社记者, 来源：福建日报 记者.
            var i = t.range.lowerBound
            while i > view.range.lowerBound && ScalarClass.isSpace(s[i - 1]) { i -= 1 }
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
                while j < view.range.upperBound && (ScalarClass.isSpace(s[j]) || s[j] == "、") { j += 1 }
                guard let p = view.mention(startingAt: j), p.type == .person else { break }
                out.append(Found(person: p, title: t.title, rank: t.rank, target: outlet?.canonical ?? "",
                                 targetType: outlet?.type, rule: "role:byline"))
                j = p.range.upperBound
            }
        }
        return out
    }

    /// A byline title starts the sentence or follows (, 【, 讯, 电, 本报, 来源：, a slash or another
    /// byline name.
    private func isBylineStart(_ i: Int, view: SentenceView, scalars s: [Unicode.Scalar]) -> Bool {
        var j = i
        if j - 2 >= view.range.lowerBound, s[j - 2] == "本", s[j - 1] == "报" { j -= 2 }
        while j > view.range.lowerBound && ScalarClass.isSpace(s[j - 1]) { j -= 1 }
        if j == view.range.lowerBound { return true }
        switch s[j - 1] {
        case "（", "(", "【", "[", "讯", "电", "/", "／", "|", "｜", "\n", "：", ":": return true
        default: break
        }
        // 记者 张三 通讯员 李四: a name of an earlier byline.
        if let prev = view.mention(endingAt: j), prev.type == .person { return true }
        return false
    }

    /// The outlet of the sentence's dateline (泉州网11月6日讯, 晨报讯; none for 本报讯), else of a
    /// 来源： earlier in the sentence.
    private func datelineOutlet(view: SentenceView, before end: Int, scalars s: [Unicode.Scalar]) -> Mention? {
        var j = end - 1
        while j >= view.range.lowerBound && s[j] != "讯" && s[j] != "电" { j -= 1 }
        if j >= view.range.lowerBound {
            return view.mentions.last { $0.type == .organisation && $0.range.upperBound <= j && j - $0.range.upperBound <= 12 }
        }
        for hit in Self.sourceCue.hits(in: s, range: view.range.lowerBound..<end) {
            var k = hit.range.upperBound
            while k < end && ScalarClass.isSpace(s[k]) { k += 1 }
            if let m = view.mention(startingAt: k), m.type == .organisation { return m }
        }
        return nil
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
    private func contextBody(for title: String, context: LinkContext) -> (String, EntityType?) {
        if let level = Self.headLevel(of: title), let place = context.dominantPlace[level] {
            return (place, .place)
        }
        if let level = Self.committeeLevel(of: title), let place = context.dominantPlace[level] {
            return (committee(of: place, context: context), .organisation)
        }
        return ("", nil)
    }

    private func committee(of place: String, context: LinkContext) -> String {
        let name = place + "委"
        if context.organisations.contains(name) { return name }
        if context.organisations.contains("中共" + name) { return "中共" + name }
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
