/// Proposes every dictionary entity (places, organisations, well-known persons and programmes).
///
/// One-character abbreviations (中 美 闽 厦 泉 华) are proposed only where newswire uses them as names:
/// - in a run of two or more (中美, 中日韩, 闽台) followed by a relation word (关系, 双方, 合作, 首脑 …)
///   or enumerated with 、;
/// - followed by 方 (中方, 美方);
/// - after a movement or location word (来泉, 在厦, 驻厦, 访华, 赴京) when no common word starts there;
/// - as the first half of a fixed compound that names the place (京剧, 华侨, 中医, 港人, 美军), which
///   newswire annotation counts as the place itself.
/// Anywhere else 中 is "middle" and 以 is "with".
///
/// Short dictionary names that cut a common word in two (中国 in 发展中国家) lose confidence.
public struct DictionaryRecogniser: Recogniser {
    static let abbreviationLeads: ScalarSet = ["来", "在", "驻", "赴", "访", "抵", "离", "返", "旅", "援", "对", "侵", "留", "回", "反"]
    /// Abbreviations that after a lead are another word as often as the place: 新 is "new" (在新时代, 对新
    /// 认定企业), not Singapore; 以 after 在 opens 在以…为 ("taking … as"), not Israel; 非 after 对 is "non-"
    /// (对非教徒), not Africa; 中 after 在 is "in the middle" or opens a name (在中游, 住在中山路), and China
    /// after a lead is 华 (来华, 在华).
    static let notAfterLeads: ScalarSet = ["新", "以", "非", "中"]
    /// Words that follow a run of country/province abbreviations used as names: 中美关系, 中日双方.
    static let relationHeads: [[Unicode.Scalar]] = [
        "关系", "两国", "双方", "合作", "友好", "会谈", "会晤", "之间", "建交", "领导人", "首脑", "外长", "峰会", "联合",
        "贸易", "边境", "共同", "三国", "两党", "战略", "伙伴", "对话", "协议", "协定", "声明", "公报", "经贸", "磋商",
        "谈判", "军事", "交流", "友谊", "等国", "两岸", "三方", "四国", "人民", "元首", "总理", "首相", "总统",
        "军队", "联军", "争端", "冲突", "分歧", "文化", "经济", "科技", "民间", "青年", "航线", "铁路", "海底",
        "地区", "边界", "两军", "双边",
    ].map { Array($0.unicodeScalars) }
    /// Words that follow a run of major states' abbreviations only (中德政府磋商, 中美企业家): after other
    /// characters they read otherwise (并以企业).
    static let majorStatesRunHeads: [[Unicode.Scalar]] = ["政府", "企业", "高层", "外交"].map { Array($0.unicodeScalars) }

    /// The confidence of a name from a word list (persons-lexical.tsv).
    static let lexicalConfidence = 0.7

