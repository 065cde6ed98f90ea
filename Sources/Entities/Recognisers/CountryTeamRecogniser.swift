/// Countries that stand for their national teams in sports reports: the draw of a group (e组的美国、
/// 俄罗斯、立陶宛), a list of opponents (对中国、丹麦、韩国等强队), a country coordinated with a named
/// team (美国和俄罗斯队), and a country as the object of a match verb in a report about a match
/// (决赛中避开巴西, 以三比一击败意大利). Newswire annotation tags the team as an organisation there,
/// while the same country name is a place everywhere else.
///
/// Why a recogniser of its own: the evidence is the shape of the clause around a list of countries,
/// not the name itself, and the dictionary proposes each country as a place; this recogniser proposes
/// the organisation reading with a confidence just above the dictionary's place, so the resolver picks
/// it only where this evidence exists.
public struct CountryTeamRecogniser: Recogniser {
    public init() {}

    /// Just above a dictionary country (0.9): with the same span the team reading wins.
    static let confidence = 0.95

    /// Between two items of a list of countries.
    static let joints: ScalarSet = ["、", "和", "与", "及", "同"]

    /// After the last item: the list is a list of teams (…等强队, …等队, …队).
    static let teamTails: [[Unicode.Scalar]] = ["等强队", "等队", "等球队", "等代表队", "等国家队"].map { Array($0.unicodeScalars) }

    /// Before the first item: a group of a draw (A组的, 第一组：, 小组中的).
    static let groupLeads: [[Unicode.Scalar]] = ["组的", "组：", "组:", "组为", "组有", "组是"].map { Array($0.unicodeScalars) }

    /// Verbs of a match whose object is the opposing side.
    static let matchVerbs: [[Unicode.Scalar]] = ["战胜", "击败", "负于", "输给", "迎战", "对阵", "逼平", "战平", "淘汰",
                                                 "力克", "横扫", "完胜", "不敌", "避开", "遭遇", "挑战", "胜"].map { Array($0.unicodeScalars) }

