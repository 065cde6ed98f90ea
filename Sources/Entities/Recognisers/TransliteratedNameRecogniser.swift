/// Foreign names written in Chinese transliteration (希拉克, 彭保罗 is handled by the surname rule,
/// 安东尼奥·古特雷斯): runs of characters from the Xinhua transliteration table, optionally joined by a
/// name dot. Ordinary words are made of the same characters, so length and context decide: a run of
/// three or more after a title or before a speech verb is a name; a bare run needs four or a dot.
public struct TransliteratedNameRecogniser: Recogniser {
    public var threshold: Double

    static let locatives: ScalarSet = ["在", "赴", "到", "从", "抵", "往", "经", "至", "访", "驻"]

    /// The span is two common words side by side (or a word and one function character).
    func isTwoWords(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        for k in (r.lowerBound + 1)..<r.upperBound {
            // A demonstrative before a word (本|赛季, 该|季度) is a determiner, as a function word is.
            let left = k - r.lowerBound == 1
                ? BreakWords.isBreak(view.text[r.lowerBound]) || PersonNameRecogniser.demonstratives.contains(view.text[r.lowerBound])
                : view.segmentationConflict(r.lowerBound..<k).isWord
            let right = r.upperBound - k == 1 ? BreakWords.isBreak(view.text[k]) : view.segmentationConflict(k..<r.upperBound).isWord
            if left && right { return true }
        }
        return false
    }

    /// The common word `word` is a chance string: a longer word starts right after its first character
    /// (提出|席 against 出席) and no word crosses that longer word's end.
    static func isReadPast(_ view: SentenceView, word: Range<Int>) -> Bool {
        guard let next = view.commonWordEnd(from: word.lowerBound + 1), next > word.upperBound else { return false }
        return (view.commonWordEnd(from: next - 1) ?? 0) <= next
    }

    /// Characters of Uyghur and Kazakh names in their usual Chinese spelling that the Xinhua table for
    /// Western names lacks (铁木尔, 阿不都, 买买提, 热合曼, 吐尔逊, 玉素甫, 肉孜). Many are common words'
    /// characters too (不, 都, 来), so they count only in a name written with the dot, which no common
    /// phrase has. Hand list, general knowledge of those names.
    static let dottedNameCharacters: ScalarSet = ["不", "乃", "义", "乎", "买", "依", "再", "司", "合", "吐", "吾", "孜", "守",
                                                  "木", "来", "满", "热", "玉", "甫", "素", "肉", "荪", "都", "铁"]

    /// The character at `k` is one of the dotted names only (铁木尔·达瓦买提), in a run that has a name dot
    /// already or has one within five characters: then it counts as a transliteration character.
    static func isDottedNameCharacter(_ view: SentenceView, _ k: Int, dots: Int) -> Bool {
        guard dottedNameCharacters.contains(view.text[k]) else { return false }
        if dots > 0 { return true }
        var j = k + 1
        while j < view.range.upperBound, j < k + 6 {
            if ScalarClass.isNameDot(view.text[j]) { return true }
            j += 1
        }
        return false
    }

    /// Characters that make a demonym or a language of the place name before them.
    static let placeDerivations: ScalarSet = ["人", "语", "族"]

    /// Nouns for a place that stand in apposition right before its name.
    static let placeNouns: [[Unicode.Scalar]] = ["城市", "首都", "首府", "地区", "港口", "港市", "小镇", "小城", "岛国", "国家", "海峡", "半岛",
                                                 "胜地", "名城", "古城", "城镇"]
        .map { Array($0.unicodeScalars) }

    /// Class nouns that close an enumeration of places after 等 (科连特斯、雷西斯滕西亚 等大、中 城市,
    /// 拉贾斯坦邦 等核试验 地区).
    static let placeClassNouns: [[Unicode.Scalar]] = ["城市", "地区", "国家", "省份", "城镇", "地方", "港口", "岛屿", "州", "省", "地"]
        .map { Array($0.unicodeScalars) }

