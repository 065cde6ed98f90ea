/// Programmes: named policies, campaigns, pilots, platforms, plans, conferences and work methods.
///
/// Two kinds of evidence:
/// - quotation marks: “四下基层”, “信易贷”. A quoted name followed by a generic head noun (活动, 平台,
///   改革 …, flagged `head` in the cue list) keeps the quoted core as the name (“万名干部进万企”活动 →
///   万名干部进万企); followed by more name characters up to a cue word, the whole is the name
///   (“4+4+6”现代化产业体系). A bare quoted name needs a programme verb before it (开展 实施 推进 学习推广 …)
///   or a cue word at its own end (晋江经验); quoted slogans with commas are never programmes.
/// - cue words without quotes: 乡村振兴战略, 国家气候融资试点, 第二十九届社会科学普及宣传周, anchored at
///   an ordinal (第…届, 首届), a year, a scope word (全国, 国家级), a place or organisation, or the verb that
///   introduces the name (开设, 出台), with a name body of two to sixteen characters; region-wide adverbs
///   (全省), dates and counts are cut off the front.
/// - book-title marks: a plan's title (《…实施方案》) or a title before a programme head (《…》系列短视频展播).
/// - a quoted token inside an enterprise designation (国家级专精特新“小巨人”企业), and 河长制-style systems.
public struct ProgrammeRecogniser: Recogniser {
    /// Verbs that introduce a programme by name.
    static let leadVerbs: [String] = ["开展", "实施", "推进", "推行", "推广", "打造", "深化", "学习", "践行", "弘扬",
                                      "传承", "落实", "启动", "举办", "参与", "入选", "获评", "荣获", "评为", "创建",
                                      "建设", "探索", "助力", "依托", "通过", "围绕", "聚焦", "发布", "构建", "完善",
                                      "推出", "开设", "首创", "实现", "布局", "建立", "设立", "成立", "开通", "上线",
                                      "形成", "打响", "擦亮", "创新", "升级", "做强", "叫响", "用好", "参加", "加入"]
    static let leadVerbScalars: [[Unicode.Scalar]] = leadVerbs.map { Array($0.unicodeScalars) }
    /// Verbs that end the clause before an unquoted programme name, beyond the shared list: a name is
    /// what is tested, granted or entered (以实际成效 检验 主题教育成果, 中央 赋予 综合改革试点).
    static let clauseVerbs: [[Unicode.Scalar]] = ["检验", "检查", "赋予", "进入", "迎接", "贯彻", "用好", "抓住", "抓好",
                                                  "开设", "開設", "发布", "發布", "引入", "引進", "引进", "发挥", "發揮", "唯一", "荣获", "榮獲", "獲評", "获评", "入选", "入選", "对接", "對接",
                                                  // 联合 opens a joint action (联合 举办, 联合国系统 … 活动); in an
                                                  // organisation's name it is a word of the body (联合计划署).
                                                  "联合", "聯合"]
        .map { Array($0.unicodeScalars) }

    public init() {}

    static let chineseNumerals = ScalarSet("〇一二三四五六七八九十百两")

