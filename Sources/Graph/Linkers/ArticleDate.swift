/// A calendar date with whatever parts are known: the article's own date, or a resolved expression.
/// The year stays nil unless the text states it; nothing here invents one.
public struct ArticleDate: Hashable, Sendable, Codable {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 (`2023-11-08`, `2023-07`, `2023`) when the year is known, else the text form
    /// (`11月8日`, `7月`); nil when nothing is known.
    public var text: String? {
        if let y = year {
            var out = String(y)
            if let m = month {
                out += "-" + Self.pad(m)
                if let d = day { out += "-" + Self.pad(d) }
            }
            return out
        }
        guard let m = month else { return nil }
        if let d = day { return "\(m)月\(d)日" }
        return "\(m)月"
    }

    /// The day before, when month and day are known.
    public func previousDay() -> ArticleDate? {
        guard let m = month, let d = day else { return nil }
        if d > 1 { return ArticleDate(year: year, month: m, day: d - 1) }
        if m > 1 { return ArticleDate(year: year, month: m - 1, day: Self.days(in: m - 1, year: year)) }
        return ArticleDate(year: year.map { $0 - 1 }, month: 12, day: 31)
    }

    static func days(in month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let y = year else { return 28 }
            return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
}
