/// Newspaper typesetting writes the Chinese numeral zero 〇 (U+3007) as the geometric circle ○ (U+25CB)
/// in dates and numbers (一九九○年, 第三○一医院, 二○○○年). The recognisers know 〇 as a numeral and a
/// Han character; ○ is neither. A run of circles next to a Chinese numeral is read as zeros, one scalar
/// for one (the offset map is untouched); a circle elsewhere (a bullet, a blanked-out name ○○) stays.
enum NumeralZeroRepair {
    static let circle: Unicode.Scalar = "\u{25CB}"
    static let zero: Unicode.Scalar = "\u{3007}"
    static let numerals = ScalarSet("〇零一二三四五六七八九十百千")

    static func repair(_ scalars: inout [Unicode.Scalar]) {
        // Every scalar of the corpus passes here: one comparison each, against locals, and nothing else
        // unless a circle occurs.
        let circle = NumeralZeroRepair.circle, zero = NumeralZeroRepair.zero
        guard var i = scalars.firstIndex(of: circle) else { return }
        let n = scalars.count
        while i < n {
            guard scalars[i] == circle else { i += 1; continue }
            var j = i
            while j < n, scalars[j] == circle || scalars[j] == zero { j += 1 }
            let before = i > 0 && numerals.contains(scalars[i - 1])
            let after = j < n && numerals.contains(scalars[j])
            if before || after {
                for k in i..<j { scalars[k] = zero }
            }
            i = j
        }
    }
}