    /// Chinese level words written after a foreign place's name (俄亥俄州, 旁遮普省, 肯特郡, 塔科马市), and the
    /// landscape words that close a foreign island, river, lake, bay or harbour (马拉若岛, 亚马孙河).
    static let levelSuffixes = ScalarSet("州省县郡市区" + landscapeWords)
    /// The landscape words among them, which need a run that is a name of its own (see `levelPlace`): the
    /// waters' words of `PlaceRecogniser.waterWords` without 江 and 海. Foreign rivers are written with 河
    /// (亚马孙河), and the seas newswire names are dictionary names (加勒比海): after a run of transliteration
    /// characters 江 and 海 end a Chinese word or name more often than a foreign feature.
    static let landscapeWords = PlaceRecogniser.waterWords.filter { $0 != "江" && $0 != "海" }
    static let landscapeSuffixes = ScalarSet(landscapeWords)

    /// The run `r` and the level word right after it, when they read as one foreign place: the level word
    /// starts no office title (市长) or longer word (区别), the run is not itself a common word or cut
    /// from one, and no known place already covers it (a known foreign place that is exactly the run may
    /// take its level word).
    func levelPlace(_ view: SentenceView, _ r: Range<Int>) -> Range<Int>? {
        guard r.count >= 2, let level = view.scalar(r.upperBound), TransliteratedNameRecogniser.levelSuffixes.contains(level),
              !view.entryStarts(.title, at: r.upperBound),
              view.commonWordEnd(from: r.upperBound).map({ $0 <= r.upperBound + 1 }) ?? true,
              // A known place exactly the run keeps its level word too when it is foreign (佛罗里达 州).
              !view.entries(.place, startingAt: r.lowerBound).contains(where: {
                  $0.end > r.upperBound || $0.end == r.upperBound && $0.entry.attributes["adcode"] != nil
              }),
              !view.isStopWord(r) else { return nil }
        if let prev = view.scalar(r.lowerBound - 1), ScalarClass.isDigit(prev) { return nil }
        // A landscape word closes only a run that is a name of its own: not one opening on a verb or a
        // function word (提高|香…港, 于|西西里岛), not a known place read whole (地中海|岛), and not where a
        // known place runs across the landscape word (香港, 湖南 in 望京南|湖南路).
        if TransliteratedNameRecogniser.landscapeSuffixes.contains(level) {
            if BreakWords.isBreak(view.text[r.lowerBound])
                || view.hasEntry(.word, startingAt: r.lowerBound, where: { _, id in view.lexicon.entries[id].has("verb") }) { return nil }
            if view.entries(.place, startingAt: r.lowerBound).contains(where: { $0.end == r.upperBound }) { return nil }
            if view.containsMatch(covering: r.upperBound, where: { m in
                m.end - m.start >= 2 && m.entries.contains { view.lexicon.entryKinds[Int($0)] == .place }
            }) { return nil }
        }
        if r.count <= 3 {
            let seg = view.segmentationConflict(r)
            if seg.isWord || seg.crossesLeft { return nil }
        }
        // The level word must not close a word begun inside the run (提高|山区, 北京|赛区), nor the run be
        // two words (提高|山) or the tail of a known place (北|京).
        if let w = view.commonWordStart(to: r.upperBound + 1), w < r.upperBound { return nil }
        if r.count <= 5, isTwoWords(view, r) { return nil }
        if view.containsMatch(covering: r.lowerBound, where: { m in
            m.start < r.lowerBound && m.entries.contains { view.lexicon.entryKinds[Int($0)] == .place }
        }) { return nil }
        return r.lowerBound..<(r.upperBound + 1)
    }

