import Entities

/// A date or time expression written in the text: 2023年11月8日, 11月8日, 今年7月, 昨日, 当天, 日前.
///
/// Parsing works on scalars with integer offsets; resolution against the article's date is the job of
/// `ArticleDateResolver`, so a parsed expression never carries an invented year.
public struct DateExpression: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Year, month and/or day as written.
        case absolute
        /// 昨日, 昨天.
        case yesterday
        /// 前天.
        case dayBeforeYesterday
        /// 今天, 今日.
        case today
        /// 当天, 当日: the day last spoken of.
        case sameDay
        /// 今年M月: the article's year.
        case thisYear
        /// 去年M月.
        case lastYear
        /// 日前, 近日, 近期: no recoverable date.
        case vague
    }

    /// Scalar range in the normalised text.
    public var range: Range<Int>
    public var kind: Kind
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(range: Range<Int>, kind: Kind, year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.range = range
        self.kind = kind
        self.year = year
        self.month = month
        self.day = day
    }

    static let relativeWords = CueTable<Kind>([
        ("昨日", .yesterday), ("昨天", .yesterday), ("前天", .dayBeforeYesterday),
        ("今天", .today), ("今日", .today), ("当天", .sameDay), ("当日", .sameDay),
        ("日前", .vague), ("近日", .vague), ("近期", .vague),
        ("今年", .thisYear), ("去年", .lastYear),
    ])

    /// Scalars a date expression can start with: a relative word's first scalar or a numeral. Every
    /// sentence is scanned at every position, and almost none of them start a date.
    static let starts = ScalarSet("昨前今当日近去0123456789０１２３４５６７８９〇零○一二两三四五六七八九十")

    /// Every date expression in `range`, left to right, non-overlapping.
    public static func scan(_ s: [Unicode.Scalar], in range: Range<Int>) -> [DateExpression] {
        var out: [DateExpression] = []
        let end = min(range.upperBound, s.count)
        var i = max(0, range.lowerBound)
        while i < end {
            if !starts.contains(s[i]) {
                i += 1
                continue
            }
            if let hit = relativeWords.match(at: i, in: s, end: end) {
                switch hit.meaning {
                case .thisYear, .lastYear:
                    // Only 今年7月 / 去年11月 are dates; a bare 今年 is a period.
                    if let m = absolute(s, at: hit.range.upperBound, end: end), m.year == nil, m.month != nil {
                        out.append(DateExpression(range: i..<m.range.upperBound, kind: hit.meaning,
                                                  month: m.month, day: m.day))
                        i = m.range.upperBound
                        continue
                    }
                    i = hit.range.upperBound
                    continue
                default:
                    out.append(DateExpression(range: hit.range, kind: hit.meaning))
                    i = hit.range.upperBound
                    continue
                }
            }
            if let e = absolute(s, at: i, end: end) {
                out.append(e)
                i = e.range.upperBound
                continue
            }
            i += 1
        }
        return out
    }

    /// Reads a number (ASCII, full-width or Chinese numerals) at `i`: its value, its digit count and
    /// where it ends.
    private static func number(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (value: Int, digits: Int, end: Int)? {
        var j = i
        var value = 0
        while j < end, let d = ClauseScalars.digit(s[j]), j - i < 4 {
            value = value * 10 + d
            j += 1
        }
        if j > i {
            if j < end, ClauseScalars.digit(s[j]) != nil { return nil }
            return (value, j - i, j)
        }
        // Chinese numerals: 二〇二三 (digit by digit) or 十一 / 二十三 (with 十).
        var digits: [Int] = []
        while j < end, let d = ClauseScalars.chineseDigit(s[j]), j - i < 4 {
            digits.append(d)
            j += 1
        }
        guard !digits.isEmpty else { return nil }
        if let ten = digits.firstIndex(of: 10) {
            let tens = ten == 0 ? 1 : digits[ten - 1]
            let ones = ten + 1 < digits.count ? digits[ten + 1] : 0
            guard ten <= 1, digits.count <= ten + 2 else { return nil }
            return (tens * 10 + ones, 2, j)
        }
        return (digits.reduce(0) { $0 * 10 + $1 }, digits.count, j)
    }

    /// Y年M月D日, Y年M月, M月D日, M月, Y年 starting at `i`.
    private static func absolute(_ s: [Unicode.Scalar], at i: Int, end: Int) -> DateExpression? {
        guard i < end, ClauseScalars.digit(s[i]) != nil || ClauseScalars.chineseDigit(s[i]) != nil else { return nil }
        if i > 0, ClauseScalars.digit(s[i - 1]) != nil || s[i - 1] == "." { return nil }
        guard let first = number(s, at: i, end: end), first.end < end else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        var j = first.end
        var pending = first
        if s[j] == "年" {
            guard pending.digits == 4, pending.value >= 1900, pending.value <= 2100 else { return nil }
            year = pending.value
            j += 1
            guard let n = number(s, at: j, end: end), n.end < end, s[n.end] == "月" else {
                return DateExpression(range: i..<j, kind: .absolute, year: year)
            }
            pending = n
            j = n.end
        }
        guard s[j] == "月", pending.value >= 1, pending.value <= 12, pending.digits <= 2 else { return nil }
        month = pending.value
        j += 1
        if let n = number(s, at: j, end: end), n.end < end, s[n.end] == "日" || s[n.end] == "号",
           n.value >= 1, n.value <= 31, n.digits <= 2 {
            day = n.value
            j = n.end + 1
        }
        return DateExpression(range: i..<j, kind: .absolute, year: year, month: month, day: day)
    }
}