    static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        chineseNumerals.contains(s)
    }

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        proposeQuoted(view, into: &candidates)
        proposeTitled(view, into: &candidates)
        proposeCued(view, into: &candidates)
        proposePartyCongress(view, into: &candidates)
        proposeChiefSystem(view, into: &candidates)
        proposeBodyMeeting(view, into: &candidates)
    }

    /// What follows a party or state body's name to name its meeting (中共中央政治局|会议, 国务院|常务会议).
    static let meetingWords: [[Unicode.Scalar]] = ["常务会议", "全体会议", "扩大会议", "会议"].map { Array($0.unicodeScalars) }
    static let meetingFirsts = ScalarSet(meetingWords.map { $0[0] })

    /// 中共中央政治局会议, 国务院常务会议: a listed party or state body's meeting is a conference, a programme
    /// in the product's convention (seeds-gold.md), with the body nested in it. Not a room or hall of
    /// meetings (会议室, 会议厅, 会议中心).
    private func proposeBodyMeeting(_ view: SentenceView, into candidates: inout [Candidate]) {
        for m in view.matches where m.end - m.start >= 2 {
            // The meeting word first: it rules out almost every match without touching the entries (an
            // entry read by value retains its strings and attributes).
            guard m.end < view.range.upperBound, ProgrammeRecogniser.meetingFirsts.contains(view.text[m.end]),
                  let w = ProgrammeRecogniser.meetingWords.first(where: { view.hasText($0, at: m.end) }) else { continue }
            guard m.entries.contains(where: {
                view.lexicon.entryKinds[Int($0)] == .organisation && view.lexicon.entries[Int($0)].isPartyOrStateBody
            }) else { continue }
            // The body's whole name: not 政治局 of 中共中央政治局.
            if view.hasEntry(.organisation, endingAt: m.end, where: { s, _ in s < m.start }) { continue }
            let end = m.end + w.count
            if let next = view.scalar(end), ProgrammeRecogniser.meetingPlaces.contains(next)
                || view.hasText(ProgrammeRecogniser.centre, at: end) { continue }
            // The body's name must not be cut out of a longer word (全国人大常委会|议 is no meeting of 全国人大).
            if view.segmentationConflict(m.start..<m.end).crossesLeft { continue }
            let range = m.start..<end
            candidates.append(Candidate(range: range, type: .programme, canonical: view.string(range),
                                        rule: "pattern:body-meeting", confidence: 0.85))
        }
    }

    static let meetingPlaces: ScalarSet = ["室", "厅", "桌", "楼"]
    static let centre: [Unicode.Scalar] = Array("中心".unicodeScalars)

    /// 河长制, 湖长制, 林长制, 湾长制: an accountability system named by what its chief is responsible for
    /// (one Han scalar, then 长制).
    private func proposeChiefSystem(_ view: SentenceView, into candidates: inout [Candidate]) {
        let r = view.range
        var i = r.lowerBound + 1
        while i + 1 < r.upperBound {
            defer { i += 1 }
            guard view.text[i] == "长" || view.text[i] == "長", view.text[i + 1] == "制" else { continue }
            let head = view.text[i - 1]
            guard BreakWords.isNameBody(head), ScalarClass.isHan(head), !ProgrammeRecogniser.isChineseNumeral(head) else { continue }
            // Not a longer word ending in 长 (家长制 is a style, 校长制 an office): the scalar before must not bind.
            if i - 2 >= r.lowerBound, BreakWords.isNameBody(view.text[i - 2]),
               view.commonWordEnd(from: i - 2).map({ $0 >= i }) ?? false { continue }
            if head == "家" { continue }
            let range = (i - 1)..<(i + 2)
            candidates.append(Candidate(range: range, type: .programme, canonical: view.string(range),
                                        rule: "pattern:chief-system", confidence: 0.8))
        }
    }

    /// 党的二十大, 中共十九大: the party's national congress, named by its ordinal, a local one (第十七次党代会)
    /// and a committee's plenary session (二十届三中全会). A conference is a programme in the product's
    /// convention.
    private func proposePartyCongress(_ view: SentenceView, into candidates: inout [Candidate]) {
        let r = view.range
        var i = r.lowerBound
        while i + 3 < r.upperBound {
            defer { i += 1 }
            // 党的十五大, or the party's short name before it: 中共十五大 (中共 stays the party's nested mention).
            guard view.text[i] == "党" && view.text[i + 1] == "的" || view.text[i] == "中" && view.text[i + 1] == "共" else { continue }
            var k = i + 2
            while k < r.upperBound, k - i < 6, ProgrammeRecogniser.isChineseNumeral(view.text[k]) { k += 1 }
            guard k > i + 2, k < r.upperBound, view.text[k] == "大" else { continue }
            let range = i..<(k + 1)
            candidates.append(Candidate(range: range, type: .programme, canonical: view.string(range),
                                        rule: "pattern:party-congress", confidence: 0.9))
        }
        // 厦门市第十七次党代会, 第十二次党代表大会: a local party congress named by its ordinal, with the place
        // that holds it.
        var p = r.lowerBound + 3
        while p + 3 <= r.upperBound {
            defer { p += 1 }
            guard view.text[p - 1] == "次", view.text[p] == "党" || view.text[p] == "黨" else { continue }
            for word in ProgrammeRecogniser.congressWords where view.hasText(word, at: p) {
                var k = p - 1
                while k > r.lowerBound, ProgrammeRecogniser.isChineseNumeral(view.text[k - 1]) || ScalarClass.isDigit(view.text[k - 1]) { k -= 1 }
                guard k < p - 1, k > r.lowerBound, view.text[k - 1] == "第" else { continue }
                var start = k - 1
                if let place = view.entries(.place, endingAt: start).filter({ start - $0.start >= 2 }).min(by: { $0.start < $1.start }) {
                    start = place.start
                }
                let range = start..<(p + word.count)
                candidates.append(Candidate(range: range, type: .programme, canonical: view.string(range),
                                            rule: "pattern:party-congress", confidence: 0.9))
            }
        }
        // A plenary session named by its committee's term and its number (党的二十届三中全会, 十一届三中全会,
        // 省委十一届五次全会): 党的 or 中共 before the term belongs to the name; a committee written before it
        // is a body of its own.
        var q = r.lowerBound + 4
        while q + 2 <= r.upperBound {
            defer { q += 1 }
            guard view.text[q] == "全", view.text[q + 1] == "会" || view.text[q + 1] == "會",
                  view.text[q - 1] == "中" || view.text[q - 1] == "次" else { continue }
            var k = q - 1
            while k > r.lowerBound, ProgrammeRecogniser.isChineseNumeral(view.text[k - 1]) { k -= 1 }
            guard k < q - 1, k > r.lowerBound, view.text[k - 1] == "届" || view.text[k - 1] == "屆" else { continue }
            var start = k - 1
            while start > r.lowerBound, ProgrammeRecogniser.isChineseNumeral(view.text[start - 1]) { start -= 1 }
            guard start < k - 1 else { continue }
            if start - 2 >= r.lowerBound, view.text[start - 2] == "党" || view.text[start - 2] == "黨", view.text[start - 1] == "的" {
                start -= 2
            } else if start - 2 >= r.lowerBound, view.text[start - 2] == "中", view.text[start - 1] == "共" {
                start -= 2
            }
            let range = start..<(q + 2)
            candidates.append(Candidate(range: range, type: .programme, canonical: view.string(range),
                                        rule: "pattern:plenary-session", confidence: 0.9))
        }
    }

    /// A people's congress, whose 大会 ends a legislature's name (OrganisationRecogniser: legislature-term).
    static let peoplesCongress: [[Unicode.Scalar]] = ["人民代表大会", "人民代表大會"].map { Array($0.unicodeScalars) }

    /// A party congress's names after its ordinal (第十七次 党代会).
    static let congressWords: [[Unicode.Scalar]] = ["党代会", "党代表大会", "黨代會", "黨代表大會"].map { Array($0.unicodeScalars) }

    /// Words of programme names that hold a break character (社会科学普及宣传周, 共享专题库, 对外开放):
    /// a name body may cross the break only inside one of these whole words, so 及, 共 and 对 still end
    /// a clause everywhere else.
    static let bodyWords: [[Unicode.Scalar]] = ["普及", "科普", "社会", "共享", "共建", "对外", "会展", "能源", "都市", "有奖",
                                                "普及", "社會", "對外", "會展"]
        .map { Array($0.unicodeScalars) }

    /// Is the break scalar at `k` inside one of `bodyWords` that lies wholly inside `bounds`?
    private func isInBodyWord(_ view: SentenceView, at k: Int, within bounds: Range<Int>) -> Bool {
        for w in ProgrammeRecogniser.bodyWords {
            for (j, c) in w.enumerated() where c == view.text[k] {
                let start = k - j
                if start >= bounds.lowerBound, start + w.count <= bounds.upperBound, view.hasText(w, at: start) { return true }
            }
        }
        return false
    }

    /// A name body scalar: a non-break scalar, or a break scalar inside a common word (普及, 以及 are words,
    /// 及 alone is a conjunction) or ending a cue.
    private func isBodyScalar(_ view: SentenceView, at k: Int) -> Bool {
        let s = view.text[k]
        if BreakWords.isNameBody(s) { return true }
        guard ScalarClass.isHan(s) else { return false }
        if isInBodyWord(view, at: k, within: view.range) { return true }
        if let e = view.commonWordEnd(from: k - 1), e > k, k - 1 >= view.range.lowerBound,
           BreakWords.isNameBody(view.text[k - 1]) { return true }
        // The last scalar of a cue (分享会, 研讨会: 会 alone is a modal verb).
        return view.entries(.programmeCue, endingAt: k + 1).contains { $0.start < k }
    }

    /// The end of the last clause verb in `range` (so the name starts after it), nil when none.
    private func lastClauseVerbEnd(_ view: SentenceView, _ range: Range<Int>) -> Int? {
        var best: Int?
        for v in ProgrammeRecogniser.clauseVerbs where v.count <= range.count {
            var p = range.lowerBound
            while p + v.count <= range.upperBound {
                if view.hasText(v, at: p) { best = max(best ?? 0, p + v.count) }
                p += 1
            }
        }
        return best
    }

    /// Does a lead verb end at `p`, directly or through a 的 (全省首创的“劳动用工法治体检”)?
    private func endsWithLeadVerb(_ view: SentenceView, at p: Int) -> Bool {
        for v in ProgrammeRecogniser.leadVerbScalars where p - v.count >= view.range.lowerBound {
            if view.hasText(v, at: p - v.count) { return true }
        }
        if p - 1 > view.range.lowerBound, view.text[p - 1] == "的" {
            for v in ProgrammeRecogniser.nameIntroducers where p - 1 - v.count >= view.range.lowerBound {
                if view.hasText(v, at: p - 1 - v.count) { return true }
            }
        }
        return false
    }

    /// Verbs whose object, even through 的, is a name: what was first made, launched or created.
    static let nameIntroducers: [[Unicode.Scalar]] = ["首创", "推出", "打造", "创建", "开展", "实施", "启动", "发起", "创新"]
        .map { Array($0.unicodeScalars) }

    /// Verbs that put a plan or a service into the world (出台 …八条措施, 开通 …专线): a name starts after them.
    static let issueVerbs: [[Unicode.Scalar]] = ["出台", "出臺", "开通", "開通", "推出", "印發", "制定", "发布", "發布", "开设", "開設"]
        .map { Array($0.unicodeScalars) }

    private func lastLeadVerbEnd(_ view: SentenceView, _ range: Range<Int>) -> Int? {
        var best: Int?
        for v in ProgrammeRecogniser.issueVerbs where v.count <= range.count {
            var p = range.lowerBound
            while p + v.count <= range.upperBound {
                if view.hasText(v, at: p) { best = max(best ?? 0, p + v.count) }
                p += 1
            }
        }
        return best
    }

    /// The end of the programme head after a quoted slogan of two to six phrases of two to four Han
    /// characters joined by 、, nil when the quote is anything else or no head follows it.
    static func parallelSloganHeadEnd(_ view: SentenceView, core: Range<Int>, close: Int) -> Int? {
        var items = 0, length = 0
        for k in core {
            if view.text[k] == "、" {
                guard (2...4).contains(length) else { return nil }
                items += 1; length = 0
            } else {
                guard ScalarClass.isHan(view.text[k]) else { return nil }
                length += 1
            }
        }
        guard (2...4).contains(length), (1...5).contains(items) else { return nil }
        return view.entries(.programmeCue, startingAt: close + 1).first(where: { $0.entry.has("head") })?.end
    }

    private func proposeQuoted(_ view: SentenceView, into candidates: inout [Candidate]) {
        let r = view.range
        var i = r.lowerBound
        while i < r.upperBound {
            let open = view.text[i]
            guard ScalarClass.isOpenQuote(open), open != "《" else { i += 1; continue }
            let close = ScalarClass.closeQuote(for: open)
            var j = i + 1
            var clean = true
            while j < r.upperBound, view.text[j] != close, j - i <= 24 {
                let s = view.text[j]
                if s == "，" || s == "。" || s == "、" || s == "：" || s == "；" || s == "！" || s == "？" || s == "," { clean = false }
                j += 1
            }
            guard j < r.upperBound, view.text[j] == close else { i += 1; continue }
            let core = (i + 1)..<j
            // A slogan of parallel short phrases (“走企业、解难题”) before a programme's head
            // (活动, 行动) names that campaign: the enumeration comma is the only mark inside.
            if !clean, let end = ProgrammeRecogniser.parallelSloganHeadEnd(view, core: core, close: j) {
                candidates.append(Candidate(range: i..<end, type: .programme, canonical: view.string(core),
                                            rule: "pattern:quoted-slogan-head", confidence: 0.85))
                i = j + 1
                continue
            }
            // Quoted speech (with clause punctuation) is no name, but may hold quoted names: look inside.
            guard clean else { i += 1; continue }
            defer { i = j + 1 }
            // A long core is a name only when it ends like one (“工信部国家产融合作试点城市典型案例（2023）”).
            guard core.count >= 2, core.count <= 16 || (core.count <= 24 && endsWithCue(view, core)) else { continue }
            // A vehicle or craft (“天问一号”, “蛟龙号”) is a product, not a programme.
            if view.text[j - 1] == "号" || view.text[j - 1] == "號" { continue }
            // A quoted phrase with 的 or a nested quote is a title or a slogan (“‘晋江经验’的时代价值”).
            if core.contains(where: { view.text[$0] == "的" || view.text[$0] == "‘" }) { continue }
            if view.isStopWord(core) { continue }
            // A core without Han characters or ending in an operator (“4+4+6”, “信易+”) is only a token
            // of the longer name that follows; a Han core is a name of its own.
            let hasHan = core.contains(where: { ScalarClass.isHan(view.text[$0]) })
            // Numerals alone (“八五”普法规划, “十四五”规划) are a token too.
            let isToken = !hasHan || view.text[j - 1] == "+"
                || core.allSatisfy({ ProgrammeRecogniser.isChineseNumeral(view.text[$0]) })
            // What follows the closing mark: more name characters then a cue make the quote a token inside
            // a longer name. Up to ten body scalars, or sixteen through a conjunction (“双碳”工作与产业创新发展
            // 专题培训班) when an event cue ends them.
            let after = j + 1
            var k = after
            var conjunction: Int?
            while k < r.upperBound, k - after < 16 {
                if isBodyScalar(view, at: k) { k += 1; continue }
                if conjunction == nil, view.text[k] == "与" || view.text[k] == "與", k > after + 1,
                   k + 1 < r.upperBound, BreakWords.isNameBody(view.text[k + 1]) { conjunction = k; k += 1; continue }
                break
            }
            // A clause verb after the quote (“老人会”组织村民 开展 环境整治) ends what can belong to its name;
            // a verb inside an event's cue (新闻发布会, 推进会) is the cue's own.
            var from = after
            while let v = NameBodyVerbs.firstStart(in: view.text, from..<k) {
                let insideCue = (max(after, v - 4)...v).contains { s in
                    view.hasEntry(.programmeCue, startingAt: s, where: { e, _ in e > v + 1 })
                }
                if !insideCue { k = v; break }
                from = v + 1
            }
            // A quoted phrase before an idea or a model (“…”理念, “…”服务模式) names a way of thinking or of
            // working, not a programme.
            if k > after, (after...min(after + 2, k)).contains(where: { p in
                ProgrammeRecogniser.ideaHeads.contains { p + $0.count <= k && view.hasText($0, at: p) }
            }) { continue }
            // A short quoted theme (“双碳”, “低碳”) before an event cue (…专题培训班, …推进会): the event's whole
            // title is the name, even when a generic head (工作) follows the quote first.
            if hasHan, core.count <= 3, let e = lastEventEnd(view, after: after, upTo: k) {
                candidates.append(Candidate(range: i..<e, type: .programme, canonical: view.string(core) + view.string(after..<e),
                                            rule: "pattern:quoted-theme-event", confidence: 0.8))
                continue
            }
            if hasHan, !isToken, let d = designation(view, open: i, close: j) {
                candidates.append(Candidate(range: d.range, type: .programme, canonical: d.name,
                                            rule: "pattern:quoted-designation", confidence: 0.85))
                continue
            }
            // A quoted single common word (“拓展”, “闭环”) is emphasis, not a name, unless a programme's head
            // or cue follows it (“海纳百川”人才计划, “清朗”系列专项行动).
            let emphasis = hasHan && !isToken && (core.count <= 2 || view.segmentationConflict(core).isWord)
            let heads = view.entries(.programmeCue, startingAt: after)
            if !isToken, var head = heads.first(where: { $0.entry.has("head") }) {
                // Emphasis before the plain 工作 (“全天候”工作) is a manner of working.
                if emphasis, view.hasText(ProgrammeRecogniser.work, at: after), head.end == after + 2 { continue }
                // A second head right after the first (“就业援助月”专项|活动, “清风”品牌|活动) belongs to the name.
                if let second = view.entries(.programmeCue, startingAt: head.end).first(where: { $0.entry.has("head") }) {
                    head = second
                }
                // A city's own instance of a programme (厦门市“信易贷”平台) is a programme of its own, named in full.
                if let place = view.entries(.place, endingAt: i).filter({ i - $0.start >= 3 }).min(by: { $0.start < $1.start }),
                   view.text[i - 1] == "市" || view.text[i - 1] == "省" {
                    let name = view.string(place.start..<i) + view.string(core) + view.string(after..<head.end)
                    candidates.append(Candidate(range: place.start..<head.end, type: .programme, canonical: name,
                                                rule: "pattern:place-quoted-head", confidence: 0.85))
                    continue
                }
                candidates.append(Candidate(range: i..<head.end, type: .programme, canonical: view.string(core),
                                            rule: "pattern:quoted-head", confidence: 0.85))
                continue
            }
            var longer = false
            var e = k
            while e > after {
                let cues = view.entries(.programmeCue, endingAt: e).filter { e - $0.start >= 2 }
                let far = e - after > 10 || (conjunction.map { e > $0 } ?? false)
                // An event (…专题培训班, …推进会, …论坛) rather than a generic head (…活动, …项目).
                // Only a short core (“双碳”, “八五”) is a theme token; a longer one (“投资中国年”主旨论坛) names the event.
                let event = core.count <= 3 && cues.contains { !$0.entry.has("head") && ($0.entry.int("strength") ?? 1) >= 2 }
                if !cues.isEmpty, !far || event {
                    guard isToken || event else {
                        // “上合之珠”重点项目, “人文集美”建设提升工作: the quoted core is the name.
                        // The span runs to the cue so that the description after the quote is not a name of its own.
                        candidates.append(Candidate(range: i..<e, type: .programme, canonical: view.string(core),
                                                    rule: "pattern:quoted-before-cue", confidence: 0.8))
                        longer = true
                        break
                    }
                    // A token (“4+4+6”现代化产业体系) or a theme (“双碳”工作与…专题培训班): the whole is the name.
                    let name = view.string(core) + view.string(after..<e)
                    candidates.append(Candidate(range: i..<e, type: .programme, canonical: name,
                                                rule: "pattern:quoted-cue", confidence: 0.8))
                    longer = true
                    break
                }
                e -= 1
            }
            if longer || emphasis { continue }
            // A token (“党建+”) with no cue after it is a formula, not a name of its own.
            guard hasHan, !isToken else { continue }
            if isQuotedSlogan(view, open: i, core: core) { continue }
            // A quoted name closed by a strong organisation suffix that is no programme cue (“防汛救灾领导小组”,
            // “青年志愿者协会”) names a body: the organisation recogniser reads it.
            if view.hasEntry(.orgSuffix, endingAt: j, where: { s, e in s > core.lowerBound && view.lexicon.strength(ofEntry: e) >= 3 }),
               !view.hasEntry(.programmeCue, endingAt: j, where: { s, _ in s > core.lowerBound }) { continue }
            var c = 0.45
            if endsWithCue(view, core) { c += 0.3 }
            // Through 的 (首创的“劳动用工法治体检”，) only when the quote ends the phrase: “中美首脑会晤”数据库
            // names a database after its subject.
            if endsWithLeadVerb(view, at: i), view.text[i - 1] != "的" || j + 1 >= r.upperBound || !ScalarClass.isHan(view.text[j + 1]) { c += 0.3 }
            // One of a run of quoted names (“民呼我为”“接诉即办”等机制, “A”、“B”).
            if isInQuotedRun(view, open: i, close: j) { c += 0.2 }
            if core.count > 8 { c -= 0.1 }
            guard c >= 0.6 else { continue }
            candidates.append(Candidate(range: i..<(j + 1), type: .programme, canonical: view.string(core),
                                        rule: "pattern:quoted", confidence: min(c, 0.85)))
        }
    }

    static let work = Array("工作".unicodeScalars)

    /// The end of the longest event cue (strength 2 or more, not a generic head) in `after..<limit`
    /// that begins after `after`, nil when none.
    private func lastEventEnd(_ view: SentenceView, after: Int, upTo limit: Int) -> Int? {
        var e = limit
        while e > after + 1 {
            let cues = view.entries(.programmeCue, endingAt: e).filter { e - $0.start >= 2 && $0.start >= after }
            if !cues.isEmpty {
                return cues.contains { !$0.entry.has("head") && ($0.entry.int("strength") ?? 1) >= 2 } ? e : nil
            }
            e -= 1
        }
        return nil
    }

    /// A designation of enterprises with a quoted token (国家级专精特新“小巨人”企业, “专精特新”中小企业):
    /// the whole phrase from a scope word (or from the quote) to 企业 names the honour. Nil when the
    /// quote is not followed by 企业 within seven body scalars, or when its left part is not anchored.
    private func designation(_ view: SentenceView, open: Int, close: Int) -> (range: Range<Int>, name: String)? {
        let r = view.range
        var k = close + 1
        while k < r.upperBound, k - close <= 7, BreakWords.isNameBody(view.text[k]) { k += 1 }
        var e = k
        while e > close + 2, !(view.text[e - 2] == "企" && view.text[e - 1] == "业") { e -= 1 }
        guard e > close + 2, view.text[e - 2] == "企", view.text[e - 1] == "业" else { return nil }
        // A verb before 企业 makes it an object (“泉心泉意”服务企业), not a designation.
        if ProgrammeRecogniser.enterpriseVerbs.contains(where: { view.hasText($0, at: close + 1) }) { return nil }
        // Left part: body scalars glued to the opening mark, after the last verb, from a scope word.
        var s = open
        while s > r.lowerBound, open - s < 8, BreakWords.isNameBody(view.text[s - 1]) { s -= 1 }
        if let v = NameBodyVerbs.lastEnd(in: view.text, s..<open) { s = v }
        if let v = lastClauseVerbEnd(view, s..<open) { s = v }
        var start = open
        if s < open {
            guard let scope = (s..<open).first(where: { isScopeStart(view, $0) }) else { return nil }
            start = scope
        }
        let name = view.string(start..<open) + view.string((open + 1)..<close) + view.string((close + 1)..<e)
        return (start..<e, name)
    }

    /// Verbs that take 企业 as their object (服务企业, 走访企业, 扶持企业).
    static let enterpriseVerbs: [[Unicode.Scalar]] = ["服务", "走访", "帮扶", "扶持", "支持", "引导", "培育", "惠及", "助力", "对接"]
        .map { Array($0.unicodeScalars) }

    /// Last scalars of a periodical's title (《海滨日报》, 《求是》杂志 aside): 报, 刊, 志.
    static let periodicalEnds = ScalarSet("报刊志報")

    /// Plan words that make a document title a programme (《…实施方案》, 《…三年行动计划》): the seeds
    /// treat a named plan as a programme, while laws and opinions (《…条例》, 《…意见》) stay documents.
    static let planTails: [[Unicode.Scalar]] = ["方案", "规划", "计划", "規劃", "計劃"].map { Array($0.unicodeScalars) }

    /// Book-title marks name a programme in two ways: a title followed by a programme head
    /// (《方志·探厦门》系列短视频展播: the title is the name), and a plan's title (《…实施方案》: the whole title).
    private func proposeTitled(_ view: SentenceView, into candidates: inout [Candidate]) {
        let r = view.range
        var i = r.lowerBound
        while i < r.upperBound {
            guard view.text[i] == "《" else { i += 1; continue }
            var j = i + 1
            while j < r.upperBound, view.text[j] != "》", view.text[j] != "《", j - i <= 40 { j += 1 }
            guard j < r.upperBound, view.text[j] == "》" else { i += 1; continue }
            defer { i = j + 1 }
            let core = (i + 1)..<j
            guard core.count >= 2, core.contains(where: { ScalarClass.isHan(view.text[$0]) }) else { continue }
            // A programme head after the title, through at most ten body scalars (系列短视频展播).
            var k = j + 1
            while k < r.upperBound, k - j <= 10, isBodyScalar(view, at: k) { k += 1 }
            var e = k
            var found = false
            while e > j + 1 {
                let cues = view.entries(.programmeCue, endingAt: e).filter { e - $0.start >= 2 && $0.start > j }
                if cues.contains(where: { ($0.entry.int("strength") ?? 1) >= 2 }) { found = true; break }
                e -= 1
            }
            // A verb between the title and the cue (《天津日报》举办小小说大赛) makes them a clause, and a
            // periodical's title (…报, …杂志) names the organiser, not the event.
            if found, NameBodyVerbs.lastEnd(in: view.text, (j + 1)..<e) != nil { found = false }
            if found, ProgrammeRecogniser.periodicalEnds.contains(view.text[j - 1]) { found = false }
            if found, core.count <= 16 {
                candidates.append(Candidate(range: i..<e, type: .programme, canonical: view.string(core),
                                            rule: "pattern:title-before-cue", confidence: 0.8))
                continue
            }
            let isPlan = ProgrammeRecogniser.planTails.contains { t in
                t.count < core.count && view.hasText(t, at: core.upperBound - t.count)
            }
            if isPlan, core.count >= 4 {
                candidates.append(Candidate(range: i..<(j + 1), type: .programme, canonical: view.string(core),
                                            rule: "pattern:titled-plan", confidence: 0.75))
            }
        }
    }

    /// Tails that make a quoted phrase a slogan or a praise of a quality (“上合速度”, “铁军效率”,
    /// “厦门模式”), not a named programme: seeds-gold excludes slogans and targets.
    static let sloganTails: [[Unicode.Scalar]] = ["速度", "效率", "模式", "温度", "答卷", "高度", "力度"]
        .map { Array($0.unicodeScalars) }
    /// Measure words after a leading numeral: a counted phrase (“三张清单”, “五大新城”) summarises items.
    static let countMeasures = ScalarSet("张项条件大本座支")

    /// A bare quoted phrase that is a slogan, a count summary, or a metaphor inside quoted speech
    /// (‘黑天鹅’ within “…”: a single-quoted word needs a cue or a lead verb to be a name).
    private func isQuotedSlogan(_ view: SentenceView, open: Int, core: Range<Int>) -> Bool {
        for t in ProgrammeRecogniser.sloganTails where t.count < core.count {
            if view.hasText(t, at: core.upperBound - t.count) { return true }
        }
        if core.count >= 3, ProgrammeRecogniser.isChineseNumeral(view.text[core.lowerBound]),
           ProgrammeRecogniser.countMeasures.contains(view.text[core.lowerBound + 1]) { return true }
        if view.text[open] == "‘", !endsWithCue(view, core), !endsWithLeadVerb(view, at: open) { return true }
        return false
    }

    static let fieldNouns: [[Unicode.Scalar]] = ["领域", "方面", "行业", "板块", "场景", "环节", "領域", "行業", "場景", "環節"]
        .map { Array($0.unicodeScalars) }

    /// Does `from..<p` end with a field noun (工程领域, 政府采购领域) that labels a list item?
    private func endsWithFieldNoun(_ view: SentenceView, at p: Int, from: Int) -> Bool {
        ProgrammeRecogniser.fieldNouns.contains { w in
            p - w.count >= from && view.hasText(w, at: p - w.count)
        }
    }

    /// Another quoted name directly before or after this one (adjacent, or separated by 、), or a
    /// quoted name followed by 等: items of a list, which in news are names of the same kind.
    private func isInQuotedRun(_ view: SentenceView, open: Int, close: Int) -> Bool {
        let r = view.range
        var k = close + 1
        if k < r.upperBound, view.text[k] == "、" {
            k += 1
            // A list item may name its field before its quote (“A”、政府采购领域“B”): skip a short Han lead
            // that ends in a field noun (a verb lead, 坚决做到“…”, is a slogan list instead).
            var h = k
            while h < r.upperBound, h - k < 8, ScalarClass.isHan(view.text[h]) { h += 1 }
            if h < r.upperBound, ScalarClass.isOpenQuote(view.text[h]), view.text[h] != "《",
               endsWithFieldNoun(view, at: h, from: k) { return true }
        }
        if k < r.upperBound, ScalarClass.isOpenQuote(view.text[k]), view.text[k] != "《" { return true }
        if close + 1 < r.upperBound, view.text[close + 1] == "等" { return true }
        var b = open - 1
        // The same short Han lead before this item, after the previous item's 、.
        var h = b
        while h >= r.lowerBound, b - h < 8, ScalarClass.isHan(view.text[h]) { h -= 1 }
        if h < b, h - 1 >= r.lowerBound, view.text[h] == "、", view.text[h - 1] == "”" || view.text[h - 1] == "’",
           endsWithFieldNoun(view, at: open, from: h + 1) { return true }
        if b >= r.lowerBound, view.text[b] == "、" { b -= 1 }
        if b >= r.lowerBound, view.text[b] == "”" || view.text[b] == "’" { return true }
        return false
    }

    /// 战略 ("strategy", and the adjective "strategic").
    static let strategy: [Unicode.Scalar] = Array("战略".unicodeScalars)

    /// Nouns that 战略 qualifies as an adjective (hand list, general knowledge of Chinese political prose):
    /// partnership and dialogue between states, and a strategic view, height, meaning, standing or
    /// opportunity. Not 部署 or 目标: "the strategy's deployment" (强省战略|部署) reads as often.
    static let strategicNouns: [[Unicode.Scalar]] = [
        "伙伴", "协作伙伴", "合作伙伴", "协作", "对话", "互信", "稳定", "眼光", "高度", "意义", "地位", "机遇", "要地",
        "支点", "储备", "物资", "导弹", "武器", "核力量",
    ].map { Array($0.unicodeScalars) }

    /// A race between states (印巴核竞赛, 美苏军备竞赛) or an arms race is a rivalry, not a programme: 竞赛
    /// after 军备, or after a name opening with a pair of states' abbreviations (印巴, 美苏; from 巴 as well).
    static func isRaceBetweenStates(_ view: SentenceView, start: Int, cue: Range<Int>) -> Bool {
        guard view.hasText(race, at: cue.lowerBound), cue.count == race.count else { return false }
        if view.hasText(arms, at: cue.lowerBound - arms.count) { return true }
        return DictionaryRecogniser.isCountryAbbreviation(view, at: start)
            && (DictionaryRecogniser.isCountryAbbreviation(view, at: start + 1) || DictionaryRecogniser.isCountryAbbreviation(view, at: start - 1))
    }

    static let race: [Unicode.Scalar] = Array("竞赛".unicodeScalars)
    static let arms: [Unicode.Scalar] = Array("军备".unicodeScalars)

    private func proposeCued(_ view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound
        for m in view.matches {
            guard let id = view.lexicon.firstEntry(.programmeCue, among: m.entries) else { continue }
            let cue = view.lexicon.entries[id]
            let strength = view.lexicon.strength(ofEntry: id)
            // A weak cue (周, 节) names an event only after an ordinal edition (青岛首届职工创新创业周).
            guard strength >= 2 || (ProgrammeRecogniser.editionCues.contains(Array(view.text[m.start..<m.end]))
                                    && hasEdition(view, before: m.start)) else { continue }
            // 大会 closing a people's congress (第十四届人民代表大会) ends a legislature's name, a body's.
            if m.end - m.start == 2, ProgrammeRecogniser.peoplesCongress.contains(where: { view.hasText($0, at: m.end - $0.count) }) { continue }
            // A cue that begins a longer common word (改革发展, 工程师, 计划经济) is not a name's end.
            if let w = view.commonWordEnd(from: m.start), w > m.end { continue }
            // 战略 before a noun it qualifies (战略|伙伴关系 "strategic partnership", 战略|眼光) is the adjective
            // "strategic", not the end of a strategy's name.
            if m.end - m.start == ProgrammeRecogniser.strategy.count, view.hasText(ProgrammeRecogniser.strategy, at: m.start),
               ProgrammeRecogniser.strategicNouns.contains(where: { view.hasText($0, at: m.end) }) { continue }
            // Name body before the cue, back to a break (at most 12).
            var s = m.start
            // A name dot between two Han scalars joins a country to the event's own name (中国·海峡项目成果
            // 交易会), as the names of fairs are often written.
            // So does a host city in brackets (中国（晋江）国际鞋业博览会).
            while s > lo, m.start - s < 16 {
                if BreakWords.isNameBody(view.text[s - 1]) || view.text[s - 1] == "+"
                    || isInBodyWord(view, at: s - 1, within: lo..<m.start)
                    || (ScalarClass.isNameDot(view.text[s - 1]) && s - 1 > lo && s < m.start
                        && ScalarClass.isHan(view.text[s - 2]) && ScalarClass.isHan(view.text[s])) {
                    s -= 1
                } else if s < m.start, let open = OrganisationRecogniser.bracketedPlaceStart(view, closingAt: s - 1),
                          open > lo, ScalarClass.isHan(view.text[open - 1]) {
                    s = open
                } else {
                    break
                }
            }
            // A verb or demonstrative ends the clause before the name (深入实施 科技创新引领工程, 本次 大会),
            // and so does a count (设立3支 科创类基金, 安排26大项 活动).
            var verbCut = false
            // Province- or city-wide (全省 两岸融合发展县域集成改革试点, 全市 …活动) says where a programme runs,
            // not what it is called.
            if let w = lastRegionWideEnd(view, s..<m.start) { s = w; verbCut = true }
            // A date (2023年9月4日) says when, not what: the name starts after it.
            var dateCut = false
            if let d = lastDateEnd(view, s..<m.start) { s = d; dateCut = true }
            if let v = NameBodyVerbs.lastEnd(in: view.text, s..<m.start) { s = v; verbCut = true }
            var countCut = false
            if let c = lastCountEnd(view, s..<m.start) { s = c; verbCut = false; countCut = true }
            if let v = lastClauseVerbEnd(view, s..<m.start) { s = v; verbCut = true }
            if let v = lastLeadVerbEnd(view, s..<m.start) { s = v; verbCut = true }
            // A batch (第二批 主题教育) counts the campaign's rounds; it is not part of its name.
            if let b = lastBatchEnd(view, s..<m.start) { s = b }
            // Another name's strong cue inside the body ends that name (乡村振兴战略 | 乡村生态振兴专项小组).
            for p in stride(from: m.start - 1, to: s + 1, by: -1) {
                if view.entries(.programmeCue, endingAt: p).contains(where: { p - $0.start >= 2 && ($0.entry.int("strength") ?? 1) >= 3 }) {
                    s = p
                    break
                }
            }
            // A break scalar that begins a word (我国, 对接) takes the word's end as the name's start.
            if s > lo, BreakWords.isBreak(view.text[s - 1]), let e = view.commonWordEnd(from: s - 1), e > s, e < m.start { s = e }
            let bodyLength = m.start - s
            guard bodyLength >= 2 else { continue }
            // A quantifier of kinds right before the body (各类 产业投资基金, 多种 培训活动) speaks of a kind,
            // not of one programme.
            if ProgrammeRecogniser.kindQuantifiers.contains(where: { s - $0.count >= lo && view.hasText($0, at: s - $0.count) }) { continue }
            // A body that only says the programmes are several or related (系列 专项行动, 相关 活动) names none.
            // The same before a cue that holds an inner one (系列 专项|行动).
            if ProgrammeRecogniser.kindModifiers.contains(where: { w in
                view.hasText(w, at: s) && (w.count == bodyLength || view.hasEntry(.programmeCue, spanning: (s + w.count)..<m.end))
            }) { continue }
            // An adjective alone before the cue (智慧化 试点, 战略性 工程) describes; it does not name.
            if bodyLength <= 3, view.text[m.start - 1] == "化" || view.text[m.start - 1] == "性" { continue }
            // A lone common word before a generic cue (综合改革, 长效机制, 工作制度) is a description.
            if strength < 3, bodyLength <= 2 || view.commonWordEnd(from: s) == m.start,
               !view.entryStarts(.place, at: s), !view.entryStarts(.organisation, at: s) { continue }
            // Starts worth proposing: the break itself, an ordinal 第, a place/organisation start.
            // From a bare break the body must hold at least two words' worth (文化惠民 工程, not 系统 工程,
            // 实际 行动): a short unanchored body is a description.
            // Generic system heads (信用信息平台, 长效治理机制, 接待日制度) name a thing only with an anchor.
            let generic = strength == 2 && ProgrammeRecogniser.systemHeads.contains(Array(view.text[m.start..<m.end]))
            // A generic head after a name's own cue (…宣传周 活动, …工程 平台) adds nothing to the name.
            if generic, view.entries(.programmeCue, endingAt: m.start).contains(where: { m.start - $0.start >= 2 && ($0.entry.int("strength") ?? 1) >= 2 }) { continue }
            // Right after a verb that introduces a name (开设 12345企业服务专线, 出台 …八条措施) or an amount
            // set aside for it (设立10亿元 …增信子基金) the body is what was introduced: a better start than
            // an arbitrary break.
            var starts: [(Int, Double)] = bodyLength >= 4 && !generic ? [(s, verbCut || countCut ? 0.6 : 0.5)] : []
            // A strong cue (论坛, 文化节) after a verb or a count (举办3届 嘉庚论坛, 引入 市民文化节) names an event
            // even with a two-scalar body.
            // Not when body and cue make one common word (发展战略): that is vocabulary, not a name.
            if bodyLength < 4, strength >= 3, verbCut || countCut, !cue.has("head"),
               view.commonWordEnd(from: s) != m.end { starts.append((s, 0.6)) }
            for p in s..<m.start - 1 {
                if view.text[p] == "第" || isYearStart(view, p) || isFirstEdition(view, p) { starts.append((p, 0.72)) }
                // A scope word before a strong cue (全国综合实力百强区, 国家…战略) is a name's usual opening.
                else if isScopeStart(view, p) { starts.append((p, strength >= 3 ? 0.75 : 0.62)) }
                // 世界 or 国际 opening the body before a strong cue (是|世界环境日) scopes an observance or an
                // event; after a place (柏林|国际电影节) the place opens the name.
                else if p == s, strength >= 3, ProgrammeRecogniser.worldScopeWords.contains(where: { view.hasText($0, at: p) }) {
                    starts.append((p, 0.62))
                }
                else if view.entryStarts(.place, at: p) || view.entryStarts(.organisation, at: p),
                        !ProgrammeRecogniser.continuesAPlace(view, at: p), !view.entryRunsAcross(p, kinds: ProgrammeRecogniser.names) {
                    // A place before an ordinal (厦门市第九期…竞赛) opens the name as a year does.
                    let ordinal = view.entries(.place, startingAt: p).contains {
                        $0.end < m.start && (view.text[$0.end] == "第" || isFirstEdition(view, $0.end))
                            && (ProgrammeRecogniser.adminEnds.contains(view.text[$0.end - 1])
                                || ProgrammeRecogniser.domesticLevels.contains($0.entry.attributes["level"] ?? ""))
                    }
                    starts.append((p, ordinal ? 0.76 : 0.62))
                }
            }
            // Items coordinated before the name (推进 甲乙城市、丙丁城市 和 …试点): programmes of the same kind.
            if s > lo + 1, !(verbCut || countCut || dateCut) { proposeCoordinatedItems(view, before: s, into: &candidates) }
            // A named road or bridge joined to the works by a conjunction (国道205线福州大桥 及 引桥加固工程):
            // the works are that road's, and its name opens the project's. Only where the body stopped at the
            // conjunction itself: a verb, a count or a date before it ended the clause already.
            if s > lo + 2, !(verbCut || countCut || dateCut), ProgrammeRecogniser.worksConjunctions.contains(view.text[s - 1]),
               let road = ProgrammeRecogniser.roadChainStart(view, endingAt: s - 1) {
                starts.append((road, 0.72))
            }
            // A road or bridge with its section in brackets before the works (翔安大道(西滨立交-民安大道段)积水点
            // 改造工程): the place opens the name, and the bracket does not count towards its length.
            if s > lo + 1, view.text[s - 1] == ")" || view.text[s - 1] == "）" {
                let open: Unicode.Scalar = view.text[s - 1] == ")" ? "(" : "（"
                var b = s - 2
                while b > lo, s - b <= 16, view.text[b] != open { b -= 1 }
                // The place: a dictionary place (泉州大桥 aside) or a place name with a road suffix (翔安 大道).
                if b > lo, view.text[b] == open {
                    if let place = view.entries(.place, endingAt: b).max(by: { $0.start > $1.start }), b - place.start >= 2 {
                        starts.append((place.start, 0.72))
                    } else if let suffix = view.entries(.placeSuffix, endingAt: b).first,
                              let place = view.entries(.place, endingAt: suffix.start).max(by: { $0.start > $1.start }) {
                        starts.append((place.start, 0.72))
                    }
                }
            }
            // A short bracketed alternative or edition after the cue belongs to the name (示范县(区), 试点（第三批）).
            let end = bracketedSuffixEnd(view, from: m.end) ?? m.end
            // A kind of event or fund counted right after it (…宣传活动40多场次, 组织比武竞赛3000余场) is no
            // one programme; only an ordinal or a year before it still names one.
            let counted = ProgrammeRecogniser.isCounted(view, after: end)
            for (start, base) in starts where m.start - start >= 2 && (!counted || base >= 0.72) {
                let range = start..<end
                if view.isStopWord(range) { continue }
                if ProgrammeRecogniser.isRaceBetweenStates(view, start: start, cue: m.start..<m.end) { continue }
                // A start inside a run of transliteration characters (布莱|希特诞辰百年大会) cuts a foreign
                // name in two, unless a known place or organisation starts there (a one-character
                // country abbreviation such as 希 does not count).
                if start > lo, view.lexicon.isTransliterationChar(view.text[start - 1]), view.lexicon.isTransliterationChar(view.text[start]),
                   start + 1 < m.start, view.lexicon.isTransliterationChar(view.text[start + 1]),
                   !view.entries(.place, startingAt: start).contains(where: { $0.end - start >= 2 }),
                   !view.entries(.organisation, startingAt: start).contains(where: { $0.end - start >= 2 }) { continue }
                // A start that cuts a common word in two (集|中展示…工程, 养|老保险制度) is no name's start,
                // unless a dictionary name of two or more scalars begins there. A start set by a verb, a count
                // or a date is a boundary already (10亿元|首贷…: 元首 is no word there).
                if start > s || !(verbCut || countCut || dateCut), cutsCommonWord(view, at: start, before: m.start),
                   !view.entries(.place, startingAt: start).contains(where: { $0.end - start >= 2 }),
                   !view.entries(.organisation, startingAt: start).contains(where: { $0.end - start >= 2 }) { continue }
                // A place or an organisation alone before a head noun (美国 活动, 中国 计划, 公司 计划) is a
                // clause: the name needs words of its own.
                if cue.has("head"), view.entries(.place, startingAt: start).contains(where: { $0.end == m.start })
                    || view.entries(.organisation, startingAt: start).contains(where: { $0.end == m.start }) { continue }
                // A name does not open with a manner adjective (长效化 治理机制, 常态化 监督机制).
                if start + 3 < m.start, view.text[start + 2] == "化",
                   let w = view.commonWordEnd(from: start), w == start + 2 || w == start + 3 { continue }
                // A generic head after one common word (长效 机制) stays a description, anchor or not.
                if generic, view.commonWordEnd(from: start) == m.start { continue }
                // Long bodies are descriptions more often than names: past twelve scalars only an ordinal,
                // a year or a scope word before a strong cue keeps them.
                let length = m.start - start
                // An ordinal or a year anchors a long name (厦门市第九期社会科学知识有奖竞赛) on its own.
                let penalty = base >= 0.72 ? (length > 16 ? 0.1 : 0) : (length > 12 ? 0.2 : length > 8 ? 0.1 : 0)
                let c = base + 0.05 * Double(strength - 2) - penalty
                guard c >= 0.5 else { continue }
                candidates.append(Candidate(range: range, type: .programme, canonical: view.string(range),
                                            rule: "pattern:cue", confidence: c))
            }
        }
    }

    /// Items coordinated before a cued programme, the whole list a lead verb's object (推进 老年友好城市、
    /// 儿童友好城市 和 便民生活圈试点): each item is a programme of the same kind, named as written, without
    /// the cue they share. Only a list that opens right after a lead verb; an item of five to ten name
    /// characters that is no known place or organisation, no common word and no stop word (four are mostly
    /// two words that say what kind of event it was: 举办 主题报告 和 社科讲座、…大赛).
    private func proposeCoordinatedItems(_ view: SentenceView, before bodyStart: Int, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound
        var joint = bodyStart - 1
        var items: [Range<Int>] = []
        var opened = false
        while items.count < 6, joint > lo, PlaceRecogniser.listConjunctions.contains(view.text[joint]) {
            var k = joint
            while k > lo, joint - k < 16, BreakWords.isNameBody(view.text[k - 1]) { k -= 1 }
            guard k < joint else { return }
            // The list opens where a lead verb ends, inside the run (扎实推进|…) or right before it.
            if let open = (k..<joint).last(where: { endsWithLeadVerb(view, at: $0) }) {
                items.append(open..<joint)
                opened = true
                break
            }
            items.append(k..<joint)
            joint = k - 1
        }
        guard opened else { return }
        for item in items where (5...10).contains(item.count) {
            if view.isStopWord(item) || view.commonWordEnd(from: item.lowerBound) == item.upperBound { continue }
            if view.entries(.place, startingAt: item.lowerBound).contains(where: { $0.end == item.upperBound })
                || view.entries(.organisation, startingAt: item.lowerBound).contains(where: { $0.end == item.upperBound }) { continue }
            candidates.append(Candidate(range: item, type: .programme, canonical: view.string(item),
                                        rule: "pattern:coordinated-cue", confidence: 0.55))
        }
    }

    /// Conjunctions that join a road or bridge to the rest of a project's works (…大桥 及 引桥加固工程).
    static let worksConjunctions: ScalarSet = ["及", "和", "与", "與"]

    /// Suffixes of the roads, bridges and tunnels that works are carried out on; narrower than the place
    /// recogniser's road suffixes (路, 街 name streets, whose works rarely carry the street's name).
    static let worksSiteSuffixes = ScalarWordSet(["大桥", "大橋", "桥", "橋", "隧道", "大道", "公路", "铁路", "鐵路", "高速公路"])

    /// The start of the named roads and bridges that end at `end`: a known place with a road or bridge
    /// suffix (福州 大桥), a numbered highway (国道205线), or a highway right before such a bridge
    /// (国道205线 福州大桥: the bridge that carries it). Nil when no road ends there.
    static func roadChainStart(_ view: SentenceView, endingAt end: Int) -> Int? {
        var start: Int?
        if let numbered = PlaceRecogniser.numberedRoadStart(view, endingAt: end) {
            start = numbered
        } else {
            for suffix in view.entries(.placeSuffix, endingAt: end) where worksSiteSuffixes.contains(view.text, suffix.start..<end) {
                if let place = view.entries(.place, endingAt: suffix.start).filter({ suffix.start - $0.start >= 2 }).map(\.start).min() {
                    start = min(start ?? place, place)
                }
            }
        }
        guard var s = start else { return nil }
        if let highway = PlaceRecogniser.numberedRoadStart(view, endingAt: s) { s = highway }
        return s
    }

    /// The kinds of name no programme opens inside (济|南…工程: 南, the abbreviation of 南非, inside 济南).
    static let names: [LexiconKind] = [.place, .organisation]

    /// The one-character place at `p` is a place suffix closing the place before it (黄骅|港, 横琴|岛): the
    /// harbour of 黄骅, not Hong Kong, so no name opens there.
    static func continuesAPlace(_ view: SentenceView, at p: Int) -> Bool {
        guard view.entryEnds(.place, at: p), view.entryStarts(.placeSuffix, at: p),
              !view.entryStarts(.organisation, at: p) else { return false }
        return !view.hasEntry(.place, startingAt: p) { e, _ in e - p >= 2 }
    }

    /// A count right after `i`: a number (digits or Chinese numerals), an optional 多/余, and a measure
    /// word of events or items (场, 次, 个, 项, 期, 批).
    static func isCounted(_ view: SentenceView, after i: Int) -> Bool {
        func isNumber(_ c: Unicode.Scalar) -> Bool {
            ScalarClass.isDigit(c) || PersonNameRecogniser.numerals.contains(c) && c != "多" && c != "余" && c != "数"
        }
        var k = i
        while k < view.range.upperBound, isNumber(view.text[k]) { k += 1 }
        guard k > i, k < view.range.upperBound else { return false }
        if view.text[k] == "多" || view.text[k] == "余" { k += 1 }
        guard k < view.range.upperBound else { return false }
        return countedMeasures.contains(view.text[k])
    }

    static let countedMeasures: ScalarSet = ["场", "次", "个", "项", "期", "批"]

    /// Heads of ideas and models (理念, 模式, 思路): a quoted phrase before one is a way of thinking.
    static let ideaHeads: [[Unicode.Scalar]] = ["理念", "模式", "思路", "理论", "观念", "思维"].map { Array($0.unicodeScalars) }

    /// Quantifiers of kinds (各类, 多种, 一系列): what follows them is a kind of programme.
    static let kindQuantifiers: [[Unicode.Scalar]] = ["各类", "各种", "各项", "多种", "多项", "一系列", "一些", "这些", "诸多"]
        .map { Array($0.unicodeScalars) }

    /// Words that make a whole body say "a series of" or "related" (系列, 相关, 有关, 一系列): no name.
    static let kindModifiers: [[Unicode.Scalar]] = ["系列", "相关", "有关", "一系列", "同类", "配套"].map { Array($0.unicodeScalars) }

    /// Does a common word run across `p` (start before it, end after it, within the body before `limit`)?
    private func cutsCommonWord(_ view: SentenceView, at p: Int, before limit: Int) -> Bool {
        for e in (p + 1)...min(p + 4, limit) {
            if let w = view.commonWordStart(to: e), w < p { return true }
        }
        return false
    }

    /// Cues that end descriptions of an institution or an event (文体活动) far more often than names: they need an anchor
    /// (a place, an organisation, a scope word, an ordinal) before them.
    static let systemHeads: Set<[Unicode.Scalar]> = Set(["平台", "机制", "制度", "機制", "活动"].map { Array($0.unicodeScalars) })

    /// A year opens a name (2024厦门市社科知识大赛, 2024年5G工厂名录): four digits after a non-digit.
    private func isYearStart(_ view: SentenceView, _ p: Int) -> Bool {
        guard p + 4 < view.range.upperBound, p == view.range.lowerBound || !ScalarClass.isDigit(view.text[p - 1]) else { return false }
        return (p..<(p + 4)).allSatisfy { ScalarClass.isDigit(view.text[$0]) } && !ScalarClass.isDigit(view.text[p + 4])
    }

    /// Last scalars of a Chinese administrative place (厦门市, 福建省, 集美区): the organisers of numbered events.
    static let adminEnds = ScalarSet("市省区县镇")
    /// Dictionary levels of Chinese administrative places (青岛 is a prefecture without its 市).
    static let domesticLevels: Set<String> = ["province", "prefecture", "county", "district", "township"]

    /// World-wide scopes (世界环境日, 国际消费者权益日): a name's opening only where the body starts.
    static let worldScopeWords: [[Unicode.Scalar]] = ["世界", "国际", "國際"].map { Array($0.unicodeScalars) }

    static let scopeWords: [[Unicode.Scalar]] = ["全国", "国家级", "国家", "省级", "市级", "中国", "國家", "國家級", "全國"]
        .map { Array($0.unicodeScalars) }

    /// The end of the last date part (9月, 4日 after digits) in `range`, nil when none.
    private func lastDateEnd(_ view: SentenceView, _ range: Range<Int>) -> Int? {
        var best: Int?
        for p in range where p > range.lowerBound && (view.text[p] == "月" || view.text[p] == "日")
            && ScalarClass.isDigit(view.text[p - 1]) { best = p + 1 }
        return best
    }

    /// Weak cues that end an event's name after an edition (第三届…文化节, 首届…创业周); 年, 月 and 比赛
    /// after an edition are dates and rounds.
    static let editionCues: Set<[Unicode.Scalar]> = Set(["周", "节", "節"].map { Array($0.unicodeScalars) })

    /// 首届: the first edition, an ordinal like 第一届.
    private func isFirstEdition(_ view: SentenceView, _ p: Int) -> Bool {
        p + 2 < view.range.upperBound && view.text[p] == "首" && (view.text[p + 1] == "届" || view.text[p + 1] == "屆")
    }

    /// Is there an edition ordinal (第三届, 首届) in the twelve scalars before `p`?
    private func hasEdition(_ view: SentenceView, before p: Int) -> Bool {
        let lo = max(view.range.lowerBound, p - 12)
        guard lo + 1 < p else { return false }
        for k in (lo + 1)..<p where view.text[k] == "届" || view.text[k] == "屆" {
            let b = view.text[k - 1]
            if b == "首" || ProgrammeRecogniser.isChineseNumeral(b) || ScalarClass.isDigit(b) { return true }
        }
        return false
    }

    /// The end of a bracketed suffix of one to four Han scalars or digits right at `p` ((区), （2023）,
    /// （第三批）), nil when there is none.
    private func bracketedSuffixEnd(_ view: SentenceView, from p: Int) -> Int? {
        let r = view.range
        guard p < r.upperBound, view.text[p] == "(" || view.text[p] == "（" else { return nil }
        let close: Unicode.Scalar = view.text[p] == "(" ? ")" : "）"
        var k = p + 1
        while k < r.upperBound, k - p <= 5, ScalarClass.isHan(view.text[k]) || ScalarClass.isDigit(view.text[k]) { k += 1 }
        guard k > p + 1, k < r.upperBound, view.text[k] == close else { return nil }
        return k + 1
    }

    /// Region-wide adverbs that precede a programme without being part of its name.
    static let regionWide: [[Unicode.Scalar]] = ["全省", "全市", "全区", "全县", "全區", "全縣", "区级", "县级", "區級", "縣級"]
        .map { Array($0.unicodeScalars) }

    /// The end of the last region-wide adverb (全省, 全市) in `range`, nil when none.
    private func lastRegionWideEnd(_ view: SentenceView, _ range: Range<Int>) -> Int? {
        var best: Int?
        for w in ProgrammeRecogniser.regionWide {
            var p = range.lowerBound
            while p + w.count <= range.upperBound {
                if view.hasText(w, at: p) { best = max(best ?? 0, p + w.count) }
                p += 1
            }
        }
        return best
    }

    /// A scope word opens a named pilot or designation (全国…试点, 国家…试点, 省级…示范区).
    private func isScopeStart(_ view: SentenceView, _ p: Int) -> Bool {
        ProgrammeRecogniser.scopeWords.contains { w in
            // A place right after the scope word (中国 兰州工程) makes it a place list, not a scope.
            view.hasText(w, at: p) && !(w.count == 2 && w[0] == "中" && view.entryStarts(.place, at: p + 2))
        }
    }

    /// The end of an ordinal batch (第二批, 第3批) in `range`, nil when none.
    private func lastBatchEnd(_ view: SentenceView, _ range: Range<Int>) -> Int? {
        var best: Int?
        for p in range where view.text[p] == "第" {
            var k = p + 1
            while k < range.upperBound, ProgrammeRecogniser.isChineseNumeral(view.text[k]) || ScalarClass.isDigit(view.text[k]) { k += 1 }
            if k > p + 1, k < range.upperBound, view.text[k] == "批" { best = k + 1 }
        }
        return best
    }

    /// Does the quoted core end with a programme cue, possibly followed by a bracketed year or batch?
    private func endsWithCue(_ view: SentenceView, _ core: Range<Int>) -> Bool {
        var e = core.upperBound
        if e > core.lowerBound, view.text[e - 1] == "）" || view.text[e - 1] == ")" {
            var b = e - 1
            while b > core.lowerBound, view.text[b] != "（", view.text[b] != "(" { b -= 1 }
            if b > core.lowerBound { e = b }
        }
        return view.entryEnds(.programmeCue, at: e)
    }

    /// The end of the last counted quantity in `range` (3支, 26大项, 82项), nil when none; an ordinal
    /// (第二十九届) or a year (2023年) is part of a name and does not count.
    private func lastCountEnd(_ view: SentenceView, _ range: Range<Int>) -> Int? {
        var best: Int?
        var k = range.lowerBound
        while k < range.upperBound {
            guard ScalarClass.isDigit(view.text[k]) else { k += 1; continue }
            let digitsStart = k
            while k < range.upperBound, ScalarClass.isDigit(view.text[k]) { k += 1 }
            let ordinal = digitsStart > view.range.lowerBound && view.text[digitsStart - 1] == "第"
            guard !ordinal, k < range.upperBound else { continue }
            var e = k
            if view.text[e] == "大" && e + 1 < range.upperBound { e += 1 }
            if (view.text[e] == "亿" || view.text[e] == "万") && e + 1 < range.upperBound { e += 1 }
            if ["项", "支", "届", "个", "家", "批", "次", "场", "条", "所", "元"].contains(view.text[e]) { best = e + 1 }
        }
        return best
    }
}