    public init() {}

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        for m in view.matches {
            // A compound of one-character abbreviations (港澳, 黄淮) is one place per character.
            if proposeParts(view, m, into: &candidates) { continue }
            for index in m.entries {
                // The kind from the flat table first: most entries are words and stops, and copying an
                // entry retains its strings and attributes.
                guard let type = view.lexicon.entryKinds[Int(index)].entityType else { continue }
                let e = view.lexicon.entries[Int(index)]
                // The attributes this loop reads, each looked up once (a String-keyed hash apiece), and
                // none for an entry without attributes (most organisations and persons).
                let hasAttributes = !e.attributes.isEmpty
                let abbr = hasAttributes && e.attributes["abbr"] != nil
                // Read only where a test below asks it: places, and any abbreviation.
                let level = hasAttributes && (type == .place || abbr) ? e.attributes["level"] : nil
                let length = m.end - m.start
                var confidence = 0.9
                if abbr && length == 1 {
                    guard let c = abbreviationConfidence(view, m.start) else { continue }
                    confidence = c
                    // Beside another state's abbreviation (中新两国) the character names a state too,
                    // not the province it also abbreviates (新 = 新加坡, not 新疆).
                    if level != "country", isBesideCountryAbbreviation(view, m.start),
                       m.entries.contains(where: { view.lexicon.entries[Int($0)].attributes["level"] == "country" }) {
                        confidence -= 0.05
                    }
                } else if abbr {
                    confidence = e.has("ambiguous") ? 0.75 : 0.88
                    // A county's short form closing in a conjunction (兴和, 云和, 泰和) right after a Han character
                    // that is no function word, lead or place end is a name's last character and 和 (汪刚兴|和
                    // 队友们): the county is read after a break, a lead or its province (在泰和, 江西泰和).
                    if length == 2, level == "county", view.text[m.end - 1] == "和", let prev = view.scalar(m.start - 1),
                       ScalarClass.isHan(prev), !BreakWords.isBreak(prev), !DictionaryRecogniser.abbreviationLeads.contains(prev),
                       !view.entryEnds(.place, at: m.start) { continue }
                }
                if hasAttributes && e.attributes["weak"] != nil { confidence = min(confidence, 0.5) }
                // A trophy's namesake (汤姆斯杯, 尤伯杯, 汤尤杯) is read only in the trophy's name.
                if type == .person, hasAttributes, e.has("trophy"), !DictionaryRecogniser.namesTrophy(view, after: m.end) { continue }
                // A district named by an ordinary description (新城区, 老城区: `generic`) is that district only
                // after a place (洛阳市|老城区) or before its own body (新城区|政府, 老城|区委); elsewhere it is
                // the description of any city's part (加快新城区建设). `generic` marks districts only: the
                // level character is tested first, as the attribute lookup costs a hash for every place.
                if type == .place, view.text[m.end - 1] == "区", hasAttributes, e.has("generic"), !view.entryEnds(.place, at: m.start),
                   !view.entryStarts(.body, at: m.end), !view.entryStarts(.body, at: m.end - 1) { continue }
                // A name attested in a word list (persons-lexical.tsv), not a known entity: a reading from
                // context outweighs it.
                if hasAttributes && e.attributes["lexical"] != nil {
                    // After a number its surname is a counted unit or the count's verb (三|战三捷, 十|万元), as the
                    // person pattern holds too.
                    if let prev = view.scalar(m.start - 1), ScalarClass.isDigit(prev) || PersonNameRecogniser.numerals.contains(prev) { continue }
                    confidence = min(confidence, DictionaryRecogniser.lexicalConfidence)
                }
                if type == .place, length >= 2, DictionaryRecogniser.isChanceString(view, m.start..<m.end, e) { continue }
                // A numeral before a classifier that opens the name (11个|旧改小区 → not 个旧): the count's
                // measure word, not a place.
                if type == .place, length >= 2, DictionaryRecogniser.isCountedClassifier(view, at: m.start) { continue }
                // A country's long form whose 国 opens a word after it (俄国|内 → 俄|国内, 日本国|内外 →
                // 日本|国内外) is the short form and that word: the long form is the rarer reading.
                if type == .place, DictionaryRecogniser.isLongFormBeforeWord(view, m.start..<m.end, e) { continue }
                // A country before its currency (挪威克朗, 瑞士法郎, 印度卢比) names the money, not the place.
                if type == .place, level == "country", DictionaryRecogniser.startsCurrency(view, at: m.end) { continue }
                // A county's name that opens on the last character of a major place or a region before it, the
                // rest a word of its own (九江|城区 over 江城区, 长沙|市区 over 沙市区, 皖南|山区 over 南山区): the
                // place and the word.
                if type == .place, length == 3, let level, DictionaryRecogniser.minorPlaceLevels.contains(level),
                   PersonNameRecogniser.endsAPlace(view, of: DictionaryRecogniser.regionAndMajorPlaceLevels, at: m.start),
                   view.commonWordEnd(from: m.start + 1) == m.end || view.hasEntry(.placeSuffix, spanning: (m.start + 1)..<m.end) { continue }
                // A foreign place right after its own country (韩国|大邱, 日本|大阪) is read whole whatever
                // word the two spell across their edge (国大): the country vouches for it.
                if length >= 2 && length <= 3 && !(type == .place && DictionaryRecogniser.followsItsCountry(view, m.start, e)) {
                    let seg = view.segmentationConflict(m.start..<m.end)
                    // A word-list name cut by a common word is a chance string.
                    if hasAttributes, seg.crossesLeft || seg.crossesRight, e.has("lexical") { continue }
                    // Cut at both ends, the name is a chance string (发展|中国|家, 其|中国|王).
                    if seg.crossesLeft && seg.crossesRight && type == .place { continue }
                    // A celestial body opening a longer word is that word's head (太阳|能, 土星|环).
                    if type == .place, seg.crossesRight, let level, DictionaryRecogniser.celestialLevels.contains(level) { continue }
                    if type == .place, insideCommonWord(view, m.start, m.end) { continue }
                    // A compass region opening a longer common word is the direction, not the region
                    // (西北|部 "the north-west part", 东南|风): newswire names the region bare.
                    if type == .place, level == "region", let w = view.commonWordEnd(from: m.start), w > m.end { continue }
                    // Cut on the left by a word whose rest is a word of its own (沿海|城市 → not 海城市):
                    // the span segments wholly into common words. Countries are frequent enough to stay.
                    if type == .place, seg.crossesLeft, level != "country",
                       DictionaryRecogniser.restIsAWord(view, m.start..<m.end) { continue }
                    // A postposition after a noun (世界|上, 会|下) that opens a two-character place cut on the
                    // right (上|海拔) is the postposition: the noun, 上 and a word are the reading. After a verb
                    // (视察|上海|港) the place is the verb's object.
                    if type == .place, length == 2, seg.crossesRight, DictionaryRecogniser.postpositionsOpeningPlaces.contains(view.text[m.start]),
                       !DictionaryRecogniser.segmentsAtItsEnd(view, m.start..<m.end),
                       view.hasEntry(.word, endingAt: m.start, where: { s, _ in s < m.start - 1 }),
                       !view.hasEntry(.word, endingAt: m.start, where: { _, id in view.lexicon.entries[id].has("verb") }) { continue }
                    // A short place that starts with a conjunction and cuts the word after it (和|政策).
                    if type == .place, length == 2, seg.crossesRight, BreakWords.isBreak(view.text[m.start]) { continue }
                    // Nor does a county's short name opening with a preposition (从江) stand against the
                    // place that begins after the preposition and runs past it (从|江苏): "from Jiangsu".
                    if type == .place, DictionaryRecogniser.isPrepositionCut(view, m.start..<m.end, level: level) { continue }
                    // The two-character short name of a county or a foreign city is rare enough that a
                    // common word cutting it (入海|防治 → 海防, 五大|新城 → 大新) is the better reading;
                    // countries, provinces and prefectures are frequent enough to survive a cut (中国|人).
                    // A cut on the left counts only when no word ends where the name starts: in
                    // 发布会|集美 the text before segments cleanly, and 会集 is a chance string.
                    // A cut on the right counts only when the text after the name does not segment on its
                    // own: in 河内|参观 the word 内参 is a chance string, as 参观 starts at the name's end and
                    // runs past it.
                    if type == .place, length == 2, let level,
                       DictionaryRecogniser.minorPlaceLevels.contains(level),
                       seg.crossesRight && !DictionaryRecogniser.segmentsAtItsEnd(view, m.start..<m.end)
                        || (seg.crossesLeft && view.commonWordStart(to: m.start) == nil) { continue }
                    // A two-character place whose last character opens an idiom or set phrase of four or
                    // more (中|原形毕露, 华|人才辈出) is that phrase's first character: an idiom is never cut.
                    if type == .place, length == 2, let w = view.commonWordEnd(from: m.end - 1), w - (m.end - 1) >= 4 { continue }
                    if type == .organisation, length == 3, DictionaryRecogniser.lastCharacterStartsAWord(view, m.start..<m.end) { continue }
                    if type == .organisation, DictionaryRecogniser.cutsCommonWords(view, m.start..<m.end, seg: seg, abbreviation: abbr) { continue }
                    // A link of an administrative chain (湖南省|长沙市: 长沙市 lies in 湖南省) keeps its
                    // name against the word its edge cuts (省长).
                    // A cut by a word that is itself a place (有关|中国 cut by 关中, 黄河|源 by 河源) is two
                    // names competing, not a chance string: the resolver weighs them as they are.
                    // A unit's name whose level character opens a word about the unit (蕲春县|城, 凤阳村|民)
                    // is not cut by it.
                    if seg.crossesLeft || seg.crossesRight,
                       !(type == .place && (DictionaryRecogniser.linksAdministrativeChain(view, e, m.start..<m.end)
                                            || DictionaryRecogniser.isCutOnlyByPlaces(view, m.start..<m.end)
                                            || !seg.crossesLeft && PlaceRecogniser.opensAWordAboutTheUnit(view, m.start..<m.end, suffix: (m.end - 1)..<m.end)
                                            || !seg.crossesLeft && DictionaryRecogniser.featureSuffixOpensAWord(view, m.start..<m.end))) {
                        confidence -= 0.35
                    }
                }
                candidates.append(Candidate(range: m.start..<m.end, type: type, canonical: e.canonical,
                                            rule: "dict:\(e.kind.rawValue)", confidence: confidence))
            }
        }
    }

    /// The place's country (`in=`) is named right before it.
    static func followsItsCountry(_ view: SentenceView, _ start: Int, _ e: LexiconEntry) -> Bool {
        // The cheap test first: most places follow no place at all.
        guard view.entryEnds(.place, at: start), let country = e.attributes["in"] else { return false }
        return view.hasEntry(.place, endingAt: start) { _, id in view.lexicon.entries[id].canonical == country }
    }

    /// A country's two- or three-character long form, an alias ending in 国 (俄国, 日本国), whose 国 opens
    /// 国内 or 国外 (俄国|内 → 俄|国内, 日本国|内外): the short form and that word are the reading. Other words
    /// on 国 (国人 in 俄国人民) leave the long form alone.
    static func isLongFormBeforeWord(_ view: SentenceView, _ r: Range<Int>, _ e: LexiconEntry) -> Bool {
        guard r.count >= 2, r.count <= 3, view.text[r.upperBound - 1] == "国", e.attributes["level"] == "country",
              let next = view.scalar(r.upperBound), next == "内" || next == "外",
              e.canonical != view.string(r), let w = view.commonWordEnd(from: r.upperBound - 1) else { return false }
        return w > r.upperBound
    }

    /// The scalar at `k` is a classifier after a numeral (11个|旧改小区, 三座|山): the count's measure word,
    /// so no name starts there.
    static func isCountedClassifier(_ view: SentenceView, at k: Int) -> Bool {
        guard classifiers.contains(view.text[k]), let prev = view.scalar(k - 1) else { return false }
        return ScalarClass.isDigit(prev) || PersonNameRecogniser.numerals.contains(prev)
    }

    /// Classifiers (measure words) that follow a numeral: 个, 位, 名, 条, 座 …
    static let classifiers: ScalarSet = ["个", "位", "名", "条", "只", "座", "家", "所", "项", "批", "支", "块", "片"]

    /// Currency names written after the country that issues them. Hand list, general knowledge.
    static let currencies: [[Unicode.Scalar]] = ["克朗", "法郎", "马克", "卢布", "比索", "英镑", "镑", "里拉", "卢比", "兰特",
                                                 "第纳尔", "林吉特", "先令", "雷亚尔", "比塞塔", "盾", "元", "币", "铢"]
        .map { Array($0.unicodeScalars) }

    static func startsCurrency(_ view: SentenceView, at i: Int) -> Bool {
        guard let next = view.scalar(i), ScalarClass.isHan(next) else { return false }
        for c in currencies where c[0] == next && view.hasText(c, at: i) {
            // 元 and 币 alone only as the whole word (日元, 韩元); not 元首, 元旦, 币值.
            if c.count == 1, let e = view.commonWordEnd(from: i), e > i + 1 { return false }
            return true
        }
        return false
    }

    /// A common word starts before `r` and ends inside it, and the rest of `r` is a common word.
    static func restIsAWord(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        for k in (r.lowerBound + 1)..<(r.upperBound - 1) {
            guard let s = view.commonWordStart(to: k), s < r.lowerBound else { continue }
            if view.hasEntry(.word, spanning: k..<r.upperBound) { return true }
        }
        return false
    }

    /// A natural feature of three or more scalars whose generic last character opens a common word, and
    /// nothing else crosses its end (鄱阳湖|水位: 湖水, 雅鲁藏布江|水: 江水): the feature is read whole,
    /// the word is a chance string.
    static func featureSuffixOpensAWord(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        guard r.count >= 3, PersonNameRecogniser.geographicSuffixes.contains(view.text[r.upperBound - 1]) || view.text[r.upperBound - 1] == "江",
              let e = view.commonWordEnd(from: r.upperBound - 1), e > r.upperBound else { return false }
        for k in r.lowerBound..<(r.upperBound - 1) {
            if let w = view.commonWordEnd(from: k), w > r.upperBound { return false }
        }
        return true
    }

    /// Every common word running across an edge of `r` is a dictionary place as well (关中, 河源).
    static func isCutOnlyByPlaces(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        for k in r {
            if let e = view.commonWordEnd(from: k), e > r.upperBound, !view.hasEntry(.place, spanning: k..<e) { return false }
            if k > r.lowerBound, let s = view.commonWordStart(to: k), s < r.lowerBound,
               !view.hasEntry(.place, spanning: s..<k) { return false }
        }
        if let s = view.commonWordStart(to: r.upperBound), s < r.lowerBound { return false }
        return true
    }

    /// The place is directly followed by a place that lies in it, or directly preceded by one it lies in.
    static func linksAdministrativeChain(_ view: SentenceView, _ e: LexiconEntry, _ r: Range<Int>) -> Bool {
        guard Lexicon.administrativeLevels.contains(e.attributes["level"] ?? "") else { return false }
        for (end, _) in view.entries(.place, startingAt: r.upperBound) where end - r.upperBound >= 2 {
            if view.lexicon.administrativePlaces(view.text, r.upperBound..<end).contains(where: { view.lexicon.lies($0, in: [e.canonical]) }) { return true }
        }
        for (start, _) in view.entries(.place, endingAt: r.lowerBound) where r.lowerBound - start >= 2 {
            let outer = view.lexicon.administrativePlaces(view.text, start..<r.lowerBound).map(\.canonical)
            if !outer.isEmpty, view.lexicon.lies(e, in: outer) { return true }
        }
        return false
    }

    /// Numerals that count days and months (十一日, 三月): a 日 or 月 after one is part of a date.
    static let dateNumerals: ScalarSet = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// A place name that is only a string inside other words:
    /// - a day or month after a number (11日|本报: 日本);
    /// - the head of a longer set phrase that contains it (长治久安, 北京时间): two or more characters
    ///   more. Not a country or people (中华民族 names 中华, as newswire annotates it).
    static func isChanceString(_ view: SentenceView, _ r: Range<Int>, _ e: LexiconEntry) -> Bool {
        let first = view.text[r.lowerBound]
        if first == "日" || first == "月", let prev = view.scalar(r.lowerBound - 1),
           ScalarClass.isDigit(prev) || DictionaryRecogniser.dateNumerals.contains(prev) { return true }
        if e.attributes["level"] != "country", let end = view.commonWordEnd(from: r.lowerBound), end >= r.upperBound + 2 { return true }
        return false
    }

    /// A match whose place entry lists `parts` (港澳: 香港特别行政区, 澳门特别行政区), one per character: one
    /// candidate per character with that part's canonical name, and no candidate for the whole (nor for
    /// other entries of the same surface, such as the region 港澳). Confidence 1.0: a listed compound is
    /// strong evidence, and each one-character span must outweigh a longer place crossing it (欧|美国家).
    /// Nothing is proposed when the compound is a chance string inside common words (发展|中国|家).
    /// Returns whether the match was such a compound.
    private func proposeParts(_ view: SentenceView, _ m: Lexicon.Match, into candidates: inout [Candidate]) -> Bool {
        let n = m.end - m.start
        guard n >= 2 else { return false }
        // The first place entry listing parts, by index: a lazy map over copied entries also copied the
        // whole `SentenceView` into its closure, per match.
        var found: String?
        for index in m.entries where view.lexicon.entryKinds[Int(index)] == .place {
            if let parts = view.lexicon.entries[Int(index)].attributes["parts"] { found = parts; break }
        }
        guard let list = found else { return false }
        let parts = list.split(separator: ",").map(String.init)
        guard parts.count == n else { return false }
        let seg = view.segmentationConflict(m.start..<m.end)
        if seg.crossesLeft && seg.crossesRight || insideCommonWord(view, m.start, m.end) { return true }
        for (k, part) in parts.enumerated() {
            candidates.append(Candidate(range: (m.start + k)..<(m.start + k + 1), type: .place, canonical: part,
                                        rule: "dict:place-parts", confidence: 1.0))
        }
        return true
    }

    /// The name's last character starts a common word that runs on (农业部|门, 财政部|署): the text
    /// speaks of 农业部门 (agricultural authorities), not the ministry. An office title there is the
    /// body's own (外交部|长 → 外交部长: the ministry and its minister). Only three-character names are
    /// tested: two-character abbreviations lose too often to chance words (北大|成长, 欧盟|国家).
    static func lastCharacterStartsAWord(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        guard let e = view.commonWordEnd(from: r.upperBound - 1), e > r.upperBound else { return false }
        return !view.entryStarts(.title, at: r.upperBound - 1) && !view.entryStarts(.title, at: r.upperBound)
    }

    /// Every common word running from inside `r` past its end is reached by a common word that starts right
    /// at `r`'s end (河内|参观 over 内参): the text after the name segments on its own
    /// (`OrganisationRecogniser.restOpensAWord`, asked for each crossing word).
    static func segmentsAtItsEnd(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        guard view.commonWordEnd(from: r.upperBound) != nil else { return false }
        for k in (r.lowerBound + 1)..<r.upperBound {
            if let e = view.commonWordEnd(from: k), e > r.upperBound,
               !OrganisationRecogniser.restOpensAWord(view, at: r.upperBound, through: e) { return false }
        }
        return true
    }

    /// A county's or city's two-character short name opening with a preposition (从江) that a place
    /// starting after the preposition runs past (从|江苏, 从|江宁县): "from Jiangsu". Neither a name of
    /// its own nor an organisation's anchor there.
    static func isPrepositionCut(_ view: SentenceView, _ r: Range<Int>, level: String?) -> Bool {
        guard r.count == 2, let level, minorPlaceLevels.contains(level), BreakWords.isBreak(view.text[r.lowerBound]) else { return false }
        return view.hasEntry(.place, startingAt: r.lowerBound + 1, where: { e, _ in e > r.upperBound })
    }

    /// The levels of the places whose last character a county's name may not open on (九江|城区, 皖南|山区):
    /// countries, provinces, prefectures and regions.
    static let regionAndMajorPlaceLevels = PersonNameRecogniser.majorPlaceLevels.union(["region"])

    /// Postpositions of place that open two-character place names (上海, 下关).
    static let postpositionsOpeningPlaces: ScalarSet = ["上", "下"]

    /// Place levels whose two-character names give way to a common word that cuts them.
    static let minorPlaceLevels: Set<String> = ["county", "city"]

    /// A short dictionary organisation that is a chance string across other words, never a name:
    /// - both edges are cut by common words or dictionary places (集|中行|动, 村|民进|行, 上|海军|工);
    /// - an abbreviation runs into a dictionary place (北|大西洋): the place reads on;
    /// - an abbreviation opens with a state's one-character name right after another's and is cut on
    ///   the right (中|俄共|同): the pair of states and a word.
    static func cutsCommonWords(_ view: SentenceView, _ r: Range<Int>,
                                seg: (crossesLeft: Bool, crossesRight: Bool, isWord: Bool), abbreviation: Bool) -> Bool {
        var placeRight = false, placeLeft = false
        for k in (r.lowerBound + 1)..<r.upperBound {
            if view.entries(.place, startingAt: k).contains(where: { $0.end > r.upperBound }) { placeRight = true }
            if view.entries(.place, endingAt: k).contains(where: { $0.start < r.lowerBound }) { placeLeft = true }
        }
        if (seg.crossesLeft || placeLeft) && (seg.crossesRight || placeRight) { return true }
        if abbreviation, seg.crossesRight, opensAfterAState(view, r) { return true }
        if abbreviation, seg.crossesRight, closesANounPhrase(view, r) { return true }
        return abbreviation && r.count == 2 && placeRight
    }

    /// A two-character abbreviation opening with a postposition right after a noun (企业中|共有, 行业中|行业):
    /// the postposition closes the noun phrase before it ("in the firms"), and the second
    /// character opens the word the caller found crossing the end (共有 "in all there are"). Not after a
    /// function character (由中共, 和中共), where the abbreviation is the object.
    static func closesANounPhrase(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        guard r.count == 2, PersonNameRecogniser.postpositions.contains(view.text[r.lowerBound]),
              let prev = view.scalar(r.lowerBound - 1) else { return false }
        return ScalarClass.isHan(prev) && !BreakWords.isBreak(prev)
    }

    /// A pair of states before a word (中俄|共同声明, 中越|共同): a two-character abbreviation opening with
    /// the second state's one-character name (俄共 of 中|俄共|同), which a word cuts on the right, is a
    /// chance string. The caller has the cut.
    static func opensAfterAState(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        r.count == 2 && isCountryAbbreviation(view, at: r.lowerBound) && isCountryAbbreviation(view, at: r.lowerBound - 1)
    }

    /// A common word of two or more characters ends with the character at `i` (团长, 带来).
    private func endsCommonWord(_ view: SentenceView, _ i: Int) -> Bool {
        if let p = view.commonWordStart(to: i + 1), p < i { return true }
        return false
    }

    private func isBesideCountryAbbreviation(_ view: SentenceView, _ i: Int) -> Bool {
        DictionaryRecogniser.isCountryAbbreviation(view, at: i - 1) || DictionaryRecogniser.isCountryAbbreviation(view, at: i + 1)
    }

    /// A one-character name of a state starts at `i` (中, 美, 叙).
    static func isCountryAbbreviation(_ view: SentenceView, at i: Int) -> Bool {
        guard view.scalar(i) != nil else { return false }
        return view.hasEntry(.place, startingAt: i) { e, id in e == i + 1 && view.lexicon.entries[id].attributes["level"] == "country" }
    }

    private func isOneCharAbbreviation(_ view: SentenceView, at i: Int) -> Bool {
        guard view.scalar(i) != nil else { return false }
        return view.hasEntry(.place, startingAt: i) { e, id in e == i + 1 && view.lexicon.entries[id].attributes["abbr"] != nil }
    }

    /// A run of at least three transliteration characters starts at `i` (阿维兰热, 埃舍德).
    static func opensTransliteration(_ view: SentenceView, at i: Int) -> Bool {
        guard i + 3 <= view.range.upperBound else { return false }
        return (i..<(i + 3)).allSatisfy { view.lexicon.isTransliterationChar(view.text[$0]) }
    }

    /// The states newswire abbreviates to one character on their own (中美, 俄总统); other abbreviations
    /// (以 加 新 深) are far more often ordinary characters and need a stronger cue.
    static let majorStates: ScalarSet = ["中", "美", "日", "俄", "英", "法", "德", "朝", "韩", "越", "印", "蒙", "苏", "欧"]

    /// The span lies strictly inside a longer common word (中国 in 发展中国家).
    private func insideCommonWord(_ view: SentenceView, _ start: Int, _ end: Int) -> Bool {
        view.matches.contains { w in
            w.start < start && w.end > end
                && w.entries.contains { let k = view.lexicon.entryKinds[Int($0)]; return k == .word || k == .stop }
        }
    }

    /// The major states whose abbreviation alone opens a clause as its subject.
    static let clauseSubjects: ScalarSet = ["中", "美", "日", "俄", "英", "法", "德", "朝", "韩", "印"]

    /// Function words and adverbs that continue a clause after its subject (俄将, 德并不, 美也).
    static let clauseContinuations: ScalarSet = ["将", "已", "也", "还", "并", "不", "对", "在", "同", "与", "和",
                                                 "曾", "则", "又", "就", "要", "正", "均", "都"]

    /// Connectives after which a new clause starts (为此俄指责, 同时美将).
    static let connectives: [[Unicode.Scalar]] = ["为此", "因此", "同时", "此外", "但是", "然而", "而且", "目前", "随后"]
        .map { Array($0.unicodeScalars) }

    /// Closing quotes and brackets: a character after one continues the phrase they close.
    static let closingMarks: ScalarSet = ["》", "”", "’", "」", "』", "）", ")", "]", "】", "〉"]

    /// Position `i` starts a clause: the sentence start, after punctuation, or right after a connective.
    private func opensClause(_ view: SentenceView, _ i: Int) -> Bool {
        guard let prev = view.scalar(i - 1) else { return true }
        // After a closing mark the character is a postposition (《天方夜谭》中: "in").
        if DictionaryRecogniser.closingMarks.contains(prev) { return false }
        if ScalarClass.isBoundary(prev) { return true }
        return DictionaryRecogniser.connectives.contains { c in i - c.count >= view.range.lowerBound && view.hasText(c, at: i - c.count) }
    }

    /// Pairs of abbreviations that are ordinary words (美德 virtue, 中巴 minibus).
    static let commonPairs: Set<String> = ["美德", "中巴", "日中", "中法", "英美", "中英"]

    /// Nouns for a state's organs after a country abbreviation (俄总统, 美军).
    static let stateHeads: [[Unicode.Scalar]] = [
        "总统", "总理", "首相", "政府", "外长", "外交部", "国防部", "议会", "军", "官员", "代表团", "驻", "国内", "当局",
        "政局", "经济", "元首", "全国",
    ].map { Array($0.unicodeScalars) }

    /// The heads that name a state's own organs or parts, after which any country's abbreviation (叙总统,
    /// 巴南部, 以军) is that country: no other reading of a lone character runs on into them.
    static let unambiguousStateHeads: [[Unicode.Scalar]] = [
        "总统", "总理", "首相", "外长", "外交部", "国防部", "议会", "当局", "元首", "南部", "北部", "东部", "西部",
    ].map { Array($0.unicodeScalars) }

    static let government: [Unicode.Scalar] = Array("政府".unicodeScalars)

    /// Country abbreviations that before 政府 are as often another word: a preposition (以政府名义, 比政府更),
    /// an adjective (老政府, 白政府) or a direction (南政府, 西政府).
    static let governmentAmbiguous: ScalarSet = ["以", "比", "老", "白", "文", "古", "南", "西", "智", "意"]

    private func startsStateHead(_ view: SentenceView, at i: Int) -> Bool {
        view.startsAny(DictionaryRecogniser.stateHeads, at: i)
    }

    /// No common word crosses the pair's edges (中英|文, 日|中午), except one ending on the pair's first
    /// character when another word ends right before it (这次|日俄), and one starting on the pair's last
    /// character when another word starts right after it (美中|长远: 中长 is a chance string).
    private func isFreestandingPair(_ view: SentenceView, _ lo: Int, _ hi: Int) -> Bool {
        let cleanAfter = view.commonWordEnd(from: hi) != nil
        for k in lo..<hi {
            if let e = view.commonWordEnd(from: k), e > hi, !(cleanAfter && k == hi - 1) { return false }
        }
        let cleanBefore = view.commonWordStart(to: lo) != nil
        for k in (lo + 1)...hi {
            if let s = view.commonWordStart(to: k), s < lo, !(cleanBefore && k == lo + 1) { return false }
        }
        return true
    }

    private func startsRelationHead(_ view: SentenceView, at i: Int) -> Bool {
        view.startsAny(DictionaryRecogniser.relationHeads, at: i)
    }

    /// Fixed compounds whose first character is the place's abbreviation: Beijing opera (京剧, 京韵),
    /// overseas Chinese (华侨, 华人, 华裔), Chinese medicine (中医, 中药), Tibetan areas (藏区, 藏胞), Hong
    /// Kong people and capital (港人, 港资), regional operas (川剧, 粤剧, 沪剧, 豫剧), the Asian Games (亚运) and
    /// a state's forces (美军, 日寇). The compound is a common word, so no other rule proposes the place.
    static let compoundHeads: [Unicode.Scalar: [[Unicode.Scalar]]] = [
        "京": ["剧", "韵", "戏", "腔", "胡"], "华": ["侨", "人", "裔", "商"], "中": ["医", "药", "成药"],
        "藏": ["区", "胞", "医"], "港": ["人", "资", "台", "澳"], "台": ["胞", "商", "资"], "奥": ["运"],
        "川": ["剧", "戏", "菜"], "粤": ["剧", "菜"], "沪": ["剧"], "豫": ["剧"], "亚": ["运"],
        "美": ["军", "籍"], "日": ["军", "寇", "伪"], "俄": ["军"], "英": ["军"], "以": ["军"],
    ].mapValues { $0.map { Array($0.unicodeScalars) } }

    /// The abbreviation at `i` opens one of its fixed compounds, and no common word ends on it from the
    /// left (其中|医院 and 冷藏|区 are not 中医 and 藏区).
    private func opensPlaceCompound(_ view: SentenceView, at i: Int) -> Bool {
        guard let heads = DictionaryRecogniser.compoundHeads[view.text[i]] else { return false }
        if let s = view.commonWordStart(to: i + 1), s < i { return false }
        for h in heads where i + 1 + h.count <= view.range.upperBound {
            if view.hasText(h, at: i + 1) { return true }
        }
        return false
    }

    /// The levels of celestial bodies (地球, 太阳, 银河系), which newswire tags as places.
    static let celestialLevels: Set<String> = ["planet", "star", "galaxy"]

    /// 杯 follows at `end`, directly or after another trophy's namesake (汤|尤|杯: the two championships
    /// held together).
    static func namesTrophy(_ view: SentenceView, after end: Int) -> Bool {
        if view.scalar(end) == "杯" { return true }
        return view.hasEntry(.person, startingAt: end) { e, id in view.scalar(e) == "杯" && view.lexicon.entries[id].has("trophy") }
    }

    private func abbreviationConfidence(_ view: SentenceView, _ i: Int) -> Double? {
        // Inside a longer name (宁德, 德国, 老挝) the character is not an abbreviation; a long form given up
        // for the word after it (俄国|内) does not count.
        if view.containsMatch(covering: i, where: { m in
            m.end - m.start >= 2
                && m.entries.contains { k in
                    let entry = view.lexicon.entries[Int(k)]
                    return entry.kind.entityType != nil
                        && !(entry.kind == .place && DictionaryRecogniser.isLongFormBeforeWord(view, m.start..<m.end, entry))
                        // Nor does a party's abbreviation cut out of a pair of states and a word (中|俄共|同).
                        && !(entry.has("abbr") && view.segmentationConflict(m.start..<m.end).crossesRight
                             && DictionaryRecogniser.opensAfterAState(view, m.start..<m.end))
                }
        }) { return nil }
        // A run of abbreviations: 中美关系, 中、美、日, 中日韩三国.
        var lo = i, hi = i + 1
        while isOneCharAbbreviation(view, at: lo - 1) { lo -= 1 }
        while isOneCharAbbreviation(view, at: hi) { hi += 1 }
        // A run that ends by starting a common word (闽西|老区) or begins by ending one (所以|美) is no
        // run; a word ending on the run's first character does not count when another word ends right
        // before it (这次|日俄: 次日 is a chance string). A character trimmed off is judged alone below
        // (所以美方: 美 before 方).
        // A relation head after the run outweighs a word it cuts (中德|政府 over 德政).
        func headAfterRun() -> Bool {
            startsRelationHead(view, at: hi) || (lo..<hi).allSatisfy { DictionaryRecogniser.majorStates.contains(view.text[$0]) }
                && view.startsAny(DictionaryRecogniser.majorStatesRunHeads, at: hi)
        }
        if hi - lo >= 2, let e = view.commonWordEnd(from: hi - 1), e > hi, !headAfterRun() { hi -= 1 }
        if hi - lo >= 2, let s = view.commonWordStart(to: lo + 1), s < lo, view.commonWordStart(to: lo) == nil { lo += 1 }
        if i >= hi || i < lo { lo = i; hi = i + 1 }
        if hi - lo >= 2 {
            // A run of three or more is a list of states (中美日), unless a word runs through it (并|加以).
            // Such lists name major states (美英法, 中俄哈); three minor ones in a row are more often the
            // characters of a foreign name (阿|加|西, 琼|斯|以).
            if headAfterRun() || hi - lo >= 3 && (lo..<hi).filter({ DictionaryRecogniser.majorStates.contains(view.text[$0]) }).count >= 2
                && !(lo..<hi).contains(where: { view.commonWordEnd(from: $0) != nil }) { return 0.75 }
            // A pair standing alone (中美三个联合公报, 日俄和约): no word runs across its edges.
            if hi - lo == 2, DictionaryRecogniser.majorStates.contains(view.text[lo]),
               DictionaryRecogniser.majorStates.contains(view.text[lo + 1]),
               !DictionaryRecogniser.commonPairs.contains(view.string(lo..<hi)),
               isFreestandingPair(view, lo, hi) { return 0.65 }
        }
        // A country abbreviation before its government or forces: 俄总统, 美军, 日方面; not the last
        // character of a word (同日|外交部, 其中|外交部).
        if DictionaryRecogniser.majorStates.contains(view.text[i]), DictionaryRecogniser.isCountryAbbreviation(view, at: i),
           !endsCommonWord(view, i), startsStateHead(view, at: i + 1) { return 0.65 }
        // Any country's abbreviation before one of its organs or parts (叙总统, 巴南部), when the character
        // ends no word (增加|政府) and is not 新 ("new": 新总理) or 中 (中南部 is a part of a region).
        if view.text[i] != "新", view.text[i] != "中", !endsCommonWord(view, i),
           DictionaryRecogniser.isCountryAbbreviation(view, at: i),
           view.startsAny(DictionaryRecogniser.unambiguousStateHeads, at: i + 1)
            || !DictionaryRecogniser.governmentAmbiguous.contains(view.text[i]) && view.hasText(DictionaryRecogniser.government, at: i + 1) {
            return 0.6
        }
        // The whole of a major state (全美, 全英): 全 before its abbreviation, as its own word or none, and
        // not the end of a word (安全|法 is no "all France").
        if let prev = view.scalar(i - 1), prev == "全", DictionaryRecogniser.majorStates.contains(view.text[i]),
           view.commonWordEnd(from: i) == nil, view.commonWordEnd(from: i - 1).map({ $0 <= i + 1 }) ?? true,
           view.commonWordStart(to: i).map({ $0 >= i - 1 }) ?? true,
           DictionaryRecogniser.isCountryAbbreviation(view, at: i) {
            return 0.6
        }
        // A major state's abbreviation opening a clause as its subject, before a function word, a
        // speech verb or any verb (，俄将大力整顿, 德并不认账, 为此俄指责): newswire's short name for the state. No
        // word may start on it (中将, 日前, 美元), and 越 (越是…越要), 蒙, 苏 and 欧 are too often other words.
        if DictionaryRecogniser.clauseSubjects.contains(view.text[i]), view.commonWordEnd(from: i) == nil,
           opensClause(view, i), let next = view.scalar(i + 1),
           DictionaryRecogniser.clauseContinuations.contains(next) || view.entryStarts(.personCue, at: i + 1)
            || view.entries(.word, startingAt: i + 1).contains(where: { $0.end >= i + 3 && $0.entry.has("verb") }) {
            return 0.6
        }
        // Enumerated with 、 (中、美、日): neither this character nor its neighbour ends a common word
        // (考察团团长、中共 is not 长沙 and 中国).
        // The neighbour must be across the comma itself (港服港贸 is no list), and a character that
        // starts a word (、深耕) is that word.
        if view.scalar(i - 1) == "、" || view.scalar(i + 1) == "、" {
            if endsCommonWord(view, i) || view.commonWordEnd(from: i) != nil { return nil }
            if view.scalar(i - 1) == "、", isOneCharAbbreviation(view, at: i - 2), !endsCommonWord(view, i - 2) { return 0.7 }
            if view.scalar(i + 1) == "、", isOneCharAbbreviation(view, at: i + 2), view.commonWordEnd(from: i + 2) == nil { return 0.7 }
        }
        // 京剧, 华侨, 美军.
        if opensPlaceCompound(view, at: i) { return 0.65 }
        // 中方, 美方: the pair of a major state may be a dictionary word itself (西方 and 南方 are
        // directions), but not the start of a longer one (中方向).
        if view.scalar(i + 1) == "方", view.commonWordEnd(from: i + 1) == nil,
           view.commonWordEnd(from: i) == nil
            || DictionaryRecogniser.majorStates.contains(view.text[i]) && view.commonWordEnd(from: i) == i + 2 {
            if let s = view.commonWordStart(to: i + 1), s < i { return nil }
            return 0.75
        }
        // 来泉访问, 在厦企业, 访华; not the abbreviations that are other words after a lead (`notAfterLeads`).
        if let prev = view.scalar(i - 1), DictionaryRecogniser.abbreviationLeads.contains(prev),
           !DictionaryRecogniser.notAfterLeads.contains(view.text[i]) {
            // A word starting at the abbreviation reads it as that word's head (在|京剧 → 京剧), unless the
            // lead and the abbreviation are a word themselves (访华|表示 is not 华表).
            if view.commonWordEnd(from: i) != nil, !view.hasEntry(.word, spanning: (i - 1)..<(i + 1)) { return nil }
            // The lead is the end of a word of its own (带来|新的, 面对|并, 现在|以): not a movement,
            // unless a word ends right before the lead, which then starts afresh (邀请|来华).
            if let p = view.commonWordStart(to: i), p < i - 1, view.commonWordStart(to: i - 1) == nil { return nil }
            // A lead closing a word of three or more characters is that word's end, whatever ends inside it
            // (近年来|日趋严重: 近年 ends before 来, but 来 closes 近年来, not a movement).
            if let p = view.commonWordStart(to: i), p <= i - 3 { return nil }
            // 访华, 来华 and 驻华 are dictionary words themselves: only a longer word rules it out.
            if let p = view.commonWordStart(to: i + 1), p < i - 1 { return nil }
            // The first character of a transliterated name (在|阿维兰热任职, 在|埃舍德小镇): a run of three
            // or more transliteration characters is a foreign name, not the state's abbreviation.
            if DictionaryRecogniser.opensTransliteration(view, at: i) { return nil }
            return 0.6
        }
        return nil
    }
}
