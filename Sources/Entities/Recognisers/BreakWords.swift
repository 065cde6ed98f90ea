/// Scalars that cannot sit inside a composed name: function words and verbs that mark a phrase
/// boundary (的 在 是 了 对 把 被 向 从 …). Composed-name recognisers never extend a name across one.
enum BreakWords {
    static let scalars: ScalarSet = [
        "的", "在", "是", "了", "对", "把", "被", "向", "从", "为", "将", "就", "也", "都", "还", "又", "并", "而",
        "及", "或", "由", "给", "让", "使", "至", "到", "于", "以", "据", "等", "之", "其", "该", "我", "你", "他",
        "她", "它", "们", "这", "那", "有", "要", "会", "能", "可", "已", "正", "曾", "不", "没", "很", "更", "最",
        "和", "与", "同", "跟", "共", "每", "各", "些", "即", "则", "所"
    ]

    @inline(__always)
    static func isBreak(_ s: Unicode.Scalar) -> Bool { scalars.contains(s) }

    /// Nouns of organisation names that contain a break character (能源 in 中国能源研究会, 社会 in
    /// 社会科学院, 有色 in 有色金属工业协会, 都市 in 都市报, 数据 in 数据管理中心, 再就业 in 再就业服务中心), and of
    /// townships and villages (向阳乡, 和平村).
    /// Hand list: only whole words let a name body cross the break, so 能 and 会 still end a clause
    /// everywhere else (a general exception for every common word holding a break character cost more
    /// than it gained).
    static let nameWords: [[Unicode.Scalar]] = [
        "能源", "有色", "有线", "有机", "会计", "会展", "社会", "和平", "共青", "对外", "都市", "最高", "同济",
        "公共", "共同", "国有", "高等", "中等", "可持续", "协和", "同业", "向阳", "同心", "共和", "数据",
        // Employment (劳动就业局, 再就业服务中心: not 就业 alone, which 就|业务 holds), water supply
        // (给排水公司) and a hospital's name (同仁医院).
        "再就业", "劳动就业", "就业服务", "给排水", "同仁",
    ].map { Array($0.unicodeScalars) } + games

    /// Games, events whose names end in the break character 会 (杭州亚运会 组委会, 北京奥运会 志愿者):
    /// a name runs on across them, and no body ends in their 会.
    static let games: [[Unicode.Scalar]] = [
        "运动会", "亚运会", "奥运会", "冬奥会", "残奥会", "青奥会", "全运会", "大运会", "城运会", "农运会", "亚冬会",
    ].map { Array($0.unicodeScalars) }

    /// Where a name body may continue leftwards from `i` (exclusive) when the scalar at `i - 1` is a break
    /// character: the start of a listed word covering `i - 1` that lies wholly before `limit`, else nil.
    static func nameWordStart(in text: [Unicode.Scalar], before i: Int, limit: Int, lowerBound: Int) -> Int? {
        let b = i - 1
        guard b >= lowerBound, isBreak(text[b]), let holders = nameWordsHolding[text[b]] else { return nil }
        for (w, j) in holders {
            let start = b - j
            guard start >= lowerBound, start + w.count <= limit else { continue }
            if w.indices.allSatisfy({ text[start + $0] == w[$0] }) { return start }
        }
        return nil
    }

    /// Per break scalar, the listed words holding it and its offset in each: a lookup per call instead
    /// of a scan of every word.
    static let nameWordsHolding: [Unicode.Scalar: [(word: [Unicode.Scalar], offset: Int)]] = {
        var out: [Unicode.Scalar: [(word: [Unicode.Scalar], offset: Int)]] = [:]
        for w in nameWords {
            for (j, c) in w.enumerated() where isBreak(c) { out[c, default: []].append((w, j)) }
        }
        return out
    }()

    /// The end of a listed word starting at `start` and ending by `limit`, nil when none starts there.
    static func nameWordEnd(in text: [Unicode.Scalar], from start: Int, limit: Int) -> Int? {
        for w in nameWords where start + w.count <= limit && w.first == text[start] {
            if w.indices.allSatisfy({ text[start + $0] == w[$0] }) { return start + w.count }
        }
        return nil
    }

    /// Scalars allowed inside a composed name body: Han (not a break word), ASCII letters and digits,
    /// and the joining marks of names (+, -, ·, brackets are handled by the caller).
    @inline(__always)
    static func isNameBody(_ s: Unicode.Scalar) -> Bool {
        (ScalarClass.isHan(s) && !isBreak(s)) || ScalarClass.isASCIIAlnum(s)
    }
}
