/// Companies named the way business news names them after the first mention: a two-character brand
/// and the word for the company's industry, without 公司 or 集团 (宏达光电, 金顺电子, 森隆药业).
///
/// Why a pattern and not a dictionary: listed and private companies number in the tens of thousands and
/// their short names change with every merger, while the shape is stable. The shape is also common
/// prose (光电产业, 大数据, 发展电子信息), so the evidence must be strict:
/// - the brand is two Han characters that are not a common word themselves (发展 电子), hold no
///   function word (的 和 在), and form no common word with the industry word (大数|据, 微电子);
/// - the brand starts at a clean boundary: the sentence start, punctuation, a function word, or the
///   end of a common word (走访|宏发钨业) with no common word cut in two at its left edge;
/// - the industry word is not followed by a head noun that makes the whole a description of an
///   industry (电子产业, 光电企业, 药业集群).
/// A neighbouring enumeration comma (宏达光电、金顺电子) raises the confidence: lists of companies are
/// where short names cluster.
///
/// The same shape with the company's own suffix after it (宏达电子公司, 富天贸易公司, 海康制药厂) is the full
/// name: where the suffix alone is too weak for the organisation recogniser to close an unanchored name
/// (公司, 厂), the brand and the trade before it are the evidence. Broad trades (贸易, 投资) count there.
///
/// A brand with a corporate suffix and no trade (恒丰公司, 长虹公司) is a company too, under the same
/// tests of the brand: a description (合资公司, 上市公司) is a common word and fails them.
public struct CompanyShortNameRecogniser: Recogniser {
    public init() {}

    /// Industry words that close a company's short name. Hand list of specific trades (general
    /// knowledge of Chinese company naming); broad words that more often describe a field than close a
    /// name (文化, 信息, 网络, 建设, 旅游, 投资, 贸易) are left out on purpose.
    static let industryWords: [[Unicode.Scalar]] = [
        "光电", "光学", "电子", "电气", "电器", "电机", "电缆", "软件", "数据", "智能", "钨业", "铝业", "铜业",
        "钢铁", "化工", "化纤", "纺织", "鞋业", "药业", "制药", "医药", "生物", "医疗", "机械", "重工", "汽车",
        "船舶", "物流", "置业", "建工", "建材", "玻璃", "陶瓷", "能源", "光伏", "环保", "水务", "燃气", "食品",
        "乳业", "啤酒", "酒业", "茶业", "纸业", "包装", "传媒", "控股", "实业", "商贸", "铝箔", "新材", "科技",
        "珠宝", "地产", "房产", "证券", "信托", "期货", "航空", "影业", "家居", "服饰", "通信", "通讯",
    ].map { Array($0.unicodeScalars) }

    /// Trades too broad to close a short name (发展贸易, 外商投资) that do close a company's full name
    /// before its suffix (富天贸易公司). Hand list, general knowledge of Chinese company naming.
    static let broadTrades: [[Unicode.Scalar]] = [
        "贸易", "投资", "房地产开发", "房地产", "开发", "建设", "建筑", "工程", "旅游", "文化", "信息", "网络",
        "广告", "咨询", "运输", "服装", "经贸", "进出口", "外贸", "商业", "百货", "装饰", "印刷", "制衣",
    ].map { Array($0.unicodeScalars) }

    /// Company suffixes after the trade, longest first (有限公司 before 公司).
    static let companySuffixes: [[Unicode.Scalar]] = [
        "股份有限公司", "有限责任公司", "有限公司", "集团公司", "总公司", "公司", "集团", "总厂", "厂",
    ].map { Array($0.unicodeScalars) }

    /// First scalars of `industryWords`, of `broadTrades` and of `companySuffixes`, for cheap tests at
    /// every position: the broad trades start with common characters (开 建 工 文), so one is looked up only
    /// where a suffix may start right after it.
    static let industryFirst: ScalarSet = ScalarSet(industryWords.map { $0[0] })
    static let broadFirst: ScalarSet = ScalarSet(broadTrades.map { $0[0] })
    static let suffixFirst: ScalarSet = ScalarSet(companySuffixes.map { $0[0] })
    static let broadLengths: [Int] = Array(Set(broadTrades.map(\.count))).sorted()

    /// Nouns after an industry word that make the phrase a description of the trade, not a name.
    static let descriptionHeads: [[Unicode.Scalar]] = [
        "产业", "行业", "企业", "领域", "板块", "项目", "技术", "设备", "产品", "材料", "市场", "园区", "集群", "基地",
        "专业", "学院", "工程", "信息", "制造", "工业", "器件", "元件", "装备", "研发", "创新", "发展", "业务",
        "商品", "科学", "类", "业", "股", "板", "城", "园", "链", "厂", "人",
    ].map { Array($0.unicodeScalars) }

