/// Recognises a full calendar date `YYYY-MM-DD` (the only form typed as `xsd:date` or used as a GEXF
/// time). Graph dates may also be `2023-11` or a yearless `11月8日`; those stay text.
public enum ISODate {
    /// True for a valid Gregorian `YYYY-MM-DD` (leap years checked, so `2023-02-29` is rejected:
    /// rdflib and xmllint would refuse it).
    public static func isFullDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return false }
        func digits(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10), y > 0,
              (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// The earlier of two dates: ISO forms compare as strings; an ISO date beats a text form (it can be
    /// placed on a timeline); two text forms keep the first.
    public static func earlier(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        let aISO = a.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false && a.utf8.count >= 4
        let bISO = b.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false && b.utf8.count >= 4
        switch (aISO, bISO) {
        case (true, true): return min(a, b)
        case (false, true): return b
        default: return a
        }
    }
}