    /// Chinese numerals that make a count of what follows them (八百|多米, 三千|多人). 一 is left out: it
    /// opens words and phrases (一位, 一代) before which a name may stand on its own.
    static let countNumerals: ScalarSet = ["二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "两", "几"]

    /// Verbs that say where something lies (位于 奥卡托纳, 地处 …): their subject and object are places.
    static let siteVerbs: [[Unicode.Scalar]] = ["位于", "地处", "坐落于", "坐落在"].map { Array($0.unicodeScalars) }

    /// Verbs of moving whose object is where one goes or leaves (进入 普里什蒂纳, 飞抵 …): people are met,
    /// visited or accompanied, not entered or reached.
    static let movementVerbs: [[Unicode.Scalar]] = ["进入", "抵达", "到达", "飞抵", "前往", "来到", "途经", "进驻", "攻占", "占领",
                                                    "撤出", "撤离", "飞往", "开往", "驶往", "运往", "迁往", "逃往", "返回"]
        .map { Array($0.unicodeScalars) }

    /// A region or city named right before the run, with nothing between (加州 奥卡托纳, 巴厘岛 库塔):
    /// Chinese writes the larger place first and the smaller one after it, while a person's name after a
    /// place takes a noun or 的 between (加州 州长 …, 巴黎 的 …). A country does not count: results and
    /// line-ups write a player right after the country (美国 塞莱斯).
    func isInsidePlaceBefore(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        view.entries(.place, endingAt: r.lowerBound).contains { hit in
            guard r.lowerBound - hit.start >= 2 else { return false }
            let level = hit.entry.attributes["level"]
            return level == "region" || level == "city" || hit.entry.attributes["adcode"] != nil && level != "country"
        }
    }

    /// Every character of `r` is a state's one-character abbreviation, and the list goes on before the
    /// run (中|俄哈) or a count of states closes it (…五国, …两国, …国).
    static func listsStates(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        guard r.allSatisfy({ DictionaryRecogniser.isCountryAbbreviation(view, at: $0) }) else { return false }
        if DictionaryRecogniser.isCountryAbbreviation(view, at: r.lowerBound - 1) { return true }
        var k = r.upperBound
        while let s = view.scalar(k), PersonNameRecogniser.numerals.contains(s), k - r.upperBound < 2 { k += 1 }
        return view.scalar(k) == "国" && view.commonWordEnd(from: k).map({ $0 <= k + 1 }) ?? true
    }

    /// The run `r` stands against a Latin `vs` (with a space or a full stop allowed) whose other side is a
    /// dictionary organisation or place: a fixture between teams, as `CountryTeamRecogniser` reads it.
    /// Against a person, or an unknown name, the run may be a player (费德勒vs纳达尔) and stays one.
    static func facesATeam(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        // After the run: [space] vs [.] [space] team.
        let k = view.scalar(r.upperBound).map(ScalarClass.isSpace) == true ? r.upperBound + 1 : r.upperBound
        if let mark = CountryTeamRecogniser.fixtureMark(at: k, view), mark.before == r.upperBound,
           view.entryStarts(.organisation, at: mark.after) || view.hasEntry(.place, startingAt: mark.after, where: { e, _ in e - mark.after >= 2 }) {
            return true
        }
        // Before the run: team [space] vs [.] [space]; the mark starts two to four scalars before it.
        for k in stride(from: r.lowerBound - 2, through: r.lowerBound - 4, by: -1) where k >= view.range.lowerBound {
            guard let mark = CountryTeamRecogniser.fixtureMark(at: k, view), mark.after == r.lowerBound else { continue }
            return view.entryEnds(.organisation, at: mark.before)
                || view.hasEntry(.place, endingAt: mark.before, where: { s, _ in mark.before - s >= 2 })
        }
        return false
    }

    /// Words of location written right after a place, never after a person (普里什蒂纳 附近, 巴士拉 以南,
    /// 埃舍德 小镇): its surroundings, its parts and the kind of settlement it is (hand list, general
    /// knowledge of Chinese).
    static let locationWordsAfter: [[Unicode.Scalar]] = ["附近", "一带", "郊区", "市郊", "市区", "境内", "以北", "以南", "以东", "以西",
                                                         "东部", "西部", "南部", "北部", "东北部", "西北部", "东南部", "西南部",
                                                         "地区", "小镇", "小城", "城郊", "港口", "机场"]
        .map { Array($0.unicodeScalars) }

    /// State-level suffixes of foreign places written inside the run (拉贾斯坦邦, 北方邦).
    static let stateSuffixes: ScalarSet = ["邦", "州"]

    /// Whether the context makes the run `r` a place: a place noun in apposition before it (旅游胜地 帕塔亚),
    /// a verb of lying or moving there, a word of location after it (普里什蒂纳 附近), a state suffix closing
    /// it, or 等 + a place class noun after it or after the rest of its enumeration (科连特斯、雷西斯滕西亚
    /// 等大、中城市).
    func readsAsPlace(_ view: SentenceView, _ r: Range<Int>, placeNounBefore: Bool) -> Bool {
        if placeNounBefore { return true }
        if TransliteratedNameRecogniser.siteVerbs.contains(where: { view.hasText($0, at: r.lowerBound - $0.count) || view.hasText($0, at: r.upperBound) }) {
            return true
        }
        if TransliteratedNameRecogniser.movementVerbs.contains(where: { view.hasText($0, at: r.lowerBound - $0.count) }) { return true }
        if TransliteratedNameRecogniser.locationWordsAfter.contains(where: { view.hasText($0, at: r.upperBound) }) { return true }
        if isInsidePlaceBefore(view, r) { return true }
        if r.count >= 4, TransliteratedNameRecogniser.stateSuffixes.contains(view.text[r.upperBound - 1]) { return true }
        var k = r.upperBound
        // Later items of an enumeration of transliterated names (、 between them).
        while view.scalar(k) == "、", let next = view.scalar(k + 1), view.lexicon.isTransliterationChar(next) {
            k += 1
            var n = 0
            while n < 10, let s = view.scalar(k), view.lexicon.isTransliterationChar(s), s != "等" { k += 1; n += 1 }
        }
        guard view.scalar(k) == "等" else { return false }
        // 等 + up to six modifier scalars (大、中, 核试验) + a class noun.
        var j = k + 1
        while j <= k + 7, j < view.range.upperBound {
            if TransliteratedNameRecogniser.placeClassNouns.contains(where: { view.hasText($0, at: j) }) { return true }
            guard let s = view.scalar(j), ScalarClass.isHan(s) || s == "、" else { return false }
            j += 1
        }
        return false
    }

    public init(threshold: Double = 0.6) {
        self.threshold = threshold
    }

    /// The run holds an AABB stretch (许许多多): two characters, each written twice in a row.
    static func holdsReduplicatedPairs(_ view: SentenceView, _ run: Range<Int>) -> Bool {
        guard run.count >= 4 else { return false }
        for k in run.lowerBound...(run.upperBound - 4)
        where view.text[k] == view.text[k + 1] && view.text[k + 2] == view.text[k + 3] && view.text[k] != view.text[k + 2] {
            return true
        }
        return false
    }

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let r = view.range
        var i = r.lowerBound
        // Most sentences hold no name dot: the dotted names' characters are not looked up in them.
        let hasNameDot = r.contains { ScalarClass.isNameDot(view.text[$0]) }
        while i < r.upperBound {
            guard view.lexicon.isTransliterationChar(view.text[i]) || hasNameDot && TransliteratedNameRecogniser.isDottedNameCharacter(view, i, dots: 0) else {
                i += 1
                continue
            }
            // The maximal run, dots allowed between two runs.
            var end = i
            var dots = 0
            while end < r.upperBound {
                let s = view.text[end]
                if view.lexicon.isTransliterationChar(s) || hasNameDot && TransliteratedNameRecogniser.isDottedNameCharacter(view, end, dots: dots) {
                    end += 1
                    continue
                }
                if ScalarClass.isNameDot(s), end + 1 < r.upperBound, end > i,
                   view.lexicon.isTransliterationChar(view.text[end + 1]) || TransliteratedNameRecogniser.dottedNameCharacters.contains(view.text[end + 1]) {
                    dots += 1
                    end += 1
                    continue
                }
                // A dash after a common foreign given name joins its surname as a dot does (汤姆-克鲁斯,
                // 约翰—格伦); elsewhere a dash joins places (莫斯科—圣彼得堡) or ranges.
                if ScalarClass.isNameDash(s), end > i, end + 2 < r.upperBound,
                   view.lexicon.isTransliterationChar(view.text[end + 1]), view.lexicon.isTransliterationChar(view.text[end + 2]),
                   view.entries(.namePart, endingAt: end).contains(where: { $0.start >= i }) {
                    dots += 1
                    end += 1
                    continue
                }
                // The part after a name dot may open on one character outside the table (安德鲁·葛|鲁夫):
                // the dot says the name goes on.
                if ScalarClass.isNameDot(s), end > i, end + 2 < r.upperBound, ScalarClass.isHan(view.text[end + 1]),
                   !BreakWords.isBreak(view.text[end + 1]), view.lexicon.isTransliterationChar(view.text[end + 2]) {
                    dots += 1
                    end += 2
                    continue
                }
                // One character outside the table right before a name dot still belongs to the name (汤姆士·史达福):
                // the dot says the name goes on.
                if end > i, ScalarClass.isHan(s), !BreakWords.isBreak(s), end + 2 < r.upperBound,
                   ScalarClass.isNameDot(view.text[end + 1]), view.lexicon.isTransliterationChar(view.text[end + 2]) {
                    end += 1
                    continue
                }
                // A known foreign person's name begun inside the run carries it past characters outside the
                // transliteration table (马克|思·卢布里克), when a name dot follows it.
                // (A dot must follow within a few characters: the lookup of covering matches is not free.)
                if end > i, ScalarClass.isHan(s), (end + 1..<min(end + 6, r.upperBound)).contains(where: { ScalarClass.isNameDot(view.text[$0]) }),
                   let known = view.furthestEnd(ofMatchesCovering: end, where: { m in
                    m.start >= i && m.end > end && m.end < r.upperBound && ScalarClass.isNameDot(view.text[m.end])
                        && m.entries.contains { view.lexicon.entryKinds[Int($0)] == .person }
                }) {
                    end = known
                    continue
                }
                break
            }
            // Reduplicated pairs (许许多多, 星星点点) intensify a common word: no transliteration repeats
            // two characters each twice in a row.
            if dots == 0, TransliteratedNameRecogniser.holdsReduplicatedPairs(view, i..<end) {
                i = end
                continue
            }
            var runStart = i
            // Nor the last character of a title or common word before it (总理|若斯潘). A word is weaker
            // evidence than a title: it does not cut a name that follows a title (首相|约翰·…, 相约 is a
            // word) nor leave a single character before the name dot (对|比尔·盖茨, 对比 is a word).
            let firstDot = (i..<end).first { ScalarClass.isNameDot(view.text[$0]) }
            while end - runStart > 2 {
                let cut = runStart + 1
                let titleEnds = view.titles.contains { $0.range.lowerBound < runStart && $0.range.upperBound == cut }
                var wordEnds = (view.commonWordStart(to: cut)).map { $0 < runStart } ?? false
                if wordEnds, firstDot.map({ $0 - cut <= 1 }) ?? false { wordEnds = false }
                if wordEnds, view.titles.contains(where: { $0.range.upperBound == runStart }) { wordEnds = false }
                guard titleEnds || wordEnds else { break }
                runStart = cut
            }
            // A run cut out of a known place that begins before it (尼日|利亚奥利塞赫, 日|本雅马哈, 挪|威克朗)
            // starts after that place: the place is read whole before the name.
            // A place ending on the name dot is the name's first part instead (亚历山大·克瓦希涅夫斯基:
            // Alexander): places take no name dot.
            func isPlaceBefore(_ m: Lexicon.Match) -> Bool {
                m.start < runStart && m.end - m.start >= 2 && m.end <= end - 2
                    && m.entries.contains { view.lexicon.entryKinds[Int($0)] == .place }
            }
            if let placeEnd = view.furthestEnd(ofMatchesCovering: runStart, where: isPlaceBefore), placeEnd > runStart {
                if ScalarClass.isNameDot(view.text[placeEnd]),
                   let place = view.matches(covering: runStart).first(where: { isPlaceBefore($0) && $0.end == placeEnd }) {
                    runStart = place.start
                } else {
                    runStart = placeEnd
                }
            }
            // A dotless run opening with a whole country of three or more characters and going on for two
            // more (巴勒斯坦|伊斯兰抵抗运动) reads the country first: names do not begin with one. Short
            // countries (马里, 乍得) open too many names to count, except before exactly one common word
            // (古巴|法律, 缅甸|政府): a name does not spell a word of the list after a state.
            if dots == 0, view.entryStarts(.place, at: runStart) {
                var longEnd = runStart, shortEnd = runStart
                func isCountry(_ id: Int) -> Bool { view.lexicon.entries[id].attributes["level"] == "country" }
                _ = view.hasEntry(.place, startingAt: runStart) { e, id in
                    if e - runStart >= 3, end - e >= 2, e > longEnd, isCountry(id) { longEnd = e }
                    if e - runStart == 2, end - e >= 2, isCountry(id), view.hasEntry(.word, startingAt: e, where: { we, _ in we == end }) { shortEnd = e }
                    return false
                }
                runStart = longEnd > runStart ? longEnd : shortEnd
            }
            // Nor does a name end on a whole country of three or more characters (连|保加利亚, 和|阿尔巴尼亚):
            // what stands before the country is read apart from it.
            if dots == 0 {
                var countryStart = end
                _ = view.hasEntry(.place, endingAt: end) { s, id in
                    if s > runStart, end - s >= 3, s < countryStart, view.lexicon.entries[id].attributes["level"] == "country" { countryStart = s }
                    return false
                }
                if countryStart < end { end = countryStart }
            }
            // A foreign state, province, county or city written with its Chinese level word (俄亥俄 州,
            // 肯特 郡, 塔科马 市): the whole run and the level are one place name. Read before the run is
            // trimmed: the trims judge a run followed by other words, not by its level word.
            if dots == 0, let place = levelPlace(view, runStart..<end) {
                candidates.append(Candidate(range: place, type: .place, canonical: view.string(place),
                                            rule: "pattern:transliterated-place", confidence: 0.8))
                i = place.upperBound
                continue
            }
            // A known person's name after the run's last dot ends the run, even past characters outside the
            // transliteration table (拉吉夫·甘|地): the run keeps that ending whole.
            if let lastDot = (runStart..<end).last(where: { ScalarClass.isNameDot(view.text[$0]) }),
               let known = view.entries(.person, startingAt: lastDot + 1).map(\.end).max(), known > end {
                end = known
            }
            let endsWithKnownPerson = view.entries(.person, endingAt: end).contains { $0.start > runStart }
            // A run does not swallow the first character of the common word after it (费尔南德斯|多次).
            // A word the text reads past (达瓦买提|出席: 提出 is cut by 出席, which runs further and is cut by
            // nothing) does not count; where that longer word is cut in turn (海滩|地区 over 滩地) it does.
            // The character given back opens that word, so it is no place suffix either (萨莫拉诺|门前: 门 of
            // 门前, "in front of the goal", not a gate's name); a water's or a mountain's word still is (某某|海滩:
            // the beach is the place's).
            var gaveBackWordStart = false
            while !endsWithKnownPerson, end - runStart > 2, ScalarClass.isHan(view.text[end - 1]), let e = view.commonWordEnd(from: end - 1), e > end,
                  !TransliteratedNameRecogniser.isReadPast(view, word: (end - 1)..<e) {
                end -= 1
                gaveBackWordStart = true
            }
            // Nor a verb after it written in the same characters (威廉希尔|提高, 拉莫斯|达成): a dotless run of
            // five or more that ends on a two-character verb of the word list ends before the verb.
            if !endsWithKnownPerson, dots == 0, end - runStart >= 5,
               view.hasEntry(.word, startingAt: end - 2, where: { e, id in e == end && view.lexicon.entries[id].has("verb") }) {
                end -= 2
            }
            // Nor a function word after it (鲁宾|在, 哈比比|和): a name rarely ends in one.
            while !endsWithKnownPerson, end - runStart > 2, BreakWords.isBreak(view.text[end - 1]) { end -= 1 }
            // Nor ends on a name dot once trimmed (拉吉夫·|甘地 cut back must not leave 拉吉夫·).
            while end - runStart > 1, ScalarClass.isNameDot(view.text[end - 1]) { end -= 1; dots -= 1 }
            // A known person followed by one stray character (克林顿|派) is that person.
            if let known = view.entries(.person, startingAt: runStart).first(where: { $0.end == end - 1 && $0.end - runStart >= 2 }) {
                end = known.end
            }
            defer { i = max(end, runStart + 1) }
            // Propose the run and its suffixes that start after a dot or right after a non-name scalar.
            let length = end - runStart - dots
            guard length >= 2 else { continue }
            if view.isStopWord(runStart..<end) { continue }
            // After a number the run is a quantity and its unit (500多平方米, 3万多, 八千八百|多米高), not a name.
            if let prev = view.scalar(runStart - 1), ScalarClass.isDigit(prev) || TransliteratedNameRecogniser.countNumerals.contains(prev) { continue }
            // Ordinary words are written with the same characters (努力, 叶子, 西方): a short run that is a
            // common word, or cuts one, is that word.
            // A common foreign surname or given name (琼斯, 米勒, 约翰) is a name even where a word list
            // also holds it, and even as two characters.
            let namePart = view.hasEntry(.namePart, spanning: runStart..<end)
            if length <= 3, !namePart {
                let seg = view.segmentationConflict(runStart..<end)
                if seg.isWord || seg.crossesLeft || seg.crossesRight { continue }
            }
            // Nor is a dotless run that splits into two common words (努力|提高, 平方米|内).
            if dots == 0, length <= 5, isTwoWords(view, runStart..<end) { continue }
            var c = 0.3 + 0.08 * Double(min(length, 6)) + (dots > 0 ? 0.3 : 0)
            c += PersonNameRecogniser.leftContext(view, runStart) * 1.2
            c += PersonNameRecogniser.rightContext(view, runStart, end)
            if namePart { c += 0.1 } else if length == 2 { c -= 0.2 }
            // Transliterated place names look the same: a place suffix after the run (布达拉宫, 喜马拉雅山)
            // or a locative before it (在科索沃, 赴波斯尼亚) says place, not person.
            // An office title spelled from a body's suffix (部|长, 院|长) is the person's title after a name of
            // three or more characters or a known name part (达尼洛夫 部长): a ministry or an academy is named
            // by a common word, not by a transliteration. Two characters are too often a function word and
            // a surname (当|马 局长).
            let suffixOpensWord = gaveBackWordStart && end - runStart - dots >= 3 && !PlaceRecogniser.waterAndMountainWords.contains(view.text[end])
                && view.entries(.placeSuffix, startingAt: end).allSatisfy { $0.end == end + 1 }
            if view.entryStarts(.placeSuffix, at: end) && !suffixOpensWord
                || view.entryStarts(.orgSuffix, at: end) && !(view.entryStarts(.title, at: end) && (length >= 3 || namePart)) { continue }
            if let next = view.scalar(end), PersonNameRecogniser.geographicSuffixes.contains(next),
               !view.entryStarts(.title, at: end) { continue }
            if let prev = view.scalar(runStart - 1), TransliteratedNameRecogniser.locatives.contains(prev) { c -= 0.35 }
            // A demonym or language (加泰罗尼亚人, 斯瓦希里语) is made from a place name, and a place noun in
            // apposition before the run (城市哈斯科沃, 首都金沙萨) introduces a place.
            if let next = view.scalar(end), TransliteratedNameRecogniser.placeDerivations.contains(next) { continue }
            // A run that context makes a place is proposed as one, and not as a person; a shorter or
            // dotted run after a place noun stays a weaker person reading.
            let placeNounBefore = TransliteratedNameRecogniser.placeNouns.contains { view.hasText($0, at: runStart - $0.count) }
            if dots == 0, length >= 3, readsAsPlace(view, runStart..<end, placeNounBefore: placeNounBefore) {
                // A known place starting inside the run and running past it ends the name (圣菲|波哥大),
                // unless the run is a known place itself or the longer place cuts the word after it
                // (德黑兰|考察, not 德黑|兰考|察).
                let runIsPlace = view.hasEntry(.place, spanning: runStart..<end)
                let placeEnd = runIsPlace ? end : (runStart + 1..<end).flatMap { k in view.entries(.place, startingAt: k).map(\.end) }
                    .filter { e in e > end && !(view.commonWordEnd(from: e - 1).map { $0 > e } ?? false) }.max() ?? end
                candidates.append(Candidate(range: runStart..<placeEnd, type: .place, canonical: view.string(runStart..<placeEnd),
                                            rule: "pattern:transliterated-place", confidence: 0.8))
                continue
            }
            if placeNounBefore { c -= 0.35 }
            // A known place starting inside the run and running past it (许多|美国人) cuts the run: no
            // name ends inside a place, which the dictionary reads whole.
            if (runStart + 1..<end).contains(where: { k in
                view.entries(.place, startingAt: k).contains { $0.end > end && $0.end - k >= 2 }
            }) { continue }
            // A run of states' one-character abbreviations that goes on from one before it or closes with a
            // count of states (中|俄哈吉塔|五国) lists the states; no name is made of them.
            if dots == 0, TransliteratedNameRecogniser.listsStates(view, runStart..<end) { continue }
            // One side of a fixture whose other side is a club or a place (卡斯特罗维达vs切尔西) is a team.
            if TransliteratedNameRecogniser.facesATeam(view, runStart..<end) {
                candidates.append(Candidate(range: runStart..<end, type: .organisation, canonical: view.string(runStart..<end),
                                            rule: "pattern:fixture-team", confidence: 0.7))
                continue
            }
            guard c >= threshold else { continue }
            candidates.append(Candidate(range: runStart..<end, type: .person, canonical: view.string(runStart..<end),
                                        rule: "pattern:transliterated-name", confidence: min(c, 0.85)))
        }
    }
}
