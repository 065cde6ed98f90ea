/// Scalars that cannot sit inside a composed name: function words and verbs that mark a phrase
/// boundary (的 在 是 了 对 把 被 向 从 …). Composed-name recognisers never extend a name across one.
enum BreakWords {
    static let scalars: Set<Unicode.Scalar> = [
        "的", "在", "是", "了", "对", "把", "被", "向", "从", "为", "将", "就", "也", "都", "还", "又", "并", "而",
        "及", "或", "由", "给", "让", "使", "至", "到", "于", "以", "据", "等", "之", "其", "该", "我", "你", "他",
        "她", "它", "们", "这", "那", "有", "要", "会", "能", "可", "已", "正", "曾", "不", "没", "很", "更", "最",
        "和", "与", "同", "跟", "共", "每", "各", "些", "即", "则", "所"
    ]

    @inline(__always)
    static func isBreak(_ s: Unicode.Scalar) -> Bool { scalars.contains(s) }

    /// Scalars allowed inside a composed name body: Han (not a break word), ASCII letters and digits,
    /// and the joining marks of names (+, -, ·, brackets are handled by the caller).
    @inline(__always)
    static func isNameBody(_ s: Unicode.Scalar) -> Bool {
        (ScalarClass.isHan(s) && !isBreak(s)) || ScalarClass.isASCIIAlnum(s)
    }
}
