/// Orders the dates graphctl stores: ISO 8601 dates (`2023`, `2023-11`, `2023-11-08`) compare as text and
/// come first; dates written without a year (`11月8日`, `8日`) follow, ordered by month then day, since
/// they cannot be placed among dated years with confidence. The order is total, so "earliest" is well
/// defined and independent of input order.
public enum DateOrder {
    /// True when `a` sorts before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let isoA = isISO(a), isoB = isISO(b)
        if isoA && isoB { return a < b }
        if isoA != isoB { return isoA }
        let ka = key(a), kb = key(b)
        if ka.isISO != kb.isISO { return ka.isISO }
        if !ka.isISO, (ka.month, ka.day) != (kb.month, kb.day) {
            return (ka.month, ka.day) < (kb.month, kb.day)
        }
        return a < b
    }

    /// The earlier of two optional dates; a stated date wins over none.
    public static func earliest(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return precedes(b, a) ? b : a
    }

    /// Whether `date` is an ISO date (starts with a four-digit year).
    public static func isISO(_ date: String) -> Bool {
        var n = 0
        for b in date.utf8 {
            guard b >= 0x30 && b <= 0x39 else { return false }
            n += 1
            if n == 4 { return true }
        }
        return false
    }

    private struct Key { var isISO: Bool; var month: Int; var day: Int }

    private static func key(_ s: String) -> Key {
        if isISO(s) { return Key(isISO: true, month: 0, day: 0) }
        // Text form: numbers followed by 月 (month) and 日/号 (day); Chinese numerals are rare in news
        // dates and sort as 0.
        var month = 0, day = 0, current = 0, hasDigits = false
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v >= 0x30 && v <= 0x39 { current = current * 10 + Int(v - 0x30); hasDigits = true; continue }
            if v >= 0xFF10 && v <= 0xFF19 { current = current * 10 + Int(v - 0xFF10); hasDigits = true; continue }
            if hasDigits {
                if scalar == "月" { month = current } else if scalar == "日" || scalar == "号" { day = current }
            }
            current = 0; hasDigits = false
        }
        return Key(isISO: false, month: month, day: day)
    }
}
