/// Streets named by no dictionary place, read from what only a street has: a house number (解放路1号,
/// 人民路一百号), a junction with another street (人民路与建设路交叉口), or a direction after the dictionary
/// place it is named for (南京东路).
///
/// Why not every name before 路: 路 ends common words (思路, 出路, 马路) and phrases (回家路, 人生路) far more
/// often than a street's name, and a street's name is often a common word itself (解放路, 人民路, 建设路),
/// so the characters alone prove nothing. The number, the junction and the direction do.
public struct StreetRecogniser: Recogniser {
    public init() {}

    /// Longest name before the street's suffix.
    static let maxName = 4

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound, hi = view.range.upperBound
        for k in (lo + 2)..<max(lo + 2, hi) {
            guard let suffixEnd = StreetRecogniser.suffixEnd(view, at: k) else { continue }
            // A direction between a dictionary place and the suffix (南京 东 路).
            if StreetRecogniser.directions.contains(view.text[k - 1]) {
                for (start, _) in PlaceRecogniser.namedPlaces(view, endingAt: k - 1)
                    where !view.segmentationConflict(start..<(k - 1)).crossesLeft {
                    candidates.append(Candidate(range: start..<suffixEnd, type: .place, canonical: view.string(start..<suffixEnd),
                                                rule: "pattern:street-direction", confidence: 0.85))
                }
            }
            // The cheap tests of what follows the suffix first: most suffix characters (大 above all) have
            // neither a number nor a junction after them, and need no name.
            let numbered = StreetRecogniser.houseNumberEnd(view, at: suffixEnd) != nil
            guard numbered || view.scalar(suffixEnd).map(StreetRecogniser.joints.contains) == true
                    || StreetRecogniser.opensJunction(view, at: suffixEnd),
                  let start = StreetRecogniser.nameStart(view, suffixStart: k) else { continue }
            if numbered || StreetRecogniser.junctionPartner(view, start: start, suffixEnd: suffixEnd) {
                candidates.append(Candidate(range: start..<suffixEnd, type: .place, canonical: view.string(start..<suffixEnd),
                                            rule: "pattern:street-address", confidence: 0.8))
            }
        }
    }

    /// The end of a street suffix starting at `k` (路, 街, 大街, 大道, 巷), longest first.
    static func suffixEnd(_ view: SentenceView, at k: Int) -> Int? {
        guard k < view.range.upperBound, suffixFirsts.contains(view.text[k]) else { return nil }
        for s in suffixes where view.hasText(s, at: k) { return k + s.count }
        return nil
    }

    /// The road suffixes of `PlaceRecogniser`, longest first.
    static let suffixes: [[Unicode.Scalar]] = PlaceRecogniser.roadSuffixNames.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// The first characters of the suffixes, asked before any suffix is spelled out.
    static let suffixFirsts = ScalarSet(suffixes.compactMap(\.first))

    /// Directions that split a long street into its sections (南京东路, 人民南路).
    static let directions: ScalarSet = ["东", "西", "南", "北", "中"]

    /// The longest clean name of two to four name characters before the suffix: it starts after the
    /// sentence's start, a break character or a common word (家住|解放路), and no common word runs into it
    /// from the left (住 of 家住 opens no name).
    static func nameStart(_ view: SentenceView, suffixStart: Int) -> Int? {
        let lo = view.range.lowerBound
        var best: Int?
        var s = suffixStart
        while s > lo, suffixStart - s < maxName, BreakWords.isNameBody(view.text[s - 1]), !ScalarClass.isDigit(view.text[s - 1]) {
            s -= 1
            guard suffixStart - s >= 2, !view.segmentationConflict(s..<suffixStart).crossesLeft else { continue }
            if s == lo || !BreakWords.isNameBody(view.text[s - 1]) || view.commonWordStart(to: s) != nil { best = s }
        }
        // A dictionary place of two or more characters opening the name is the city the street is in
        // (北京|金融大街): the name starts after it, leaving two characters or more.
        if let b = best, let p = view.entries(.place, startingAt: b).map(\.end).filter({ $0 - b >= 2 && $0 <= suffixStart - 2 }).max() { return p }
        return best
    }

    /// The end of a house number right after a street (1号, 一百零八号, 36弄), or nil.
    static func houseNumberEnd(_ view: SentenceView, at i: Int) -> Int? {
        var j = i
        while j < view.range.upperBound, j - i < 6,
              ScalarClass.isDigit(view.text[j]) || PersonNameRecogniser.numerals.contains(view.text[j]) { j += 1 }
        guard j > i, let unit = view.scalar(j), unit == "号" || unit == "弄" else { return nil }
        return j + 1
    }

    /// The street is one of two joined by a conjunction before a word of junction (人民路 与 建设路 交叉口):
    /// the other street's suffix ends right before the junction word, or this one's does and the other
    /// stands before the conjunction.
    static func junctionPartner(_ view: SentenceView, start: Int, suffixEnd: Int) -> Bool {
        // This street first: a conjunction, the other street's name and suffix, a junction word.
        if let c = view.scalar(suffixEnd), joints.contains(c) {
            var k = suffixEnd + 1
            while k < view.range.upperBound, k - suffixEnd - 1 < maxName, BreakWords.isNameBody(view.text[k]) {
                k += 1
                if k - suffixEnd - 1 >= 2, let e = self.suffixEnd(view, at: k), opensJunction(view, at: e) { return true }
            }
        }
        // This street second: a suffix and a conjunction right before its name, a junction word after it.
        guard opensJunction(view, at: suffixEnd), start - 1 > view.range.lowerBound, joints.contains(view.text[start - 1]) else { return false }
        let before = start - 1
        return suffixes.contains { s in before - s.count >= view.range.lowerBound && view.hasText(s, at: before - s.count) }
    }

    /// What joins two streets at a junction (与, 和, 、).
    static let joints: ScalarSet = ["与", "和", "、", "同", "及"]

    /// Words of a junction after the second street (交叉口, 交汇处, 路口, 十字路口).
    static func opensJunction(_ view: SentenceView, at i: Int) -> Bool {
        junctionWords.contains { view.hasText($0, at: i) }
    }

    static let junctionWords: [[Unicode.Scalar]] = ["交叉口", "交叉路口", "交汇处", "交会处", "交界处", "十字路口", "路口", "口"]
        .map { Array($0.unicodeScalars) }
}
