import Entities

/// Person mentions as the relation patterns need them, repaired against the title spans.
///
/// The entity layer reads names and titles separately, so a title's last character is sometimes
/// read as a surname (总理内塔尼亚胡 → 理内塔尼亚胡), and a person addressed by surname and title
/// (江主席, 李总理) is no mention at all. Relations are stated about exactly those spans, so the
/// linkers see the name cut at the title's end and a one-character person for `surname + title`.
/// The entity output itself is not changed: these repairs exist for relations only.
struct MentionRepair: Sendable {
    /// Rule of the person made from a surname before a title; co-occurrence ignores it.
    static let surnameRule = "link:surname-title"

    /// Rule of a person named only as a memorial's or a work's owner (鲁迅故居); relation patterns skip it.
    static let memorialRule = "link:memorial"

    /// Common single-character surnames that are rarely anything else right before a title.
    /// (方, 和, 于, 高, 金, 安 are left out: 中方副主席, 和总理, 高级经济师.)
    static let surnames: Set<Unicode.Scalar> = Set(
        "王李张刘陈杨黄赵吴周徐孙胡朱郭何罗郑梁谢宋唐韩冯邓曹彭曾萧蔡潘袁董蒋杜魏程吕丁沈姚卢姜崔钟谭陆汪范廖贾邹熊邱秦薛阎雷侯龙段郝孔邵史毛常万顾赖武康贺严尹钱汤易乔俞葛邢陶戴龚江温钮荣薄"
            .unicodeScalars)

    /// Titles by which a person is addressed with the surname alone.
    static let addressTitles: Set<String> = [
        "主席", "副主席", "总理", "副总理", "总统", "副总统", "总书记", "委员长", "副委员长", "书记", "副书记",
        "省长", "副省长", "市长", "副市长", "县长", "部长", "副部长", "首相", "议长", "大使", "总领事", "外长",
        "司令", "政委", "局长", "主任", "厂长", "校长", "院长", "董事长", "总经理",
    ]

    static func repair(_ mentions: [Mention], titles: [TitleSpan], scalars s: [Unicode.Scalar]) -> [Mention] {
        var out: [Mention] = []
        out.reserveCapacity(mentions.count)
        let overlapping = TitleStarts(titles)
        for m in mentions {
            guard m.type == .person,
                  let t = overlapping.first(in: titles, where: { $0.range.lowerBound < m.range.lowerBound && $0.range.upperBound > m.range.lowerBound
                      && m.range.upperBound - $0.range.upperBound >= 2 }, startingBefore: m.range.lowerBound) else { out.append(m); continue }
            let cut = t.range.upperBound - m.range.lowerBound
            var fixed = m
            fixed.range = t.range.upperBound..<m.range.upperBound
            let name = Array(m.canonical.unicodeScalars)
            var v = String.UnicodeScalarView()
            if name.count == m.range.count { v.append(contentsOf: name[cut...]) } else { v.append(contentsOf: s[fixed.range]) }
            fixed.canonical = String(v)
            out.append(fixed)
        }
        // 赵宇设计的: a three-character name whose last character starts a verb. (道出 is left to the entity
        // layer, where it is a speech cue and the lexicon tells 周林|道出 from 王志道|出席.)
        for i in out.indices where out[i].type == .person && out[i].range.count == 3 {
            let e = out[i].range.upperBound
            guard e < s.count, out[i].canonical.unicodeScalars.count == 3,
                  verbsAfterName.contains(where: { $0.count == 2 && $0[0] == s[e - 1] && $0[1] == s[e] }) else { continue }
            out[i].range = out[i].range.lowerBound..<(e - 1)
            var v = String.UnicodeScalarView()
            v.append(contentsOf: out[i].canonical.unicodeScalars.prefix(2))
            out[i].canonical = String(v)
        }
        // 毕加索旧居, 鲁迅故居, 孙中山铜像: the person names a place or a work and acts in no relation; it
        // still co-occurs (`LinkSentenceView` keeps it among `allMentions` only).
        for i in out.indices where out[i].type == .person
            && memorialNouns.match(at: out[i].range.upperBound, in: s, end: s.count) != nil {
            out[i].rule = memorialRule
        }
        // 江主席: a surname right before an address title, covered by no mention.
        for t in titles where addressTitles.contains(t.title) {
            let i = t.range.lowerBound - 1
            guard i >= 0, i < s.count, surnames.contains(s[i]),
                  !out.contains(where: { $0.range.contains(i) }),
                  !titles.contains(where: { $0.range.contains(i) }) else { continue }
            // 王副主席 yes; 国王主席 / 两江主席 no: the character before may not be a word-forming Han.
            if i > 0, ScalarClass.isHan(s[i - 1]), !verbOrParticleBefore.contains(s[i - 1]) { continue }
            out.append(Mention(range: i..<(i + 1), type: .person, canonical: String(s[i]), rule: surnameRule,
                               confidence: 0.5, sentence: t.sentence))
        }
        return out
    }

    /// Nouns after a person's name that make the name a place's or a work's (故居, 纪念馆, 铜像).
    static let memorialNouns = CueTable<Bool>(["故居", "旧居", "纪念馆", "纪念堂", "陵园", "墓", "铜像", "塑像", "雕像", "遗像"]
        .map { ($0, true) })

    /// Two-character verbs that often follow a name and whose first character can be read as the last
    /// character of a given name (设计, 指出).
    static let verbsAfterName: [[Unicode.Scalar]] = ["设计", "指出", "提出", "说明", "坦言"].map { Array($0.unicodeScalars) }

    /// Characters that end the word before a surname (对江主席, 陪同江主席, 欢迎江主席, 会见李总理).
    static let verbOrParticleBefore: Set<Unicode.Scalar> = Set("对同迎见请与和及向给由让的是在为称说问访请望陪随请会谈晤邀祝".unicodeScalars)

    /// The document's titles ordered by start, so that the titles overlapping a position are found by
    /// a binary search instead of a scan of every title for every person (quadratic in long documents).
    struct TitleStarts {
        /// Title indices by ascending start (ties in document order).
        private let order: [Int]
        private let starts: [Int]
        private let longest: Int

        init(_ titles: [TitleSpan]) {
            order = titles.indices.sorted { (titles[$0].range.lowerBound, $0) < (titles[$1].range.lowerBound, $1) }
            starts = order.map { titles[$0].range.lowerBound }
            longest = titles.map(\.range.count).max() ?? 0
        }

        /// `titles.first(where: accepts)` for a predicate that only accepts titles starting before `i`
        /// and ending after it: the first such title in document order.
        func first(in titles: [TitleSpan], where accepts: (TitleSpan) -> Bool, startingBefore i: Int) -> TitleSpan? {
            let from = i - longest
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if starts[mid] < from { lo = mid + 1 } else { hi = mid }
            }
            var best: Int?
            while lo < starts.count && starts[lo] < i {
                let k = order[lo]
                if best.map({ k < $0 }) ?? true, accepts(titles[k]) { best = k }
                lo += 1
            }
            return best.map { titles[$0] }
        }
    }
}