    /// Dictionary kinds whose names (two characters or more) inside a brand belong to another reading.
    static let blockingKinds: [LexiconKind] = [.place, .title, .organisation, .person]

    /// Counters and units: a "brand" ending in one is a count (三个 电子, 两家 药业).
    static let counters: ScalarSet = ["个", "家", "种", "类", "项", "批", "名", "位", "条", "年", "月", "日", "次", "大", "支", "款"]

    /// Last characters of ownership words (村办, 校办, 市属, 国营, 外资, 私有, 公立): who runs a business,
    /// not its name.
    static let ownershipMarks: ScalarSet = ["办", "属", "营", "资", "有", "立"]

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        proposeBrandCompanies(view, into: &candidates)
        let lo = view.range.lowerBound, hi = view.range.upperBound
        // The tables once, not once per position.
        let industryFirst = CompanyShortNameRecogniser.industryFirst, broadFirst = CompanyShortNameRecogniser.broadFirst
        let suffixFirst = CompanyShortNameRecogniser.suffixFirst
        var i = lo + 2
        while i + 2 <= hi {
            defer { i += 1 }
            let s = view.text[i]
            let isIndustry = industryFirst.contains(s)
            var isBroad = false
            if broadFirst.contains(s) {
                for n in CompanyShortNameRecogniser.broadLengths where i + n < hi && suffixFirst.contains(view.text[i + n]) { isBroad = true; break }
            }
            guard isIndustry || isBroad else { continue }
            let industry = isIndustry ? CompanyShortNameRecogniser.industryWords.first(where: { view.hasText($0, at: i) }) : nil
            let broad = isBroad ? CompanyShortNameRecogniser.broadTrades.first(where: { view.hasText($0, at: i) }) : nil
            // The longer match is the trade (房地产开发, not 房地产).
            guard let word = (broad?.count ?? 0) > (industry?.count ?? 0) ? broad : industry else { continue }
            var brand = (i - 2)..<i
            let end = i + word.count
            // A three-character name of a word list (施耐德 电气) is a brand before an industry word.
            if i - 3 >= lo, isListedName(view, (i - 3)..<i) { brand = (i - 3)..<i }
            guard brand.count == 3 || isPlausibleBrand(view, brand), hasCleanLeftEdge(view, brand.lowerBound) else { continue }
            if let suffix = companySuffix(view, at: end) {
                // The trade must not open a word that runs past the suffix (…工程|公司 is fine).
                if let e = view.commonWordEnd(from: i), e > suffix.upperBound { continue }
                candidates.append(Candidate(range: brand.lowerBound..<suffix.upperBound, type: .organisation,
                                            canonical: view.string(brand.lowerBound..<suffix.upperBound),
                                            rule: "pattern:brand-trade-company", confidence: 0.7))
                continue
            }
            // Without a suffix only a specific industry word closes a short name.
            guard let industry, industry.count == word.count, !isDescription(view, end) else { continue }
            // Nor may the industry word open a longer title or word (通讯|员, 证券|商): a person's name
            // before an office (记者杨莉 通讯员…) is no brand.
            if view.hasEntry(.title, startingAt: i, where: { e, _ in e > end }) { continue }
            if let e = view.commonWordEnd(from: i), e > end { continue }
            var confidence = 0.55
            if view.scalar(brand.lowerBound - 1) == "、" || view.scalar(end) == "、" { confidence += 0.15 }
            // A regional qualifier in brackets right after the short name belongs to it (友达光电(厦门)).
            let nameEnd = OrganisationRecogniser.bracketedPlaceEnd(view, openingAt: end) ?? end
            candidates.append(Candidate(range: brand.lowerBound..<nameEnd, type: .organisation,
                                        canonical: view.string(brand.lowerBound..<nameEnd),
                                        rule: "pattern:brand-industry", confidence: confidence))
        }
    }

    /// Suffixes that close a company named by its brand alone (康佳 公司, 恒丰 集团): the corporate words,
    /// not 厂 (a works is named by what it makes: 红星 机械厂).
    static let brandSuffixes: [[Unicode.Scalar]] = [
        "股份有限公司", "有限责任公司", "有限公司", "集团公司", "总公司", "公司", "集团",
    ].map { Array($0.unicodeScalars) }

    /// A two-character brand and a corporate suffix (记者从恒丰公司获悉, 调到华茂公司工作): the brand must pass
    /// the same tests as before a trade (no common word, no function word, no place, title or name of
    /// two characters, a clean left edge), must not be two one-character place abbreviations (美日
    /// 公司: companies of two countries) nor open with a numeral or 某, and the suffix must not open a
    /// longer word or title.
    func proposeBrandCompanies(_ view: SentenceView, into candidates: inout [Candidate]) {
        let lo = view.range.lowerBound, hi = view.range.upperBound
        var i = lo + 2
        while i + 2 <= hi {
            defer { i += 1 }
            guard CompanyShortNameRecogniser.suffixFirst.contains(view.text[i]),
                  let word = CompanyShortNameRecogniser.brandSuffixes.first(where: { view.hasText($0, at: i) }) else { continue }
            let brand = (i - 2)..<i
            // A trade word before the suffix is the brand-and-trade shape's (宏达电子 公司).
            if CompanyShortNameRecogniser.industryWords.contains(where: { $0.count == 2 && view.hasText($0, at: brand.lowerBound) })
                || CompanyShortNameRecogniser.broadTrades.contains(where: { $0.count == 2 && view.hasText($0, at: brand.lowerBound) }) { continue }
            guard isPlausibleBrand(view, brand), hasCleanLeftEdge(view, brand.lowerBound) else { continue }
            if brand.allSatisfy({ k in view.hasEntry(.place, startingAt: k, where: { e, _ in e == k + 1 }) }) { continue }
            // A count or an indefinite (两国 公司, 某某 公司) describes companies, it names none.
            if PersonNameRecogniser.numerals.contains(view.text[brand.lowerBound]) || view.text[brand.lowerBound] == "某" { continue }
            let suffix = i..<(i + word.count)
            if view.hasEntry(.title, startingAt: i, where: { e, _ in e > suffix.upperBound }) { continue }
            if let e = view.commonWordEnd(from: i), e > suffix.upperBound { continue }
            candidates.append(Candidate(range: brand.lowerBound..<suffix.upperBound, type: .organisation,
                                        canonical: view.string(brand.lowerBound..<suffix.upperBound),
                                        rule: "pattern:brand-company", confidence: 0.6))
        }
    }

    /// The company suffix starting at `k`, unless it opens an office title (厂长: the works' head, and
    /// the name ended before it).
    func companySuffix(_ view: SentenceView, at k: Int) -> Range<Int>? {
        guard let s = CompanyShortNameRecogniser.companySuffixes.first(where: { view.hasText($0, at: k) }) else { return nil }
        let r = k..<(k + s.count)
        if view.hasEntry(.title, startingAt: k, where: { e, _ in e > r.upperBound }) { return nil }
        return r
    }

    /// A name of persons-lexical.tsv spans `r` exactly: a word-list name, which a company takes as well.
    func isListedName(_ view: SentenceView, _ r: Range<Int>) -> Bool {
        view.hasEntry(.person, spanning: r) { view.lexicon.entries[$0].has("lexical") }
    }

    /// Two Han characters, no function word or counter, not a common word, and no common word running
    /// from the brand into the industry word.
    func isPlausibleBrand(_ view: SentenceView, _ brand: Range<Int>) -> Bool {
        for k in brand {
            let s = view.text[k]
            guard ScalarClass.isHan(s), !BreakWords.isBreak(s) else { return false }
        }
        if CompanyShortNameRecogniser.counters.contains(view.text[brand.upperBound - 1])
            || CompanyShortNameRecogniser.ownershipMarks.contains(view.text[brand.upperBound - 1]) { return false }
        if view.segmentationConflict(brand).isWord || view.isStopWord(brand) { return false }
        for k in brand {
            if let e = view.commonWordEnd(from: k), e > brand.upperBound { return false }
        }
        // Places, titles and dictionary names of two or more characters inside the brand belong to
        // another reading (厦门, 市长); one-character abbreviations (法 in 法拉, 华 in 科华) do not.
        for kind in CompanyShortNameRecogniser.blockingKinds {
            for k in brand where view.entries(kind, startingAt: k).contains(where: { $0.end - k >= 2 }) { return false }
        }
        return true
    }

    /// The brand begins after punctuation, a function word, or a complete common word, and no common
    /// word crosses its left edge.
    func hasCleanLeftEdge(_ view: SentenceView, _ start: Int) -> Bool {
        if let s = view.commonWordStart(to: start + 1), s < start { return false }
        if let s = view.commonWordStart(to: start + 2), s < start { return false }
        guard let prev = view.scalar(start - 1) else { return true }
        if ScalarClass.isBoundary(prev) || ScalarClass.isSpace(prev) || BreakWords.isBreak(prev) { return true }
        return view.commonWordStart(to: start) != nil
    }

    /// A head noun right after the industry word makes the phrase a description (光电产业, 电子企业).
    func isDescription(_ view: SentenceView, _ end: Int) -> Bool {
        CompanyShortNameRecogniser.descriptionHeads.contains { view.hasText($0, at: end) }
    }
}
