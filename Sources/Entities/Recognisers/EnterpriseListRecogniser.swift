/// Enterprises listed by their short names before 等 and the word for what they are (宏发、金顺、星海等
/// 一批民营企业, 鼎新、四通星海等国内软件厂商): the head noun says the items are companies.
///
/// Why a pattern: business news lists firms by the short names it used a paragraph earlier, which no
/// dictionary holds; the list shape and the head are the whole evidence, so both are strict:
/// - two items or more, joined by 、, each of two to four Han characters with no function word (的 和
///   在), no count (三家; 四通 is a name) and no demonstrative at its start;
/// - the first item starts at punctuation, the sentence start or a word that introduces examples (包括,
///   如, 像); an item the text does not delimit so is left out;
/// - 等 closes the list, and within eight characters after it, with no punctuation or 的 between, comes
///   a head noun of companies (企业, 公司, 厂商, 厂家, 集团, 品牌) that opens no longer word (企业家,
///   企业界); 等 followed by a word of places or people (等地, 等国, 等人) ends no company list;
/// - two items or more are names no other reading claims or known organisations: ordinary words alone
///   (钢铁、水泥等企业) list trades; with such names around them they are names too (阳光). A known
///   place is never proposed. Items that all open on one character (小炼焦、小炼铁) are parallel kinds.
public struct EnterpriseListRecogniser: Recogniser {
    public init() {}

    /// Head nouns of companies after 等 (hand list, general knowledge of Chinese business reporting).
    static let heads: [[Unicode.Scalar]] = ["企业", "公司", "厂商", "厂家", "集团", "品牌", "商家"].map { Array($0.unicodeScalars) }

    /// Words that introduce examples before a list.
    static let leads: [[Unicode.Scalar]] = ["包括", "例如", "比如", "诸如", "如", "像"].map { Array($0.unicodeScalars) }

    /// Characters that, right after 等, make the list one of places, states or people (等地, 等国, 等省市).
    static let nonCompanyAfterDeng: ScalarSet = ["地", "国", "省", "市", "县", "城", "区", "人", "部", "项", "方"]

    /// Function words no short name holds (BreakWords is wider: 正 and 同 open brands, 正泰, 同仁堂).
    static let functionWords: ScalarSet = ["的", "在", "是", "了", "和", "与", "及", "或", "等", "我", "你", "他", "她", "它", "们", "这", "那", "把", "被"]

    /// Measure words after a numeral that make a count, not a name (三家, 几个, 两种).
    static let counters: ScalarSet = ["个", "家", "种", "类", "名", "位", "批", "些", "项", "所", "座", "大"]

    /// Words opening with 国 that qualify companies, not states (等国内厂商, 等国有企业).
    static let domestic: [[Unicode.Scalar]] = ["国内", "国有", "国营"].map { Array($0.unicodeScalars) }

