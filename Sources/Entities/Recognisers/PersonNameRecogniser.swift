/// Chinese personal names: a surname (single or compound, from the surname dictionary) followed by a
/// one- or two-character given name, scored from the characters and the context.
///
/// Evidence, each worth a share of the confidence:
/// - how common the surname is, and how common each given-name character is in names;
/// - left context: an office title (市委书记张毅恭, 记者 张瑞), a cue word (会见, 陪同, 据);
/// - right context: a speech or action verb (表示, 强调, 会见), an honorific (同志, 先生), a title in
///   apposition (习近平总书记), a photographer's 摄, an enumeration comma followed by another name;
/// - vetoes: a stop word, a title or dictionary word starting inside the given name.
/// A candidate below `threshold` is not proposed.
public struct PersonNameRecogniser: Recogniser {
    public var threshold: Double

    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let r = view.range
        var scored: [(range: Range<Int>, confidence: Double)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            defer { i += 1 }
            let s = view.text[i]
            guard ScalarClass.isHan(s) else { continue }
            let compound = i + 1 < r.upperBound ? view.lexicon.compoundSurnameRank(s, view.text[i + 1]) : 0
            let single = view.lexicon.surnameRank(s)
            if compound == 0 && single == 0 { continue }
            // The compound reading, then the single one: no array of readings per position (one was
            // allocated and freed at every surname character).
            for sl in stride(from: 2, through: 1, by: -1) {
                let listedRank = sl == 2 ? compound : single
                guard listedRank > 0 else { continue }
                // Japanese surnames (桥本, 小渊) stand alone before a verb or title, and take given names of
                // up to three characters (龙太郎).
                let japanese = sl == 2 && listedRank > PersonNameRecogniser.japaneseRankBase
                let rank = japanese ? listedRank - PersonNameRecogniser.japaneseRankBase : listedRank
                if japanese, let c = bareSurnameScore(view, start: i, end: i + 2, rank: rank), c >= threshold {
                    candidates.append(Candidate(range: i..<(i + 2), type: .person, canonical: view.string(i..<(i + 2)),
                                                rule: "pattern:japanese-surname", confidence: min(c, 0.8)))
                }
                for gl in 1...(japanese ? 3 : 2) {
                    let end = i + sl + gl
                    guard end <= r.upperBound else { continue }
                    if gl == 3, !PersonNameRecogniser.japaneseGivenEndings.contains(view.text[end - 1]) { continue }
                    if let c = score(view, start: i, surnameLength: sl, end: end, surnameRank: rank),
                       c >= threshold - PersonNameRecogniser.listBonus - PersonNameRecogniser.tolerance {
                        scored.append((i..<end, c))
                    }
                }
            }
        }
        // Two readings from one surname (周林 | 周林道出): the cap below hides which has the better
        // evidence, so a longer reading clearly worse than the shorter one is dropped here.
        // One dictionary lookup per reading (a long sentence yields thousands of them: no pairwise scan).
        let best = Dictionary(scored.map { ($0.range, $0.confidence) }, uniquingKeysWith: max)
        scored = scored.filter { long in
            guard let short = best[long.range.lowerBound..<(long.range.upperBound - 1)] else { return true }
            return !(short >= threshold && short - long.confidence >= PersonNameRecogniser.shorterReadingMargin)
        }
        // Enumerations and pairs: a weak name next to an accepted one across 、 or a conjunction
        // (张某、李某某、王某; 许某与吴某) is one more item of the same list of names.
        let accepted = Set(scored.filter { $0.confidence >= threshold }.map(\.range))
        var proposed = Set<Range<Int>>()
        for (range, c) in scored {
            var confidence = c
            if c < threshold - PersonNameRecogniser.tolerance {
                let before = range.lowerBound - 1, after = range.upperBound
                let listed = (view.scalar(after).map(PersonNameRecogniser.isListJoint) == true && accepted.contains { $0.lowerBound == after + 1 })
                    || (view.scalar(before).map(PersonNameRecogniser.isListJoint) == true && accepted.contains { $0.upperBound == before })
                guard listed else { continue }
                confidence += PersonNameRecogniser.listBonus
            }
            candidates.append(Candidate(range: range, type: .person, canonical: view.string(range),
                                        rule: "pattern:surname-name", confidence: min(confidence, 0.85)))
            proposed.insert(range)
        }
        if view.text[r].contains("、") { proposeListedItems(view, names: proposed, into: &candidates) }
    }

    /// An item of a list of names that the characters alone do not carry (童傅、厉无畏、钮小明: 无畏 is a
    /// word; 彭清源、徐起超、沈求我，: 我 is a pronoun): a whole item between enumeration commas, opening
    /// with a surname, two or three characters after a single surname (three or four after a compound
    /// one), holding no known name, title or body, is one more name when the items on both sides are
    /// names, or when it closes a list whose two items before it are (before 等 too: 、苗某等). A name item
    /// may carry the title before the list (副主席李某、…) or the clause after it (…、张某出席): only its
    /// edge at the item boundary counts.
    func proposeListedItems(_ view: SentenceView, names: Set<Range<Int>>, into candidates: inout [Candidate]) {
        let r = view.range
        // The maximal Han runs: the items, with whatever title or clause a first or last item carries.
        var runs: [Range<Int>] = []
        var k = r.lowerBound
        while k < r.upperBound {
            guard ScalarClass.isHan(view.text[k]) else { k += 1; continue }
            var e = k
            while e < r.upperBound, ScalarClass.isHan(view.text[e]) { e += 1 }
            runs.append(k..<e)
            k = e
        }
        func joined(_ a: Range<Int>, _ b: Range<Int>) -> Bool { b.lowerBound == a.upperBound + 1 && view.text[a.upperBound] == "、" }
        func isName(_ x: Range<Int>) -> Bool { names.contains(x) || view.hasEntry(.person, spanning: x) }
        // A run is a name item when a name ends it (seen from the right) or opens it (seen from the left).
        func endsWithName(_ run: Range<Int>) -> Bool {
            (2...4).contains { n in run.count >= n && isName((run.upperBound - n)..<run.upperBound) }
        }
        func opensWithName(_ run: Range<Int>) -> Bool {
            (2...4).contains { n in run.count >= n && isName(run.lowerBound..<(run.lowerBound + n)) }
        }
        for (j, whole) in runs.enumerated() where j > 0 && joined(runs[j - 1], whole) {
            let last = !(j + 1 < runs.count && joined(whole, runs[j + 1]))
            // The last item may end at 等 (…、朱某某、苗某等在…): the list's close, not the item's.
            var run = whole
            if last, let d = (2...4).first(where: { whole.count > $0 && view.text[whole.lowerBound + $0] == "等" }) {
                run = whole.lowerBound..<(whole.lowerBound + d)
            }
            guard !isName(run), isListableName(view, run) else { continue }
            let before = endsWithName(runs[j - 1])
            let after = !last && opensWithName(runs[j + 1])
            let closesList = last && j >= 2 && joined(runs[j - 2], runs[j - 1]) && isName(runs[j - 1]) && endsWithName(runs[j - 2])
            guard before && after || closesList else { continue }
            candidates.append(Candidate(range: run, type: .person, canonical: view.string(run),
                                        rule: "pattern:listed-name", confidence: 0.7))
        }
    }

    /// A surname and a given name of one or two characters (two or three after a compound surname), with
    /// no office, body, place, organisation or place or organisation suffix starting inside.
    func isListableName(_ view: SentenceView, _ run: Range<Int>) -> Bool {
        let first = view.text[run.lowerBound]
        let compound = run.count >= 3 && view.lexicon.compoundSurnameRank(first, view.text[run.lowerBound + 1]) > 0
        guard compound ? (3...4).contains(run.count) : (2...3).contains(run.count) && view.lexicon.surnameRank(first) > 0,
              !view.lexicon.isRareSurname(first) || compound, !view.isStopWord(run) else { return false }
        return !run.contains { k in
            view.entryStarts(.title, at: k) || view.entryStarts(.body, at: k) || view.entryStarts(.place, at: k)
                || view.entryStarts(.organisation, at: k) || view.entryStarts(.orgSuffix, at: k) || view.entryStarts(.placeSuffix, at: k)
        }
    }

    /// Evidence shares are summed in floating point (0.3 + 0.15 + 0.05 = 0.49999…): a candidate exactly at
    /// the threshold must not fall below it by rounding.
    static let tolerance = 1e-9

    /// What joins two items of a list of names: the enumeration comma, and the conjunctions of a pair
    /// (许某与吴某, 张某和李某).
    static func isListJoint(_ s: Unicode.Scalar) -> Bool {
        s == "、" || s == "和" || s == "与" || s == "同" || s == "及" || s == "跟"
    }

    /// Given-name characters this frequent (rank) are name characters first, function words second: of
    /// the function characters only 正 (rank 100); 和 有 会 其 (rank 190–260) stay function words (高峰会).
    static let frequentGivenRank = 150
    /// Given-name characters up to this rank are frequent in names (the band `score` weighs highest);
    /// beyond `rareNameRank` they are rare in names (围 调 派 送 叫).
    static let nameCharacterRank = 300
    static let rareNameRank = 1000

    /// How much better the shorter of two readings from one surname must score for the longer to go.
    static let shorterReadingMargin = 0.1

    /// What a neighbouring accepted name in a 、 list adds.
    static let listBonus = 0.1

    /// Japanese surnames rank above this in surnames.tsv (gen_surnames.py JAPANESE_RANK_BASE): the
    /// lexicon keeps surnames as a rank table, not as automaton entries with attributes.
    static let japaneseRankBase = 500

    /// How three-character Japanese given names end (龙太郎, 纯一郎, 喜一, 由纪夫).
    static let japaneseGivenEndings: ScalarSet = ["郎", "夫", "雄", "男", "彦", "助", "介", "藏", "树", "子", "美", "江", "代", "平", "一", "二", "三"]

    /// Surnames that are far more often a conjunction or preposition inside a sentence.
    static let conjunctionSurnames: ScalarSet = ["和", "与", "及", "向", "同", "跟", "把", "被", "从", "在", "对"]

    /// Administrative suffixes that end place names and no given name, and 宫, which ends palaces (卢浮宫,
    /// 白金汉宫) and halls (少年宫, 文化宫).
    static let placeEndings: ScalarSet = ["村", "乡", "镇", "县", "区", "省", "市", "州", "路", "街", "巷", "湾", "宫"]

    /// The span is an item of a 、 list whose neighbouring item of the same length repeats one of the
    /// span's non-initial characters at the same offset (山更好、水更清).
    static func isParallelListItem(_ view: SentenceView, _ span: Range<Int>) -> Bool {
        let n = span.count
        guard n >= 2 else { return false }
        func repeats(_ other: Int) -> Bool {
            guard other >= view.range.lowerBound, other + n <= view.range.upperBound else { return false }
            for k in 1..<n where view.text[span.lowerBound + k] == view.text[other + k] { return true }
            return false
        }
        if view.scalar(span.upperBound) == "、", repeats(span.upperBound + 1) { return true }
        if view.scalar(span.lowerBound - 1) == "、", repeats(span.lowerBound - 1 - n) { return true }
        // The same first character opening the neighbouring item, each time before a common word
        // (高|人力成本、高|研发投入): a run of parallel phrases, not namesakes (李红、李明; 张建国、张卫东).
        let first = view.text[span.lowerBound]
        func opensPhrase(_ k: Int) -> Bool {
            view.text[k] == first && (view.commonWordEnd(from: k + 1) ?? 0) >= k + 3
        }
        guard opensPhrase(span.lowerBound) else { return false }
        if view.scalar(span.lowerBound - 1) == "、" {
            // The previous item's start is not marked in running text (企业面临高人工成本、…): any
            // opening of the same kind within it counts.
            var s = span.lowerBound - 2
            while s >= view.range.lowerBound, span.lowerBound - s <= 9, ScalarClass.isHan(view.text[s]) {
                if s <= span.lowerBound - 4, opensPhrase(s) { return true }
                s -= 1
            }
        }
        var e = span.upperBound
        while e < view.range.upperBound, e - span.upperBound < 8, ScalarClass.isHan(view.text[e]) { e += 1 }
        if view.scalar(e) == "、", e + 1 < view.range.upperBound, opensPhrase(e + 1) { return true }
        return false
    }

    /// Surnames that are also prepositions of place or time (于青岛, 经武汉, 过上海): before a place they
    /// are the preposition.
    static let prepositionSurnames: ScalarSet = ["于", "经", "过", "往", "去", "来", "到", "自", "离", "沿", "朝", "赴", "抵", "达", "至", "住", "驻", "游"]

    /// What a count after a list of names or states counts (三人, 两名, 六国).
    static let countedUnits: ScalarSet = ["国", "人", "名", "位"]

    /// Chinese numerals: a surname character right after one is a unit or quantity word (万, 多, 余).
    static let numerals: ScalarSet = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "两", "几", "多", "余", "数"]

    /// Demonstratives and quantifiers that take a classifier after them (这段, 每位, 该项).
    static let demonstratives: ScalarSet = ["这", "那", "哪", "每", "该", "另", "此", "某", "本"]

    /// Surnames that are also classifiers (段 张 项 台 …).
    static let classifierSurnames: ScalarSet = ["段", "张", "项", "台", "位", "家", "条", "支", "种", "届", "场", "部", "间", "座",
                                                "首", "篇", "层", "名", "所", "批", "片", "尊", "封", "门", "道"]

    /// Adverbs that may sit between a bare surname and its verb (桥本还表示, 小渊则说).
    static let adverbs: ScalarSet = ["还", "也", "又", "则", "就", "曾", "已", "再", "便", "更", "均", "都", "只", "却", "仍"]

    /// A bare surname is a name only with a speech/action verb, honorific or title right after it
    /// (possibly behind one adverb) and no common word cut in two.
    func bareSurnameScore(_ view: SentenceView, start: Int, end: Int, rank: Int) -> Double? {
        let seg = view.segmentationConflict(start..<end)
        // Dictionaries list famous surnames (桥本) as words: only a cut word rules one out.
        if seg.crossesLeft || seg.crossesRight { return nil }
        if view.isStopWord(start..<end) { return nil }
        var right = PersonNameRecogniser.rightContext(view, start, end)
        if right < 0.3, let next = view.scalar(end), PersonNameRecogniser.adverbs.contains(next) {
            right = max(right, PersonNameRecogniser.rightContext(view, start, end + 1))
        }
        guard right >= 0.3 else { return nil }
        return 0.3 + right + PersonNameRecogniser.leftContext(view, start)
    }

    /// The confidence that `start..<end` is a name, or nil when something rules it out.
    func score(_ view: SentenceView, start: Int, surnameLength sl: Int, end: Int, surnameRank: Int) -> Double? {
        let text = view.text
        for k in (start + sl)..<end {
            guard ScalarClass.isHan(text[k]) else { return nil }
            // A title or a place/organisation suffix cannot begin inside the given name (张书记, 李村).
            if view.entryStarts(.title, at: k) { return nil }
            // Nor can an honorific, unless it is one common given-name character with more of the
            // given name after it (张君秋, 李君如: 君 is not "Mr" there).
            // Nor, closing a two-character given name, is it "Mr": 曾秀君, 秦文君 (君 after a full name is
            // no form of address in newswire).
            if view.entryStarts(.honorific, at: k) {
                let oneCharacter = !view.hasEntry(.honorific, startingAt: k) { e, _ in e != k + 1 }
                guard oneCharacter, k < end - 1 || k > start + sl, view.lexicon.givenCharRank(text[k]) > 0 else { return nil }
            }
        }
        // The vetoes that need no scoring come first (the order of the tests does not change the
        // result, only how soon a ruled-out span stops costing).
        // A surname and the first character of an office (张总, 王董, 李局) is a form of address, "boss
        // Zhang", the person's given name left unsaid; so is 老 after it, "the venerable Feng" (冯老).
        if end - start - sl == 1, PersonNameRecogniser.officeAddresses.contains(text[end - 1]) { return nil }
        // A number before the surname makes it a counted unit or a quantity (75万升, 500多平方米, 10余年).
        if let prev = view.scalar(start - 1), ScalarClass.isDigit(prev) || PersonNameRecogniser.numerals.contains(prev) { return nil }
        // A demonstrative before a surname that is also a classifier makes it the classifier (这段|新建的,
        // 那张|照片): the noun phrase's measure word, not a surname.
        if sl == 1, let prev = view.scalar(start - 1), PersonNameRecogniser.demonstratives.contains(prev),
           PersonNameRecogniser.classifierSurnames.contains(text[start]) { return nil }
        // A surname that is also a conjunction or preposition (和 向 同), right after a Han character, is
        // that function word even after a title (女王和明仁天皇, 回信向学昭): no name starts there.
        if sl == 1, PersonNameRecogniser.conjunctionSurnames.contains(text[start]), let prev = view.scalar(start - 1),
           ScalarClass.isHan(prev) { return nil }
        // A count of states or people (乌|六国, 中俄|两国, 黄晓明|三人, 张某|两名) is no given name: the
        // characters before it list the states or the people.
        if end - start - sl == 2, PersonNameRecogniser.countedUnits.contains(text[end - 1]),
           PersonNameRecogniser.numerals.contains(text[end - 2]) { return nil }
        // A player's rank is no given name (王某|九段, not 王某九|段).
        if PersonNameRecogniser.isPlayerRank(view, end - 1) { return nil }
        // The hand-listed time and deictic words (周二|晚, 全市|人) never open a three-character name,
        // even where they could be a two-character one (周二 is `namelike`). A family (王家, 陈家) does:
        // 家 is a frequent first given-name character (王家瑞, 陈家东).
        if sl == 1, end - start >= 3, !PlaceRecogniser.isFamilyName(view, start..<(start + 2)), view.hasEntry(.stop, spanning: start..<(start + 2), where: {
            view.lexicon.entries[$0].attributes["src"] == "hand"
        }) { return nil }
        // Nor is a time word the whole given name (外长素|林今天|说: 今天 is when he spoke, and 林 no surname
        // there): no one is named 今天 or 上午.
        if end - start - sl == 2, PersonNameRecogniser.timeWords.contains(text, (start + sl)..<end) { return nil }
        // A known name and one more character that is no frequent given-name character (李鹏|作报告, 肖扬|作,
        // rank beyond `nameCharacterRank`) is the known name and the clause's first character: a namesake
        // one character longer would carry a name character there (刘翔|宇), and a foreign name one more
        // syllable (康德|苏).
        if sl == 1, end - start == 3, !(1...PersonNameRecogniser.nameCharacterRank).contains(view.lexicon.givenCharRank(text[end - 1])),
           !view.lexicon.isTransliterationChar(text[end - 1]), view.hasEntry(.person, spanning: start..<(end - 1)) { return nil }
        // A surname that closes a noun for a person (拳|王|泰森, 球|王|贝利: 拳王 "boxing champion") is that
        // noun's last character; the name starts after it.
        if sl == 1, PersonNouns.leftEvidence(view, endingAt: start + 1) > 0 { return nil }
        // Nor is a government the whole given name: a leader's name and 政府 or 内阁 (小渊|内阁, 小渊|政府)
        // is that leader's administration.
        if end - start - sl == 2, PersonNameRecogniser.administrations.contains(text, (start + sl)..<end) { return nil }
        // 任 or 兼 before a place that an office follows (任|监利县委副书记, 兼|福州市长) is the verb "to
        // hold office", not a surname.
        if sl == 1, text[start] == "任" || text[start] == "兼",
           view.hasEntry(.place, startingAt: start + 1, where: { pEnd, _ in
               // The office may share the place's level word (监利县|委 → 县委).
               pEnd - start >= 3 && (view.entryStarts(.title, at: pEnd) || view.entryStarts(.body, at: pEnd)
                                     || view.entryStarts(.body, at: pEnd - 1) || view.entryStarts(.title, at: pEnd - 1))
           }) { return nil }
        // Nor is a strong institution suffix the whole given name (光|华中学, 振|华中学: the school's name
        // and its 中学).
        if end - start - sl == 2,
           view.hasEntry(.orgSuffix, spanning: (start + sl)..<end, where: { view.lexicon.strength(ofEntry: $0) >= 3 }) { return nil }
        // A body word starting in the span and running past it (党总|支书记: 党总支 is a party branch) is
        // that body: the span cuts it in two.
        for k in start..<end where view.hasEntry(.body, startingAt: k, where: { e, _ in e > end }) { return nil }
        // The span that is a body word itself (宣传部, 统战部, 武装部 before 部长) names the department, not
        // a person, however strong the title after it.
        if view.hasEntry(.body, startingAt: start, where: { e, _ in e == end }) { return nil }
        // An administrative suffix closing the span (凤阳村, 前黄镇) makes it a place, never a given name;
        // a nominaliser or adverbial suffix (万世者, 满意地) makes it a phrase.
        // 路 is a given name's last character often enough (李路, 王一路) to stand before a form of address or
        // an office (王一路老师, 李路教授): no road takes one.
        if PersonNameRecogniser.placeEndings.contains(text[end - 1]),
           !(text[end - 1] == "路" && (view.entryStarts(.honorific, at: end) || view.entryStarts(.title, at: end))) { return nil }
        if PersonNameRecogniser.nominalEndings.contains(text[end - 1]) { return nil }
        // A village's ending (庄 屯 堡 寨) after a word of going or being somewhere (到|江店庄, 在|李家寨) ends
        // a village's name, not a given name.
        if end - start > sl, PlaceRecogniser.villageEndings.contains(text[end - 1]), let prev = view.scalar(start - 1),
           TransliteratedNameRecogniser.locatives.contains(prev) { return nil }
        // A structural or aspect particle is no given-name character (桥本|的讲话, 李|了): the name, if any,
        // ended before it.
        for k in (start + sl)..<end where PersonNameRecogniser.particles.contains(text[k]) { return nil }
        // A country's one-character abbreviation before 方 is that country's side (韩方, 朝方), as with
        // 中方 and 美方: not surname + given name.
        if end - start == 2, sl == 1, text[start + 1] == "方",
           view.hasEntry(.place, startingAt: start, where: { e, id in e == start + 1 && view.lexicon.entries[id].attributes["level"] == "country" }) {
            return nil
        }
        // Parallel phrasing in a list (田更洁、天更蓝, 山更好、水更清) repeats a character at the same
        // place in the neighbouring item: that is a slogan, not a list of names.
        if PersonNameRecogniser.isParallelListItem(view, start..<end) { return nil }
        // 为 closing a two-character given name before an office, a body or a place (任命李明为|外交部副部长)
        // is the copula of an appointment: the name ended before it.
        if end - start - sl >= 2, text[end - 1] == "为",
           view.entryStarts(.title, at: end) || view.entryStarts(.organisation, at: end)
            || view.entryStarts(.body, at: end) || view.entryStarts(.place, at: end) { return nil }
        // An adverb between a name and its verb (李国强|先后|考察, 王某|分别|会见) is no given name, even after a
        // surname-like character (强|先后).
        if end - start - sl == 2, PersonNameRecogniser.clauseAdverbFirsts.contains(text[start + sl]),
           PersonNameRecogniser.clauseAdverbs.contains(text, (start + sl)..<end) { return nil }
        // Nor does a one-character given name open one of them (记者曾|多次采访: 曾 + 多 is no name before 次),
        // unless the adverb's second character opens a word of its own (张立|即将, 李然|后来: the name ends
        // before that word).
        if end - start - sl == 1, end < view.range.upperBound, PersonNameRecogniser.clauseAdverbFirsts.contains(text[end - 1]),
           PersonNameRecogniser.clauseAdverbs.contains(text, (end - 1)..<(end + 1)),
           view.commonWordEnd(from: end) == nil { return nil }
        // A cue word itself (任命, 会见) is the verb, whatever stands around it; so is a given name that a
        // cue word fills (钱晓明|介绍: 明 + 介绍 is no name).
        if view.hasEntry(.personCue, startingAt: start, where: { e, _ in e == end }) { return nil }
        if end - start - sl >= 2, view.hasEntry(.personCue, startingAt: start + sl, where: { e, _ in e >= end }) { return nil }
        // The stop entries of the span: is there one, and is every one `namelike` (no entry copied)?
        var vetoed = false
        let allNamelike = !view.hasEntry(.stop, spanning: start..<end, where: { id in
            vetoed = true
            return view.lexicon.entries[id].attributes["namelike"] == nil
        })
        // A dictionary entity covering the candidate's start (王府井, 高新区) competes in the resolver; a
        // place/organisation that starts inside and runs past the end makes the split unlikely.
        var c = 0.0
        if view.lexicon.isRareSurname(text[start]) {
            c -= 0.1
            // A rare surname that is also a function word (有 能 那 都) is that word far more often (选手|有实力):
            // only a title, cue or list around it makes it a name. Not 向 or 于, surnames of millions that
            // the preposition rules weigh already.
            if sl == 1, PersonNameRecogniser.functionWordSurnames.contains(text[start]) { c -= 0.2 }
        }
        c += surnameRank <= 100 ? 0.3 : surnameRank <= 300 ? 0.2 : 0.1
        if sl == 2 { c += 0.1 }
        for k in (start + sl)..<end {
            let g = view.lexicon.givenCharRank(text[k])
            if g == 0, k == end - 1, k > start + sl, PersonNameRecogniser.isStrandedRareCharacter(view, k) {
                c += PersonNameRecogniser.strandedRarePenalty
                continue
            }
            c += g == 0 ? -0.4 : g <= PersonNameRecogniser.nameCharacterRank ? 0.15 : g <= PersonNameRecogniser.rareNameRank ? 0.08
                : g <= 2000 ? 0 : -0.1
        }
        // Segmentation evidence: a name does not cut a common word in two, and is rarely one itself.
        let seg = view.segmentationConflict(start..<end)
        if seg.crossesLeft { c -= 0.3 }
        let left = PersonNameRecogniser.leftContext(view, start)
        // 等 closing a list after the name, or 和 joining the next item, makes a word with its last character
        // only by chance (张小平|等, 王建中|等, 范祥平|和队友们: 平等, 中等, 平和): that word is no evidence against
        // the name.
        if seg.crossesRight, !PersonNameRecogniser.crossesOnlyIntoListJoint(view, start: start, end: end),
           !PersonNameRecogniser.crossesOnlyIntoPreposition(view, start: start, end: end),
           !(left >= 0.3 && PersonNameRecogniser.crossingWordIsOutrun(view, start: start, end: end)) { c -= 0.3 }
        if seg.isWord { c -= 0.35 }
        if let e = view.commonWordEnd(from: start + sl), e == end, end - start - sl >= 2 { c -= 0.15 }
        // A given name that is itself a known place (和青岛, 于雅鲁藏布江) is a place after a function word.
        // After an ordinary surname (郑长春) it is weaker evidence: the place still competes in the resolver;
        // after a title or a noun in apposition (棋手|郑湘潭, 作曲家|吕海口) a name is expected there, and
        // the place is no evidence against it.
        // A common surname standing alone before the place (的|许|银川|与: no word, place or body reads it
        // with a neighbour) has no other reading: there the place is the given name (+0.1).
        if end - start - sl >= 2, view.hasEntry(.place, startingAt: start + sl, where: { e, _ in e >= end }) {
            if PersonNameRecogniser.isStrandedSurname(view, start: start, surnameLength: sl, end: end, surnameRank: surnameRank) {
                c += 0.1
            } else {
                c -= BreakWords.isBreak(text[start]) || PersonNameRecogniser.conjunctionSurnames.contains(text[start])
                    || PersonNameRecogniser.prepositionSurnames.contains(text[start]) ? 0.4 : left >= 0.3 ? 0 : 0.15
            }
        }
        // A surname cut out of the end of a country, province or prefecture-level city before it (荷|兰三国,
        // 四|川大学, 莆|田学习) is that place's last character: the place is read whole first.
        if PersonNameRecogniser.cutsAMajorPlace(view, at: start) { c -= 0.3 }
        // A compound surname whose second character starts a word running into the given name (桥|本来|就).
        if sl == 2, let e = view.commonWordEnd(from: start + 1), e > start + 2 { c -= 0.3 }
        // Function words (就 在 是 和) are rarely given-name characters, and almost never the last one
        // (黎兵|在上半场, 王晨|都表示): there the shorter name is the reading.
        // One that is also a frequent given-name character (正: 叶笃正) costs little.
        for k in (start + sl)..<end where BreakWords.isBreak(text[k]) {
            let g = view.lexicon.givenCharRank(text[k])
            if g > 0 && g <= PersonNameRecogniser.frequentGivenRank { c -= 0.1; continue }
            // 之 closing a given name right before a person cue (龚育之|指出, 王羲之|说) is the name's
            // own character: the particle 之 joins two nouns and is never followed by one.
            if text[k] == "之", k == end - 1, g > 0, view.entryStarts(.personCue, at: end) { c -= 0.1; continue }
            // A preposition or conjunction closing a given name right before a list or clause mark (陈希同|、,
            // 张之和|，) governs nothing: it is the name's own character.
            if k == end - 1, PersonNameRecogniser.isUngoverned(view, k) { c -= 0.1; continue }
            c -= k == end - 1 && end - start - sl >= 2 ? 0.45 : 0.25
        }
        // A surname and first given character that make a common word (任何|雨, 谈话|中, 许多|队)
        // read as that word: three-character names rarely begin with one.
        if end - start - sl >= 2, let e = view.commonWordEnd(from: start), e == start + sl + 1 {
            c -= 0.2
            // Closed by a postposition of place (宣传|中, 讲话|里, 会议|上), the word is a noun located by
            // it: "in the publicity", not a name.
            if PersonNameRecogniser.postpositions.contains(view.text[end - 1]) { return nil }
        }
        // A surname that is also a preposition (于 经 过), right after a Han character other than 老/小,
        // is the preposition (集…于一体, 寓教于乐, 将于近期): only strong context makes it a name.
        if sl == 1, PersonNameRecogniser.prepositionSurnames.contains(text[start]), let prev = view.scalar(start - 1),
           ScalarClass.isHan(prev), prev != "老", prev != "小" { c -= 0.2 }
        // A river the surname and the first given character spell (黄河, 汉江), then a word of its course
        // (口 mouth, 畔 岸 边 bank, 段 stretch): 黄河口 is the river's mouth, not 黄 + 河口.
        if sl == 1, end - start == 3, PersonNameRecogniser.riverCharacters.contains(text[start + 1]),
           PersonNameRecogniser.riverCourseWords.contains(text[end - 1]), view.hasEntry(.place, spanning: start..<(start + 2)) { return nil }
        // A geographic suffix right after the span (马拉若|岛, 某某|河畔) makes it the name of a place,
        // unless a title starts there too (张某|市长).
        if let next = view.scalar(end), PersonNameRecogniser.geographicSuffixes.contains(next),
           !view.entryStarts(.title, at: end), !view.entryStarts(.honorific, at: end) { c -= 0.3 }
        // An adverb before a verb is not the end of a given name (桥本还表示, 李鹏也说).
        if end - start > sl, PersonNameRecogniser.adverbs.contains(text[end - 1]),
           PersonNameRecogniser.rightContext(view, start, end) >= 0.3 { c -= 0.4 }
        var right = PersonNameRecogniser.rightContext(view, start, end)
        // A function word closing a two-character given name (林某在|讲话中) opens the phrase the cue after
        // it belongs to: the cue is evidence for the shorter name, not for this reading. A frequent
        // given-name character (正: 叶笃正|指出) and 之 (龚育之|指出, weighed above) keep it.
        if end - start - sl >= 2, BreakWords.isBreak(text[end - 1]), text[end - 1] != "之", !PersonNameRecogniser.isUngoverned(view, end - 1),
           view.lexicon.givenCharRank(text[end - 1]) == 0 || view.lexicon.givenCharRank(text[end - 1]) > PersonNameRecogniser.frequentGivenRank {
            right = 0
        }
        // A stop word is not a name, unless it merely looks like one (高峰, 文明: `namelike`) and a title
        // or a strong cue says otherwise.
        if vetoed && !(allNamelike && (left >= 0.4 || right >= 0.3)) { return nil }
        c += left + right
        // A common surname and a frequent given-name character that nothing else reads, before a function
        // word (记者见到|肖超|时, 村民们都说|方涛|是): the segmenter would strand both characters, which is how
        // an unknown name shows itself.
        if sl == 1, end - start == 2, left + right < 0.3, surnameRank <= 100,
           PersonNameRecogniser.isStrandedPair(view, start) { c += PersonNameRecogniser.strandedPairBonus }
        // A known two-character name and a frequent given-name character closed by a list or clause mark
        // (刘翔|宇、, not 刘翔 + 宇): the known name would strand a character no word or entry reads, so
        // the longer name is a namesake's.
        if sl == 1, end - start == 3, PersonNameRecogniser.isStrandedAfterKnownName(view, start: start, end: end) {
            c += PersonNameRecogniser.strandedPairBonus
        }
        // A full name opening a clause before its predicate (胡某某是…, ，某某某有…, “某某是…) is the clause's
        // subject: weak evidence, worth enough only for middling characters with no other cue and no word
        // cut. A one-character given name needs a frequent name character (刘成, not 刘庸).
        if right == 0, end - start - sl == 2 || end - start - sl == 1 && (1...300).contains(view.lexicon.givenCharRank(text[end - 1])),
           let next = view.scalar(end), PersonNameRecogniser.subjectFollowers.contains(next) {
            let p = PersonNameRecogniser.previousNonSpace(view, start)
            if p == view.range.lowerBound || ScalarClass.isBoundary(view.text[p - 1]) { c += 0.1 }
        }
        // An aspect particle right after a two-character given name (某某种|了, 某某看|着) makes its last
        // character the verb the particle marks: the name ended one character earlier. Not where the
        // particle opens a word (王小明|了解, 某某|着手) or the last character makes one with what follows.
        if end - start - sl == 2, let next = view.scalar(end), PersonNameRecogniser.aspectParticles.contains(next),
           view.commonWordEnd(from: end) == nil, view.commonWordEnd(from: end - 1).map({ $0 <= end }) ?? true { c -= 0.4 }
        // The third character of a three-character reading that belongs to the clause after a two-character
        // name: a verb, when a complement of direction or result follows and the character is rare in names
        // (王文调|到, 李明派|往, 张华围|在; a frequent name character keeps the name, 王文涛|到达); or 时/后
        // before a clause mark, "when"/"after" closing a clause about the name (见到王文时|，).
        if sl == 1, end - start == 3, let next = view.scalar(end) {
            let g = view.lexicon.givenCharRank(text[end - 1])
            if PersonNameRecogniser.verbComplements.contains(next) && (g == 0 || g > PersonNameRecogniser.rareNameRank)
                || PersonNameRecogniser.clauseTimeWords.contains(text[end - 1]) && ScalarClass.isBoundary(next) { c -= 0.3 }
        }
        // A two-character given name whose second character starts a cue word (李强调研: 强 + 调研)
        // is less likely than the shorter name.
        if end - start - sl == 2 {
            if view.entryStarts(.personCue, at: end - 1) || view.entryStarts(.title, at: end - 1) { c -= 0.35 }
        }
        return c
    }

    /// The only common word running past the span's end is its last character and 等 after it (平等, 中等),
    /// or 和 standing alone after it, the conjunction, no word of its own starting there (平和 in 范祥平|和队友们;
    /// not 和蔼).
    static func crossesOnlyIntoListJoint(_ view: SentenceView, start: Int, end: Int) -> Bool {
        guard let next = view.scalar(end), next == "等" || next == "和" && view.commonWordEnd(from: end) == nil,
              view.commonWordEnd(from: end - 1) == end + 1 else { return false }
        return noWordCrossesEndBeforeLast(view, start: start, end: end)
    }

    /// No common word starting before the span's last character runs past its end.
    static func noWordCrossesEndBeforeLast(_ view: SentenceView, start: Int, end: Int) -> Bool {
        for k in start..<(end - 1) {
            if let e = view.commonWordEnd(from: k), e > end { return false }
        }
        return true
    }

    /// The only common word running past the span's end is a frequent given-name character and the
    /// preposition 在 after it (志在 in 李国志|在会上讲话): the name's subject is located, the word is chance.
    /// Not the adverbs 正在, 现在 and 实在 (王|实在太累).
    static func crossesOnlyIntoPreposition(_ view: SentenceView, start: Int, end: Int) -> Bool {
        guard view.scalar(end) == "在", !adverbsBeforeZai.contains(view.text[end - 1]),
              (1...PersonNameRecogniser.nameCharacterRank).contains(view.lexicon.givenCharRank(view.text[end - 1])),
              view.commonWordEnd(from: end - 1) == end + 1, view.commonWordEnd(from: end) == nil else { return false }
        return noWordCrossesEndBeforeLast(view, start: start, end: end)
    }

    /// The only common word running past the span's end is two characters, a frequent given-name
    /// character and the next one (平日 in 王立平|日前说), and a longer word starts right after the span
    /// (日前): read at the name's end the text strands nothing, read with the crossing word it would
    /// strand a character (前). After an office title or another cue before the name (校长王立平日前), where
    /// a name is expected, the crossing word is chance.
    static func crossingWordIsOutrun(_ view: SentenceView, start: Int, end: Int) -> Bool {
        guard (1...PersonNameRecogniser.nameCharacterRank).contains(view.lexicon.givenCharRank(view.text[end - 1])),
              view.commonWordEnd(from: end - 1) == end + 1,
              let w = view.commonWordEnd(from: end), w > end + 1 else { return false }
        // Nor when a word starts where the crossing word ends and runs past the longer one (霍金|发表|演讲 over
        // 表演: read with the crossing word the text segments cleanly, read with the longer one it strands 讲).
        if let v = view.commonWordEnd(from: end + 1), v > w { return false }
        // A crossing word that is a suffix or an office (韩亚|银行, 局|长) is that word, not chance.
        for kind in [LexiconKind.orgSuffix, .placeSuffix, .title] where view.hasEntry(kind, spanning: (end - 1)..<(end + 1)) { return false }
        return noWordCrossesEndBeforeLast(view, start: start, end: end)
    }

    /// First characters of the adverbs ending in 在 (正在, 现在, 实在).
    static let adverbsBeforeZai: ScalarSet = ["正", "现", "实"]

    /// One of the hundred commonest surnames, no function word, that nothing else reads (no common word
    /// starts at it or runs into it from the left; no place or organisation starts or ends at it), before
    /// a two-character dictionary place that the name's end closes (，许|银川|仅用, 对|许|银川、).
    static func isStrandedSurname(_ view: SentenceView, start: Int, surnameLength sl: Int, end: Int, surnameRank: Int) -> Bool {
        let s = view.text[start]
        guard sl == 1, end - start == 3, surnameRank <= 100, !view.lexicon.isRareSurname(s), !BreakWords.isBreak(s),
              !conjunctionSurnames.contains(s), !prepositionSurnames.contains(s),
              view.hasEntry(.place, spanning: (start + 1)..<end),
              view.commonWordEnd(from: start) == nil, view.commonWordStart(to: start + 1) == nil,
              !view.entryStarts(.place, at: start), !view.entryStarts(.organisation, at: start),
              !view.entryEnds(.place, at: start + 1), !view.entryEnds(.organisation, at: start + 1) else { return false }
        return true
    }

    /// A dictionary country or province of two or more scalars ends with the scalar at `start`. The
    /// bit mask answers first: most surnames end no place.
    static func cutsAMajorPlace(_ view: SentenceView, at start: Int) -> Bool {
        endsAPlace(view, of: majorPlaceLevels, at: start)
    }

    /// A dictionary place of one of `levels` begins before `start` and ends right after it.
    @inline(__always)
    static func endsAPlace(_ view: SentenceView, of levels: Set<String>, at start: Int) -> Bool {
        guard view.entryEnds(.place, at: start + 1) else { return false }
        return view.hasEntry(.place, endingAt: start + 1) { s, id in
            s < start && levels.contains(view.lexicon.entries[id].attributes["level"] ?? "")
        }
    }

    static let majorPlaceLevels: Set<String> = ["country", "province", "prefecture"]

    /// A rare character (not in the given-name table) that closes a three-character name costs less
    /// when nothing else could use it: it is no function word and starts no dictionary word, title, cue
    /// or suffix, so the two-character reading would leave it stranded (严义埙、, 龚育之在).
    static func isStrandedRareCharacter(_ view: SentenceView, _ k: Int) -> Bool {
        let s = view.text[k]
        guard ScalarClass.isHan(s), s == "之" || !BreakWords.isBreak(s) else { return false }
        if view.commonWordEnd(from: k) != nil { return false }
        for kind in [LexiconKind.title, .personCue, .honorific, .place, .organisation, .placeSuffix, .orgSuffix, .person]
            where view.entryStarts(kind, at: k) { return false }
        return true
    }

    /// Two characters, a surname and a given-name character of rank 300 or better, neither a function
    /// word nor a postposition (周中 "midweek"), not in quotation marks, that no dictionary entry of two
    /// characters or more covers, with a function word, 时 or a boundary after them. What stands before
    /// them is not asked: the word list holds no one-character words (说, 像), so a clean left edge
    /// cannot be told from a chance one there.
    static func isStrandedPair(_ view: SentenceView, _ start: Int) -> Bool {
        let end = start + 2
        guard end <= view.range.upperBound else { return false }
        let s = view.text[start], g = view.text[start + 1]
        guard !BreakWords.isBreak(s), !BreakWords.isBreak(g), !conjunctionSurnames.contains(s), !prepositionSurnames.contains(s),
              !functionWordSurnames.contains(s), !postpositions.contains(g),
              (1...nameCharacterRank).contains(view.lexicon.givenCharRank(g)) else { return false }
        // A quoted pair (“夏利”) is a term or a brand far more often than a name.
        if start > view.range.lowerBound, quoteMarks.contains(view.text[start - 1]) { return false }
        for k in start..<end where view.containsMatch(covering: k, where: { $0.end - $0.start >= 2 }) { return false }
        // After the pair, a clause goes on with a function word (是 在 正 也 …) or ends with 时 "when":
        // a content word there (陆海|统筹, 陆源|污染) more often means the pair is a term of its own.
        return end == view.range.upperBound || ScalarClass.isBoundary(view.text[end]) || BreakWords.isBreak(view.text[end])
            || view.text[end] == "时"
    }

    /// What a stranded pair gains: enough for a common surname and a frequent name character (0.45)
    /// with no cue to pass the threshold. A character a known name would strand gains it too.
    static let strandedPairBonus = 0.1

    /// `start..<end - 1` is a dictionary person, and the character after it is a frequent given-name
    /// character that nothing else reads (no word, title, cue or suffix starts there), right before a list
    /// or clause mark.
    static func isStrandedAfterKnownName(_ view: SentenceView, start: Int, end: Int) -> Bool {
        guard let next = view.scalar(end), clauseMarks.contains(next),
              (1...nameCharacterRank).contains(view.lexicon.givenCharRank(view.text[end - 1])),
              isStrandedRareCharacter(view, end - 1) else { return false }
        return view.hasEntry(.person, spanning: start..<(end - 1))
    }

    /// What a stranded rare closing character costs (an unknown given character elsewhere costs 0.4).
    static let strandedRarePenalty = -0.1

    /// Two-character adverbs that stand between a subject and its verb in newswire (先后 考察, 分别 会见,
    /// 随后 前往). Hand list, general knowledge of Chinese prose: none is a given name.
    static let clauseAdverbList = [
        "先后", "分别", "随后", "然后", "同时", "立即", "依次", "逐一", "一同", "一道", "一起", "共同", "亲自",
        "专程", "特意", "特地", "已经", "曾经", "正在", "始终", "一直", "仍然", "还将", "也将", "首先", "接着",
        "多次", "再次", "一再", "屡次", "反复", "相继", "陆续", "纷纷", "即将",
    ]
    static let clauseAdverbs = ScalarWordSet(clauseAdverbList)

    /// Their first scalars: most given names start with none of them, and skip the hash.
    static let clauseAdverbFirsts = ScalarSet(clauseAdverbList.compactMap { $0.unicodeScalars.first })

    /// Words for a leader's administration (hand list, general knowledge of Chinese): never a given name.
    static let administrations = ScalarWordSet(["政府", "内阁", "当局", "政权"])

    /// Words of time that open a clause after its subject (某某|今天|说, 某某|上午|抵达). Hand list, general
    /// knowledge of Chinese: none is a given name.
    static let timeWords = ScalarWordSet([
        "今天", "昨天", "明天", "前天", "后天", "今日", "昨日", "明日", "当天", "当日", "次日", "今年", "去年", "明年",
        "前年", "日前", "近日", "近期", "目前", "此前", "此后", "上午", "下午", "中午", "晚上", "傍晚", "凌晨", "年初",
        "年底", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末",
    ])

    /// The preposition or conjunction at `k` has a list or clause mark right after it (同、 和，), or a
    /// verb that only follows a speaker after a conjunction of company (孔祥同|介绍说: "with" takes a
    /// partner, not a verb; 在 before 会谈中 governs the talks): it introduces no noun, so it is no
    /// function word there.
    static func isUngoverned(_ view: SentenceView, _ k: Int) -> Bool {
        guard prepositionsAndConjunctions.contains(view.text[k]), let next = view.scalar(k + 1) else { return false }
        if clauseMarks.contains(next) { return true }
        guard isListJoint(view.text[k]) else { return false }
        return view.hasEntry(.personCue, startingAt: k + 1) { _, id in
            let a = view.lexicon.entries[id].attributes
            return a["side"] == "after" && a["weight"] == "3"
        }
    }

    static let prepositionsAndConjunctions: ScalarSet = ["在", "对", "把", "被", "向", "从", "为", "将", "于", "以", "及", "由", "给", "和", "与", "同", "跟", "至"]

    /// Marks that end a list item or a clause.
    static let clauseMarks: ScalarSet = ["、", "，", "；", "。", ",", ";"]

    /// A Chinese numeral followed by 段 at `i`: a go or chess player's rank (九段, 六段).
    static func isPlayerRank(_ view: SentenceView, _ i: Int) -> Bool {
        guard let n = view.scalar(i), numerals.contains(n), view.scalar(i + 1) == "段" else { return false }
        return true
    }

    static let pseudonym: [Unicode.Scalar] = Array("化名".unicodeScalars)

    /// Postpositions of place that close a noun phrase (宣传中, 讲话里, 会议上).
    static let postpositions: ScalarSet = ["中", "里", "上", "内", "外", "下"]

    /// Last characters of river names (黄河, 汉江), and words of a river's course after one (口 畔 岸 边 段).
    static let riverCharacters: ScalarSet = ["河", "江"]
    static let riverCourseWords: ScalarSet = ["口", "畔", "岸", "边", "段"]

    /// One-character suffixes of natural places: a name followed by one names the place.
    static let geographicSuffixes: ScalarSet = ["岛", "湖", "河", "山", "峰", "港", "湾", "峡", "岭", "坝", "邦"]

    /// Rare surnames that are a verb, demonstrative or adverb far more often (有实力, 能否, 那么, 都是).
    static let functionWordSurnames: ScalarSet = ["有", "能", "那", "都"]

    /// A photo caption's position opens at `k` and closes its bracket: 左, 右 or 中, then at most one numeral
    /// (左一, 右二), then the closing bracket.
    static func isCaptionPosition(_ view: SentenceView, _ k: Int) -> Bool {
        guard let side = view.scalar(k), side == "左" || side == "右" || side == "中" else { return false }
        var j = k + 1
        if let n = view.scalar(j), numerals.contains(n) || ScalarClass.isDigit(n) { j += 1 }
        guard let close = view.scalar(j) else { return false }
        return close == "）" || close == ")"
    }

    /// Aspect particles, which follow a verb (种了, 看着); not 过, itself a verb as often (张某某过了河).
    static let aspectParticles: ScalarSet = ["了", "着"]

    /// Complements of direction and result that follow a one-character verb (调到, 派往, 围在, 送给, 带回, 当上).
    static let verbComplements: ScalarSet = ["到", "往", "在", "给", "进", "回", "成", "走", "入", "上", "下", "出", "起", "过",
                                             "开", "来", "去"]
    /// "When" and "after" closing a clause of time (他见到王文时，…).
    static let clauseTimeWords: ScalarSet = ["时", "后"]

    /// Quotation marks: a boundary, but no evidence for a name inside them.
    static let quoteMarks: ScalarSet = ["“", "”", "‘", "’", "「", "」", "『", "』", "\"", "'"]

    /// First characters of offices that, after a surname alone, address the officer (张总 for 张总经理, 王董 for
    /// 王董事长, 李局 for 李局长, 刘处 for 刘处长), and 老 that addresses an elder (冯老).
    static let officeAddresses: ScalarSet = ["总", "董", "局", "处", "老"]

    /// Characters that open a predicate right after its subject: the copula, 有, negation, adverbs and
    /// the prepositions of a verb phrase (某某某是, 某某某曾, 某某某把).
    static let subjectFollowers: ScalarSet = ["是", "在", "有", "不", "也", "曾", "已", "对", "将", "就", "还", "都", "又", "则", "便", "被", "把", "从"]

    /// Structural, aspect and modal particles (的 了 们 吗 呢 吧 着): never a character of a given name.
    static let particles: ScalarSet = ["的", "了", "们", "吗", "呢", "吧", "着"]

    /// Nominalising and adverbial suffixes that end a phrase and no given name (不谋万世者, 满意地说,
    /// 安全性), 队, which ends a team's name (松日队), and 间, "between" after a pair (韩美间).
    static let nominalEndings: ScalarSet = ["者", "地", "性", "队", "间"]

    /// The name `start..<end` has two to four characters and only spaces before it in its sentence.
    static func opensSentence(_ view: SentenceView, _ start: Int, _ end: Int) -> Bool {
        guard (2...4).contains(end - start) else { return false }
        return (view.range.lowerBound..<start).allSatisfy { ScalarClass.isSpace(view.text[$0]) }
    }

    static func previousNonSpace(_ view: SentenceView, _ i: Int) -> Int {
        var p = i
        while p > view.range.lowerBound, ScalarClass.isSpace(view.text[p - 1]) { p -= 1 }
        return p
    }

    static func leftContext(_ view: SentenceView, _ start: Int) -> Double {
        let p = previousNonSpace(view, start)
        if view.titles.contains(where: { $0.range.upperBound == p }) { return 0.45 }
        if view.entryEnds(.personCue, at: p) {
            // The largest weight (only a positive one counts), read in place: no entry copied.
            var w = 0
            _ = view.hasEntry(.personCue, endingAt: p) { _, id in
                let a = view.lexicon.entries[id].attributes
                if a["side"] != "after", let v = a["weight_before"].flatMap({ Int($0) }) ?? a["weight"].flatMap({ Int($0) }) {
                    w = max(w, v)
                }
                return false
            }
            // A noun in apposition that is also a weaker cue (作家 郎某) gives the noun's evidence.
            if w > 0 { return max(0.1 * Double(w), PersonNouns.leftEvidence(view, endingAt: p)) }
        }
        if p == view.range.lowerBound { return 0.05 }
        let noun = PersonNouns.leftEvidence(view, endingAt: p)
        if noun > 0 { return noun }
        let prev = view.text[p - 1]
        // A shirt number (7号穆勒, 17号李明) introduces a player.
        if prev == "号", let d = view.scalar(p - 2), ScalarClass.isDigit(d) { return 0.3 }
        // In a match report or a results line the athlete follows the country (中国|王某以3比1…).
        if CountryTeamRecogniser.countryNameEnds(at: p, view), CountryTeamRecogniser.reportsASportingResult(view) { return 0.3 }
        if prev == "、" { return 0.12 }
        // 小 of endearment before a child's or a young colleague's full name (的|小某某): no word ends on it
        // (大小, 缩小, 最小 are words), and it opens no title (《小石潭记》).
        if prev == "小", view.commonWordStart(to: p).map({ $0 >= p - 1 }) ?? true,
           !(view.scalar(p - 2).map(ScalarClass.isOpenQuote) ?? false) { return 0.1 }
        // A quoted item (‘白银’, “田园”) is far more often a term or slogan than a name.
        if PersonNameRecogniser.quoteMarks.contains(prev) { return 0 }
        if ScalarClass.isBoundary(prev) { return 0.05 }
        return 0
    }

    /// The largest weight of a cue that may follow a name (side after or both) starting at `i`, 0 when none;
    /// read in place, no entry copied.
    static func afterCueWeight(_ view: SentenceView, at i: Int) -> Int {
        guard view.entryStarts(.personCue, at: i) else { return 0 }
        var w = 0
        _ = view.hasEntry(.personCue, startingAt: i) { _, id in
            let a = view.lexicon.entries[id].attributes
            if a["side"] != "before", let v = a["weight"].flatMap({ Int($0) }) { w = max(w, v) }
            return false
        }
        return w
    }

    /// The evidence right of a name `start..<end`; `start` matters only to a speaker's label (张某：…).
    static func rightContext(_ view: SentenceView, _ start: Int, _ end: Int) -> Double {
        let r = view.range
        if end >= r.upperBound { return 0.05 }
        var q = end
        while q < r.upperBound, ScalarClass.isSpace(view.text[q]) { q += 1 }
        if q < r.upperBound, view.text[q] == "摄" { return 0.45 }
        if q < r.upperBound, view.text[q] == "（" || view.text[q] == "(" {
            // A pseudonym's note (张某（化名）): the reporter says a person's name was changed.
            if view.hasText(PersonNameRecogniser.pseudonym, at: q + 1) { return 0.45 }
            // A photo caption's position after the name (某某（右）, 图为|某某（左二）): the picture shows a
            // person whose name starts clean, after punctuation or a word, not after a stray character that
            // may be the name's own (新|凤霞（中）).
            if PersonNameRecogniser.isCaptionPosition(view, q + 1),
               start == r.lowerBound || !ScalarClass.isHan(view.text[start - 1]) || view.commonWordStart(to: start) != nil { return 0.45 }
        }
        // A go or chess player's rank (王某九段, 李某六段) is a title in apposition.
        if isPlayerRank(view, q) { return 0.3 }
        if view.entryStarts(.honorific, at: end) {
            // 君 after a surname and one character (曾秀|君, 秦文|君) is far more often the third character of
            // the name than "Mr": newswire addresses no one so. A frequent given-name character that is
            // the whole honorific gives no evidence for the shorter name.
            if end - start == 2, !view.hasEntry(.honorific, startingAt: end, where: { e, _ in e > end + 1 }),
               (1...PersonNameRecogniser.frequentGivenRank).contains(view.lexicon.givenCharRank(view.text[end])) { return 0 }
            // A form of address that is also a cue after names (同志, 女士) follows a person or a word of
            // quantity (许多|同志, 不少|同志): after a name character (项英|同志, not 多) it is as strong as a title.
            return afterCueWeight(view, at: end) >= 3
                && (1...PersonNameRecogniser.nameCharacterRank).contains(view.lexicon.givenCharRank(view.text[end - 1])) ? 0.45 : 0.35
        }
        // A title is evidence unless a longer common word cuts it (董事|会 of 董事会, 主席|团 of 主席团): that
        // names a body or a group, not the office of a person before it.
        if view.entryStarts(.title, at: end),
           !(view.commonWordEnd(from: end).map { w in !view.hasEntry(.title, startingAt: end) { e, _ in e >= w } } ?? false) { return 0.3 }
        // 以X为团长 / 以X为首: the head of a group, named before 为 and an office title or 首.
        if view.text[end] == "为", end + 1 < r.upperBound, view.entryStarts(.title, at: end + 1) || view.text[end + 1] == "首" { return 0.3 }
        let w = afterCueWeight(view, at: end)
        if w > 0 { return 0.12 * Double(w) }
        // One or two time words between the name and its verb (某某|近日|说, 某某|昨天上午|表示): the verb
        // after them is the evidence, a little weaker than right after the name.
        var t = end
        while t + 2 <= r.upperBound, t - end < 4, PersonNameRecogniser.timeWords.contains(view.text, t..<(t + 2)),
              view.commonWordEnd(from: t).map({ $0 <= t + 2 }) ?? true { t += 2 }
        // A weak cue there (的, 等) joins the time word to what follows (今年的收成): no evidence.
        if t > end, t < r.upperBound, case let w = afterCueWeight(view, at: t), w >= 2 { return 0.1 * Double(w) }
        let next = view.text[end]
        if next == "、" || next == "等" { return 0.12 }
        // A speaker's label: the name alone before a colon at the head of the sentence (张某：…).
        if next == "：" || next == ":", PersonNameRecogniser.opensSentence(view, start, end) { return 0.3 }
        if PersonNameRecogniser.quoteMarks.contains(next) { return 0 }
        if ScalarClass.isBoundary(next) { return 0.05 }
        return 0
    }
}
