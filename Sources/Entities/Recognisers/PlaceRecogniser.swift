/// Places composed of a name and a place suffix (下白石镇, 宁海村, 翔安大道, 泉州大桥), chained along
/// administrative sequences so that 福安市下白石镇宁海村 yields 福安市, 下白石镇 and 宁海村, each its own span.
///
/// A composed place directly after a known place (dictionary or composed) is well supported; one
/// after a boundary needs a strong suffix (镇 乡 村 县 街道 …) and a two- or three-character name.
public struct PlaceRecogniser: Recogniser {
    public init() {}

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        proposeNumberedRoads(in: view, into: &candidates)
        proposeTrunkLines(in: view, into: &candidates)
        proposeRoadSectionEnds(in: view, into: &candidates)
        proposeSpecialRegion(in: view, into: &candidates)
        proposeIntercardinalRegions(in: view, into: &candidates)
        let lo = view.range.lowerBound
        // Where a place ends: dictionary places first; composed ones are added as the scan goes right.
        var placeEnds = Set<Int>()
        // Not one opening with a count's measure word (11个|旧改小区: 个旧 anchors no 改小区).
        for m in view.matches where m.end - m.start >= 2 && !DictionaryRecogniser.isCountedClassifier(view, at: m.start) {
            if m.entries.contains(where: { view.lexicon.entryKinds[Int($0)] == .place }) { placeEnds.insert(m.end) }
        }
        var suffixes: [(range: Range<Int>, strength: Int)] = []
        for m in view.matches {
            for ei in m.entries where view.lexicon.entryKinds[Int(ei)] == .placeSuffix {
                suffixes.append((m.start..<m.end, view.lexicon.strength(ofEntry: Int(ei))))
            }
        }
        suffixes.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Where an administrative suffix ends (罗溪镇|, 永宁镇|): the next name in a chain starts there
        // and never takes the suffix as its first character (镇沙堤村).
        var adminSuffixEnds = Set<Int>()
        // A level character that only ends a common word (城|市) ends no unit before a facility (城市产业
        // 会客厅); before another level it still does (全市|街道 is no street office's name).
        var wordTailEnds = Set<Int>()
        for (suffix, _) in suffixes where PlaceRecogniser.isAdministrative(view, suffix) {
            adminSuffixEnds.insert(suffix.upperBound)
            if PlaceRecogniser.isWordTail(view, suffix) { wordTailEnds.insert(suffix.upperBound) }
        }
        // Only dictionary places and administrative composed places stop a name: a place composed
        // with a landscape suffix (罗溪 from 溪) may be the name of the town after it (罗溪镇).
        var stops = placeEnds
        // A foreign city right after a Chinese unit's level character (静海县|大邱|庄镇) is a chance string
        // in the name of the next link: it stops nothing.
        for m in view.matches where m.end - m.start >= 2 && adminSuffixEnds.contains(m.start) && stops.contains(m.end) {
            let foreign = m.entries.allSatisfy { ei in
                let e = view.lexicon.entries[Int(ei)]
                return e.kind != .place || (e.attributes["in"].map { $0 != "中国" } ?? false)
            }
            if foreign && m.entries.contains(where: { view.lexicon.entryKinds[Int($0)] == .place }) { stops.remove(m.end) }
        }
        // Where the landscape word of a feature named after its place stands (海南|岛): no name of a unit
        // chained after the place opens there (海南|岛四面环海 is the island and a clause).
        var featureWords = Set<Int>()
        for (suffix, strength) in suffixes {
            // Name characters before the suffix, at most 4.
            var nameStart = suffix.lowerBound
            // A village may be named after a former village (高村|村 in 虎邱镇高村村): its name then ends
            // with 村 itself.
            let villageOfVillage = view.string(suffix) == "村" && suffix.lowerBound > lo && view.text[suffix.lowerBound - 1] == "村"
            let facility = PlaceRecogniser.isFacility(view, suffix)
            // A foreign name spelled in transliteration characters runs longer (加泰罗尼亚 自治区).
            let longest = PlaceRecogniser.isTransliterationRun(view, max(lo, suffix.lowerBound - 4)..<suffix.lowerBound) ? 6 : 4
            while nameStart > lo, suffix.lowerBound - nameStart < longest,
                  !stops.contains(nameStart) || villageOfVillage && nameStart == suffix.lowerBound,
                  !adminSuffixEnds.contains(nameStart) || villageOfVillage && nameStart == suffix.lowerBound
                    || facility && wordTailEnds.contains(nameStart) {
                if BreakWords.isNameBody(view.text[nameStart - 1]) {
                    nameStart -= 1
                } else if let w = BreakWords.nameWordStart(in: view.text, before: nameStart, limit: suffix.lowerBound, lowerBound: lo),
                          suffix.lowerBound - w <= 4 {
                    // A name word holding a break character (向阳乡, 和平村) is read whole.
                    nameStart = w
                } else {
                    break
                }
            }
            // Before the suffix's own tests, which drop a suffix that ends a place begun before it: 浦江
            // across 黄浦|江 is a chance string there.
            if nameStart == suffix.lowerBound, let range = PlaceRecogniser.landscapeNamedAfterPlace(view, suffix) {
                candidates.append(Candidate(range: range, type: .place, canonical: view.string(range),
                                            rule: "pattern:place-landscape", confidence: 0.76))
                featureWords.insert(suffix.lowerBound)
            }
            guard isPlausibleSuffix(view, suffix, nameStart: nameStart, placeEnds: placeEnds) else { continue }
            // The tail of a longer place suffix (新|城, 新|区) leaves the name to that suffix.
            if PlaceRecogniser.endsALongerSuffix(view, suffix) { continue }
            let administrative = PlaceRecogniser.isAdministrative(view, suffix)
            let road = PlaceRecogniser.isRoad(view, suffix)
            // A one-character suffix other than an administrative level that starts a common word running
            // on is that word's head (沿海|城市, not 沿海城): administrative levels keep their office words
            // (市民, 村民) apart through the title and chain rules.
            if suffix.count == 1, !administrative, !road, let e = view.commonWordEnd(from: suffix.lowerBound), e > suffix.upperBound,
               !view.entryStarts(.title, at: suffix.lowerBound) { continue }
            // A dictionary place renamed by a lower administrative level (永宁 → 永宁镇, 凤阳 → 凤阳村), or a
            // county by a county-level city (吴江 → 吴江市).
            // A foreign city or region written with its Chinese level word (维也纳市, 布宜诺斯艾利斯省).
            let foreignLevel = nameStart == suffix.lowerBound && PlaceRecogniser.foreignLevels.contains(view.text, suffix)
            let lowAdministrative = PlaceRecogniser.isLowAdministrative(view, suffix)
            if administrative || foreignLevel, nameStart == suffix.lowerBound, lowAdministrative || foreignLevel {
                for (start, entry) in PlaceRecogniser.namedPlaces(view, endingAt: suffix.lowerBound) {
                    // A foreign place is located in its country and has no Chinese administrative code.
                    let foreign = foreignLevel && entry.attributes["in"] != nil && entry.attributes["adcode"] == nil
                    // A county-level unit written as a county-level city (吴江市, 萧山市: many were cities before
                    // they became districts, and many counties became cities), which the dictionary may list
                    // only under its present level.
                    let countyCity = suffix.count == 1 && view.text[suffix.lowerBound] == "市" && entry.attributes["level"] == "county"
                    guard foreign || (lowAdministrative || countyCity) && suffix.lowerBound - start <= 3 else { continue }
                    // A place already ending in the level character (寿县|县城) takes no second one.
                    if view.text[suffix.lowerBound - 1] == view.text[suffix.lowerBound] { continue }
                    let range = start..<suffix.upperBound
                    let seg = view.segmentationConflict(range)
                    if seg.crossesRight && !PlaceRecogniser.opensAWordAboutTheUnit(view, range, suffix: suffix)
                        && !PlaceRecogniser.repeatsTheLevel(view, suffix) && !PlaceRecogniser.levelYieldsToTheWordAfter(view, range, suffix: suffix)
                        || view.isStopWord(range) { continue }
                    candidates.append(Candidate(range: range, type: .place, canonical: view.string(range),
                                                rule: "pattern:place-relevel", confidence: foreign ? 0.85 : 0.76))
                    placeEnds.insert(suffix.upperBound)
                    stops.insert(suffix.upperBound)
                }
            }
            if facility {
                proposeFacility(view, suffix, nameStart: nameStart, placeEnds: placeEnds, confidence: 0.8, into: &candidates)
            } else if PlaceRecogniser.isZone(view, suffix) {
                // A zone outweighs its city and a zone of the same name read apart (泉州 + 台商投资区):
                // zones are named after their city, not chained below it as a district is.
                proposeFacility(view, suffix, nameStart: nameStart, placeEnds: placeEnds, confidence: 0.85, into: &candidates)
            }
            if road {
                proposeRoadNamedAfterPlace(view, suffix, into: &candidates)
            }
            // A number names a village or a neighbourhood of its place (城关镇三村); before a county, city
            // or province it counts them (闽东九县).
            let numberable = PlaceRecogniser.numberedSuffixes.contains(view.text, suffix)
            for start in nameStart..<suffix.lowerBound {
                let nameLength = suffix.lowerBound - start
                let numberedUnit = numberable && nameLength == 1 && placeEnds.contains(start)
                guard nameLength >= 1, !featureWords.contains(start),
                      isPlausibleName(view, start..<suffix.lowerBound, countOfPlace: numberedUnit) else { continue }
                // A reduplicated character is a phrase (山山水水, 村村通), not a name and its suffix.
                if nameLength == 1, suffix.count == 1, view.text[start] == view.text[suffix.lowerBound] { continue }
                // A known organisation is no place name (厦门民盟 盟员: 民盟 + 盟 is not a league).
                if view.hasEntry(.organisation, spanning: start..<suffix.lowerBound) { continue }
                let anchored = placeEnds.contains(start)
                let plainBoundary = start == lo || ScalarClass.isBoundary(view.text[start - 1]) || BreakWords.isBreak(view.text[start - 1])
                // A township or village may also follow a word written whole (离开|白湖乡, 如今|陇穷村), where
                // its level character opens no longer level word (新一轮|乡镇).
                let afterWord = !plainBoundary && PlaceRecogniser.isTownship(view, suffix) && PlaceRecogniser.followsAWord(view, start)
                    && !view.entries(.placeSuffix, startingAt: suffix.lowerBound).contains(where: { $0.end > suffix.upperBound })
                let atBoundary = plainBoundary || afterWord
                var c: Double
                // A district is never named by one character after its place: 扩|区, 入|区 after a zone are
                // verbs on the zone (扩区 "extend the zone"); villages (王村) and towns are.
                if anchored, nameLength == 1, suffix.count == 1, view.text[suffix.lowerBound] == "区" { continue }
                // A direction after a place before a street's suffix (南京|东|路) names a section of the street
                // named after the place, which `StreetRecogniser` reads whole: no name opens with that section
                // (东路|步行街, 西路交叉|口).
                if anchored, StreetRecogniser.directions.contains(view.text[start]), StreetRecogniser.suffixEnd(view, at: start + 1) != nil { continue }
                // Nor is a river, sea, lake, island or mountain, or their waters and areas (乌苏|里江, 青岛|远海,
                // 平潭|外海域): a water or a mountain after its place is named with the place (黄浦江) or by a
                // name of its own (鼓浪屿).
                if anchored, nameLength == 1, PlaceRecogniser.waterAndMountainWords.contains(view.text[suffix.lowerBound]) { continue }
                if anchored {
                    c = 0.6 + 0.08 * Double(strength) - (nameLength == 1 ? 0.15 : 0)
                } else if PlaceRecogniser.isSubjectAndMotion(view, start..<suffix.lowerBound, suffix) {
                    // A subject and a verb of going there (干部|下|村, 工作队|进|村): a clause, no name.
                    continue
                } else if start > lo, DictionaryRecogniser.isCountedClassifier(view, at: start - 1) {
                    // Counted (一个|小山村, 两座|新城), the place is one of a kind, not named.
                    continue
                } else if PlaceRecogniser.closedLevels.contains(view.text, suffix) {
                    // China's provinces are all in the dictionary, and a foreign one is written after its
                    // country: an unanchored name before 省 is a phrase (贷得|省, 全国|省级).
                    continue
                } else if atBoundary && nameLength >= 2
                            && (nameLength <= 3 && (strength >= 3 || PlaceRecogniser.isTownship(view, suffix)
                                                    || PlaceRecogniser.isVillageEnding(view, suffix))
                                || (facility || road) && PlaceRecogniser.isVenueSite(view, start, nameLength: nameLength)
                                || PlaceRecogniser.isResidentialCompound(view, start..<suffix.lowerBound, suffix)
                                    && (PlaceRecogniser.isVenueSite(view, start, nameLength: nameLength) || PlaceRecogniser.residentsFollow(view, suffix))) {
                    // A village needs a name of its own: after a common word 村 is the generic noun
                    // (力量下沉|村（社区）) and 堡 a word's head (桥头|堡). A family's name is a village's own
                    // (刘家 村, 王家 庄).
                    // After a verb, a common word before the suffix makes a kind of place (发展|小城镇).
                    if view.string(suffix) == "村" || afterWord || PlaceRecogniser.isVillageEnding(view, suffix),
                       view.commonWordEnd(from: start) == suffix.lowerBound,
                       !PlaceRecogniser.isFamilyName(view, start..<suffix.lowerBound) { continue }
                    c = 0.58
                } else {
                    continue
                }
                let range = start..<suffix.upperBound
                if view.isStopWord(range) { continue }
                // A longer suffix read whole (湿地|公园 is the suffix 湿地公园) names a kind of place, not one.
                if !anchored, view.entries(.placeSuffix, startingAt: start).contains(where: { $0.end == range.upperBound }) { continue }
                // A landscape name holds no verb (进出|岛, 重现碧|海, 谱写跨|岛, 全面推行|河): that is a clause
                // about the place. Townships and roads often do (前进镇, 前进路), so only landscape.
                if !administrative, !road, !facility, (start..<suffix.lowerBound).contains(where: { k in
                    view.hasEntry(.word, startingAt: k) { end, id in end <= suffix.lowerBound && view.lexicon.entries[id].has("verb") }
                }) { continue }
                // 街道 is also "the streets": after a verb of work on them (打扫|街道, 义务清扫|街道) it is the
                // verb's object, not a subdistrict's name.
                if PlaceRecogniser.isStreetsAsObject(view, start..<suffix.lowerBound, suffix) { continue }
                // A stretch of a river (长江|中下游|地区, 黄河|上游|地区) describes a region by its course; it
                // names none.
                if PlaceRecogniser.courseParts.contains(view.text, start..<suffix.lowerBound) { continue }
                // A composed place does not cut a common word at either edge (金融市|场, 市|场汇市) and is
                // not one itself (西南|地区).
                let seg = view.segmentationConflict(range)
                if seg.crossesLeft || seg.isWord || seg.crossesRight && !PlaceRecogniser.repeatsTheLevel(view, suffix)
                    && !PlaceRecogniser.levelYieldsToTheWordAfter(view, range, suffix: suffix) { continue }
                candidates.append(Candidate(range: range, type: .place, canonical: view.string(range),
                                            rule: anchored ? "pattern:place-chain" : "pattern:name-place-suffix",
                                            confidence: min(c, 0.85)))
                if c >= 0.6 || administrative {
                    placeEnds.insert(suffix.upperBound)
                    if administrative { stops.insert(suffix.upperBound) }
                }
            }
        }
    }

    /// A facility named after the place it serves keeps that place in its name: 德黑兰机场, 广元火车站,
    /// 北京图书大厦, 长江三桥, 厦门生物医药港; so does a development zone (厦门保税区, 苏州新区). Roads and
    /// administrative units are not facilities: 南京路 in 上海 and 鼓楼区 in 福州市 stay separate names.
    private func proposeFacility(_ view: SentenceView, _ suffix: Range<Int>, nameStart: Int, placeEnds: Set<Int>,
                                 confidence: Double, into candidates: inout [Candidate]) {
        // 城 of 县城 (a county's seat) after a county's name is that word, not a facility of the county.
        if suffix.count == 1, view.commonWordStart(to: suffix.upperBound) == suffix.lowerBound - 1,
           suffix.lowerBound - 1 >= view.range.lowerBound, PlaceRecogniser.levelCharacters.contains(view.text[suffix.lowerBound - 1]) { return }
        for start in nameStart...suffix.lowerBound where start == suffix.lowerBound || placeEnds.contains(start) {
            if start < suffix.lowerBound, !isPlausibleName(view, start..<suffix.lowerBound) { continue }
            for (placeStart, _) in PlaceRecogniser.namedPlaces(view, endingAt: start) {
                let range = placeStart..<suffix.upperBound
                let seg = view.segmentationConflict(range)
                if seg.crossesLeft || seg.crossesRight || view.isStopWord(range) { continue }
                candidates.append(Candidate(range: range, type: .place, canonical: view.string(range),
                                            rule: "pattern:place-facility", confidence: confidence))
            }
        }
    }

    /// A road named after a place keeps the place in its name (南京路, 翔安大道, 长安街): the dictionary
    /// place right before the road suffix starts it. The suffix may begin a word of position after the
    /// name (南京路上, 中山路口): that word is about the road, not a reason to drop it.
    private func proposeRoadNamedAfterPlace(_ view: SentenceView, _ suffix: Range<Int>, into candidates: inout [Candidate]) {
        for (placeStart, _) in PlaceRecogniser.namedPlaces(view, endingAt: suffix.lowerBound) {
            let range = placeStart..<suffix.upperBound
            let seg = view.segmentationConflict(range)
            if seg.crossesLeft || view.isStopWord(range) { continue }
            if seg.crossesRight, !(view.scalar(range.upperBound).map(PlaceRecogniser.roadPositions.contains) ?? false) { continue }
            candidates.append(Candidate(range: range, type: .place, canonical: view.string(range),
                                        rule: "pattern:place-road", confidence: 0.8))
        }
    }

    /// Roads and streets: named after a place (南京路), or after a venue preposition (在韶山路).
    static let roadSuffixNames = ["路", "大道", "大街", "街", "巷"]
    static let roadSuffixes = nameKeys(roadSuffixNames)

    static func isRoad(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        roadSuffixes.contains(view.text, suffix)
    }

    /// Words of position that begin with a road's last character (路上, 路口, 街边, 路段); not 街头 or
    /// 街道, where 街 is the streets of the place (成都街头).
    static let roadPositions: ScalarSet = ["上", "口", "边", "旁", "段"]

    /// Suffixes of named facilities and venues (not roads, not administrative units, not landscape).
    ///
    /// The suffix tables are sets of `NameKey`: they are asked about every suffix of every sentence, and
    /// a `Set<String>` normalised each Chinese suffix to hash it (the answers are the same).
    static let facilitySuffixes = nameKeys([
        "机场", "國際機場", "国际机场", "機場", "火车站", "火車站", "车站", "車站", "高铁站", "高鐵站", "站", "大厦", "大廈",
        "大桥", "大橋", "桥", "橋", "广场", "廣場", "公园", "公園", "码头", "碼頭", "隧道", "城", "港", "花园", "花園",
        "产业园", "產業園", "工业园", "工業園", "园区", "園區",
        // Venues (虹口体育馆, 香港展览中心, 北京音乐厅): named after their district or city as often as a
        // station is.
        "体育馆", "體育館", "体育场", "體育場", "体育中心", "體育中心", "展览中心", "展覽中心", "会展中心", "會展中心",
        "会议中心", "會議中心", "大剧院", "大劇院", "剧场", "劇場", "音乐厅", "音樂廳",
        // A city's showcase hall (城市会客厅): a venue, not the 会 of an association.
        "会客厅", "會客廳",
    ])

    /// Suffixes of development zones and new areas (苏州新区, 厦门保税区, 宁波高新区): named after their city
    /// as a facility is, one place with the city's name in it.
    static let zoneSuffixes = nameKeys(["新区", "开发区", "高新区", "保税区", "自贸区", "试验区", "示范区", "合作区", "投资区", "工业区", "经济区", "片区",
                                        "经济技术开发区", "经济开发区", "高新技术产业开发区", "经开区", "综合保税区", "保税港区",
                                        "出口加工区", "自由贸易试验区", "综合实验区"])

    static func isZone(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        zoneSuffixes.contains(view.text, suffix)
    }

    static func nameKeys(_ names: [String]) -> ScalarWordSet { ScalarWordSet(names) }

    /// A surname and 家 (刘家, 王家): a family, after which villages are named (刘家村) and which opens
    /// three-character names (王家瑞).
    static func isFamilyName(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        r.count == 2 && view.text[r.lowerBound + 1] == "家" && view.lexicon.surnameRank(view.text[r.lowerBound]) > 0
    }

    static func isFacility(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        facilitySuffixes.contains(view.text, suffix)
    }

    /// Numbered highways are named by class, number and 线: 国道324线, 省道S207线, 县道X012线. The
    /// number alone (国道324) is a reference, not the name, so 线 is required.
    private func proposeNumberedRoads(in view: SentenceView, into candidates: inout [Candidate]) {
        // 道 second is the cheap test, asked inline of every character; the rest only where it holds.
        let hi = view.range.upperBound
        for i in view.range where i + 1 < hi && view.text[i + 1] == "道" {
            guard let end = PlaceRecogniser.numberedRoadEnd(view, from: i) else { continue }
            candidates.append(Candidate(range: i..<end, type: .place, canonical: view.string(i..<end),
                                        rule: "pattern:numbered-road", confidence: 0.8))
        }
    }

    /// The end of the numbered highway that starts at `i` (class, 道, an optional letter, up to four
    /// digits, 线), or nil.
    static func numberedRoadEnd(_ view: SentenceView, from i: Int) -> Int? {
        let hi = view.range.upperBound
        guard i + 3 < hi, view.text[i + 1] == "道", roadClasses.contains(view.text[i]) else { return nil }
        var k = i + 2
        if k < hi, ScalarClass.isASCIILetter(view.text[k]) { k += 1 }
        let digitsStart = k
        while k < hi, k - digitsStart < 4, ScalarClass.isDigit(view.text[k]) { k += 1 }
        guard k > digitsStart, k < hi, view.text[k] == "线" else { return nil }
        return k + 1
    }

    static let roadClasses: ScalarSet = ["国", "省", "县", "乡"]

    /// A section of a road given in brackets by its two ends (长江大道(东湖路-青山路段), 湖滨路（县后路至
    /// 金尚路段）): notices of road works name each end by the road or junction it meets, so each end is a
    /// place even where its name is known nowhere else. The bracket must follow a road's suffix and close
    /// on 段; an end must be a short name with a road or junction suffix.
    private func proposeRoadSectionEnds(in view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound, hi = view.range.upperBound
        let text = view.text
        var open = lo + 2
        while open < hi - 6 {
            defer { open += 1 }
            let c = text[open]
            guard c == "(" || c == "（", view.entries(.placeSuffix, endingAt: open).contains(where: {
                PlaceRecogniser.sectionRoadSuffixes.contains(text, $0.start..<open)
            }) else { continue }
            let closing: Unicode.Scalar = view.text[open] == "(" ? ")" : "）"
            guard let close = ((open + 1)..<min(hi, open + 24)).first(where: { view.text[$0] == closing }),
                  close - open >= 6, view.text[close - 1] == "段",
                  let joint = ((open + 2)..<(close - 2)).first(where: { PlaceRecogniser.sectionJoints.contains(view.text[$0]) })
            else { continue }
            let ends = [(open + 1)..<joint, (joint + 1)..<(close - 1)]
            guard ends.allSatisfy({ PlaceRecogniser.isRoadSectionEnd(view, $0) }) else { continue }
            for end in ends {
                candidates.append(Candidate(range: end, type: .place, canonical: view.string(end),
                                            rule: "pattern:road-section-end", confidence: 0.75))
            }
        }
    }

    /// The suffixes of the road a bracketed section follows, and of the roads and junctions that end it.
    static let sectionRoadSuffixes = nameKeys(["路", "大道", "大街", "街", "公路", "高速", "大桥", "隧道"])
    static let sectionEndSuffixes = nameKeys(["路", "大道", "大街", "街", "立交", "立交桥", "互通", "桥", "大桥", "隧道", "路口"])
    /// What joins the two ends: a dash or 至/到 ("to").
    static let sectionJoints: ScalarSet = ["-", "—", "－", "–", "~", "～", "至", "到"]

    /// Two to six Han characters closed by a road or junction suffix, with a name of at least one
    /// character before it (县后 立交, 东湖 路).
    static func isRoadSectionEnd(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        guard (2...6).contains(r.count), r.allSatisfy({ ScalarClass.isHan(view.text[$0]) && !BreakWords.isBreak(view.text[$0]) }) else { return false }
        return (1..<r.count).contains { k in sectionEndSuffixes.contains(view.text, (r.lowerBound + k)..<r.upperBound) }
    }

    /// The start of the numbered highway (国道205线, 省道S207线) that ends at `end`, or nil, for the
    /// recognisers that meet the road at its end: one of the few starts a road that long could have.
    static func numberedRoadStart(_ view: SentenceView, endingAt end: Int) -> Int? {
        guard end - view.range.lowerBound >= 4, view.text[end - 1] == "线" else { return nil }
        return (max(view.range.lowerBound, end - 8)...(end - 4)).first { numberedRoadEnd(view, from: $0) == end }
    }

    /// A province's region named by an intercardinal direction (鄂西北, 闽西北, 湘东南): a dictionary region of
    /// two characters ending in 东 or 西 (鄂西, 闽西) and 北 or 南 right after it, which opens no common word
    /// there (鄂西|北部: 北部 "the northern part" is a word, and the region stays 鄂西).
    private func proposeIntercardinalRegions(in view: SentenceView, into candidates: inout [Candidate]) {
        for m in view.matches where m.end - m.start == 2 && m.end < view.range.upperBound {
            let last = view.text[m.end - 1], next = view.text[m.end]
            guard last == "东" || last == "西", next == "北" || next == "南",
                  m.entries.contains(where: { view.lexicon.entryKinds[Int($0)] == .place && view.lexicon.entries[Int($0)].attributes["level"] == "region" }),
                  (view.commonWordEnd(from: m.end) ?? m.end + 1) <= m.end + 1,
                  !view.hasEntry(.place, startingAt: m.start, where: { e, _ in e > m.end }) else { continue }
            let range = m.start..<(m.end + 1)
            candidates.append(Candidate(range: range, type: .place, canonical: view.string(range),
                                        rule: "pattern:intercardinal-region", confidence: 0.9))
        }
    }

    /// 特区 on its own before one of the region's institutions (特区政府, 特区行政长官, 特区立法会) is the
    /// special administrative region of the report (Hong Kong or Macao), a place, as 香港特区 is. Not
    /// where it ends a longer word (经济特区) or a place (香港特区: the dictionary reads that whole).
    private func proposeSpecialRegion(in view: SentenceView, into candidates: inout [Candidate]) {
        var i = view.range.lowerBound
        while i + 4 <= view.range.upperBound {
            defer { i += 1 }
            guard view.text[i] == "特", view.hasText(PlaceRecogniser.specialRegion, at: i),
                  PlaceRecogniser.regionInstitutions.contains(where: { view.hasText($0, at: i + 2) }),
                  view.commonWordStart(to: i + 2).map({ $0 >= i }) ?? true,
                  !view.hasEntry(.place, endingAt: i + 2, where: { s, _ in s < i }) else { continue }
            candidates.append(Candidate(range: i..<(i + 2), type: .place, canonical: "特区",
                                        rule: "pattern:special-region", confidence: 0.75))
        }
    }

    static let specialRegion: [Unicode.Scalar] = Array("特区".unicodeScalars)
    /// The institutions of a special administrative region (general knowledge of the Basic Laws).
    static let regionInstitutions: [[Unicode.Scalar]] = ["政府", "行政长官", "立法会", "终审法院", "筹委会", "区旗", "护照"]
        .map { Array($0.unicodeScalars) }

    /// Trunk railways and expressways are named by the short forms of their two ends (京九铁路, 陇海铁路,
    /// 沪宁高速公路, 青藏铁路): two characters, at least one a province's one-character short form, before
    /// 铁路, 高速公路, 高速铁路 or 铁路线, or two provinces' short forms before 公路 (川藏公路). Two characters
    /// that make a common word and no place (地方铁路; 京沪 is both, a word and the pair 京 + 沪) or a
    /// construction verb (新建|铁路, 修通|铁路) describe a line, not name one.
    private func proposeTrunkLines(in view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound, hi = view.range.upperBound
        var i = lo + 2
        while i + 2 <= hi {
            defer { i += 1 }
            guard view.text[i] == "铁" || view.text[i] == "高" || view.text[i] == "公",
                  let line = PlaceRecogniser.trunkLineWords.first(where: { view.hasText($0, at: i) }) else { continue }
            let start = i - 2
            let a = view.text[start], b = view.text[start + 1]
            // A highway (公路) is named so only by two provinces (川藏公路, 青藏公路): one province and a
            // character describe a road (京郊公路).
            let bothProvinces = view.text[i] == "公"
            guard ScalarClass.isHan(a), ScalarClass.isHan(b), !BreakWords.isBreak(a), !BreakWords.isBreak(b),
                  bothProvinces ? PlaceRecogniser.isProvinceShortForm(view, start) && PlaceRecogniser.isProvinceShortForm(view, start + 1)
                    : PlaceRecogniser.isProvinceShortForm(view, start) || PlaceRecogniser.isProvinceShortForm(view, start + 1),
                  !PlaceRecogniser.constructionVerbs.contains(b), !PlaceRecogniser.constructionVerbs.contains(a),
                  !view.hasEntry(.word, spanning: start..<i) || view.hasEntry(.place, spanning: start..<i) else { continue }
            // The two characters start a name: no common word runs into them from the left.
            if let ws = view.commonWordStart(to: start + 1), ws < start { continue }
            if start > lo, let e = view.commonWordEnd(from: start - 1), e > start { continue }
            let range = start..<(i + line.count)
            candidates.append(Candidate(range: range, type: .place, canonical: view.string(range),
                                        rule: "pattern:trunk-line", confidence: 0.8))
        }
    }

    static let trunkLineWords: [[Unicode.Scalar]] = ["高速铁路", "高速公路", "铁路线", "铁路", "公路"].map { Array($0.unicodeScalars) }

    /// The character at `k` is a province's one-character short form in the place dictionary (京, 沪, 陇).
    static func isProvinceShortForm(_ view: SentenceView, _ k: Int) -> Bool {
        view.hasEntry(.place, startingAt: k) { e, id in e == k + 1 && view.lexicon.entries[id].attributes["level"] == "province" }
    }

    /// Verbs of building a line (新建 铁路, 修通 铁路): the characters before the line then describe it.
    static let constructionVerbs: ScalarSet = ["建", "修", "筑", "通", "铺", "改", "扩", "造", "架"]

    /// The suffix is not the last character of a name that begins before it (门 of 厦门, 庄 of a person
    /// 庄志嘉 after a title is the surname, not a village suffix).
    /// Nor is a one-character suffix the tail of a common word (乡 of 侨乡, 村 of 乡村 in 实施乡村振兴).
    ///
    /// A dictionary place that ends with a township's or county's level word is no such name where the
    /// text is read through it (南平|镇 over 平镇, 梁河县|河西乡 over 西乡): a place ends right before the
    /// level word, or a higher unit of the chain ends before the lower unit's name.
    private func isPlausibleSuffix(_ view: SentenceView, _ suffix: Range<Int>, nameStart: Int, placeEnds: Set<Int>) -> Bool {
        // 村村 ("every village") is a word, but X村村 is a village named after X村.
        let villageOfVillage = view.string(suffix) == "村" && suffix.lowerBound - 1 > view.range.lowerBound
            && view.text[suffix.lowerBound - 1] == "村" && BreakWords.isNameBody(view.text[suffix.lowerBound - 2])
        if !villageOfVillage, PlaceRecogniser.isWordTail(view, suffix) { return false }
        let lowAdministrative = PlaceRecogniser.isLowAdministrative(view, suffix)
        for m in view.matches where m.start < suffix.lowerBound && m.end > suffix.lowerBound && m.end <= suffix.upperBound {
            for e in m.entries {
                let kind = view.lexicon.entryKinds[Int(e)]
                guard kind == .place || kind == .person || kind == .organisation || kind == .title else { continue }
                if kind == .place, lowAdministrative,
                   PlaceRecogniser.isReadThrough(view, m.start, suffix: suffix, nameStart: nameStart, placeEnds: placeEnds) { continue }
                return false
            }
        }
        return true
    }

    /// A river, lake, sea, bay, harbour or island named after the place it belongs to (黄浦江, 海南岛,
    /// 厦门湾, 泰国湾): a dictionary place of two or more characters right before a one-character landscape
    /// word. The place is no feature itself and does not end in a level character or in the landscape word
    /// (南海|岛, 西湖|湖畔); the landscape word starts no longer word, place or body (广东|江门, 日本|海啸,
    /// 青岛|海尔); no word runs across the place's left edge. Nil otherwise.
    static func landscapeNamedAfterPlace(_ view: SentenceView, _ suffix: Range<Int>) -> Range<Int>? {
        guard suffix.count == 1, suffix.lowerBound - 2 >= view.range.lowerBound, landscapeAfterPlace.contains(view.text[suffix.lowerBound]),
              !endsALongerSuffix(view, suffix),
              !levelCharacters.contains(view.text[suffix.lowerBound - 1]),
              view.text[suffix.lowerBound - 1] != view.text[suffix.lowerBound],
              (view.commonWordEnd(from: suffix.lowerBound) ?? suffix.upperBound) <= suffix.upperBound,
              !view.hasEntry(.place, startingAt: suffix.lowerBound, where: { end, _ in end > suffix.upperBound }),
              !view.hasEntry(.organisation, startingAt: suffix.lowerBound, where: { end, _ in end > suffix.upperBound })
        else { return nil }
        for (start, entry) in namedPlaces(view, endingAt: suffix.lowerBound).sorted(by: { $0.start < $1.start }) {
            let level = entry.attributes["level"] ?? ""
            if featureLevels.contains(level) { continue }
            // A country names its seas, gulfs and islands (日本海, 泰国湾), a province its island (海南岛);
            // neither names a river or a lake (法国|湖区, 云南|山高路远 are other words).
            if level == "country", !countryFeatureWords.contains(view.text[suffix.lowerBound]) { continue }
            if level == "province", view.text[suffix.lowerBound] != "岛" { continue }
            let range = start..<suffix.upperBound
            // A dictionary place that starts before this one and ends with the landscape word is the reading;
            // one that starts inside it (浦江 in 黄浦|江) is a chance string.
            if view.segmentationConflict(range).crossesLeft || view.isStopWord(range)
                || view.hasEntry(.place, endingAt: suffix.upperBound, where: { s, _ in s < start }) { continue }
            return range
        }
        return nil
    }

    /// The levels of geographic features in the dictionary, which are no places a feature is named after.
    static let featureLevels: Set<String> = ["island", "lake", "mountain", "ocean", "planet", "river", "sea"]

    /// The landscape words of waters, which a place's own feature is named with (黄浦江, 厦门湾, 天津港,
    /// 香港岛).
    static let waterWords = "江河湖海湾港岛"
    /// The words a feature named after its place ends with: the waters, not 山 (a mountain has a name of
    /// its own, 鼓山, and a place + 山 is mostly other words).
    static let landscapeAfterPlace = ScalarSet(waterWords)
    /// The landscape words of waters and mountains, which no one-character name after a place takes.
    static let waterAndMountainWords = ScalarSet(waterWords + "山")
    /// The features a country names (日本海, 泰国湾, 俄罗斯岛).
    static let countryFeatureWords: ScalarSet = ["海", "湾", "岛"]

    /// A one-character suffix that is the last character of a longer place suffix (城 of 新城, 馆 of 体育馆).
    static func endsALongerSuffix(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        suffix.count == 1 && view.hasEntry(.placeSuffix, endingAt: suffix.upperBound) { s, _ in s < suffix.lowerBound }
    }

    /// The dictionary places of two or more scalars ending at `end` that can name what follows them: not
    /// one opening with a count's measure word (11个|旧改小区 holds no 个旧).
    static func namedPlaces(_ view: SentenceView, endingAt end: Int) -> [(start: Int, entry: LexiconEntry)] {
        view.entries(.place, endingAt: end).filter { end - $0.start >= 2 && !DictionaryRecogniser.isCountedClassifier(view, at: $0.start) }
    }

    /// A one-character suffix that ends a common word begun before it (城|市, 城市产业会客厅) is that word's
    /// last character, not a level or landscape word. A word that begins inside a known place ending right
    /// before the suffix (中山|路 over 山路, 盐城|市 over 城市) is a chance string across the place's edge:
    /// the place and its suffix are the reading.
    static func isWordTail(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard suffix.count == 1, let p = view.commonWordStart(to: suffix.upperBound), p < suffix.lowerBound else { return false }
        return !endsALongerSuffix(view, suffix)
            && !view.hasEntry(.place, endingAt: suffix.lowerBound, where: { s, _ in s < p && suffix.lowerBound - s >= 2 })
    }

    /// The dictionary place starting at `placeStart` and ending with `suffix` is cut on its left: another
    /// dictionary place ends right before the suffix (南平 in 南平|镇, cutting 平镇), or an administrative
    /// unit ends where a name of two or more characters before the suffix begins, inside which the place
    /// starts (梁河县 before 河西|乡, cutting 西乡).
    static func isReadThrough(_ view: SentenceView, _ placeStart: Int, suffix: Range<Int>, nameStart: Int, placeEnds: Set<Int>) -> Bool {
        if view.hasEntry(.place, endingAt: suffix.lowerBound, where: { s, _ in s < placeStart }) { return true }
        guard nameStart < placeStart, suffix.lowerBound - nameStart >= 2, placeEnds.contains(nameStart) else { return false }
        return view.entries(.placeSuffix, endingAt: nameStart).contains { e in
            administrativeSuffixes.contains(view.text, e.start..<nameStart)
        }
    }

    /// A word that begins with the level character of a renamed place and speaks of that unit (青浦县|境内,
    /// 永宁镇|上, 凤阳村|民): the level word is the place's, the word's head follows it. Words that take
    /// the level as an adjective or a collective (县域, 县级, 乡镇, 乡村) are not. Hand list, general
    /// knowledge of Chinese.
    static func opensAWordAboutTheUnit(_ view: SentenceView, _ range: Range<Int>, suffix: Range<Int>) -> Bool {
        for k in range where k != suffix.lowerBound {
            if let e = view.commonWordEnd(from: k), e > range.upperBound { return false }
        }
        guard let e = view.commonWordEnd(from: suffix.lowerBound), e == suffix.upperBound + 1 else { return false }
        return unitWords.contains(view.text, suffix.lowerBound..<e)
    }

    /// The level character is written twice, the second opening a word of its own (宁海村|村民, 小溪镇|镇政府,
    /// 白湖乡|乡长): the reduplicated word the word list holds (村村 "every village") is not read there.
    static func repeatsTheLevel(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        guard suffix.count == 1, view.scalar(suffix.upperBound) == view.text[suffix.lowerBound],
              view.commonWordEnd(from: suffix.lowerBound) == suffix.upperBound + 1 else { return false }
        let next = suffix.upperBound
        return (view.commonWordEnd(from: next) ?? next) > next + 1 || view.entryStarts(.title, at: next) || view.entryStarts(.body, at: next)
    }

    /// The level character opens only a two-character word (乡|农, 区|位) while the characters after it
    /// open a longer one (农民, 位于): the longer word is the reading (白沙乡农民, 新城区位于), as a
    /// segmenter's maximal match would have it, and the level ends the place. A body or an office after
    /// the level (乡|党委, 任乡党委书记) is left to the organisation and title rules. Not where the level
    /// ends a word begun in the name, or follows another level or 城 (小城镇|定居 is a kind of place and
    /// 定居; 城镇 is no name's end).
    static func levelYieldsToTheWordAfter(_ view: SentenceView, _ range: Range<Int>, suffix: Range<Int>) -> Bool {
        guard suffix.count == 1, suffix.upperBound == range.upperBound, levelCharacters.contains(view.text[suffix.lowerBound]),
              view.commonWordStart(to: suffix.upperBound) == nil, suffix.lowerBound > range.lowerBound,
              !levelCharacters.contains(view.text[suffix.lowerBound - 1]), view.text[suffix.lowerBound - 1] != "城",
              view.commonWordEnd(from: suffix.lowerBound) == suffix.upperBound + 1,
              let after = view.commonWordEnd(from: suffix.upperBound), after > suffix.upperBound + 1,
              !view.entryStarts(.body, at: suffix.upperBound), !view.entryStarts(.title, at: suffix.upperBound) else { return false }
        for k in range where k != suffix.lowerBound {
            if let e = view.commonWordEnd(from: k), e > range.upperBound { return false }
        }
        return true
    }

    static let unitWords = nameKeys(["县城", "县境", "县里", "县上", "县志", "镇上", "镇里", "镇子", "乡里", "乡间", "乡民",
                                     "村民", "村里", "村口", "村头", "村外", "村边", "村上", "村子"])

    /// A place name holds no office title, cue verb or locative preposition (驻 在 到 赴). It is not a
    /// count (六县, 南方八省, 十四个地区, 18个乡镇) and not a relative part of a larger place (南部城市,
    /// 北部部分地区, 南部山区), which newswire leaves unnamed. `countOfPlace` admits one numeral right after a
    /// place (闽东九县: the counties of 闽东), which the visit linker walks over to reach the place
    /// (闽东九县调研行 → 闽东).
    private func isPlausibleName(_ view: SentenceView, _ name: Range<Int>, countOfPlace: Bool = false) -> Bool {
        if !countOfPlace, name.contains(where: { PlaceRecogniser.isCountScalar(view.text[$0]) })
            && (name.allSatisfy({ PlaceRecogniser.isCountScalar(view.text[$0]) }) || name.contains(where: { view.text[$0] == "个" })
                || PlaceRecogniser.isCountScalar(view.text[name.upperBound - 1])) {
            return false
        }
        // A count of rounds, batches or kinds inside the name (新一轮|乡镇, 第二批|试点村) is a phrase, not a
        // name; distances (三里屯, 十里铺) stay names.
        for k in name where k > name.lowerBound && PlaceRecogniser.countedUnits.contains(view.text[k])
            && PlaceRecogniser.isCountScalar(view.text[k - 1]) { return false }
        for k in name where k > name.lowerBound && view.text[k] == "部" {
            if PlaceRecogniser.partLeads.contains(view.text[k - 1]) { return false }
        }
        // A name word read whole (向阳 of 向阳乡, 和平 of 和平村) holds no cue or preposition.
        let wordEnd = BreakWords.nameWordEnd(in: view.text, from: name.lowerBound, limit: name.upperBound) ?? name.lowerBound
        for k in name where k >= wordEnd {
            if view.entryStarts(.title, at: k) || view.entryStarts(.personCue, at: k) { return false }
            if PlaceRecogniser.locatives.contains(view.text[k]) { return false }
        }
        return true
    }

    /// Suffixes of the administrative hierarchy, which chain (洛江区罗溪镇钟山村).
    static let administrativeSuffixes = nameKeys(["省", "市", "县", "区", "镇", "乡", "村", "街道", "社区", "自治州", "自治县", "地区", "新区"])
    /// The levels that rename a dictionary name of another level: townships and villages named after a
    /// county (永宁镇 beside 永宁县), and the counties named after their prefecture or a former county
    /// (邢台县 beside 邢台市, 青浦县 before it became 青浦区).
    static let lowAdministrativeSuffixes = nameKeys(["县", "镇", "乡", "村", "街道", "社区"])

    /// Levels whose every Chinese unit the dictionary lists: no unanchored name composes one.
    static let closedLevels = nameKeys(["省"])

    /// Suffixes a number may name (三村, 二组): the units below a township.
    static let numberedSuffixes = nameKeys(["村", "组", "社区", "街道", "队"])

    /// Level words newswire adds to foreign cities and regions that the dictionary lists bare; 县 names
    /// the county of a foreign city (巴尔的摩县).
    static let foreignLevels = nameKeys(["市", "省", "州", "县"])

    static func isAdministrative(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        administrativeSuffixes.contains(view.text, suffix)
    }

    static func isLowAdministrative(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        lowAdministrativeSuffixes.contains(view.text, suffix)
    }

    /// A common word ends right before `start` (words hold two or more characters), and no word runs
    /// across it.
    static func followsAWord(_ view: SentenceView, _ start: Int) -> Bool {
        guard view.commonWordStart(to: start) != nil else { return false }
        if let e = view.commonWordEnd(from: start - 1), e > start { return false }
        return true
    }

    /// The name before 街道 ends with a verb word that is either a hand-listed verb of work on or movement
    /// along the streets (打扫 清扫 走上), or one after a word qualifying it (义务|打扫, 每天|清理): subdistricts
    /// are named by places and slogans (前进街道, 解放街道), never by a qualified verb.
    static func isStreetsAsObject(_ view: SentenceView, _ name: Range<Int>, _ suffix: Range<Int>) -> Bool {
        guard view.hasText(streets, at: suffix.lowerBound), suffix.count == streets.count else { return false }
        var verbStart: Int?
        _ = view.hasEntry(.word, endingAt: name.upperBound) { s, id in
            if s >= name.lowerBound, view.lexicon.entries[id].has("verb") { verbStart = min(verbStart ?? s, s) }
            return false
        }
        guard let v = verbStart else { return false }
        return v > name.lowerBound || streetObjectVerbs.contains(view.text, v..<name.upperBound)
    }

    static let streets: [Unicode.Scalar] = Array("街道".unicodeScalars)

    /// Verbs whose object 街道 is "the streets" (hand list, general knowledge of Chinese).
    static let streetObjectVerbs = ScalarWordSet(["打扫", "清扫", "清理", "清洗", "冲洗", "整治", "美化", "绿化", "硬化",
                                                  "拓宽", "占用", "走上", "走遍", "走过", "穿过", "封锁", "巡逻"])

    /// The stretches of a river's course (hand list, general knowledge of Chinese).
    static let courseParts = ScalarWordSet(["上游", "中游", "下游", "中下游", "上中游", "中上游", "入海口", "源头"])

    /// Four characters or more, every one a transliteration character.
    static func isTransliterationRun(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        r.count >= 4 && r.allSatisfy { view.lexicon.isTransliterationChar(view.text[$0]) }
    }

    /// 镇, 乡 and 村 name townships and villages after a two- or three-character name even with no place
    /// before them (（陈埭镇仙石村）, 在高升镇, 到下叔村).
    static func isTownship(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        let s = view.string(suffix)
        return s == "镇" || s == "乡" || s == "村"
    }

    /// The endings of village names in the north and west (王家庄, 李家屯, 张家堡, 马家寨): at a boundary a
    /// name of two or three characters before one is a village, as before 村; a word it ends (村庄, 山庄,
    /// 城堡, 山寨) is no name, as 乡村 is none, nor is a common word before it (桥头|堡).
    static func isVillageEnding(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        suffix.count == 1 && villageEndings.contains(view.text[suffix.lowerBound])
    }

    static let villageEndings: ScalarSet = ["庄", "屯", "堡", "寨"]

    /// The name before a township or village is a common word of two or more characters and a verb of
    /// going there (干部 下 村, 工作队 进 村, 专家 到 乡): newswire's phrase for officials visiting the unit.
    static func isSubjectAndMotion(_ view: SentenceView, _ name: Range<Int>, _ suffix: Range<Int>) -> Bool {
        guard isTownship(view, suffix), name.count >= 3, motionVerbs.contains(view.text[name.upperBound - 1]) else { return false }
        return view.hasEntry(.word, endingAt: name.upperBound - 1, where: { s, _ in s == name.lowerBound })
    }

    /// Verbs of going to a township or village (下乡, 进村, 到村, 驻村, 回乡).
    static let motionVerbs: ScalarSet = ["下", "进", "到", "驻", "入", "回", "返", "赴", "去"]

    /// X部 is a part of a place, not a name: 东部 西部 南部 北部 中部, 大部, 局部, 全部.
    static let partLeads: ScalarSet = ["东", "西", "南", "北", "中", "大", "局", "全"]

    /// Numerals and counting words: a name made of them, or ending in one, is a count (三省, 第二村).
    static func isCountScalar(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isDigit(c) || countScalars.contains(c)
    }

    static let countScalars: ScalarSet = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "两", "几", "个", "数", "多"]

    /// Measure words of rounds, batches, times and kinds (not of distance): a count of them names no place.
    static let countedUnits: ScalarSet = ["轮", "批", "次", "届", "期", "种", "项", "类"]

    /// The level characters of administrative units (县城, 市区 begin with one).
    static let levelCharacters: ScalarSet = ["省", "市", "县", "区", "镇", "乡", "村"]

    /// Prepositions of place before a venue (在团结大厦举办, 到人民广场).
    static let venueLeads: ScalarSet = ["在", "于", "到", "至", "从"]

    /// A facility or road name of two to four characters starting at `start` stands where a venue is
    /// named: after a venue preposition (在团结大厦), or after a conjunction that follows another facility
    /// (在五通灯塔公园和团结大厦: the second venue of a pair).
    static func isVenueSite(_ view: SentenceView, _ start: Int, nameLength: Int) -> Bool {
        guard nameLength <= 4, start > view.range.lowerBound else { return false }
        let prev = view.text[start - 1]
        if venueLeads.contains(prev) { return true }
        guard listConjunctions.contains(prev) else { return false }
        return view.entries(.placeSuffix, endingAt: start - 1).contains { e in
            facilitySuffixes.contains(view.text, e.start..<(start - 1))
        }
    }

    /// A residential compound (小区) has a name of up to four characters of its own, often a developer's
    /// brand (金色家园小区): one no dictionary knows, so the name needs a venue's lead before it (在, 走进)
    /// or the compound's residents after it (小区居民, 小区业主). Two characters before 小区 are mostly a
    /// description (老旧小区, 新建小区), so the name has three or four, and opens with no word that
    /// describes a compound (老旧住宅小区, 拆迁安置小区) or counts them (全市各小区). Words from a hand list.
    static func isResidentialCompound(_ view: SentenceView, _ name: Range<Int>, _ suffix: Range<Int>) -> Bool {
        (3...4).contains(name.count) && suffix.count == compound.count && view.hasText(compound, at: suffix.lowerBound)
            && view.commonWordEnd(from: name.lowerBound) != name.upperBound
            && !view.startsAny(compoundDescriptions, at: name.lowerBound)
    }

    static let compoundDescriptions: [[Unicode.Scalar]] = ["老旧", "新建", "在建", "安置", "拆迁", "回迁", "保障", "商品", "住宅", "封闭",
                                                          "开放", "高档", "普通", "城中", "农村", "城市", "全市", "全区", "各个", "多个",
                                                          "周边", "附近", "这些", "该", "各", "本", "多", "全"]
        .map { Array($0.unicodeScalars) }

    static let compound: [Unicode.Scalar] = Array("小区".unicodeScalars)

    /// The people of a compound named right after it.
    static let residents: [[Unicode.Scalar]] = ["居民", "业主", "住户", "物业"].map { Array($0.unicodeScalars) }

    static func residentsFollow(_ view: SentenceView, _ suffix: Range<Int>) -> Bool {
        view.startsAny(residents, at: suffix.upperBound)
    }

    /// What joins two items of a list: of venues, and of programmes (`ProgrammeRecogniser`).
    static let listConjunctions: ScalarSet = ["和", "与", "及", "、"]

    static let locatives: ScalarSet = ["驻", "赴", "往", "经", "自", "向", "沿", "近", "过"]
}