    /// The longest stretch between 等 and the head noun.
    static let maxFiller = 8

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        let r = view.range
        var d = r.lowerBound + 5
        while d < r.upperBound - 2 {
            defer { d += 1 }
            guard view.text[d] == "等", headFollows(view, after: d) else { continue }
            // The items, right to left.
            var items: [Range<Int>] = []
            var end = d
            while true {
                var start = end
                while start > r.lowerBound, end - start < 5, ScalarClass.isHan(view.text[start - 1]), view.text[start - 1] != "、",
                      !opensAfterLead(view, start) { start -= 1 }
                guard (2...4).contains(end - start) else { break }
                let delimited = start > r.lowerBound && view.text[start - 1] == "、"
                guard delimited || start == r.lowerBound || !ScalarClass.isHan(view.text[start - 1]) || opensAfterLead(view, start),
                      isPlausibleItem(view, start..<end) else { break }
                items.append(start..<end)
                guard delimited else { break }
                end = start - 1
            }
            guard items.count >= 2 else { continue }
            // Items opening on one character (小炼焦、小炼铁、小化工等土小企业) are parallel kinds, not names.
            if items.allSatisfy({ view.text[$0.lowerBound] == view.text[items[0].lowerBound] }) { continue }
            // The list is one of companies when two items or more are names no other reading claims, or
            // known organisations: ordinary words alone (钢铁、水泥等企业) list trades. Ordinary words are then
            // names too (阳光); known places never are, and known organisations are already read.
            func isWord(_ item: Range<Int>) -> Bool {
                view.commonWordEnd(from: item.lowerBound) == item.upperBound || view.hasEntry(.word, spanning: item)
            }
            let known = items.filter { view.hasEntry(.organisation, spanning: $0) }
            let free = items.filter { !isWord($0) && !view.hasEntry(.place, spanning: $0) && !view.hasEntry(.organisation, spanning: $0) }
            guard known.count + free.count >= 2 else { continue }
            for item in items where !view.hasEntry(.place, spanning: item) && !view.hasEntry(.organisation, spanning: item) {
                candidates.append(Candidate(range: item, type: .organisation, canonical: view.string(item),
                                            rule: "pattern:enterprise-list", confidence: 0.92))
            }
        }
    }

    /// A word that introduces examples ends right before `start` (包括|宏发).
    private func opensAfterLead(_ view: SentenceView, _ start: Int) -> Bool {
        EnterpriseListRecogniser.leads.contains { start - $0.count >= view.range.lowerBound && view.hasText($0, at: start - $0.count) }
    }

    /// A head noun of companies within `maxFiller` characters after 等 at `d`, with no punctuation, 的
    /// or word of places or people between.
    private func headFollows(_ view: SentenceView, after d: Int) -> Bool {
        let first = d + 1
        guard first < view.range.upperBound else { return false }
        // 国 of 国内 and 国有 (等国内厂商) is no list of states.
        if EnterpriseListRecogniser.nonCompanyAfterDeng.contains(view.text[first]),
           !EnterpriseListRecogniser.domestic.contains(where: { view.hasText($0, at: first) }) { return false }
        var k = first
        while k < view.range.upperBound, k - first <= EnterpriseListRecogniser.maxFiller {
            let c = view.text[k]
            guard ScalarClass.isHan(c), c != "的" else { return false }
            for head in EnterpriseListRecogniser.heads where view.hasText(head, at: k) {
                // Not the first characters of a longer word (企业家, 企业界, 公司法).
                if let e = view.commonWordEnd(from: k), e > k + head.count { return false }
                return true
            }
            k += 1
        }
        return false
    }

    /// Two to four Han characters: no function word, no count or demonstrative at the start, no person,
    /// title or form of address inside (张总、王先生等企业负责人 lists people).
    private func isPlausibleItem(_ view: SentenceView, _ item: Range<Int>) -> Bool {
        let first = view.text[item.lowerBound]
        if PersonNameRecogniser.demonstratives.contains(first) { return false }
        // A count (三家, 几个) opens no name; a numeral before a name character does (四通, 三元).
        if PersonNameRecogniser.numerals.contains(first),
           PersonNameRecogniser.numerals.contains(view.text[item.lowerBound + 1]) || EnterpriseListRecogniser.counters.contains(view.text[item.lowerBound + 1]) {
            return false
        }
        if item.contains(where: { EnterpriseListRecogniser.functionWords.contains(view.text[$0]) }) { return false }
        if item.contains(where: { view.entryStarts(.title, at: $0) || view.entryStarts(.person, at: $0) || view.entryStarts(.honorific, at: $0) }) {
            return false
        }
        // A surname and the first character of an office (张总, 王董) is a form of address.
        if item.count == 2, view.lexicon.surnameRank(first) > 0, PersonNameRecogniser.officeAddresses.contains(view.text[item.lowerBound + 1]) {
            return false
        }
        return true
    }
}
