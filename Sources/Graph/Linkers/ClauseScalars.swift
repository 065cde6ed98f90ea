/// Clause-level character classes the linkers need on top of Entities' `ScalarClass` (Han, digits,
/// quotes live there): clause breaks, list joiners, numerals. Named apart so `import Entities` never
/// makes a name ambiguous.
enum ClauseScalars {
    /// Ends a comma-level clause: the unit in which a verb finds its subject and object.
    static func isClauseBreak(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?", "\n": return true
        default: return false
        }
    }

    /// A comma, Chinese or ASCII: the break between two parts of one sentence that share its subject.
    static func isComma(_ c: Unicode.Scalar) -> Bool { c == "，" || c == "," }

    /// Layout whitespace inside a line that may sit between a byline title and a name (记者 刘艳).
    /// Unlike `ScalarClass.isSpace` it excludes the newline, which is a clause break here.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case " ", "\u{3000}", "\t", "\u{A0}", "\r": return true
        default: return false
        }
    }

    /// Joins members of one list (A、B和C).
    static func isListJoiner(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "、", "和", "与", "及", "同", "跟", "暨": return true
        default: return false
        }
    }

    static func isOpenBracket(_ c: Unicode.Scalar) -> Bool { c == "（" || c == "(" }
    static func isCloseBracket(_ c: Unicode.Scalar) -> Bool { c == "）" || c == ")" }

    /// ASCII or full-width digit value.
    static func digit(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }

    /// Chinese numeral digit (〇一二…九) or 十, for dates written in characters.
    static func chineseDigit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零", "○": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        default: return nil
        }
    }
}
