/// Organisations composed of a place or organisation, a name body and an organisation suffix
/// (厦门市 工业和信息化 局, 福建 速易停科技 有限公司, 上海大学 附属南安市 医院, 新加坡驻厦门 总领事馆), and
/// place + body word (泉州 市委, 黄岛 海关) or a body word standing alone (市委, 市发改委).
///
/// The start is anchored at a dictionary place or organisation (or a composed one found earlier in the
/// sentence); an unanchored body is allowed only before strong suffixes (有限公司, 集团, 银行, 大学 …)
/// and only back to the previous break word or punctuation.
public struct OrganisationRecogniser: Recogniser {
    /// Longest name body between an anchor and the suffix.
    public var maxBody = 10

    public init() {}

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        // Anchors: positions where a place or organisation name starts.
        var anchors: [(start: Int, end: Int)] = []
        for m in view.matches {
            for e in m.entries {
                let k = view.lexicon.entryKinds[Int(e)]
                if k == .place || k == .organisation {
                    // One-character abbreviations anchor only before a body (闽 + 发改委 is rare; skip them).
                    if m.end - m.start == 1 { continue }
                    // Nor does a place opening with a count's measure word (3个|旧城改造指挥部).
                    if k == .place, DictionaryRecogniser.isCountedClassifier(view, at: m.start) { continue }
                    // Nor a place whose first character ends a common word before it (捐|资兴|建…大学: 捐资
                    // "donate", not the city 资兴), unless that word is a place too or the text before the
                    // place reads on its own: a function word (从|中国), a word or a place ending there (当选|中国,
                    // 湖南省|长沙市 over 省长).
                    if k == .place, let ws = view.commonWordStart(to: m.start + 1), ws < m.start,
                       !view.hasEntry(.place, spanning: ws..<(m.start + 1)), !view.entryEnds(.place, at: m.start),
                       !BreakWords.isBreak(view.text[m.start - 1]), view.commonWordStart(to: m.start) == nil { continue }
                    // Nor a place cut out of a known person's name (奥|巴马 政府: the president's
                    // administration, not the county 巴马's government).
                    if k == .place, view.entryRunsAcross(m.start, kinds: [.person]) { continue }
                    // Nor a county's short name opening with a preposition that a longer place runs past
                    // (从江 in 记者从|江宁县司法局获悉).
                    if k == .place, m.end - m.start == 2, BreakWords.isBreak(view.text[m.start]),
                       DictionaryRecogniser.isPrepositionCut(view, m.start..<m.end, level: view.lexicon.entries[Int(e)].attributes["level"]) { continue }
                    anchors.append((m.start, m.end))
                    break
                }
            }
        }
        // 国家 opening a phrase anchors a national agency's name (国家 测绘 局, 国家 原子能 机构) as a
        // place does a local one; after 的 it opens a description (打造…的国家区域科技创新中心).
        for p in view.range where view.hasText(OrganisationRecogniser.nation, at: p)
            && (p == view.range.lowerBound || !BreakWords.isNameBody(view.text[p - 1]) && view.text[p - 1] != "的") {
            anchors.append((p, p + 2))
        }
        let chainEnds = OrganisationRecogniser.administrativeChainEnds(view, anchors)
        let before = candidates.count
        for m in view.matches {
            for ei in m.entries {
                // The kind from the flat table: the entry is copied only for suffixes and bodies.
                switch view.lexicon.entryKinds[Int(ei)] {
                case .orgSuffix:
                    let strength = view.lexicon.strength(ofEntry: Int(ei))
                    proposeSuffixed(view, suffix: m.start..<m.end, strength: strength, needsName: view.lexicon.needsName(suffixEntry: Int(ei)),
                                    anchors: anchors, chainEnds: chainEnds, into: &candidates)
                    proposeQuoted(view, suffix: m.start..<m.end, strength: strength, into: &candidates)
                case .body:
                    proposeBody(view, body: m.start..<m.end, entry: view.lexicon.entries[Int(ei)], anchors: anchors, into: &candidates)
                default:
                    continue
                }
            }
        }
        proposeNested(view, composed: Array(candidates[before...]), into: &candidates)
        proposePartyCentres(view, into: &candidates)
        proposePublishers(view, into: &candidates)
        proposeTeams(view, into: &candidates)
        proposeClubTeams(view, into: &candidates)
        proposeDepartments(view, into: &candidates)
        proposeStateBodies(view, into: &candidates)
        proposeAbbreviatedStateBodies(view, into: &candidates)
        proposeNumberedSchools(view, into: &candidates)
        proposeNumberedUnits(view, into: &candidates)
        proposeCabinets(view, into: &candidates)
    }

    /// A cabinet named after its head of government (小渊内阁, 羽田内阁, 布莱尔内阁): a known person or a
    /// Japanese surname (the compound surnames ranked as Japanese) right before 内阁 names that cabinet,
    /// one body. A kind of cabinet (新内阁, 影子内阁) names none here.
    private func proposeCabinets(_ view: SentenceView, into candidates: inout [Candidate]) {
        let text = view.text
        for k in (view.range.lowerBound + 2)..<max(view.range.lowerBound + 2, view.range.upperBound - 1)
            where text[k] == "内" && text[k + 1] == "阁" {
            var start: Int?
            _ = view.hasEntry(.person, endingAt: k) { s, _ in start = min(start ?? s, s); return false }
            if start == nil, view.lexicon.compoundSurnameRank(text[k - 2], text[k - 1]) > PersonNameRecogniser.japaneseRankBase,
               k - 2 == view.range.lowerBound || !BreakWords.isNameBody(text[k - 3]) || BreakWords.isBreak(text[k - 3]) {
                start = k - 2
            }
            guard let s = start else { continue }
            candidates.append(Candidate(range: s..<(k + 2), type: .organisation, canonical: view.string(s..<(k + 2)),
                                        rule: "pattern:leader-cabinet", confidence: OrganisationRecogniser.composedConfidence))
        }
    }

    /// A composed name followed by a unit of its own (中国武术协会 经济开发 委员会, 日兴证券 公司):
    /// newswire names the outer unit by the whole chain. The composed names found in the first pass
    /// anchor a second pass over the suffixes after them; only proposals that reach past the composed
    /// name are kept, so the first pass is never repeated.
    private func proposeNested(_ view: SentenceView, composed: [Candidate], into candidates: inout [Candidate]) {
        let inner = composed.filter { $0.type == .organisation && $0.range.count >= 3 && $0.rule.hasSuffix("org-suffix") }
        guard !inner.isEmpty else { return }
        let anchors = inner.map { (start: $0.range.lowerBound, end: $0.range.upperBound) }
        let chainEnds = OrganisationRecogniser.administrativeChainEnds(view, anchors)
        let lastEnd = anchors.map(\.end).max() ?? 0
        var found: [Candidate] = []
        for m in view.matches where m.start >= anchors.map(\.end).min() ?? 0 && m.start < view.range.upperBound {
            guard m.start <= lastEnd + maxBody else { continue }
            for ei in m.entries where view.lexicon.entryKinds[Int(ei)] == .orgSuffix {
                var strength = view.lexicon.strength(ofEntry: Int(ei))
                // A composed organisation and a two-character suffix right after it (日兴证券 公司):
                // the suffix completes the name.
                if strength == 2, m.end - m.start >= 2, anchors.contains(where: { $0.end == m.start }),
                   !OrganisationRecogniser.crossesRightExceptTitle(view, m.start..<m.end) { strength = 3 }
                // Only a strong suffix closes an outer unit; a unit named by a generic one (技术中心,
                // 办公厅) is an office of the inner body, and its name is part of a title (技术中心副主任).
                guard strength >= 3 else { continue }
                // The outer unit's own words sit close to the inner name, with no other name among
                // them (市医疗保障局 领导做客厦门市 人民政府 is a clause, not a unit).
                guard let a = anchors.filter({ $0.end <= m.start }).map(\.end).max(), m.start - a <= 6,
                      m.start - a != 1,
                      !view.matches(startingIn: a..<m.start).contains(where: { o in
                          o.entries.contains { view.lexicon.entryKinds[Int($0)].entityType != nil }
                      }) else { continue }
                proposeSuffixed(view, suffix: m.start..<m.end, strength: strength, needsName: view.lexicon.needsName(suffixEntry: Int(ei)),
                                anchors: anchors, chainEnds: chainEnds, into: &found)
            }
        }
        for c in found where c.rule == "pattern:place-org-suffix" && !inner.contains(where: { $0.range == c.range }) {
            candidates.append(Candidate(range: c.range, type: c.type, canonical: c.canonical,
                                        rule: "pattern:nested-org-suffix", confidence: c.confidence))
        }
        proposeBranches(view, of: inner, into: &candidates)
        // A composed body's own party group, committee or union right after it (福州市国税局 党组,
        // 厦门大学 工会): one name, as with a dictionary body (外交部党组).
        for c in inner {
            for w in OrganisationRecogniser.committeesOfABody where view.hasText(w, at: c.range.upperBound) {
                let end = c.range.upperBound + w.count
                if let e = view.commonWordEnd(from: end - 1), e > end, !view.entryStarts(.title, at: end - 1) { continue }
                candidates.append(Candidate(range: c.range.lowerBound..<end, type: .organisation,
                                            canonical: view.string(c.range.lowerBound..<end),
                                            rule: "pattern:nested-org-body", confidence: c.confidence))
                break
            }
        }
    }

    /// The confidence of a parent + city + branch word name: above the parent's and the city's branch's
    /// readings together (中国人民银行 + 福州中心支行), which the branch word says are one name.
    static let branchConfidence = 0.97

    /// Longest line of business between a branch's city and its branch word (福建 石油分公司).
    static let maxBranchBody = 4

    /// A composed company's or body's branch named by its city (中国电信股份有限公司 泉州 分公司, 兴业银行股份
    /// 有限公司 福州 分行): one name, as with a listed parent (光大银行 长春 分行).
    private func proposeBranches(_ view: SentenceView, of inner: [Candidate], into candidates: inout [Candidate]) {
        for c in inner {
            let placeStart = c.range.upperBound
            guard let place = view.matches(startingIn: placeStart..<(placeStart + 1)).filter({ m in
                m.end - m.start >= 2 && m.entries.contains { view.lexicon.entryKinds[Int($0)] == .place }
            }).max(by: { $0.end < $1.end }) else { continue }
            for m in view.matches(startingIn: place.end..<(place.end + OrganisationRecogniser.maxBranchBody + 1))
            where m.entries.contains(where: { view.lexicon.entryKinds[Int($0)] == .orgSuffix })
                && OrganisationRecogniser.isBranchSuffix(view, m.start..<m.end)
                && (place.end..<m.start).allSatisfy({ BreakWords.isNameBody(view.text[$0]) }) {
                candidates.append(Candidate(range: c.range.lowerBound..<m.end, type: .organisation,
                                            canonical: view.string(c.range.lowerBound..<m.end),
                                            rule: "pattern:org-place-branch", confidence: OrganisationRecogniser.branchConfidence))
            }
        }
    }

    /// The party groups, committees and union of a body, named after it (国税局党组, 大学党委, 银行工会).
    static let committeesOfABody: [[Unicode.Scalar]] = ["机关党委", "党总支", "党支部", "党组", "党委", "纪委", "工会", "团委"]
        .map { Array($0.unicodeScalars) }

    /// A party's central committee named as party + 中央 (致公党中央, 民革中央): the national organ,
    /// one name in newswire.
    private func proposePartyCentres(_ view: SentenceView, into candidates: inout [Candidate]) {
        for m in view.matches where m.end - m.start >= 2 && view.hasText(OrganisationRecogniser.centre, at: m.end) {
            let isParty = m.entries.contains { i in
                view.lexicon.entryKinds[Int(i)] == .organisation && view.lexicon.entries[Int(i)].attributes["body"] == "party"
            }
            guard isParty else { continue }
            let r = m.start..<(m.end + 2)
            if let e = view.commonWordEnd(from: m.end + 1), e > r.upperBound { continue }
            candidates.append(Candidate(range: r, type: .organisation, canonical: view.string(r),
                                        rule: "pattern:party-centre", confidence: 0.9))
        }
    }

    /// A known newspaper followed by 社 is its publishing house (经济日报社, 光明日报社): one body, as the
    /// dictionary's 人民日报社 is; not where 社 opens a word (经济日报社会版).
    private func proposePublishers(_ view: SentenceView, into candidates: inout [Candidate]) {
        for m in view.matches where m.end - m.start >= 2 && m.end < view.range.upperBound && view.text[m.end] == "社"
            && view.text[m.end - 1] == "报" {
            let isPaper = m.entries.contains { i in
                view.lexicon.entryKinds[Int(i)] == .organisation && view.lexicon.entries[Int(i)].attributes["body"] == "media"
            }
            guard isPaper else { continue }
            if let e = view.commonWordEnd(from: m.end), e > m.end + 1 { continue }
            let r = m.start..<(m.end + 1)
            candidates.append(Candidate(range: r, type: .organisation, canonical: view.string(r),
                                        rule: "pattern:publisher", confidence: 0.9))
        }
    }

    static let centre: [Unicode.Scalar] = Array("中央".unicodeScalars)
    static let nation: [Unicode.Scalar] = Array("国家".unicodeScalars)

    /// A country or city directly followed by 队, 男队 or 女队 is a national or club team (中国女队,
    /// 俄罗斯队, 巴西队). Proposed with a confidence that outweighs the place alone, because the
    /// place + 队 reading is the only one newswire uses; 队员 / 队长 / 队伍 after the place are people
    /// or a generic noun, not a team name.
    private func proposeTeams(_ view: SentenceView, into candidates: inout [Candidate]) {
        let hi = view.range.upperBound
        for m in view.matches where m.end - m.start >= 2 {
            guard m.entries.contains(where: { view.lexicon.entryKinds[Int($0)] == .place }) else { continue }
            var k = m.end
            // 男子 / 女子 / 国家, then a sport (德国男子网球队, 巴西足球队), then 男 / 女.
            for q in OrganisationRecogniser.teamQualifiers where view.hasText(q, at: k) { k += q.count; break }
            for q in OrganisationRecogniser.teamSports where view.hasText(q, at: k) { k += q.count; break }
            if let t = OrganisationRecogniser.teamShortNames.first(where: { view.hasText($0, at: k) }) {
                // 中国女篮, 巴西男足: the short form of 女子篮球队, 男子足球队.
                let end = k + t.count
                // A word the short form's last character makes with a function character after it (男足|以
                // over 足以) is a chance string: the function character opens the clause. So is one outrun by
                // a longer word after the short form (女排|名列 over 排名).
                if let e = view.commonWordEnd(from: end - 1), e > end, !(e == end + 1 && BreakWords.isBreak(view.text[end])),
                   !OrganisationRecogniser.outrunByWordAfter(view, suffix: (end - 1)..<end, crossingEnd: e) { continue }
                if view.segmentationConflict(m.start..<m.end).crossesLeft { continue }
                candidates.append(Candidate(range: m.start..<end, type: .organisation, canonical: view.string(m.start..<end),
                                            rule: "pattern:place-team", confidence: 0.9))
                continue
            }
            if k < hi, view.text[k] == "男" || view.text[k] == "女" { k += 1 }
            guard k < hi, view.text[k] == "队" else { continue }
            if OrganisationRecogniser.startsTeamWord(view, k + 1) { continue }
            // The place must itself stand as a whole (not the tail of a longer name such as 中国 in 大中国).
            if view.segmentationConflict(m.start..<m.end).crossesLeft { continue }
            candidates.append(Candidate(range: m.start..<(k + 1), type: .organisation,
                                        canonical: view.string(m.start..<(k + 1)),
                                        rule: "pattern:place-team", confidence: 0.9))
        }
    }

    /// A club team named by its sponsor or emblem alone (松日队, 五牛队, 健力宝队): a run of two to four
    /// name characters that starts the phrase (after punctuation or a break word, or right after a common
    /// word: 今天|松日队) and ends on 队. The run must be no common word and cut none (施工队, 足球队 and
    /// 考察队 are kinds of team, not names), must not already hold a dictionary name (the place-team
    /// pattern covers 中国队), and 队 must not begin 队员 / 队长. In a sentence about a match (主场, 前锋,
    /// 外援 …) a run that is a common word is a club too (海狮队, 八一队, 全兴队), and so is a club the word list
    /// holds whole (火箭队), unless it names a kind of team (青年队, 足球队, 啦啦队).
    private func proposeClubTeams(_ view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound, hi = view.range.upperBound
        var aboutAMatch: Bool?
        for k in (lo + 2)..<max(lo + 2, hi) where view.text[k] == "队" {
            if OrganisationRecogniser.startsTeamWord(view, k + 1) { continue }
            if let e = view.commonWordEnd(from: k), e > k + 1 { continue }
            // 队 as the object of a verb of leading or joining (王某率队来闽, 带队, 归队, 组队) names no team.
            if OrganisationRecogniser.teamVerbs.contains(view.text[k - 1]) { continue }
            var longest = k
            while longest > lo, k - longest < 5, BreakWords.isNameBody(view.text[longest - 1]),
                  !ScalarClass.isDigit(view.text[longest - 1]) { longest -= 1 }
            // The whole run when it starts the phrase, else the part after a common word inside it.
            var starts: [Int] = []
            if longest == lo || !BreakWords.isNameBody(view.text[longest - 1]) { starts.append(longest) }
            for s in (longest + 1)..<max(longest + 1, k - 1) where view.commonWordStart(to: s).map({ $0 >= longest }) ?? false {
                starts.append(s)
            }
            for start in starts where k - start >= 2 && k - start <= 4 {
                // A measure word in the run counts teams (这支机防队, 三个队); a numeral may be a name (八一队).
                let body = start..<k
                if body.contains(where: { OrganisationRecogniser.teamCounters.contains(view.text[$0]) }) { continue }
                let seg = view.segmentationConflict(body)
                // The word list holds some clubs whole (火箭队, 八一队): that word is the name, no cut.
                let teamWord = view.hasEntry(.word, spanning: start..<(k + 1))
                if seg.crossesLeft || seg.crossesRight && !teamWord { continue }
                // A kind of team (青年队, 足球队, 啦啦队) is no club, whatever the word list says.
                if OrganisationRecogniser.teamKinds.contains(where: { view.hasText($0, at: start) && $0.count == k - start })
                    || OrganisationRecogniser.teamSports.contains(where: { view.hasText($0, at: start) && $0.count == k - start }) { continue }
                if seg.isWord || teamWord {
                    if aboutAMatch == nil { aboutAMatch = OrganisationRecogniser.isAboutAMatch(view) }
                    guard aboutAMatch == true else { continue }
                } else {
                    if let e = view.commonWordEnd(from: start), e <= k { continue }
                    if let w = view.commonWordStart(to: k), w > start { continue }
                }
                // One-character abbreviations (日 in 松日队) are no dictionary names here.
                if view.matches(startingIn: body).contains(where: { m in
                    m.end - m.start >= 2 && m.entries.contains { view.lexicon.entryKinds[Int($0)].entityType != nil }
                }) { continue }
                if NameBodyVerbs.occurs(in: view.text, body) { continue }
                candidates.append(Candidate(range: start..<(k + 1), type: .organisation, canonical: view.string(start..<(k + 1)),
                                            rule: "pattern:club-team", confidence: 0.6))
                break
            }
        }
    }

    /// A school named by its city and number (杭州 二中, 福州 一中, 北京 101 中学): schools are numbered
    /// within their city, and the short form 二中 stands for 第二中学. The place must be a dictionary
    /// place of two or more characters; the number is one to three Chinese numerals or digits; 中 or 小
    /// closes it, or 中学 or 小学. Not before 全 (四中全会 is a plenary session of a party congress).
    private func proposeNumberedSchools(_ view: SentenceView, into candidates: inout [Candidate]) {
        for m in view.matches where m.end - m.start >= 2 && m.end < view.range.upperBound {
            guard let first = view.scalar(m.end), PersonNameRecogniser.numerals.contains(first) || ScalarClass.isDigit(first),
                  m.entries.contains(where: { view.lexicon.entryKinds[Int($0)] == .place }) else { continue }
            var k = m.end
            while k < view.range.upperBound, k - m.end < 3,
                  OrganisationRecogniser.schoolNumerals.contains(view.text[k]) || ScalarClass.isDigit(view.text[k]) { k += 1 }
            guard k > m.end, let level = view.scalar(k), level == "中" || level == "小" else { continue }
            // Not a count (三中 of 三中全会) nor the start of another word (一中心, 二小时).
            if view.scalar(k + 1) == "全" { continue }
            var end = k + 1
            if view.scalar(end) == "学" { end += 1 } else if view.commonWordEnd(from: k).map({ $0 > k + 1 }) == true { continue }
            candidates.append(Candidate(range: m.start..<end, type: .organisation, canonical: view.string(m.start..<end),
                                        rule: "pattern:numbered-school", confidence: 0.8))
        }
    }

    /// A numbered military unit of a known army, party or state (国民党第52军, 解放军第38集团军, 美军第7舰队):
    /// the owner, 第, a number and the unit's word are one organisation, as newswire names the unit. The
    /// unit's word must not open a longer common word (第一师范: a normal school).
    private func proposeNumberedUnits(_ view: SentenceView, into candidates: inout [Candidate]) {
        let hi = view.range.upperBound
        for m in view.matches where m.end - m.start >= 2 && m.end + 2 < hi && view.text[m.end] == "第" {
            guard m.entries.contains(where: { e in
                let kind = view.lexicon.entryKinds[Int(e)]
                return kind == .organisation || kind == .place && view.lexicon.entries[Int(e)].attributes["level"] == "country"
            }) else { continue }
            var k = m.end + 1
            while k < hi, k - m.end <= 4, OrganisationRecogniser.schoolNumerals.contains(view.text[k]) || ScalarClass.isDigit(view.text[k]) { k += 1 }
            guard k > m.end + 1, let unit = OrganisationRecogniser.militaryUnits.first(where: { view.hasText($0, at: k) }) else { continue }
            let end = k + unit.count
            // A title right after the unit (第四师|师长: 师师 is a word only by chance) keeps it.
            if let w = view.commonWordEnd(from: k), w > end, !view.entryStarts(.title, at: end) { continue }
            candidates.append(Candidate(range: m.start..<end, type: .organisation, canonical: view.string(m.start..<end),
                                        rule: "pattern:numbered-unit", confidence: 0.85))
        }
    }

    /// The words of numbered military units, longest first (集团军 before 军).
    static let militaryUnits: [[Unicode.Scalar]] = ["集团军", "方面军", "野战军", "兵团", "纵队", "支队", "舰队", "军", "师", "旅", "团"]
        .map { Array($0.unicodeScalars) }

    /// The numerals of a school's number (一 … 十, 百 in 一百零一).
    static let schoolNumerals: ScalarSet = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百"]

    /// A university department named by its discipline alone (物理系, 中文系, 社会学系): the discipline and 系,
    /// as its own word (no common word runs into the discipline or out of 系: 关系, 体系 and 联系 are words,
    /// and 系统 starts one), opening the phrase. Hand list of disciplines, general knowledge.
    private func proposeDepartments(_ view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound, hi = view.range.upperBound
        for k in (lo + 2)..<max(lo + 2, hi) where view.text[k] == "系" {
            // 系统 runs on; 系主任 is the department's own office.
            if let e = view.commonWordEnd(from: k), e > k + 1, !view.entryStarts(.title, at: k) { continue }
            for d in OrganisationRecogniser.disciplines where k - d.count >= lo && view.hasText(d, at: k - d.count) {
                let start = k - d.count
                if let ws = view.commonWordStart(to: start + 1), ws < start { continue }
                // It opens the phrase: a longer name before it (北京大学 中文系, 人大 社会学系) or a longer
                // discipline (企业 管理系) is read by the suffix rule or not at all.
                if start > lo, BreakWords.isNameBody(view.text[start - 1]) { continue }
                candidates.append(Candidate(range: start..<(k + 1), type: .organisation, canonical: view.string(start..<(k + 1)),
                                            rule: "pattern:department", confidence: 0.6))
                break
            }
        }
    }

    static let disciplines: [[Unicode.Scalar]] = [
        "中文", "外文", "外语", "英语", "历史", "哲学", "经济", "法律", "政治", "新闻", "社会学", "心理学", "教育", "艺术", "美术",
        "音乐", "数学", "物理", "化学", "生物", "地理", "地质", "天文", "计算机", "电子", "机械", "建筑", "土木", "化工", "医学",
        "药学", "农学", "管理", "会计", "金融", "国际政治", "国际关系", "图书馆", "考古", "档案", "体育",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// Verbs whose object is 队 itself: to lead, take, rejoin, form, line up, leave a team.
    static let teamVerbs: ScalarSet = ["率", "带", "领", "归", "入", "组", "排", "离", "退", "建", "列"]

    /// Words of a sentence about a match or a league (hand list, general knowledge of sports reporting).
    static let matchWords: [[Unicode.Scalar]] = [
        "主场", "客场", "前锋", "后卫", "中场", "门将", "外援", "主教练", "逼平", "战平", "击败", "战胜", "负于", "进球",
        "射门", "比分", "联赛", "甲a", "甲b", "甲A", "甲B", "球队", "球员", "上半场", "下半场", "扳回", "城门",
        "比赛", "决赛", "半决赛", "季后赛", "总决赛", "赛季", "夺冠", "总冠军", "小胜", "大胜", "完胜", "惜败", "客队", "主队",
        "球迷", "出线", "淘汰赛", "积分榜",
    ].map { Array($0.unicodeScalars) }

    static func isAboutAMatch(_ view: SentenceView) -> Bool {
        view.range.contains { k in matchWords.contains { view.hasText($0, at: k) } }
    }

    /// Common words before 队 that name a kind of team, not a club (青年队, 国家队, 突击队).
    static let teamKinds: [[Unicode.Scalar]] = [
        "青年", "少年", "国家", "国奥", "奥运", "预备", "主力", "替补", "集训", "明星", "全明星", "联合", "代表", "突击", "医疗",
        "工作", "施工", "考察", "运动", "消防", "护卫", "巡逻", "仪仗", "探险", "科考", "救援", "维和", "先遣", "志愿", "宣传",
        "种子", "参赛", "东道主", "对手", "冠军", "亚军", "季军", "卫冕", "升班马", "啦啦", "拉拉", "游击", "敢死", "生产",
    ].map { Array($0.unicodeScalars) }

    static let teamCounters = ScalarSet("支个名只批些")
    static let teamShortNames: [[Unicode.Scalar]] = ["女篮", "男篮", "女排", "男排", "女足", "男足", "国奥队"].map { Array($0.unicodeScalars) }
    static let teamQualifiers: [[Unicode.Scalar]] = ["男子", "女子", "国家"].map { Array($0.unicodeScalars) }
    static let teamSports: [[Unicode.Scalar]] = ["足球", "篮球", "排球", "网球", "乒乓球", "羽毛球", "手球", "水球", "冰球",
                                                 "棒球", "垒球", "曲棍球", "游泳", "田径", "体操", "举重", "射击", "击剑",
                                                 "柔道", "跳水", "围棋", "象棋"].map { Array($0.unicodeScalars) }

    /// A country directly followed by a state body known by its generic name (美国 国务院, 印度 外交部,
    /// 俄罗斯 国家杜马, 加拿大 海军), or by one of its universities (美国 哥伦比亚大学): the country's own
    /// body, a different entity from the Chinese one the dictionary names; with China, the body named in
    /// full (中国 全国政协). The confidence is set high so the composed name outweighs the country and the
    /// body proposed separately (two dictionary hits).
    private func proposeStateBodies(_ view: SentenceView, into candidates: inout [Candidate]) {
        // Kinds are read from the flat table and only the attributes of the entries that qualify are
        // looked at: copying each entry of each match (its strings and attributes) cost more than the test.
        for m in view.matches where m.end - m.start >= 2 {
            let isCountry = m.entries.contains { i in
                view.lexicon.entryKinds[Int(i)] == .place && view.lexicon.entries[Int(i)].attributes["level"] == "country"
            }
            guard isCountry else { continue }
            // A dictionary organisation that begins with the country (中国足协, 美国国会) is one name:
            // restate it with the confidence that lets it outweigh its two parts.
            for o in view.matches where o.start == m.start && o.end > m.end {
                for i in o.entries where view.lexicon.entryKinds[Int(i)] == .organisation {
                    candidates.append(Candidate(range: o.start..<o.end, type: .organisation,
                                                canonical: view.lexicon.entries[Int(i)].canonical,
                                                rule: "dict:organisation", confidence: 1.0))
                    break
                }
            }
            for b in view.matches where b.start == m.end && b.end - b.start >= 2
                && !OrganisationRecogniser.crossesRightExceptTitle(view, b.start..<b.end, segmentingRest: true) {
                let isStateBody = b.entries.contains { i in
                    guard view.lexicon.entryKinds[Int(i)] == .organisation else { return false }
                    let e = view.lexicon.entries[Int(i)]
                    // A country's party (以色列 工党, 英国 保守党) is named with it, as its government is,
                    // and so is a university (美国 哥伦比亚大学) or a company (美国 波音公司, 日本 索尼公司):
                    // newswire writes the country as part of it.
                    return e.attributes["body"] == "party" || e.attributes["body"] == "school" || e.attributes["body"] == "enterprise"
                        || OrganisationRecogniser.isStateOrgan(e) || e.has("gov") && e.attributes["body"] == "cppcc"
                }
                guard isStateBody else { continue }
                candidates.append(Candidate(range: m.start..<b.end, type: .organisation,
                                            canonical: view.string(m.start..<b.end),
                                            rule: "pattern:country-state-body", confidence: 1.0))
            }
            // 前 ("former") between the country and its state organ qualifies the office that follows
            // (美国前商务部长, 日本前外务省官员): the country's organ is named all the same, 前 inside it.
            guard m.end + 1 < view.range.upperBound, view.text[m.end] == "前" else { continue }
            for b in view.matches where b.start == m.end + 1 && b.end - b.start >= 2
                && !OrganisationRecogniser.crossesRightExceptTitle(view, b.start..<b.end, segmentingRest: true) {
                guard b.entries.contains(where: { i in
                    view.lexicon.entryKinds[Int(i)] == .organisation && OrganisationRecogniser.isStateOrgan(view.lexicon.entries[Int(i)])
                }) else { continue }
                candidates.append(Candidate(range: m.start..<b.end, type: .organisation,
                                            canonical: view.string(m.start..<m.end) + view.string(b.start..<b.end),
                                            rule: "pattern:country-state-body", confidence: 1.0))
            }
        }
    }

    /// A country's one-character short form opening a clause before a state body known by its generic name
    /// (美|财政部, 韩|外交部, 英|央行): that country's body, not the Chinese one the dictionary names, whose
    /// canonical form the body alone would take. The name is the whole span and its canonical form the
    /// country written out (美国财政部), which the full spelling elsewhere shares; a body the dictionary
    /// already gives to that country (日|外务省 → 日本外务省) keeps its canonical form. Only where a clause
    /// starts (the sentence's start, punctuation, or 据 和 与 及 并 而): after other characters the short
    /// form is often a word's (同日|外交部, 其中|外交部), and 中 is the default the body already has.
    private func proposeAbbreviatedStateBodies(_ view: SentenceView, into candidates: inout [Candidate]) {
        // Cheapest tests first: a one-character match right before an organisation's name; most are neither.
        for m in view.matches where m.end - m.start == 1 && view.entryStarts(.organisation, at: m.end) && view.text[m.start] != "中" {
            guard let country = m.entries.first(where: { i in
                view.lexicon.entryKinds[Int(i)] == .place && view.lexicon.entries[Int(i)].attributes["level"] == "country"
            }) else { continue }
            if m.start > view.range.lowerBound {
                let prev = view.text[m.start - 1]
                let punctuation = !ScalarClass.isHan(prev) && !ScalarClass.isDigit(prev) && !ScalarClass.isASCIILetter(prev)
                guard punctuation || OrganisationRecogniser.abbreviationOpeners.contains(prev) && view.text[m.start] != "日" else { continue }
            }
            let countryName = view.lexicon.entries[Int(country)].canonical
            for b in view.matches where b.start == m.end && b.end - b.start >= 2
                && !view.hasEntry(.organisation, spanning: m.start..<b.end)
                && !OrganisationRecogniser.crossesRightExceptTitle(view, b.start..<b.end, segmentingRest: true) {
                guard let body = b.entries.first(where: { i in
                    view.lexicon.entryKinds[Int(i)] == .organisation && OrganisationRecogniser.isStateOrgan(view.lexicon.entries[Int(i)])
                }) else { continue }
                let bodyCanonical = view.lexicon.entries[Int(body)].canonical
                let canonical = bodyCanonical.hasPrefix(countryName) ? bodyCanonical : countryName + view.string(b.start..<b.end)
                candidates.append(Candidate(range: m.start..<b.end, type: .organisation, canonical: canonical,
                                            rule: "pattern:country-abbreviation-state-body", confidence: 1.0))
            }
        }
    }

    /// A state's government, legislature or armed service known by its generic name (外交部, 议会, 海军):
    /// what a country's name or short form before it makes that country's own.
    static func isStateOrgan(_ e: LexiconEntry) -> Bool {
        guard e.has("gov"), let body = e.attributes["body"] else { return false }
        return body == "government" || body == "congress" || body == "military"
    }

    /// Function characters after which a clause starts afresh before a country's short form (据|美…, 和|俄…).
    static let abbreviationOpeners: ScalarSet = ["据", "和", "与", "及", "并", "而"]

    /// The confidence of a place + body + suffix name whose body has two or more characters: above a
    /// dictionary place's 0.9, so that the whole outweighs its anchor and the remainder read apart.
    static let composedConfidence = 0.92

    /// Words of acting together that open a predicate after its subjects (合作, 联合, 共同, 携手).
    static let jointActions: [[Unicode.Scalar]] = ["合作", "联合", "共同", "携手", "联手", "共建", "合办", "共办"].map { Array($0.unicodeScalars) }

    /// The length of a word of joint action at `k` that is no part of a longer word (共同|体, 联合|国, 合作|社),
    /// or nil.
    static func jointAction(_ view: SentenceView, at k: Int) -> Int? {
        guard let w = jointActions.first(where: { view.hasText($0, at: k) }),
              (view.commonWordEnd(from: k) ?? k) <= k + w.count,
              !view.entryStarts(.orgSuffix, at: k) || !view.hasEntry(.orgSuffix, startingAt: k, where: { e, _ in e > k + w.count }) else { return nil }
        return w.count
    }

    /// The confidence of a known enterprise and its corporate suffix (华为 公司, 野村证券 公司).
    static let knownEnterpriseConfidence = 0.95

    /// A common word that starts inside `r` and ends after it, unless that word is an office title of
    /// the body (财政部 长 in 美国财政部长: the name ends before 长, the title 部长 belongs to it).
    /// With `segmentingRest`, a word from the body's last character whose rest opens a word of its own
    /// (以色列议会|通过 over 会通) cuts nothing: the text segments at the body's end.
    static func crossesRightExceptTitle(_ view: SentenceView, _ r: Range<Int>, segmentingRest: Bool = false) -> Bool {
        if view.entryStarts(.title, at: r.upperBound) { return false }
        for k in r {
            guard let e = view.commonWordEnd(from: k), e > r.upperBound, !view.entryStarts(.title, at: k) else { continue }
            if segmentingRest, k == r.upperBound - 1, OrganisationRecogniser.restOpensAWord(view, at: r.upperBound, through: e) { continue }
            return true
        }
        return false
    }

    /// A common word starts at `end` and reaches `crossingEnd` or beyond: the text after a name segments on
    /// its own, so a word running from inside the name to `crossingEnd` (会通 in 议会|通过) cuts nothing.
    static func restOpensAWord(_ view: SentenceView, at end: Int, through crossingEnd: Int) -> Bool {
        (view.commonWordEnd(from: end) ?? 0) >= crossingEnd
    }

    /// A word from a one-character suffix running one character on is outrun by a longer word starting
    /// right after the suffix (厂|主办 over 厂主, 局|面临 over 局面, 部|门口 over 部门) when no word starts
    /// where the crossing word ends: read with the crossing word, the text would strand a character
    /// (厂主|办), read at the suffix's end it strands none, as 代表团|圆满 for a longer suffix. Where a word
    /// does start there (组织|机关 over 组|织机), the crossing word is the reading.
    static func outrunByWordAfter(_ view: SentenceView, suffix: Range<Int>, crossingEnd: Int) -> Bool {
        suffix.count == 1 && crossingEnd == suffix.upperBound + 1
            && (view.commonWordEnd(from: suffix.upperBound) ?? 0) > crossingEnd && view.commonWordEnd(from: crossingEnd) == nil
    }

    /// A country's government named as 国名 + 政府 (中国政府, 美国政府) stands for the state itself:
    /// newswire annotation tags the country as a place there, not a body. A province's or city's
    /// government (湖南省政府, 泉州市政府) is a body in its own right.
    static func isCountryGovernment(_ view: SentenceView, anchor: Range<Int>, body: Range<Int>) -> Bool {
        guard body.count == 2, view.text[body.lowerBound] == "政", view.text[body.lowerBound + 1] == "府" else { return false }
        return view.entries(.place, spanning: anchor).contains { $0.attributes["level"] == "country" }
    }

    private func proposeSuffixed(_ view: SentenceView, suffix: Range<Int>, strength: Int, needsName: Bool,
                                 anchors: [(start: Int, end: Int)], chainEnds: [Int: Int],
                                 into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound
        // 所 before a verb is the particle: no body ends in it, whatever its anchor.
        if OrganisationRecogniser.isParticleSuffix(view, suffix) || OrganisationRecogniser.isModalSuffix(view, suffix)
            || OrganisationRecogniser.isOrganisingVerb(view, suffix) { return }
        // 会 closing an event's strong cue (博览会, 交易会, 运动会) ends the event's name, not a body's.
        if suffix.count == 1, view.hasEntry(.programmeCue, endingAt: suffix.upperBound, where: { s, id in
            s < suffix.lowerBound && view.lexicon.strength(ofEntry: id) >= 3
        }) { return }
        // A one-character suffix right before a township's or village's level character (林坊|镇, 石厂|村)
        // is the last character of that place's name.
        if suffix.count == 1, let next = view.scalar(suffix.upperBound), OrganisationRecogniser.lowLevels.contains(next) { return }
        // A one-character suffix that starts a common word running on is that word's head, not a
        // suffix (台路社|区, 农业部|门), unless the word is the body's office title (局|长, 部|长; not 司令,
        // another office spelled from the suffix), or an office title follows the suffix (总政治部 副主任),
        // whatever word the segmenter's list glues across the edge (部副).
        if suffix.count == 1, let e = view.commonWordEnd(from: suffix.lowerBound), e > suffix.upperBound,
           !view.hasEntry(.title, startingAt: suffix.lowerBound, where: { end, _ in end == e && view.text[e - 1] == "长" }),
           !view.entryStarts(.title, at: suffix.upperBound),
           !OrganisationRecogniser.outrunByWordAfter(view, suffix: suffix, crossingEnd: e) { return }
        // A one-character suffix right after a quoted name that already ends in a suffix (“中央研究院”|院长)
        // opens the office title of that body, not a second body.
        if suffix.count == 1, let q = view.scalar(suffix.lowerBound - 1), OrganisationRecogniser.closingQuotes.contains(q),
           view.entryEnds(.orgSuffix, at: suffix.lowerBound - 1) { return }
        // Nor right after a strong suffix (现代集团|会长, 某公司|会长): the office title of the body it closes.
        if suffix.count == 1, view.hasEntry(.title, startingAt: suffix.lowerBound, where: { end, _ in end > suffix.upperBound }),
           view.hasEntry(.orgSuffix, endingAt: suffix.lowerBound, where: { _, id in view.lexicon.strength(ofEntry: id) >= 3 }) { return }
        // The tail of a longer suffix (公|司, 总|局) leaves the name to that suffix.
        if suffix.count == 1, view.hasEntry(.orgSuffix, endingAt: suffix.upperBound, where: { s, _ in s < suffix.lowerBound }) { return }
        // A one-character suffix repeated one character later (中国队|组队, 话剧团|建团): the name ended at
        // the first; the rest is a clause about it (组队 "form the team", 建团 "found the troupe").
        if suffix.count == 1, suffix.lowerBound - 3 >= lo, view.text[suffix.lowerBound - 2] == view.text[suffix.lowerBound],
           view.hasEntry(.orgSuffix, endingAt: suffix.lowerBound - 1, where: { s, _ in s == suffix.lowerBound - 2 }),
           ScalarClass.isHan(view.text[suffix.lowerBound - 1]) { return }
        if OrganisationRecogniser.isWordTail(view, suffix) || OrganisationRecogniser.isInsideTransliteration(view, suffix) { return }
        // The tail of a longer place suffix (体育|馆, 展览|中心, 工业|园) closes a venue or a zone, a place.
        if view.hasEntry(.placeSuffix, endingAt: suffix.upperBound, where: { s, _ in s < suffix.lowerBound }) { return }
        // The centre of a city or town (北京市|中心, 特拉维夫市|中心: 市中心 "downtown") is a part of the
        // place, not a body; a body after it has a suffix of its own (福州市 中心医院).
        if OrganisationRecogniser.isCentreOfAUnit(view, suffix) { return }
        // A sector, not a body: 银行|界, 企业|界, 证券|市场.
        if view.scalar(suffix.upperBound) == "界" { return }
        if OrganisationRecogniser.sectorHeads.contains(where: { view.hasText($0, at: suffix.upperBound) }) { return }
        // The body: name characters directly before the suffix.
        var bodyStart = suffix.lowerBound
        // Where the body stepped back over a quoted name (韩国“星光”合唱团): only an anchor before the
        // quotation may start the name; unanchored, the name starts after it as before. Not before a
        // suffix that is also a programme's head (厦门市“信易贷”平台 is a programme).
        var quotedNameEnd: Int?
        var bracketedPlaces: [Range<Int>] = []
        // Where the body stepped over a function character (浙江 万向 集团公司), the last resort of the walk:
        // only a place right before a short body with no verb may then start the name.
        var crossedBreak: Int?
        var crossedJoint: Int?
        while bodyStart > lo, suffix.lowerBound - bodyStart < maxBody + 8 {
            if BreakWords.isNameBody(view.text[bodyStart - 1]) || isInsideAnchor(bodyStart - 1, anchors) {
                bodyStart -= 1
            } else if OrganisationRecogniser.isNameDotInName(view, bodyStart - 1) {
                // A foreign name joined by its dot (乔治·梅森 大学, 葛兰素·威康 公司) stays one body.
                bodyStart -= 1
            } else if let w = BreakWords.nameWordStart(in: view.text, before: bodyStart, limit: suffix.lowerBound, lowerBound: lo) {
                bodyStart = w
            } else if let e = OrganisationRecogniser.eventCueStart(view, endingAt: bodyStart) {
                // An event's name before its committee (中国国际投资贸易洽谈会 组委会): the body runs across the
                // event's cue, whose 会 is no break there.
                bodyStart = e
            } else if let open = OrganisationRecogniser.bracketedPlaceStart(view, closingAt: bodyStart - 1) {
                // A regional qualifier in brackets inside a company's name (捷安特（中国）有限公司): the
                // name goes on before it; the place inside anchors nothing.
                bracketedPlaces.append(open..<bodyStart)
                bodyStart = open
            } else if quotedNameEnd == nil, let open = OrganisationRecogniser.quotedNameStart(view, closingAt: bodyStart - 1),
                      anchors.contains(where: { $0.end == open }), !view.hasEntry(.programmeCue, spanning: suffix) {
                quotedNameEnd = bodyStart
                bodyStart = open
            } else if crossedJoint == nil, OrganisationRecogniser.isRemitJoint(view, at: bodyStart - 1, suffix: suffix) {
                // Two remits of one department (农业 和 水利 局): the name runs across the joint, once.
                bodyStart -= 1
                crossedJoint = bodyStart
            } else if crossedBreak == nil, strength >= 3, suffix.lowerBound - bodyStart < OrganisationRecogniser.maxBodyAcrossABreak,
                      bodyStart - 2 >= lo, OrganisationRecogniser.breaksInsideAName.contains(view.text[bodyStart - 1]),
                      BreakWords.isNameBody(view.text[bodyStart - 2]) {
                bodyStart -= 1
                crossedBreak = bodyStart
            } else {
                break
            }
        }
        // Anchored starts inside that stretch.
        var proposed = false
        for a in anchors where a.start >= bodyStart && a.start < suffix.lowerBound && a.end <= suffix.lowerBound
            && !bracketedPlaces.contains(where: { $0.contains(a.start) }) {
            // Across a function character the body is a brand of two to four characters right after its
            // place (浙江|万向, 北京|同方), never the character alone (浙江|和|集团).
            if let b = crossedBreak, a.end <= b,
               !(OrganisationRecogniser.brandLengthsAcrossABreak.contains(suffix.lowerBound - a.end)
                 && view.hasEntry(.place, spanning: a.start..<a.end) && !view.holdsVerbWord(in: a.end..<suffix.lowerBound)) { continue }
            // The chain's higher levels stay outside the name, and so does a reading cut out of them
            // (沙市 of 长沙市|岳麓区).
            func opensChain(_ start: Int) -> Bool { (chainEnds[start] ?? Int.max) <= suffix.lowerBound }
            if opensChain(a.start) || anchors.contains(where: { o in o.start < a.start && a.start < o.end && opensChain(o.start) }) { continue }
            let bodyLength = suffix.lowerBound - a.end
            guard bodyLength <= maxBody, isPlausibleBody(view, a.end..<suffix.lowerBound, suffix: suffix, remitJoint: crossedJoint) else { continue }
            // A word of joint action right after a dictionary organisation in the name (南开大学与天津大学|合作
            // 建设研究中心) opens the predicate of the organisations before it: they build the centre together.
            // The anchor itself may be such an organisation, composed earlier (天津大学 of the nested pass).
            if (a.end..<suffix.lowerBound).contains(where: { k in
                (view.entryEnds(.organisation, at: k) || k == a.end && !view.hasEntry(.place, spanning: a.start..<a.end))
                    && OrganisationRecogniser.jointAction(view, at: k) != nil
            }) { continue }
            // A suffix that needs a name of its own (党: the dictionary's `named`) takes words of two or more
            // characters after the country (博茨瓦纳 民主 党, 孟加拉国 民族主义 党), none running across the
            // country's end (民进|行党 in 居民进行党的…) and none a kind of body with the suffix (执政党,
            // 反对党): 美国两党, 日本执政党 describe.
            if needsName,
               bodyLength < 2 || view.segmentationConflict(a.end..<suffix.lowerBound).crossesLeft
                || view.commonWordEnd(from: a.end) == suffix.upperBound { continue }
            // A place and a bare suffix (厦门企业, 日本公司) is a description, not a name, unless the
            // suffix is a strong one (厦门大学).
            // A branch named by its city is a name (郑州 分局, 北京 分行).
            // A known enterprise's short name and 公司 (华为 公司, IBM 公司) is that enterprise written out:
            // one name, under the dictionary's canonical form (the Canonicaliser keeps it only where the
            // page spells it, and gives the bare short form on the same page the name written out).
            let enterprise = bodyLength == 0 && view.hasText(OrganisationRecogniser.company, at: suffix.lowerBound)
                && suffix.count == OrganisationRecogniser.company.count
                ? OrganisationRecogniser.knownEnterprise(view, a.start..<a.end) : nil
            if bodyLength == 0 && strength < 3 && !OrganisationRecogniser.isTeamSuffix(view, suffix)
                && !OrganisationRecogniser.isBranchSuffix(view, suffix) && enterprise == nil
                && !OrganisationRecogniser.isHostelryOfACity(view, anchor: a.start..<a.end, suffix: suffix) { continue }
            let total = suffix.upperBound - a.start
            guard total >= 3 else { continue }
            // A name the dictionary knows whole (国家统计局, 国家发改委) keeps the dictionary's reading and
            // canonical form.
            if view.hasEntry(.organisation, spanning: a.start..<suffix.upperBound) { continue }
            var c = 0.62 + 0.08 * Double(strength)
            if bodyLength > 6 { c -= 0.1 }
            if bodyLength == 0 && suffix.count == 1 { c -= 0.1 }
            c = min(c, 0.88)
            // A known club or body directly followed by 队 (前卫寰岛 队) is that club's team: the
            // longer name, as a country + 队 is the national team.
            if bodyLength == 0, OrganisationRecogniser.isTeamSuffix(view, suffix),
               view.hasEntry(.organisation, spanning: a.start..<a.end) { c = 0.9 }
            // A suffix that is itself the national body's short form (足协 for 中国足球协会) names the
            // place's own body after a province or city (上海市 足协, 广东省 足协): the whole outweighs the
            // place and the national body read apart.
            if bodyLength == 0, strength >= 3, view.hasEntry(.organisation, spanning: suffix),
               !view.hasEntry(.place, spanning: a.start..<a.end, where: { view.lexicon.entries[$0].attributes["level"] == "country" }) {
                c = max(c, OrganisationRecogniser.composedConfidence)
            }
            // With a body of its own the composed name rests on its anchor's evidence plus the body and
            // the suffix: it must outweigh the anchor and the rest read apart (加拿大 + 海军舰艇编队).
            // A body holding or touching an office title (外交部|长普里马|科) is a title and a name run
            // together: no boost.
            if bodyLength >= 2, !(a.start..<suffix.lowerBound).contains(where: { k in
                view.entries(.title, startingAt: k).contains { $0.end > a.end }
            }) {
                c = max(c, OrganisationRecogniser.composedConfidence)
                // A known enterprise between its country and 公司 (日本 野村证券 公司) is that enterprise
                // written out: as sure as the enterprise and 公司 alone, which it must outweigh with the
                // country read apart.
                if OrganisationRecogniser.knownEnterprise(view, a.end..<suffix.lowerBound) != nil {
                    c = max(c, OrganisationRecogniser.knownEnterpriseConfidence)
                }
            }
            if let enterprise {
                candidates.append(Candidate(range: a.start..<suffix.upperBound, type: .organisation, canonical: enterprise,
                                            rule: "pattern:enterprise-org-suffix", confidence: OrganisationRecogniser.knownEnterpriseConfidence))
                continue
            }
            candidates.append(Candidate(range: a.start..<suffix.upperBound, type: .organisation,
                                        canonical: OrganisationRecogniser.unquoted(view, a.start..<suffix.upperBound),
                                        rule: "pattern:place-org-suffix", confidence: c))
            // Two places joined by 及 or 与 name one body's region together (东亚及西太平洋 电力工业协会,
            // 亚洲及太平洋 经济社会委员会): the name starts at the first.
            if a.start - 1 > lo, OrganisationRecogniser.placeConjunctions.contains(view.text[a.start - 1]) {
                for p in anchors where p.end == a.start - 1 && p.end - p.start >= 2
                    && view.hasEntry(.place, spanning: p.start..<p.end) {
                    candidates.append(Candidate(range: p.start..<suffix.upperBound, type: .organisation,
                                                canonical: view.string(p.start..<suffix.upperBound),
                                                rule: "pattern:places-org-suffix", confidence: min(c + 0.02, 0.94)))
                }
            }
            // A joint body of several countries listed before it (中国、尼泊尔 联合登山队, 中国和巴西 联合
            // 攀登队): the name starts at the first of the list.
            if view.hasText(OrganisationRecogniser.joint, at: a.end) {
                var first = a.start
                while first - 1 > lo, OrganisationRecogniser.listJoints.contains(view.text[first - 1]),
                      let p = anchors.first(where: { $0.end == first - 1 && $0.end - $0.start >= 2 && view.hasEntry(.place, spanning: $0.start..<$0.end) }) {
                    first = p.start
                }
                if first < a.start {
                    candidates.append(Candidate(range: first..<suffix.upperBound, type: .organisation,
                                                canonical: view.string(first..<suffix.upperBound),
                                                rule: "pattern:places-org-suffix", confidence: min(c + 0.02, 0.94)))
                }
            }
            // A party or organisation directly before the place owns the body (民盟 厦门市委会). A known
            // company's branch named by its city (光大银行 长春 分行) is one name: the branch word says
            // whose branch it is, so the whole outweighs the company and the city's branch read apart.
            // A party or state body's committee of a place (中国人民政治协商会议 福建省 委员会, 中国共产党 福建省
            // 委员会) is that body's local organ: the whole outweighs the long national name and the place's
            // committee read apart.
            // A branch may name its line of business after the city (中国石化 福建 石油分公司).
            for p in anchors where p.end == a.start
                && view.hasEntry(.organisation, spanning: p.start..<p.end) {
                let branch = bodyLength <= OrganisationRecogniser.maxBranchBody && OrganisationRecogniser.isBranchSuffix(view, suffix)
                let localOrgan = strength >= 3 && view.hasEntry(.organisation, spanning: p.start..<p.end, where: {
                    view.lexicon.entries[$0].isPartyOrStateBody
                })
                candidates.append(Candidate(range: p.start..<suffix.upperBound, type: .organisation,
                                            canonical: view.string(p.start..<suffix.upperBound),
                                            rule: "pattern:org-place-org-suffix",
                                            confidence: branch ? OrganisationRecogniser.branchConfidence : localOrgan ? 0.95 : c > 0.88 ? c : min(c + 0.02, 0.88)))
            }
            // An unlisted company's branch named by its city (中储粮 黑龙江 分公司, 麦肯锡 香港 分公司): the
            // short name standing alone before the city is the parent's, as a listed one is above.
            if bodyLength == 0, OrganisationRecogniser.isBranchSuffix(view, suffix),
               !anchors.contains(where: { $0.end == a.start && view.hasEntry(.organisation, spanning: $0.start..<$0.end) }),
               let parent = OrganisationRecogniser.unlistedParentStart(view, before: a.start) {
                candidates.append(Candidate(range: parent..<suffix.upperBound, type: .organisation,
                                            canonical: view.string(parent..<suffix.upperBound),
                                            rule: "pattern:name-place-branch", confidence: 0.88))
            }
            proposed = true
        }
        // A foreign company named by a transliteration (劳拉 公司, 迪斯尼 公司): the run of
        // transliteration characters before 公司 / 集团 is its name.
        if !proposed, strength == 2, suffix.count == 2, OrganisationRecogniser.foreignCompanySuffixes.contains(where: { view.hasText($0, at: suffix.lowerBound) }) {
            proposeTransliteratedCompany(view, suffix: suffix, into: &candidates)
        }
        // An enterprise just founded or bought (成立了华兴贸易公司, 创办了祥丰服装厂): the verb says a body is
        // named after it, so a usual suffix is enough.
        if !proposed, strength == 2, OrganisationRecogniser.enterpriseSuffixes.contains(where: { $0.count == suffix.count && view.hasText($0, at: suffix.lowerBound) }) {
            proposeFounded(view, suffix: suffix, into: &candidates)
        }
        // Unanchored, acting as the subject of its clause (，税务局认为…, 地质出版社宣布…): a usual suffix is enough.
        if !proposed, strength >= 2 { proposeActing(view, suffix: suffix, into: &candidates) }
        // Unanchored, coordinated with a named body before it (海尔集团和|长虹公司, 工商局与|税务局).
        if !proposed, strength >= 2 { proposeCoordinated(view, suffix: suffix, into: &candidates) }
        // Unanchored, qualified by its level alone (市接待处, 省教育考试院, 乡卫生院): the one body of that
        // kind of the province, city, county or township the story is about.
        if !proposed, strength >= 2, crossedBreak == nil, quotedNameEnd == nil, bracketedPlaces.isEmpty {
            proposeLevelQualified(view, suffix: suffix, strength: strength, start: bodyStart, remitJoint: crossedJoint, into: &candidates)
        }
        // Unanchored: strong suffixes only, 2…8 name characters back to the previous break.
        if !proposed, strength >= 3 {
            if let q = quotedNameEnd { bodyStart = q }
            if let b = crossedBreak { bodyStart = max(bodyStart, b + 1) }
            // Two remits are one department's only after its anchor (厦门市 农业和水利 局); unanchored,
            // the joint ends a list (劳模和|工匠…工作室).
            if let j = crossedJoint { bodyStart = max(bodyStart, j + 1) }
            let bodyLength = suffix.lowerBound - bodyStart
            guard bodyLength >= 2 else { return }
            var start = bodyLength > 10 ? suffix.lowerBound - 10 : bodyStart
            // A start inside a common word (组建 中心市区…指挥部) moves past that word, unless the text
            // also parses with a word ending right there and another starting (反对|联邦…, not 对联).
            if start > lo, let e = view.commonWordEnd(from: start - 1), e > start, e < suffix.lowerBound - 1,
               view.commonWordStart(to: start) == nil || view.commonWordEnd(from: start) == nil { start = e }
            // A verb inside the stretch ends the clause before the name (鼓励商业银行 → 商业银行).
            if let v = NameBodyVerbs.lastEnd(in: view.text, start..<suffix.lowerBound) { start = v }
            // So does a one-character verb, particle or measure word (亲自去|保险公司, 刚出|医院, 显示着|学院,
            // 村里办|小学), unless it sits inside a common word (出版社, 上海).
            if let v = OrganisationRecogniser.lastClauseCharacterEnd(view, start..<suffix.lowerBound) { start = v }
            // So does a word of joint action right after an organisation (天津大学|合作|建设研究中心): the
            // organisation is the clause's subject.
            for k in start..<suffix.lowerBound where view.entryEnds(.organisation, at: k) {
                if let w = OrganisationRecogniser.jointAction(view, at: k) { start = min(k + w, suffix.lowerBound) }
            }
            guard suffix.lowerBound - start >= 2, isPlausibleBody(view, start..<suffix.lowerBound, suffix: suffix) else { return }
            for s in Set([start, max(start, suffix.lowerBound - 4), max(start, suffix.lowerBound - 2)]).sorted() where s < suffix.lowerBound {
                // The name must not start in the middle of a word (获得 银行 is fine, 得银行 is not).
                if s > start, let ws = view.commonWordStart(to: s + 1), ws < s { continue }
                if s > start, view.segmentationConflict(s..<suffix.lowerBound).crossesLeft { continue }
                // A word of ownership, size or standing opens a description of a kind of business (国有 商业银行,
                // 外资 保险公司), not a name; an institute takes its field's name (民营经济 研究院).
                if OrganisationRecogniser.kindQualifiers.contains(where: { view.hasText($0, at: s) }),
                   OrganisationRecogniser.businessTails.contains(where: { $0.count <= suffix.count && view.hasText($0, at: suffix.upperBound - $0.count) }) { continue }
                // A time word opens the clause, not the name (昨天|齐鲁晚报报道).
                if s + 2 <= suffix.lowerBound, PersonNameRecogniser.timeWords.contains(view.text, s..<(s + 2)) { continue }
                // A lone common word before a generic suffix (合作银行, 授权银行) is a description, unless
                // an office of the body follows (法律委员会副主任委员): a body with officers is one body.
                // A newspaper is named by one (齐鲁晚报, 南方日报): papers are not described by a word.
                if suffix.lowerBound - s == 2, view.commonWordEnd(from: s) == suffix.lowerBound,
                   !view.entryStarts(.title, at: suffix.upperBound),
                   !(OrganisationRecogniser.spells(view, suffix, oneOf: OrganisationRecogniser.newspapers)
                     && !OrganisationRecogniser.kindsOfPaper.contains(view.text, s..<suffix.lowerBound)) { continue }
                let c = s == start ? 0.62 : 0.5
                candidates.append(Candidate(range: s..<suffix.upperBound, type: .organisation,
                                            canonical: view.string(s..<suffix.upperBound),
                                            rule: "pattern:name-org-suffix", confidence: c))
            }
        }
    }

    /// What a body does or says as the subject of its clause, written right after its name (税务局 认为,
    /// 出版社 宣布, 办公室 透露, 公司 发表声明), its officers (…中心 负责人说), its staff (…公司 工作人员) or its
    /// side (…公司 方面表示).
    static let actingWords = ScalarWordSet(["表示", "认为", "宣布", "指出", "透露", "发布", "公布", "决定", "同意", "不同意", "接到",
                                            "声明", "回应", "证实", "否认", "安排", "举办", "主办", "派出", "邀请", "负责人", "发言人",
                                            "官员", "的报告", "的负责人", "的发言人", "的官员", "发表", "宣称", "声称", "强调", "承认", "拒绝", "提出", "推出",
                                            "工作人员", "的工作人员", "方面"])

    /// One-character suffixes that name a body on their own often enough to stand in this frame (税务局,
    /// 纺织厂); the others (部 处 所 会 社 团 站 队) are too often the tail of an ordinary word.
    static let actingSingleSuffixes: ScalarSet = ["局", "厂"]

    /// Openers that stand before a body's name without being part of it: the place it belongs to named by
    /// a demonstrative (该市 旅游办公室, 本县 …), a source preposition (据 …, 根据 …), a conjunction or a
    /// time adverb opening the clause (但 …, 日前 …).
    static let actingOpeners: [[Unicode.Scalar]] = ["该市", "该县", "该区", "该省", "该州", "本市", "本县", "本区", "本省", "据", "根据",
                                                      "但", "但是", "可是", "然而", "不过", "同时", "此外", "另外", "随后", "目前", "近日", "日前"]
        .map { Array($0.unicodeScalars) }

    /// `，body suffix acting-word`: a name of two to eight name characters at the head of its clause (after
    /// punctuation, a conjunction, the sentence's start or an opener) followed by what it does or says is
    /// a named body, even when the body is one ordinary word (地质 出版社, 税务 局): newswire does not make
    /// a generic description the actor of a report. No body opens with a count or a demonstrative (这家, 各级).
    ///
    /// An officer of the body named right after it (华兴贸易公司 总经理, 红星机械厂 厂长) makes the same frame:
    /// the report introduces the officer by the body's name. There one ordinary word is not enough (保险公司
    /// 经理 is any insurer's manager): the body must be more than a single common word.
    private func proposeActing(_ view: SentenceView, suffix: Range<Int>, into candidates: inout [Candidate]) {
        guard suffix.count >= 2 || OrganisationRecogniser.actingSingleSuffixes.contains(view.text[suffix.lowerBound]) else { return }
        let after = suffix.upperBound
        let acting = (2...4).contains(where: { n in after + n <= view.range.upperBound && OrganisationRecogniser.actingWords.contains(view.text, after..<(after + n)) })
        let officer = !acting && view.entryStarts(.title, at: after)
        guard acting || officer else { return }
        let lo = view.range.lowerBound
        var start = suffix.lowerBound
        while start > lo, suffix.lowerBound - start < 9, ScalarClass.isHan(view.text[start - 1]), !BreakWords.isBreak(view.text[start - 1]) {
            start -= 1
            if OrganisationRecogniser.actingOpeners.contains(where: { view.hasText($0, at: start - $0.count) && (start - $0.count == lo || !ScalarClass.isHan(view.text[start - $0.count - 1])) }) { break }
        }
        // A conjunction or adverb (而, 并, 也) opens a clause as punctuation does; a quantifier (各|级) does not.
        let opened = start == lo || !ScalarClass.isHan(view.text[start - 1]) || OrganisationRecogniser.clauseOpeners.contains(view.text[start - 1])
            || OrganisationRecogniser.actingOpeners.contains { view.hasText($0, at: start - $0.count) }
        guard opened, (2...8).contains(suffix.lowerBound - start) else { return }
        let first = view.text[start]
        guard !PersonNameRecogniser.numerals.contains(first), !PersonNameRecogniser.demonstratives.contains(first),
              !OrganisationRecogniser.actingNonOpeners.contains(first),
              NameBodyVerbs.lastEnd(in: view.text, start..<suffix.lowerBound) == nil,
              !view.segmentationConflict(start..<suffix.upperBound).crossesRight,
              isPlausibleBody(view, start..<suffix.lowerBound, suffix: suffix) else { return }
        if officer {
            // One common word (保险|公司, or 保险公司 listed whole) or a kind of enterprise (外资…, 国有…) is a
            // description of whoever employs the officer.
            if let e = view.commonWordEnd(from: start), e >= suffix.lowerBound { return }
            if OrganisationRecogniser.kindQualifiers.contains(where: { view.hasText($0, at: start) }) { return }
        }
        candidates.append(Candidate(range: start..<suffix.upperBound, type: .organisation, canonical: view.string(start..<suffix.upperBound),
                                    rule: officer ? "pattern:officered-org-suffix" : "pattern:acting-org-suffix", confidence: 0.62))
    }

    /// Words that open a description of a kind of enterprise, not a name (外资保险公司, 国有机械厂, 大型商业银行):
    /// ownership, size and standing (hand list, general knowledge of Chinese business reporting).
    static let kindQualifiers: [[Unicode.Scalar]] = [
        "外资", "外商", "中外", "合资", "独资", "国有", "国营", "民营", "私营", "个体", "集体", "股份", "控股", "跨国",
        "上市", "大型", "中型", "小型", "中小", "乡镇", "村办", "校办", "地方", "当地", "本地", "外地", "境外", "海外", "国内",
        "国外", "外国", "知名", "著名", "龙头", "骨干", "重点", "新兴", "相关", "有关", "其他", "下属", "附属", "直属",
    ].map { Array($0.unicodeScalars) }

    /// The last characters of the suffixes of businesses, which a word of ownership or size classifies
    /// (国有 商业银行, 外资 保险公司, 大型 钢铁企业).
    static let businessTails: [[Unicode.Scalar]] = ["银行", "公司", "集团", "企业", "厂", "商场", "酒店", "饭店", "宾馆", "信用社"]
        .map { Array($0.unicodeScalars) }

    /// Function characters after which a clause starts afresh (而|税务局认为, 据|…).
    static let clauseOpeners: ScalarSet = ["而", "并", "但", "又", "也", "还", "就", "则", "即", "据", "由"]

    /// `named-body joint body suffix`: the second item of a list whose first item is a named body (海尔集团
    /// 和 长虹公司, 厦门大学、星海研究所) is a name of the same standing. The body is two to six name characters
    /// right after the joint, opening with no count or demonstrative. A bare suffix as the first item
    /// (银行和保险公司) names a kind of body, and so does the second item then.
    private func proposeCoordinated(_ view: SentenceView, suffix: Range<Int>, into candidates: inout [Candidate]) {
        // One-character suffixes of meetings, troops and groups end lists of kinds (纪念会、座谈会, 红军和游击队).
        if suffix.count == 1, OrganisationRecogniser.kindSuffixes.contains(view.text[suffix.lowerBound]) { return }
        // Nor does a base (科普基地, 创业基地) name a body in a list: bases are listed by kind.
        if view.hasText(OrganisationRecogniser.base, at: suffix.lowerBound), suffix.count == 2 { return }
        let lo = view.range.lowerBound
        var joint = suffix.lowerBound - 1
        while joint >= lo, suffix.lowerBound - joint <= 7, ScalarClass.isHan(view.text[joint]), !OrganisationRecogniser.listJoints.contains(view.text[joint]),
              !BreakWords.isBreak(view.text[joint]) { joint -= 1 }
        guard joint > lo, OrganisationRecogniser.listJoints.contains(view.text[joint]), (2...6).contains(suffix.lowerBound - joint - 1) else { return }
        let body = (joint + 1)..<suffix.lowerBound
        let first = view.text[body.lowerBound]
        guard !PersonNameRecogniser.numerals.contains(first), !PersonNameRecogniser.demonstratives.contains(first),
              !OrganisationRecogniser.actingNonOpeners.contains(first) else { return }
        // The first item is a name by itself: a dictionary organisation, a strong suffix after a body
        // (海尔 集团), or any suffix after a body that holds a dictionary place (墨西哥 军队). A usual suffix
        // after ordinary words (服务中心、调解中心) lists kinds of bodies.
        let namedBefore = view.hasEntry(.organisation, endingAt: joint) { s, _ in joint - s >= 2 }
            || view.hasEntry(.orgSuffix, endingAt: joint) { s, id in
                var itemStart = s
                while itemStart > lo, s - itemStart < 8, ScalarClass.isHan(view.text[itemStart - 1]), !BreakWords.isBreak(view.text[itemStart - 1]),
                      !OrganisationRecogniser.listJoints.contains(view.text[itemStart - 1]) { itemStart -= 1 }
                guard s - itemStart >= 2 else { return false }
                if view.lexicon.strength(ofEntry: id) >= 3 { return true }
                return (itemStart..<s).contains { k in view.hasEntry(.place, startingAt: k) { e, _ in e - k >= 2 && e <= s } }
            }
        guard namedBefore, NameBodyVerbs.lastEnd(in: view.text, body) == nil,
              !view.segmentationConflict(body.lowerBound..<suffix.upperBound).crossesRight,
              isPlausibleBody(view, body, suffix: suffix) else { return }
        candidates.append(Candidate(range: body.lowerBound..<suffix.upperBound, type: .organisation,
                                    canonical: view.string(body.lowerBound..<suffix.upperBound),
                                    rule: "pattern:coordinated-org-suffix", confidence: 0.6))
    }

    /// `level body suffix` opening its phrase (据|市政府新闻处|说, 的|乡卫生院, ，|省教育考试院): a level character
    /// (省 市 县 区 乡 镇) standing for the unit the story is about, a body of its own and a suffix. The
    /// level character must open no common word of its own (市场, 县城, 区域), other than a level's body
    /// (市政府 of 市政府新闻处). A strong suffix needs no body between (乡卫生院); a usual one needs two characters
    /// (市接待处, not 市局).
    private func proposeLevelQualified(_ view: SentenceView, suffix: Range<Int>, strength: Int, start: Int, remitJoint: Int?,
                                       into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound
        guard start < suffix.lowerBound, OrganisationRecogniser.qualifyingLevels.contains(view.text[start]),
              start == lo || !BreakWords.isNameBody(view.text[start - 1]) else { return }
        // A demonstrative or quantifier before the level (该市, 各区, 全省) picks a unit out of many: the name,
        // where there is one, starts after the level (该市|旅游专项治理办公室).
        if start > lo, OrganisationRecogniser.actingNonOpeners.contains(view.text[start - 1]) { return }
        // A suffix that runs on into another (县人大内司|委: 司 then 委) is no name's end, unless the next
        // suffix character opens a common word (管理局|办理).
        if view.entryStarts(.orgSuffix, at: suffix.upperBound), view.commonWordEnd(from: suffix.upperBound) == nil { return }
        let body = (start + 1)..<suffix.lowerBound
        guard body.count >= (strength >= 3 ? 0 : 2), body.count <= OrganisationRecogniser.maxLevelQualifiedBody else { return }
        if let e = view.commonWordEnd(from: start), e > start + 1,
           !view.hasEntry(.body, startingAt: start, where: { be, _ in be == e }) { return }
        guard isPlausibleBody(view, body, suffix: suffix, remitJoint: remitJoint) else { return }
        candidates.append(Candidate(range: start..<suffix.upperBound, type: .organisation,
                                    canonical: view.string(start..<suffix.upperBound),
                                    rule: "pattern:level-org-suffix", confidence: 0.85))
    }

    /// The levels whose unit a bare level character stands for before a body's name (市 of 市接待处).
    static let qualifyingLevels: ScalarSet = ["省", "市", "县", "区", "乡", "镇"]
    /// The longest body between a level character and its suffix (国土资源和房屋管理 of 市国土资源和房屋管理局).
    static let maxLevelQualifiedBody = 10

    /// 基地 ("base"), a suffix of bodies that lists name by kind (科普基地, 创业基地).
    static let base: [Unicode.Scalar] = Array("基地".unicodeScalars)

    /// One-character suffixes that close the names of kinds of gatherings and groups as often as bodies'.
    static let kindSuffixes: ScalarSet = ["会", "队", "团", "组", "班", "站", "社"]

    /// Quantifiers that open a description of bodies, not a name (各级, 每家, 有的, 多家).
    static let actingNonOpeners: ScalarSet = ["各", "每", "有", "多", "诸", "某", "全", "该", "本", "其", "此", "那", "这"]

    /// A name in quotation marks that ends in a suffix (“星光小学”, “旅行者集团”): the marks
    /// set the name off, so no place or known name is needed before it. The body is two to ten Han
    /// characters or digits without 的, not opening with a count; a one-character suffix must be a strong one.
    private func proposeQuoted(_ view: SentenceView, suffix: Range<Int>, strength: Int, into candidates: inout [Candidate]) {
        guard let q = view.scalar(suffix.upperBound), OrganisationRecogniser.closingQuotes.contains(q),
              strength >= 3 || (strength >= 2 && suffix.count >= 2),
              let open = OrganisationRecogniser.quotedNameStart(view, closingAt: suffix.upperBound) else { return }
        let body = (open + 1)..<suffix.lowerBound
        guard (2...10).contains(body.count),
              body.allSatisfy({ ScalarClass.isHan(view.text[$0]) || ScalarClass.isDigit(view.text[$0]) }),
              !body.contains(where: { view.text[$0] == "的" }),
              // A count (“三大基地”, “四个中心”) names a set of things, not a body.
              !PersonNameRecogniser.numerals.contains(view.text[body.lowerBound]), !ScalarClass.isDigit(view.text[body.lowerBound])
        else { return }
        let name = (open + 1)..<suffix.upperBound
        candidates.append(Candidate(range: name, type: .organisation, canonical: view.string(name),
                                    rule: "pattern:quoted-org-suffix", confidence: 0.7))
    }

    /// Function characters a brand may hold (万向, 同方, 正大, 在线, 和平) between its place and a strong
    /// suffix; not 的 了 是 等 and the pronouns, which always end a phrase.
    static let breaksInsideAName: ScalarSet = ["向", "在", "对", "从", "为", "将", "而", "及", "由", "至", "于", "以", "之",
                                                "其", "有", "会", "能", "可", "正", "和", "与", "同", "共"]
    /// How far back from a strong suffix the body may step over such a character, and the brand lengths
    /// that may hold one.
    static let maxBodyAcrossABreak = 4
    static let brandLengthsAcrossABreak = 2...4

    /// 和 or 与 at `j` joins two remits of one government department (农业 和 水利 局, 国际合作 与 交流 司,
    /// 农业 和 土地开发 部): the item after it, two to six characters up to a department's suffix, opens with an
    /// ordinary word of two or more characters and opens no name or office title of two or more; the item
    /// before it ends in an ordinary word of two or more characters that is no name, no office title and no
    /// suffix (厦门大学|和 ends a body, 总理|和 an office, 中国|和 a place).
    static func isRemitJoint(_ view: SentenceView, at j: Int, suffix: Range<Int>) -> Bool {
        guard j > view.range.lowerBound, remitJoints.contains(view.text[j]) else { return false }
        let last = view.text[suffix.upperBound - 1]
        guard departmentEnds.contains(last) || remitSuffixTails.contains(where: { view.hasText($0, at: suffix.upperBound - $0.count) }) else { return false }
        let right = (j + 1)..<suffix.lowerBound
        guard (2...6).contains(right.count), let w = view.commonWordEnd(from: j + 1), w - (j + 1) >= 2, w <= suffix.upperBound,
              let s = view.commonWordStart(to: j), j - s >= 2 else { return false }
        let kinds: [LexiconKind] = [.orgSuffix, .place, .person, .organisation, .title]
        if kinds.contains(where: { view.entryEnds($0, at: j) }) { return false }
        let names: [LexiconKind] = [.place, .person, .organisation, .title]
        return !right.contains { k in names.contains { view.hasEntry($0, startingAt: k, where: { end, _ in end - k >= 2 }) } }
    }

    /// The joints of two remits (和, 与).
    static let remitJoints: ScalarSet = ["和", "与"]
    /// Last characters of a government department's suffix (局, 部, 司, 委 …).
    static let departmentEnds: ScalarSet = ["部", "局", "厅", "委", "署", "司", "处", "办", "室"]
    /// Longer suffixes of departments and agencies that end in another character (委员会, 组织).
    static let remitSuffixTails: [[Unicode.Scalar]] = ["委员会", "组织"].map { Array($0.unicodeScalars) }

    /// Closing quotation marks.
    static let closingQuotes: ScalarSet = ["”", "’", "」", "』", "\""]

    /// Suffixes of enterprises that a founding verb may name (公司, 厂, 商店).
    static let enterpriseSuffixes: [[Unicode.Scalar]] = ["公司", "厂", "总厂", "商店", "商行", "酒店", "饭店", "宾馆"].map { Array($0.unicodeScalars) }

    /// Verbs that found, open or buy an enterprise, whose object is its name (成立, 创办, 收购).
    static let foundingVerbs = ScalarWordSet(["成立", "组建", "创办", "创建", "兴办", "开办", "筹建", "注册", "收购", "兼并", "合资兴建",
                                              "买下", "并购", "下设", "接收", "入股"])

    /// Work done at an enterprise written after its name (在X厂工作): the frame names it as well.
    static let workWords = ScalarWordSet(["工作", "任职", "上班", "就职", "打工", "就业"])

    /// What two parties do together, written after the second (与X公司签订, 和X公司联合): the frame names it.
    static let partnerWords = ScalarWordSet(["签订", "签署", "签约", "合作", "合资", "联合", "达成", "共同", "联手"])

    /// The prepositions that introduce the second party (与, 同, 和).
    static let partnerPrepositions: ScalarSet = ["与", "同", "和"]

    /// `founding verb [了] body suffix`, `在 body suffix 工作` or `与 body suffix 签订`: the body, two to eight
    /// name characters that are not common words end to end (成立了贸易公司, 与养老服务公司合作 describe), is
    /// the enterprise's name.
    private func proposeFounded(_ view: SentenceView, suffix: Range<Int>, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound
        func verbEnds(at e: Int) -> Bool {
            e - 2 >= lo && OrganisationRecogniser.foundingVerbs.contains(view.text, (e - 2)..<e)
                || e - 4 >= lo && OrganisationRecogniser.foundingVerbs.contains(view.text, (e - 4)..<e)
        }
        var start = suffix.lowerBound
        while start > lo, suffix.lowerBound - start < 12, BreakWords.isNameBody(view.text[start - 1]) { start -= 1 }
        // The body starts after the last founding verb of the run, or after 了 closing one before it, or
        // after 在 when the work done there follows the suffix (在琉璃河水泥厂工作), or after 与 when what the
        // two parties do follows it (与华兴贸易公司签订).
        var body: Int?
        for e in stride(from: suffix.lowerBound - 2, through: start + 2, by: -1) where verbEnds(at: e) { body = e; break }
        if body == nil, start - 1 >= lo, view.text[start - 1] == "了", verbEnds(at: start - 1) { body = start }
        let after = suffix.upperBound..<min(suffix.upperBound + 2, view.range.upperBound)
        if body == nil, start - 1 >= lo, view.text[start - 1] == "在", OrganisationRecogniser.workWords.contains(view.text, after) { body = start }
        if body == nil, start - 1 >= lo, OrganisationRecogniser.partnerPrepositions.contains(view.text[start - 1]),
           OrganisationRecogniser.partnerWords.contains(view.text, after) { body = start }
        guard let b = body else { return }
        let name = b..<suffix.lowerBound
        guard name.count >= 2, name.count <= 8, !OrganisationRecogniser.isAllCommonWords(view, name),
              !view.segmentationConflict(b..<suffix.upperBound).crossesRight,
              isPlausibleBody(view, name, suffix: suffix) else { return }
        candidates.append(Candidate(range: b..<suffix.upperBound, type: .organisation, canonical: view.string(b..<suffix.upperBound),
                                    rule: "pattern:founded-org-suffix", confidence: 0.75))
    }

    /// `r` reads as common words end to end (养老服务, 贸易): a description of a trade, not a name. The
    /// longest word at each step; a name has some stretch no word covers (华兴|贸易, 罗威|汽车).
    static func isAllCommonWords(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            guard let e = view.commonWordEnd(from: k), e <= r.upperBound else { return false }
            k = e
        }
        return true
    }

    /// The opening quotation mark of a quoted name of two to eight name characters whose closing mark is
    /// at `close` (“星光”), nil when `close` holds no closing mark or the quotation is no name.
    static func quotedNameStart(_ view: SentenceView, closingAt close: Int) -> Int? {
        guard close > view.range.lowerBound, view.text[close] == "”" else { return nil }
        var k = close - 1
        while k >= view.range.lowerBound, close - k <= 9 {
            let c = view.text[k]
            if c == "“" { return close - k - 1 >= 2 ? k : nil }
            guard ScalarClass.isHan(c) || ScalarClass.isASCIIAlnum(c) || ScalarClass.isNameDot(c) else { return nil }
            k -= 1
        }
        return nil
    }

    /// The opening bracket of a bracketed dictionary place of two or more characters whose closing bracket
    /// is at `close` (（中国）, (厦门)): a company's regional qualifier. Nil otherwise.
    static func bracketedPlaceStart(_ view: SentenceView, closingAt close: Int) -> Int? {
        guard close > view.range.lowerBound, view.text[close] == "）" || view.text[close] == ")" else { return nil }
        for (start, _) in view.entries(.place, endingAt: close) where close - start >= 2 {
            let open = start - 1
            if open >= view.range.lowerBound, view.text[open] == "（" || view.text[open] == "(" { return open }
        }
        return nil
    }

    /// The end of a bracketed dictionary place opening at `open` (友达光电|(厦门)), nil when none opens there.
    static func bracketedPlaceEnd(_ view: SentenceView, openingAt open: Int) -> Int? {
        guard let b = view.scalar(open), b == "（" || b == "(" else { return nil }
        for (end, _) in view.entries(.place, startingAt: open + 1) where end - open - 1 >= 2 {
            if let c = view.scalar(end), c == "）" || c == ")" { return end + 1 }
        }
        return nil
    }

    /// The name without its quotation marks: the canonical form of 韩国“星光”合唱团 is 韩国星光合唱团.
    static func unquoted(_ view: SentenceView, _ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        for k in r where view.text[k] != "“" && view.text[k] != "”" { out.append(view.text[k]) }
        return String(out)
    }

    /// Position `k` holds a name dot between two Han characters (乔治·梅森): the dot joins the parts of a
    /// foreign name, whatever their characters (治 and 素 are outside the transliteration table).
    static func isNameDotInName(_ view: SentenceView, _ k: Int) -> Bool {
        guard k > view.range.lowerBound, k + 1 < view.range.upperBound, ScalarClass.isNameDot(view.text[k]) else { return false }
        return ScalarClass.isHan(view.text[k - 1]) && ScalarClass.isHan(view.text[k + 1])
    }

    /// Nouns after a suffix word that make it a sector of the economy (证券 市场, 银行 业务), not a body.
    static let sectorHeads: [[Unicode.Scalar]] = ["市场", "行业", "板块", "指数", "业务"].map { Array($0.unicodeScalars) }

    /// Conjunctions joining two places that name one body's region (东亚及西太平洋, 亚洲与太平洋).
    static let placeConjunctions: ScalarSet = ["及", "与"]

    /// 联合 ("joint") opening a body's own words after a list of countries (中国、尼泊尔联合登山队).
    static let joint: [Unicode.Scalar] = Array("联合".unicodeScalars)

    /// What joins the countries of a joint body's list.
    static let listJoints: ScalarSet = ["、", "和", "与", "及"]

    /// The suffix a known enterprise's short name takes to be written out (华为 公司).
    static let company: [Unicode.Scalar] = Array("公司".unicodeScalars)

    /// The canonical name of the enterprise the dictionary knows at exactly `r` (华为 → 华为技术有限公司).
    static func knownEnterprise(_ view: SentenceView, _ r: Range<Int>) -> String? {
        view.entries(.organisation, startingAt: r.lowerBound)
            .first { $0.end == r.upperBound && $0.entry.attributes["body"] == "enterprise" }?.entry.canonical
    }

    /// Where a company's own short name (two to four name characters) ends at `end`, the start of a place
    /// its branch is named by: it stands alone (after a break, a non-name character or a whole word), is no
    /// common or stop word, opens with no word (日前|银联), holds no verb (设立, 成立) or place, and no word
    /// crosses its edges. The longest such name wins. Nil when none does.
    static func unlistedParentStart(_ view: SentenceView, before end: Int) -> Int? {
        let lo = view.range.lowerBound
        for length in stride(from: 4, through: 2, by: -1) {
            let s = end - length
            guard s >= lo else { continue }
            guard (s..<end).allSatisfy({ BreakWords.isNameBody(view.text[$0]) }) else { continue }
            // A dateline's 讯 (本报讯, 新华社…讯) closes the dateline: a name may follow it, never open with it.
            if view.text[s] == "讯" { continue }
            let standsAlone = s == lo || !BreakWords.isNameBody(view.text[s - 1]) || view.commonWordStart(to: s) != nil
                || view.text[s - 1] == "讯"
            guard standsAlone, view.commonWordEnd(from: s) == nil, !view.isStopWord(s..<end),
                  PersonNameRecogniser.demonstratives.contains(view.text[s]) == false else { continue }
            let seg = view.segmentationConflict(s..<end)
            if seg.crossesLeft || seg.crossesRight || seg.isWord { continue }
            // A one-character abbreviation inside (中 of 中储粮, 锡 of 麦肯锡) is no place here.
            if (s..<end).contains(where: { k in
                view.hasEntry(.place, startingAt: k, where: { e, _ in e - k >= 2 }) || view.entryStarts(.orgSuffix, at: k)
            }) { continue }
            if view.holdsVerbWord(in: s..<end) { continue }
            return s
        }
        return nil
    }

    /// A branch's suffix (分局, 分行, 分公司, 支行, 支队, 中心支行, a regulator's 监管局): the branch takes
    /// its city's name.
    static func isBranchSuffix(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard suffix.count >= 2 else { return false }
        if view.text[suffix.lowerBound] == "分" || view.text[suffix.lowerBound] == "支" { return true }
        return otherBranchWords.contains { $0.count == suffix.count && view.hasText($0, at: suffix.lowerBound) }
    }

    /// A hotel, a publishing house or a department store named by its city alone (北京饭店, 锦江饭店, 上海书局,
    /// 济南百货大楼): the city names one house, where a country and the same word (中国饭店) names a kind of
    /// house.
    static func isHostelryOfACity(_ view: SentenceView, anchor: Range<Int>, suffix: Range<Int>) -> Bool {
        hostelries.contains(where: { $0.count == suffix.count && view.hasText($0, at: suffix.lowerBound) })
            && view.hasEntry(.place, spanning: anchor, where: { houseNamingLevels.contains(view.lexicon.entries[$0].attributes["level"] ?? "") })
    }

    static let hostelries: [[Unicode.Scalar]] = ["饭店", "宾馆", "大酒店", "书局", "百货大楼"].map { Array($0.unicodeScalars) }

    /// The levels of the places that name a house alone: below a country.
    static let houseNamingLevels: Set<String> = ["province", "prefecture", "county", "city"]

    /// The suffix is 中心 right after a unit's level character, and the two make a common word (市中心,
    /// 城中心): the centre of the place.
    static func isCentreOfAUnit(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard suffix.count == centreWord.count, suffix.lowerBound > view.range.lowerBound, view.hasText(centreWord, at: suffix.lowerBound),
              unitLevels.contains(view.text[suffix.lowerBound - 1]) else { return false }
        return view.hasEntry(.word, startingAt: suffix.lowerBound - 1) { end, _ in end == suffix.upperBound }
    }

    static let centreWord: [Unicode.Scalar] = Array("中心".unicodeScalars)

    static let unitLevels: ScalarSet = ["市", "县", "镇", "城", "区"]

    static let otherBranchWords: [[Unicode.Scalar]] = ["中心支行", "监管局", "监管分局"].map { Array($0.unicodeScalars) }

    /// The start of a strong programme cue ending in a break character at `end` (洽谈会, 博览会), nil when none.
    static func eventCueStart(_ view: SentenceView, endingAt end: Int) -> Int? {
        guard end > view.range.lowerBound, BreakWords.isBreak(view.text[end - 1]), view.entryEnds(.programmeCue, at: end) else { return nil }
        var start: Int?
        _ = view.hasEntry(.programmeCue, endingAt: end) { s, id in
            if end - s >= 2, view.lexicon.strength(ofEntry: id) >= 3 { start = min(start ?? s, s) }
            return false
        }
        return start
    }

    /// A one-character suffix (处, 部, 局, 会) that closes a word of place, situation or event begun before it
    /// (交界|处, 西北|部, 当|局, 亚运|会) is that word's last character. Institution words ending the same way
    /// (管理局, 营业部, 办事处) do not qualify: they are the suffix. Hand list, general knowledge of Chinese.
    static func isWordTail(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard suffix.count == 1, let tails = wordTails[view.text[suffix.lowerBound]] else { return false }
        return tails.contains { view.hasText($0, at: suffix.upperBound - $0.count) } && !isTailTakenByWordBefore(view, suffix)
    }

    /// The two-character listed tail ending at a one-character suffix has its first character taken by a word
    /// of its own ending right before the suffix (安全|局 over 全局, 国家安全|部 over 全部): the text segments at
    /// the suffix, and no tail is cut there. Not where that word runs across the end of a name before it
    /// (青海|北部: 海北 is a chance string), nor where the tail opens with a position (党内|部, 河北|部: 内部 and
    /// 北部 are parts of what comes before, whatever word takes their first character).
    static func isTailTakenByWordBefore(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard suffix.count == 1, suffix.lowerBound - 2 >= view.range.lowerBound,
              !positions.contains(view.text[suffix.lowerBound - 1]), let tails = wordTails[view.text[suffix.lowerBound]],
              tails.contains(where: { $0.count == 2 && view.hasText($0, at: suffix.lowerBound - 1) }),
              let ws = view.commonWordStart(to: suffix.lowerBound), ws < suffix.lowerBound - 1 else { return false }
        return !((ws + 1)..<suffix.lowerBound).contains { view.entryEnds(.place, at: $0) || view.entryEnds(.organisation, at: $0) }
    }

    /// Characters of position that open the tails of parts (内部, 东北部, 上部).
    static let positions: ScalarSet = ["内", "外", "上", "下", "中", "东", "西", "南", "北", "前", "后", "底", "顶"]

    static let wordTails: [Unicode.Scalar: [[Unicode.Scalar]]] = Dictionary(grouping: [
        "交界处", "结合处", "深处", "之处", "住处", "好处", "用处", "出处", "远处", "近处", "高处", "低处", "到处", "各处",
        "此处", "别处", "难处", "长处", "短处", "益处", "落脚处",
        "东部", "南部", "西部", "北部", "中部", "内部", "外部", "全部", "局部", "东北部", "东南部", "西北部", "西南部",
        "中西部", "中东部", "中南部", "中北部", "腹部", "头部", "胸部", "背部", "腰部", "底部", "顶部", "上部", "下部", "前部",
        "后部", "尾部", "面部", "腿部", "脚部", "颈部",
        "当局", "大局", "格局", "结局", "布局", "时局", "僵局", "败局", "残局", "胜局", "开局", "全局", "变局", "危局", "困局",
    ].map { Array($0.unicodeScalars) }
        // Games are events, not bodies (杭州 亚运会, 北京 冬奥会): their organising committees carry suffixes
        // of their own (组委会).
        + BreakWords.games, by: { $0.last ?? " " })

    /// A one-character suffix that is itself a transliteration character with transliteration characters on
    /// both sides (塔|科|马, 哈斯|科|沃) spells a foreign name; it ends no body.
    static func isInsideTransliteration(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard suffix.count == 1, suffix.lowerBound > view.range.lowerBound,
              let next = view.scalar(suffix.upperBound), BreakWords.isNameBody(next) else { return false }
        let lexicon = view.lexicon
        return lexicon.isTransliterationChar(view.text[suffix.lowerBound])
            && lexicon.isTransliterationChar(view.text[suffix.lowerBound - 1]) && lexicon.isTransliterationChar(next)
    }

    /// Indefinites, vague counts, words of praise and kinds of city that describe bodies without naming one
    /// (hand list, general knowledge of Chinese reporting: 某银行, 部分企业, 知名公司, 顶级俱乐部, 直辖市党委).
    static let describingWords: [[Unicode.Scalar]] = ["某", "部分", "多数", "一些", "若干", "各大", "知名", "著名", "顶级", "一流",
                                                      "老牌", "大牌", "直辖市", "地级市", "县级市"].map { Array($0.unicodeScalars) }

    /// Suffixes that also mean a gang (贩毒集团, 犯罪团伙).
    static let gangSuffixes: [[Unicode.Scalar]] = ["集团", "团伙"].map { Array($0.unicodeScalars) }

    /// Crimes that name a kind of gang (hand list, general knowledge of crime reporting).
    static let crimes: [[Unicode.Scalar]] = ["犯罪", "贩毒", "走私", "诈骗", "黑社会", "恐怖", "盗窃", "抢劫", "贩卖", "拐卖", "偷渡"]
        .map { Array($0.unicodeScalars) }

    /// The character at `k` in `body` counts bodies: 个 after a numeral or a digit, 家 after a numeral or a
    /// vague count (三家, 每家), anywhere in the body; any other counted classifier (一座, 一所) after the
    /// body's first character.
    @inline(__always)
    static func countsBodies(_ view: SentenceView, at k: Int, in body: Range<Int>) -> Bool {
        guard k > view.range.lowerBound else { return false }
        let c = view.text[k], prev = view.text[k - 1]
        if c == "个", PersonNameRecogniser.numerals.contains(prev) || ScalarClass.isDigit(prev) { return true }
        if c == "家", PersonNameRecogniser.numerals.contains(prev) || vagueCounts.contains(prev) { return true }
        return k > body.lowerBound && DictionaryRecogniser.isCountedClassifier(view, at: k)
    }

    /// Words of count before 家 that are no numerals (每家 银行, 各家 公司, 哪家 医院); the numerals, vague ones
    /// included (多家, 几家, 数家), are `PersonNameRecogniser.numerals`.
    static let vagueCounts: ScalarSet = ["每", "各", "哪"]

    /// Size classes of bodies (大型, 中小型): a description of a kind.
    static let sizeClasses: [[Unicode.Scalar]] = ["大型", "中型", "小型", "微型", "大中型", "中小型", "特大型"].map { Array($0.unicodeScalars) }

    /// Words that say what kind of paper it is (地方日报, 英文日报), not which one.
    static let kindsOfPaper = ScalarWordSet(["地方", "行业", "全国", "中央", "机关", "英文", "中文", "外文", "综合", "专业", "大型", "主要"])

    /// Newspaper suffixes of strength 3, which a common word before them names (齐鲁晚报, 南方都市报).
    static let newspapers: [[Unicode.Scalar]] = ["日报", "晚报", "都市报"].map { Array($0.unicodeScalars) }

    /// The suffixes of an official's own office (贸易代表办公室, 校长办公室).
    static let officialsOffices: [[Unicode.Scalar]] = ["办公室", "办公厅"].map { Array($0.unicodeScalars) }

    static func isOfficialsOffice(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        spells(view, suffix, oneOf: officialsOffices)
    }

    /// The text of `r` is one of `words` (a suffix against one of the small hand lists above).
    static func spells(_ view: SentenceView, _ r: Range<Int>, oneOf words: [[Unicode.Scalar]]) -> Bool {
        words.contains { $0.count == r.count && view.hasText($0, at: r.lowerBound) }
    }

    /// Heads of state or government whose own office is a body (总统办公厅, 总理办公室).
    static let headsOfGovernment: [[Unicode.Scalar]] = ["总统", "总理", "首相"].map { Array($0.unicodeScalars) }

    /// Suffixes of bodies whose members share a trade or interest (协会, 学会, 联合会, 研究会 …): a profession
    /// before one (律师协会, 记者协会) says whose association it is. Hand list, general knowledge.
    static let membersAssociations: [[Unicode.Scalar]] = ["协会", "学会", "联合会", "联谊会", "研究会", "促进会", "工会", "公会", "商会"]
        .map { Array($0.unicodeScalars) }

    static func isMembersAssociation(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        spells(view, suffix, oneOf: membersAssociations)
    }

    /// Schools one attends (上大学, 上中学).
    static let schools: [[Unicode.Scalar]] = ["大学", "中学", "小学", "学院"].map { Array($0.unicodeScalars) }

    /// One-character verbs, particles and measure words that end a clause before an unanchored name
    /// (去 出 上 办 着 个 …). Hand list, general knowledge of Chinese prose; each is a name character only
    /// inside a longer word (出版, 上海, 个体), which the caller checks.
    /// Not 上 or 下: they open abbreviations (上合 示范区) as often as they end a clause. 但 ("but") opens
    /// a clause (但|美联银行指出); 拿 and 靠 ("take", "rely on") take an object (靠拿|银行利息).
    static let clauseCharacters: ScalarSet = ["去", "来", "出", "办", "着", "过", "个", "但", "拿", "靠"]

    /// The end of the last clause character in `range` that no common word covers, nil when none.
    static func lastClauseCharacterEnd(_ view: SentenceView, _ range: Range<Int>) -> Int? {
        var k = range.upperBound - 1
        while k >= range.lowerBound {
            if clauseCharacters.contains(view.text[k]), !view.isInsideCommonWord(k) { return k + 1 }
            k -= 1
        }
        return nil
    }

    /// An ordinal of size (第四大 银行, 第一大 城市): "the n-th largest" describes a body, it names none.
    static func holdsOrdinalOfSize(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        for k in r where view.text[k] == "第" {
            var j = k + 1
            while j < r.upperBound, ScalarClass.isDigit(view.text[j]) || PersonNameRecogniser.numerals.contains(view.text[j]) { j += 1 }
            if j > k + 1, view.scalar(j) == "大" { return true }
        }
        return false
    }

    /// A count by size opening the body, or right after a name inside it (中海油|三大石油|公司, 建行四大|行,
    /// 全国|十大|企业), counts the largest bodies of a kind: it names none. Not where a name the dictionary
    /// knows starts with the count (五大连池).
    static func opensWithCountOfSize(_ view: SentenceView, _ body: Range<Int>) -> Bool {
        body.contains { k in
            guard k == body.lowerBound || view.entryEnds(.organisation, at: k) || view.entryEnds(.place, at: k) else { return false }
            var j = k
            while j < body.upperBound, ScalarClass.isDigit(view.text[j]) || PersonNameRecogniser.numerals.contains(view.text[j]) { j += 1 }
            guard j > k, j < body.upperBound, view.text[j] == "大" else { return false }
            return !view.hasEntry(.place, startingAt: k, where: { end, _ in end > j + 1 })
                && !view.hasEntry(.organisation, startingAt: k, where: { end, _ in end > j + 1 })
        }
    }

    /// The suffix 所 directly followed by a verb is the particle 所 (发展所|做, 进程中所|持, 所|采取):
    /// an institute's 所 is followed by its office or a function word. Not 会, which ends bodies
    /// before verbs all the time (市委会 举办).
    static func isParticleSuffix(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard suffix.count == 1, view.text[suffix.lowerBound] == "所",
              let next = view.scalar(suffix.upperBound), ScalarClass.isHan(next) else { return false }
        if particleVerbs.contains(next) { return true }
        return view.entries(.word, startingAt: suffix.upperBound).contains { $0.entry.has("verb") }
    }

    /// 会 between a common noun and a verb is the modal "will" (企业|会|要求, 群众|会|支持): a body named
    /// 会 carries a name of its own before it (市委会, 工商联合会 are suffixes of their own).
    static func isModalSuffix(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard suffix.count == 1, view.text[suffix.lowerBound] == "会",
              let s = view.commonWordStart(to: suffix.lowerBound), s < suffix.lowerBound,
              !view.entryEnds(.body, at: suffix.lowerBound), !view.entryEnds(.organisation, at: suffix.lowerBound) else { return false }
        return view.entries(.word, startingAt: suffix.upperBound).contains { $0.entry.has("verb") }
    }

    /// 组织 right after a body's own name (街道办事处|组织|辖区企业…, 市委|组织|开展, 体育总局|组织|专家) is
    /// the verb "to organise": a body already ends there, and 组织 closes only a name of its own
    /// (上海合作组织, 世界卫生组织).
    static func isOrganisingVerb(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard view.hasText(organise, at: suffix.lowerBound), suffix.count == organise.count else { return false }
        let k = suffix.lowerBound
        return view.entryEnds(.orgSuffix, at: k) || view.entryEnds(.body, at: k) || view.entryEnds(.organisation, at: k)
    }

    static let organise: [Unicode.Scalar] = Array("组织".unicodeScalars)

    /// One-character verbs that follow the particle 所 (所做, 所持, 所说, 所用).
    static let particleVerbs: ScalarSet = ["做", "持", "说", "想", "看", "用", "写", "讲", "谓", "属", "得", "知", "作", "见", "闻", "指"]

    /// A Chinese administrative place followed directly by a lower one inside the name (长沙市|芙蓉区|人民法院,
    /// 河南省|郑州市|…学校): newswire names a body after its own place and writes the higher levels as
    /// places of their own, so the name starts at the last place of the chain.
    ///
    /// Per anchor start that opens a chain, the end of the nearest lower place lying in it: a name up to a
    /// suffix at or after that end leaves the anchor outside. Every reading of the place that starts there
    /// (长沙 and 长沙市) may open the chain; places that do not lie in each other (四川|思明, a district of
    /// Xiamen) are one company's name. Computed once per sentence, not per suffix.
    static func administrativeChainEnds(_ view: SentenceView, _ anchors: [(start: Int, end: Int)]) -> [Int: Int] {
        var ends: [Int: Int] = [:]
        for o in anchors where anchors.contains(where: { $0.start == o.end }) {
            let outer = view.lexicon.administrativePlaces(view.text, o.start..<o.end).map(\.canonical)
            guard !outer.isEmpty else { continue }
            for b in anchors where b.start == o.end
                && view.lexicon.administrativePlaces(view.text, b.start..<b.end).contains(where: { view.lexicon.lies($0, in: outer) }) {
                ends[o.start] = min(ends[o.start] ?? Int.max, b.end)
            }
        }
        return ends
    }

    static let foreignCompanySuffixes: [[Unicode.Scalar]] = ["公司", "集团"].map { Array($0.unicodeScalars) }

    private func proposeTransliteratedCompany(_ view: SentenceView, suffix: Range<Int>, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound
        var start = suffix.lowerBound
        // Before a name dot the name's first part may use characters outside the table (葛兰素·威康 公司).
        var afterDot = false
        while start > lo, suffix.lowerBound - start < (afterDot ? 8 : 6) {
            let s = view.text[start - 1]
            if view.lexicon.isTransliterationChar(s) && !BreakWords.isBreak(s) { start -= 1; continue }
            if afterDot, ScalarClass.isHan(s), !BreakWords.isBreak(s) { start -= 1; continue }
            if OrganisationRecogniser.isNameDotInName(view, start - 1) { start -= 1; afterDot = true; continue }
            break
        }
        // The run must not begin inside a common word, nor be one (保险 公司, 这家 公司).
        while start < suffix.lowerBound - 2, let ws = view.commonWordStart(to: start + 1), ws < start { start += 1 }
        guard suffix.lowerBound - start >= 2 else { return }
        if ScalarClass.isNameDot(view.text[start]) { return }
        let seg = view.segmentationConflict(start..<suffix.lowerBound)
        if seg.isWord || seg.crossesLeft { return }
        // A word opening the run ends it as a description (保险 公司), unless the run is a name of three
        // characters or more and the word is spelled in transliteration characters only: the word
        // list's 德拉 and 哈里 are pieces of foreign names (德拉克 公司, 哈里森 公司).
        if let e = view.commonWordEnd(from: start), e <= suffix.lowerBound,
           !(suffix.lowerBound - start >= 3 && (start..<e).allSatisfy({ view.lexicon.isTransliterationChar(view.text[$0]) })) { return }
        if NameBodyVerbs.occurs(in: view.text, start..<suffix.lowerBound) { return }
        candidates.append(Candidate(range: start..<suffix.upperBound, type: .organisation,
                                    canonical: view.string(start..<suffix.upperBound),
                                    rule: "pattern:transliterated-company", confidence: 0.6))
    }

    /// The name body between an anchor and a suffix holds no digits, office title, verb cue or another
    /// name that ends with the suffix (莫斯科 in 新华社莫斯科: 科 is the place's last character, not a
    /// suffix; 国务院 in …电国务院).
    private func isPlausibleBody(_ view: SentenceView, _ body: Range<Int>, suffix: Range<Int>, remitJoint: Int? = nil) -> Bool {
        // Through the suffix: a listed verb may end in the suffix's character (设|厂, 办|厂).
        if NameBodyVerbs.occurs(in: view.text, body.lowerBound..<suffix.upperBound) { return false }
        if OrganisationRecogniser.holdsOrdinalOfSize(view, body) || OrganisationRecogniser.opensWithCountOfSize(view, body) { return false }
        // A team's name closing inside the body (北京国安队|客场逼平…队) ended a name there: a team owns no
        // unit, and what follows it is the match report.
        if body.contains(where: { k in view.text[k] == "队" && OrganisationRecogniser.isTeamSuffix(view, k..<(k + 1)) }) { return false }
        // A count of bodies (两个 二级学院, 第二个 总领事馆, 三家 银行, 每家 银行, 一座 现代化综合医院) names none.
        if body.contains(where: { OrganisationRecogniser.countsBodies(view, at: $0, in: body) }) { return false }
        // A size class describes a kind of body (大中型 医院, 小型 企业), it names none.
        if view.holdsAny(OrganisationRecogniser.sizeClasses, in: body) { return false }
        // An indefinite (某 银行, 大部分 银行) or a word of praise (知名 游戏开发 公司, 顶级 电竞俱乐部) describes
        // bodies; it names none.
        if view.holdsAny(OrganisationRecogniser.describingWords, in: body) { return false }
        // A gang named by its crime (国际 贩毒 集团, 走私 团伙) is described, not named.
        if OrganisationRecogniser.spells(view, suffix, oneOf: OrganisationRecogniser.gangSuffixes),
           view.holdsAny(OrganisationRecogniser.crimes, in: body) { return false }
        // 上 before a school is the verb "to attend" (当兵上|大学, 到我校上|中学).
        if body.count >= 1, view.text[body.upperBound - 1] == "上",
           OrganisationRecogniser.spells(view, suffix, oneOf: OrganisationRecogniser.schools) { return false }
        // An adjective in 性 describes a kind (法国 全国性 日报, 国际性 组织), not a name.
        if body.count >= 3, body.dropFirst(2).contains(where: { view.text[$0] == "性" }) { return false }
        // The suffix ends an office title (专职副主委), not a body.
        if view.entries(.title, endingAt: suffix.upperBound).contains(where: { $0.start < suffix.lowerBound }) { return false }
        if crossesSuffix(view, suffix) { return false }
        // A one-character suffix repeating the character before it begins an office or a word of the
        // body (银行 行长, 禁毒署 署长, 档案馆 馆藏): the name ended one character earlier.
        if suffix.count == 1, suffix.lowerBound > view.range.lowerBound,
           view.text[suffix.lowerBound - 1] == view.text[suffix.lowerBound] { return false }
        for k in body {
            if ScalarClass.isDigit(view.text[k]) { return false }
            // A title that ends inside a suffix of several characters (党|代表团 over 党代表) is cut by
            // the suffix word: the suffix is the reading.
            // A profession right before a members' association names its members (律师|协会, 记者|协会):
            // the title is the body's remit there, not an office held in it.
            // A head of state or government opening the body names the office that serves them (总统
            // 办公厅, 总统 新闻 局), with at most a two-character remit between title and suffix; so does
            // any office title right before an office (贸易代表 办公室, 市长 办公室).
            if view.hasEntry(.title, startingAt: k, where: { titleEnd, _ in
                !(suffix.count >= 2 && titleEnd > suffix.lowerBound && titleEnd < suffix.upperBound
                  || titleEnd == suffix.lowerBound && OrganisationRecogniser.isMembersAssociation(view, suffix)
                  || k == body.lowerBound && suffix.lowerBound - titleEnd <= 2
                      && OrganisationRecogniser.spells(view, k..<titleEnd, oneOf: OrganisationRecogniser.headsOfGovernment)
                  || k == body.lowerBound && titleEnd == suffix.lowerBound && OrganisationRecogniser.isOfficialsOffice(view, suffix))
            }) { return false }
            // The joint of two remits (农业 和 水利 局) is no cue: it joins the remits, not people.
            if view.entryStarts(.personCue, at: k), k != remitJoint {
                // A cue cut from a longer word (经 in 经济, 等 in 高等) is that word, not the cue; a word
                // reaching back across the end of a name is a chance string (中国作|协和, 作协 + 和).
                let cueEnd = view.entries(.personCue, startingAt: k).first?.end ?? k + 1
                if let e = view.commonWordEnd(from: k), e > cueEnd { continue }
                if let s = view.commonWordStart(to: cueEnd), s < k, s >= body.lowerBound,
                   !view.entryEnds(.organisation, at: k), !view.entryEnds(.place, at: k) { continue }
                if OrganisationRecogniser.isLineOfWork(view, cue: k..<cueEnd, body: body, suffix: suffix) { continue }
                // A verb that is a word of the name (金涵 希望小学, 新希望 集团) is no cue there.
                if NameBodyVerbs.opensNamedSchool(view.text, verbEnd: cueEnd)
                    || NameBodyVerbs.isInsideLineOfWork(view.text, at: k, body.lowerBound..<suffix.upperBound) { continue }
                if cueEnd == suffix.lowerBound, OrganisationRecogniser.isMembersAssociation(view, suffix) { continue }
                // A cue inside an office title the body may hold (贸易 代表 in 贸易代表办公室) is the title's:
                // a title it may not hold has ended the check where it starts.
                if (body.lowerBound..<k).contains(where: { j in view.hasEntry(.title, startingAt: j) { end, _ in end >= cueEnd } }) { continue }
                return false
            }
        }
        for m in view.matches where m.end == suffix.upperBound && m.start >= body.lowerBound && m.start < suffix.lowerBound {
            // A known body's own department, itself a dictionary name, right after it (解放军 总政治部) is
            // the department's full name.
            // A ministry of the state is no one's department (中央纪委|监察部: two bodies side by side).
            if m.start == body.lowerBound, view.entryEnds(.organisation, at: body.lowerBound),
               m.entries.allSatisfy({ view.lexicon.entryKinds[Int($0)] != .place && view.lexicon.entryKinds[Int($0)] != .person
                   && view.lexicon.entries[Int($0)].attributes["body"] != "government" }) { continue }
            if m.entries.contains(where: { view.lexicon.entryKinds[Int($0)].entityType != nil }) { return false }
        }
        // The suffix must not be the tail of a place or person name that begins before it. A strong
        // suffix of two characters or more that such a name only cuts (光|华中|学: the region 华中) is the
        // stronger word there.
        for m in view.matches where m.start < suffix.lowerBound && m.end > suffix.lowerBound && m.end <= suffix.upperBound {
            guard m.entries.contains(where: { let k = view.lexicon.entryKinds[Int($0)]; return k == .place || k == .person }) else { continue }
            if m.end < suffix.upperBound, suffix.count >= 2,
               view.hasEntry(.orgSuffix, spanning: suffix, where: { view.lexicon.strength(ofEntry: $0) >= 3 }) { continue }
            return false
        }
        return true
    }

    /// The suffix is cut out of a common word: a one-character suffix that ends a two-character word
    /// (举行, 布局, 市场, 干部: 行 局 场 部 are suffixes only in names), or a suffix whose last
    /// characters begin a longer word (大学 in 大学生, 会 in 会议).
    private func crossesSuffix(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        if suffix.count == 1, suffix.lowerBound > view.range.lowerBound {
            for (start, _) in view.entries(.word, endingAt: suffix.upperBound) where start == suffix.lowerBound - 1 {
                let r = start..<suffix.upperBound
                // The tail of a longer word of a works' trade (化|工厂 in 化工厂) is that word's, not a cut.
                let longer = view.commonWordStart(to: suffix.upperBound).map { $0 < start && OrganisationRecogniser.isWorksTrade(view, $0..<suffix.upperBound) } ?? false
                let isNamePart = view.hasEntry(.orgSuffix, spanning: r) || view.hasEntry(.body, spanning: r)
                    || OrganisationRecogniser.isWorksTrade(view, r) || longer
                // A listed tail whose first character a word before it takes (安全|局 over 全局) cuts nothing.
                if !isNamePart, OrganisationRecogniser.isTailTakenByWordBefore(view, suffix) { continue }
                // Nor does a word whose first character closes a known club before a team's 队 (曼彻斯特联|队
                // over 联队): the club's team.
                if !isNamePart, OrganisationRecogniser.isTeamSuffix(view, suffix),
                   view.hasEntry(.organisation, endingAt: suffix.lowerBound, where: { s, _ in s < start }) { continue }
                if !isNamePart { return true }
            }
        }
        // An office title right after the suffix (总政治部 副主任) ends the name there, whatever word
        // the segmenter's list glues across the edge (部副).
        if view.entryStarts(.title, at: suffix.upperBound) { return false }
        for k in suffix {
            // 部长 after 财政部 is an office of the body, not a word the suffix was cut from.
            guard let e = view.commonWordEnd(from: k), e > suffix.upperBound, !view.entryStarts(.title, at: k) else { continue }
            // A word from the last character of a suffix of three or more whose rest opens a word of its own
            // (代表团|圆满 over 团圆, 代表团|结束 over 团结) cuts nothing: the text segments at the suffix's end.
            if k > suffix.lowerBound, suffix.count >= 3, OrganisationRecogniser.restOpensAWord(view, at: suffix.upperBound, through: e) { continue }
            if OrganisationRecogniser.outrunByWordAfter(view, suffix: suffix, crossingEnd: e) { continue }
            // A postposition of place closing a word with the last character of a suffix of two or more
            // (卫生院|里 over 院里, 研究所|内 over 所内) locates something in the body: the name ends before it.
            if k == suffix.upperBound - 1, suffix.count >= 2, e == suffix.upperBound + 1,
               PersonNameRecogniser.postpositions.contains(view.text[suffix.upperBound]) { continue }
            return true
        }
        return false
    }

    /// A word ending in 厂 whose first character is the works' trade (钢|厂, 药|厂, 船|厂, 化工|厂):
    /// the word is a kind of works, so a place before it names one (湘潭钢铁厂 as 湘潭电机厂), where a
    /// word ending in another suffix character is no body (举行, 市场). Not a word that counts, points
    /// at or acts on the works (全厂, 该厂, 出厂, 建厂), nor one naming a part of a firm (分厂, 总厂).
    static func isWorksTrade(_ view: SentenceView, _ word: Range<Int>) -> Bool {
        word.count >= 2 && view.text[word.upperBound - 1] == "厂" && !worksDeterminers.contains(view.text[word.lowerBound])
    }

    /// First characters of the words in 厂 that are no trade (全厂, 该厂, 本厂, 出厂, 进厂, 建厂, 办厂, 工厂, 大厂).
    static let worksDeterminers: ScalarSet = ["全", "该", "本", "我", "各", "此", "每", "出", "进", "建", "办", "开",
                                              "入", "回", "到", "离", "在", "分", "总", "工", "大", "小", "老", "新", "厂"]

    /// A weak cue that only follows a name (交流, weight 2 or less) closing the body right before the suffix,
    /// after a common word of the body (人才 交流 中心, 文化 交流 协会), is the body's line of work: no name
    /// stands before it, so it reports nothing a person did; so is a listed line of work holding a strong cue
    /// (职业介绍 所). Not after a body's own suffix (国家行政学院|共同|组织 is a clause: the institute organised
    /// it together).
    static func isLineOfWork(_ view: SentenceView, cue: Range<Int>, body: Range<Int>, suffix: Range<Int>) -> Bool {
        guard cue.upperBound == suffix.lowerBound, let s = view.commonWordStart(to: cue.lowerBound), s >= body.lowerBound,
              !view.entryEnds(.place, at: cue.lowerBound), !view.entryEnds(.organisation, at: cue.lowerBound),
              !view.entryEnds(.person, at: cue.lowerBound), !view.entryEnds(.orgSuffix, at: cue.lowerBound) else { return false }
        // A listed line of work holding a strong cue (职业 介绍 所) is the body's service whatever the cue's weight.
        if NameBodyVerbs.isInsideLineOfWork(view.text, at: cue.lowerBound, body.lowerBound..<suffix.lowerBound) { return true }
        return view.entries(.personCue, startingAt: cue.lowerBound).allSatisfy { e in
            e.end != cue.upperBound || e.entry.attributes["side"] == "after" && (Int(e.entry.attributes["weight"] ?? "") ?? 3) <= 2
        }
    }

    /// Country or city + 队 / 男队 / 女队 is a national or club team (中国队, 巴西女队): a name.
    static func isTeamSuffix(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        suffix.count <= 2 && view.text[suffix.upperBound - 1] == "队" && !startsTeamWord(view, suffix.upperBound)
    }

    /// 队员 / 队长 / 队伍 …: the 队 begins a word about members or ranks, not a team's name.
    static func startsTeamWord(_ view: SentenceView, _ next: Int) -> Bool {
        next < view.range.upperBound && ["员", "长", "伍", "列", "友", "形", "医"].contains(view.text[next])
    }

    private func isInsideAnchor(_ i: Int, _ anchors: [(start: Int, end: Int)]) -> Bool {
        anchors.contains { $0.start <= i && i < $0.end }
    }

    /// Level characters that qualify a bare body as the one body of that level in the story (市委, 乡党委,
    /// 村委会, 区委, 地委); 团 before one is the Youth League's committee of that level (团县委). A bare 区委
    /// is sometimes part of a slogan (“区委全域统揽、街道统筹协调”, one such in the seeds, which the gold leaves
    /// out), but more often the district's committee: with 区 and 地, People's Daily dev organisation F1
    /// rose .8049 → .8064 while the seeds lost that one slogan.
    static let bodyLevels: ScalarSet = ["市", "省", "县", "乡", "镇", "村", "区", "地"]
    /// Verbs of holding an office, written right before the office's body (任乡党委书记, 兼镇党委书记).
    static let officeVerbs: ScalarSet = ["任", "兼"]
    /// Levels whose character ends many common words (地区, 社区, 当地): their bare body needs a clean edge.
    static let wordEndingLevels: ScalarSet = ["区", "地"]
    /// The autonomous levels, whose bare committee or government is one body in its article (自治区党委).
    static let autonomousLevels: [[Unicode.Scalar]] = ["自治区", "自治州", "自治县"].map { Array($0.unicodeScalars) }
    /// Commissions every unit has exactly one of, named bare in newswire (纪委的失职, 参与人大常委会的工作).
    static let bareCommissions: [[Unicode.Scalar]] = ["纪委", "纪检委", "人大常委会"].map { Array($0.unicodeScalars) }
    static let government: [Unicode.Scalar] = Array("政府".unicodeScalars)

    /// The name of a township, community or village right before its body word (李哥庄|镇党委, 薛埠|镇党委),
    /// nil when the body is not of that level or no such name stands before it.
    static func localUnitName(_ view: SentenceView, before body: Range<Int>) -> Range<Int>? {
        guard localLevels.contains(where: { view.hasText($0, at: body.lowerBound) }) else { return nil }
        let lo = view.range.lowerBound
        var start = body.lowerBound
        // The verb of taking an office right before the body (后来任|镇党委) names no unit.
        if start > lo, officeVerbs.contains(view.text[start - 1]) { return nil }
        // A known place or a place suffix of two or more characters ends the name (金坛市|薛埠, …街道|台坪);
        // a one-character place (台 of 台坪) is the name's own character.
        func placeEnds(at k: Int) -> Bool {
            view.entries(.place, endingAt: k).contains { k - $0.start >= 2 } || view.entries(.placeSuffix, endingAt: k).contains { k - $0.start >= 2 }
        }
        // Nor does the unit name open on the level character that closes the unit above it (林坊镇|洋坊
        // 村党支部: 镇 ends the township).
        func closesUnitAbove(_ k: Int) -> Bool {
            k - 1 > lo && PlaceRecogniser.levelCharacters.contains(view.text[k - 1]) && BreakWords.isNameBody(view.text[k - 2])
        }
        while start > lo, body.lowerBound - start < 3, BreakWords.isNameBody(view.text[start - 1]),
              !placeEnds(at: start) || start == body.lowerBound, start == body.lowerBound || !closesUnitAbove(start) { start -= 1 }
        guard body.lowerBound - start >= 2 else { return nil }
        // The name opens the phrase, or a known place or a composed place suffix ends right before it.
        let opens = start == lo || !BreakWords.isNameBody(view.text[start - 1])
        let afterSuffix = view.entryEnds(.placeSuffix, at: start)
        let followsPlace = placeEnds(at: start) || afterSuffix
        guard opens || followsPlace else { return nil }
        let name = start..<body.lowerBound
        let seg = view.segmentationConflict(name)
        // A word across the end of the unit above (八大湖街|道台|路: 道台) is a chance string there.
        if seg.isWord || seg.crossesLeft && !afterSuffix || NameBodyVerbs.occurs(in: view.text, name) { return nil }
        for k in name where view.entryStarts(.title, at: k) || view.entryStarts(.personCue, at: k) { return nil }
        return name
    }

    /// Level characters a place's name ends with and a bare body begins with (市 of 泉州市 and 市委).
    static let sharedLevels: ScalarSet = ["市", "县", "区", "省"]
    /// The levels whose bare committee or government is one body in any article (市委, 省政府, 县委).
    static let headLevels: ScalarSet = ["市", "省", "县"]

    /// Level characters of townships and villages, which close a place's name.
    static let lowLevels: ScalarSet = ["镇", "乡", "村"]

    static let localLevels: [[Unicode.Scalar]] = ["镇", "乡", "村", "社区", "街道"].map { Array($0.unicodeScalars) }

    /// Whether a bare body word names one body: level-qualified (市委, 县政府, 村委会, 团县委) or a
    /// unit's discipline commission. Below the county, the level must start the phrase (被乡党委, 、村委会).
    /// A township's or village's bare government (乡政府, 镇政府) is left out: newswire treats it as a
    /// generic reference, as it does a bare 党组 or 办公室.
    static func standsAloneAsName(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        let first = view.text[r.lowerBound]
        // A kind of city or region ending on the level character (直辖|市党委, 地级|市政府) names every unit of
        // that kind, not one body.
        if let w = view.commonWordStart(to: r.lowerBound + 1), w <= r.lowerBound - 2 { return false }
        if OrganisationRecogniser.headLevels.contains(first) { return true }
        // The Youth League's committee of those levels (团省委, 团市委, 团县委), where 团 ends no word
        // (集团, 代表团).
        if first == "团", r.count >= 3, OrganisationRecogniser.headLevels.contains(view.text[r.lowerBound + 1]) {
            return endsNoWordBefore(view, r.lowerBound)
        }
        if bareCommissions.contains(where: { $0.count == r.count && view.hasText($0, at: r.lowerBound) }) { return true }
        // An autonomous region's, prefecture's or county's own committee (自治区党委, 自治州政府).
        if first == "自", autonomousLevels.contains(where: { view.hasText($0, at: r.lowerBound) }) {
            return endsNoWordBefore(view, r.lowerBound)
        }
        let levelAt = first == "团" && r.count >= 3 ? r.lowerBound + 1 : r.lowerBound
        guard bodyLevels.contains(view.text[levelAt]) else { return false }
        // A district's or prefecture's committee (区委, 区政府, 地委) only where the level character ends
        // no word (社区|党委, 当地|委托, 山区|政府): those levels are words' last characters far more often.
        if wordEndingLevels.contains(view.text[levelAt]), !endsNoWordBefore(view, levelAt) { return false }
        // A name character before a lower level is the unit's own name (李哥庄 镇党委): the place-body
        // reading, not a bare body. Not the verb of taking an office (任|乡党委书记, 兼|镇党委书记).
        if r.lowerBound > view.range.lowerBound, BreakWords.isNameBody(view.text[r.lowerBound - 1]),
           !officeVerbs.contains(view.text[r.lowerBound - 1]) { return false }
        // A district is a county-level unit: its bare government is one body, as a county's is.
        return !view.hasText(government, at: r.upperBound - 2) || view.text[levelAt] == "区"
    }

    /// No common word ends on the character at `k` having begun before it (团 of 团县委, not of 集团;
    /// 区 of 区委, not of 社区).
    static func endsNoWordBefore(_ view: SentenceView, _ k: Int) -> Bool {
        view.commonWordStart(to: k + 1).map { $0 >= k } ?? true
    }

    private func proposeBody(_ view: SentenceView, body: Range<Int>, entry: LexiconEntry,
                             anchors: [(start: Int, end: Int)], into candidates: inout [Candidate]) {
        // A legislature's term (第二届全国人民代表大会, 福建省第十四届人民代表大会, 六届人大常委会) is the body
        // elected for it: one name from its place (or the ordinal) to the body; its sessions (第一次会议)
        // are events. Inside a deputy's title (第三届人大|代表) the term is named all the same.
        if let term = OrganisationRecogniser.termStart(view, before: body.lowerBound), OrganisationRecogniser.isLegislature(entry) {
            let start = anchors.filter { $0.end == term }.map(\.start).min() ?? term
            candidates.append(Candidate(range: start..<body.upperBound, type: .organisation,
                                        canonical: view.string(start..<body.upperBound),
                                        rule: "pattern:legislature-term", confidence: 0.9))
            return
        }
        // Place + body (泉州市委, 黄岛海关, 中共厦门市委): anchored directly before it.
        var anchored = false
        // A body known by itself as the national one (国资委, 工商联, 贸促会) after a place is that place's
        // own (安徽省国资委): the place and the national body read apart must not outscore it. Not a body of
        // the country alone (香港|全国人大代表).
        let localBranch = entry.attributes["level"] != "country" && view.hasEntry(.organisation, spanning: body)
        // The place may share its level character with the body (泉州市|市委 → 泉州市委, 监利县|县委 → 监利县委).
        for a in anchors where a.end == body.lowerBound || (a.end == body.lowerBound + 1
                                                             && OrganisationRecogniser.sharedLevels.contains(view.text[body.lowerBound])
                                                             && view.text[a.end - 1] == view.text[body.lowerBound]) {
            if OrganisationRecogniser.isCountryGovernment(view, anchor: a.start..<a.end, body: body) {
                anchored = true
                continue
            }
            var start = a.start
            // 中共 / 中国共产党 before the place belongs to the name.
            if let p = anchors.first(where: { $0.end == a.start }), view.hasEntry(.organisation, spanning: p.start..<p.end) {
                start = p.start
            }
            candidates.append(Candidate(range: start..<body.upperBound, type: .organisation,
                                        canonical: view.string(start..<body.upperBound),
                                        rule: "pattern:place-body", confidence: localBranch ? 0.9 : 0.85))
            anchored = true
        }
        // A township, community or village body after its unit's own name (李哥庄 镇党委, 薛埠 镇党委):
        // the name is two or three name characters that open the phrase or follow a known place (the
        // chain above it, 金坛市 薛埠镇党委).
        if !anchored, let name = OrganisationRecogniser.localUnitName(view, before: body) {
            candidates.append(Candidate(range: name.lowerBound..<body.upperBound, type: .organisation,
                                        canonical: view.string(name.lowerBound..<body.upperBound),
                                        rule: "pattern:place-body", confidence: 0.8))
            return
        }
        // A bare body word (市委, 市发改委): a name in its own right, expanded from context later.
        if !anchored, body.count >= 2 {
            var start = body.lowerBound
            if start > view.range.lowerBound, ["市", "省", "县", "区"].contains(view.text[start - 1]),
               !view.entryEnds(.place, at: start) { start -= 1 }
            // 团 before a level's committee is the Youth League's (团省委, 团市委), unless it ends a word
            // (集团, 代表团).
            if start > view.range.lowerBound, view.text[start - 1] == "团", OrganisationRecogniser.bodyLevels.contains(view.text[start]),
               (view.commonWordStart(to: start).map { $0 >= start - 1 } ?? true) { start -= 1 }
            // Only a level-qualified body stands alone as a name (市委, 省委党校, 市文联): a bare 党组,
            // 工会 or 办公室 is a kind of body, not one body; and a body cut out of a word (党组织) is none.
            guard OrganisationRecogniser.standsAloneAsName(view, start..<body.upperBound) else { return }
            if let e = view.commonWordEnd(from: body.upperBound - 1), e > body.upperBound { return }
            candidates.append(Candidate(range: start..<body.upperBound, type: .organisation,
                                        canonical: view.string(start..<body.upperBound),
                                        rule: OrganisationRecogniser.bareBodyRule, confidence: 0.7))
        }
    }

    /// The rule of a body word standing alone (市委, 市政府), which the Canonicaliser expands from context.
    static let bareBodyRule = "pattern:body"

    /// A people's congress or its standing committee (人民代表大会, 全国人大, 省人大常委会): the bodies
    /// elected for a numbered term.
    static func isLegislature(_ entry: LexiconEntry) -> Bool {
        entry.surface.contains("人民代表大会") || entry.surface.contains("人大")
    }

    /// The start of a term's ordinal ending right at `end` (第十四届, 六届, 第14届), nil when none.
    static func termStart(_ view: SentenceView, before end: Int) -> Int? {
        guard end - 2 >= view.range.lowerBound, view.text[end - 1] == "届" else { return nil }
        var k = end - 1
        while k > view.range.lowerBound, PersonNameRecogniser.numerals.contains(view.text[k - 1]) || ScalarClass.isDigit(view.text[k - 1]) { k -= 1 }
        guard k < end - 1 else { return nil }
        if k > view.range.lowerBound, view.text[k - 1] == "第" { k -= 1 }
        return k
    }
}