    /// Words that say a sentence reports a match (the verbs above also describe wars and elections).
    static let matchWords: [[Unicode.Scalar]] = ["比赛", "决赛", "半决赛", "小组赛", "联赛", "出线", "比分", "进球", "积分",
                                                 "赛季", "世界杯", "锦标赛", "球队", "主场", "客场"].map { Array($0.unicodeScalars) }

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        proposeFixtureSides(view, into: &candidates)
        proposeCityTeams(view, into: &candidates)
        let r = view.range
        // Start → end of the longest country there, from the sentence's matches (most have none).
        let countries = CountryTeamRecogniser.countryEnds(view)
        guard !countries.isEmpty else { return }
        let lo = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            let first = countries[i - lo]
            guard first > 0 else { i += 1; continue }
            // The list: countries joined by 、 or a conjunction.
            var items = [i..<first]
            var k = first
            while k < r.upperBound, CountryTeamRecogniser.joints.contains(view.text[k]), countries[k + 1 - lo] > 0 {
                let e = countries[k + 1 - lo]
                items.append((k + 1)..<e)
                k = e
            }
            defer { i = k }
            let start = items[0].lowerBound
            let groupDraw = CountryTeamRecogniser.groupLeads.contains { view.hasText($0, at: start - $0.count) }
            let teamList = items.count >= 2 && CountryTeamRecogniser.teamTails.contains { view.hasText($0, at: k) }
            // 美国和俄罗斯队: the last country carries the team suffix itself.
            let coordinatedTeam = view.scalar(k) == "队" && items.count >= 2
            // Not a country that qualifies the opponent (战胜比利时的卡某: the player is the object).
            let opponent = items.count == 1 && CountryTeamRecogniser.matchVerbs.contains { view.hasText($0, at: start - $0.count) }
                && view.scalar(k) != "的" && !view.entryStarts(.honorific, at: k) && !CountryTeamRecogniser.opensAName(view, at: k)
                && CountryTeamRecogniser.reportsAMatch(view)
            guard groupDraw || teamList || opponent || coordinatedTeam else { continue }
            // With a team suffix on the last item, that item is the team's name already (俄罗斯队).
            let teams = coordinatedTeam ? items.dropLast() : items[...]
            for item in teams {
                candidates.append(Candidate(range: item, type: .organisation, canonical: view.string(item),
                                            rule: "pattern:country-team", confidence: CountryTeamRecogniser.confidence))
            }
        }
    }

    /// A fixture written `A vs B` (罗马vs切沃, 法国VS巴西): each side is a team, so a country, region or
    /// city named right against the `vs` stands for its club or national team. Only the Latin `vs`
    /// marks a fixture this plainly; 对 and 战 are ordinary words too.
    func proposeFixtureSides(_ view: SentenceView, into candidates: inout [Candidate]) {
        let r = view.range
        guard r.count >= 4 else { return }
        for k in r.lowerBound..<(r.upperBound - 1) {
            guard let (before, after) = CountryTeamRecogniser.fixtureMark(at: k, view) else { continue }
            var sides: [Range<Int>] = []
            _ = view.hasEntry(.place, endingAt: before) { s, id in
                if before - s >= 2, CountryTeamRecogniser.teamPlaceLevels.contains(view.lexicon.entries[id].attributes["level"] ?? "") {
                    sides.append(s..<before)
                }
                return false
            }
            _ = view.hasEntry(.place, startingAt: after) { e, id in
                if e - after >= 2, CountryTeamRecogniser.teamPlaceLevels.contains(view.lexicon.entries[id].attributes["level"] ?? "") {
                    sides.append(after..<e)
                }
                return false
            }
            for side in sides {
                candidates.append(Candidate(range: side, type: .organisation, canonical: view.string(side),
                                            rule: "pattern:fixture-team", confidence: CountryTeamRecogniser.confidence))
            }
        }
    }

    /// A Latin `vs` mark of a fixture starts at `k`: where the side before it ends and the side after it
    /// starts, with one space allowed on either side and a full stop after the letters (罗马vs切沃, 法国 VS 巴西,
    /// 中国vs.美国). Nil when `k` starts no mark, or the letters belong to a Latin word or code (VS2010).
    static func fixtureMark(at k: Int, _ view: SentenceView) -> (before: Int, after: Int)? {
        guard let a = view.scalar(k), let b = view.scalar(k + 1), a == "v" || a == "V", b == "s" || b == "S" else { return nil }
        if let p = view.scalar(k - 1), ScalarClass.isASCIIAlnum(p) { return nil }
        if let n = view.scalar(k + 2), ScalarClass.isASCIIAlnum(n) { return nil }
        let before = view.scalar(k - 1).map(ScalarClass.isSpace) == true ? k - 1 : k
        var after = view.scalar(k + 2) == "." ? k + 3 : k + 2
        if view.scalar(after).map(ScalarClass.isSpace) == true { after += 1 }
        return (before, after)
    }

    /// A city or region as the object of a match verb in a match report (战胜|利物浦, 客场挑战|罗马), or as
    /// its subject right before the verb or the ground (利物浦|战胜…, 巴塞罗那|主场…): clubs carry their
    /// city's name, and the match verb says the side, not the place, is meant. Not after 做客 ("play
    /// away"): 做客意大利 is where the match was played.
    /// As with a country, 的 or a name after it makes it the player's city (击败罗马的|某某).
    func proposeCityTeams(_ view: SentenceView, into candidates: inout [Candidate]) {
        var reports: Bool?
        let r = view.range
        let verbLasts = CountryTeamRecogniser.matchVerbLasts, headFirsts = CountryTeamRecogniser.subjectHeadFirsts
        for m in view.matches where m.end - m.start >= 2 {
            // Most matches have no verb's last scalar before them and no head's first scalar after them.
            let verbBefore = m.start > r.lowerBound && verbLasts.contains(view.text[m.start - 1])
            let headAfter = m.end < r.upperBound && headFirsts.contains(view.text[m.end])
            guard verbBefore || headAfter else { continue }
            let object = verbBefore && CountryTeamRecogniser.matchVerbs.contains { view.hasText($0, at: m.start - $0.count) }
            // The subject: the city right before a match verb or its ground (利物浦|战胜…, 巴塞罗那|主场…), not
            // after a locative (在罗马|战胜: where the match was played).
            let subject = !object && headAfter && CountryTeamRecogniser.subjectHeads.contains { view.hasText($0, at: m.end) }
                && !(view.scalar(m.start - 1).map { TransliteratedNameRecogniser.locatives.contains($0) || $0 == "于" } ?? false)
            guard object || subject,
                  m.entries.contains(where: { e in
                      view.lexicon.entryKinds[Int(e)] == .place
                          && CountryTeamRecogniser.cityLevels.contains(view.lexicon.entries[Int(e)].attributes["level"] ?? "")
                  }),
                  subject || view.scalar(m.end) != "的" && !view.entryStarts(.honorific, at: m.end) && !CountryTeamRecogniser.opensAName(view, at: m.end)
            else { continue }
            // A longer place or name running on from the city (罗马尼亚) is read whole instead.
            if view.containsMatch(covering: m.start, where: { $0.start == m.start && $0.end > m.end }) { continue }
            if reports == nil { reports = CountryTeamRecogniser.reportsAMatch(view) }
            guard reports == true else { return }
            candidates.append(Candidate(range: m.start..<m.end, type: .organisation, canonical: view.string(m.start..<m.end),
                                        rule: "pattern:city-team", confidence: CountryTeamRecogniser.confidence))
        }
    }

    /// The levels of places whose clubs carry their name (利物浦, 巴塞罗那); a country fields a national
    /// team, read by the list and opponent rules above.
    static let cityLevels: Set<String> = ["city", "region"]

    /// Where a side plays: at home or away (主场, 客场).
    static let grounds: [[Unicode.Scalar]] = ["主场", "客场"].map { Array($0.unicodeScalars) }

    /// What follows a side named as the subject: a match verb or its ground.
    static let subjectHeads = matchVerbs + grounds
    /// The heads' first scalars and the verbs' last ones, asked around every dictionary match before the words.
    static let subjectHeadFirsts = ScalarSet(subjectHeads.compactMap(\.first))
    static let matchVerbLasts = ScalarSet(matchVerbs.compactMap(\.last))

    /// The levels of places that field teams under their own name.
    static let teamPlaceLevels: Set<String> = ["country", "city", "region", "prefecture", "province"]

    /// Per start (relative to the sentence's start), the end of the longest dictionary country of two or
    /// more scalars starting there, 0 where none does; empty when the sentence has none. Read from the
    /// match list by entry index: copying entries per position cost more than the rest of the
    /// recogniser. An array, not a dictionary: the recogniser asks about every position.
    static func countryEnds(_ view: SentenceView) -> [Int] {
        var ends: [Int] = []
        let lo = view.range.lowerBound
        for m in view.matches where m.end - m.start >= 2 {
            let isCountry = m.entries.contains { i in
                view.lexicon.entryKinds[Int(i)] == .place && view.lexicon.entries[Int(i)].attributes["level"] == "country"
            }
            if isCountry {
                if ends.isEmpty { ends = [Int](repeating: 0, count: view.range.count + 1) }
                ends[m.start - lo] = max(ends[m.start - lo], m.end)
            }
        }
        return ends
    }

    static func reportsAMatch(_ view: SentenceView) -> Bool {
        for k in view.range where CountryTeamRecogniser.matchWords.contains(where: { view.hasText($0, at: k) }) { return true }
        return false
    }

    /// A person's name starts at `k` (击败新加坡|井某, 战胜法国|皮尔斯): the country is the player's, and
    /// the player, not the team, is the opponent. A surname that opens a common word (晋|级) opens none.
    static func opensAName(_ view: SentenceView, at k: Int) -> Bool {
        if DictionaryRecogniser.opensTransliteration(view, at: k) { return true }
        guard view.entryStarts(.surname, at: k), view.commonWordEnd(from: k) == nil,
              let next = view.scalar(k + 1), ScalarClass.isHan(next), !BreakWords.isBreak(next) else { return false }
        return true
    }

    /// Words of a results line: who won or placed (男单 决赛 中, …以 8米50 夺冠, 获 亚军).
    static let resultWords: [[Unicode.Scalar]] = ["夺冠", "冠军", "亚军", "季军", "金牌", "银牌", "铜牌", "男单", "女单",
                                                  "男双", "女双", "混双", "单打", "双打", "公开赛", "奥运会", "预赛", "复赛"]
        .map { Array($0.unicodeScalars) }

    /// The sentence reports a match or its results: the words of either.
    static func reportsASportingResult(_ view: SentenceView) -> Bool {
        for k in view.range where sportingFirsts.contains(view.text[k]) {
            if sportingWords.contains(where: { view.hasText($0, at: k) }) { return true }
        }
        return false
    }

    /// The words of a match or results line, and their first scalars: most positions start none, and
    /// the question is asked for every name after a country.
    static let sportingWords = matchWords + resultWords
    static let sportingFirsts = ScalarSet(sportingWords.compactMap(\.first))

    /// A country's full name ends at `position` (中国|王某, 美国|琼斯): in results an athlete's name follows
    /// the country with nothing between.
    static func countryNameEnds(at position: Int, _ view: SentenceView) -> Bool {
        view.hasEntry(.place, endingAt: position) { s, id in
            position - s >= 2 && view.lexicon.entries[id].attributes["level"] == "country"
        }
    }
}
