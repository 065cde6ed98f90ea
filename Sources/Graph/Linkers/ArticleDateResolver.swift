import Entities

/// Finds the article's own date and resolves the date expressions of its sentences against it.
///
/// The article date comes, in order of trust, from a dateline (泉州网11月6日讯, 新华社北京3月5日电), a
/// signed date closing the text (a notice's 2023年9月4日), or an explicit full date early in the text.
/// Relative expressions (昨日, 当天, 今年7月) resolve against it; 日前 and friends resolve to nothing.
public struct ArticleDateResolver: Sendable {
    /// How far into the text a dateline or an opening full date may sit.
    public var headLength: Int
    /// How far from the end a signature date may sit.
    public var tailLength: Int

    public init(headLength: Int = 300, tailLength: Int = 120) {
        self.headLength = headLength
        self.tailLength = tailLength
    }

    public func articleDate(in doc: AnalysedDocument) -> ArticleDate? {
        let s = doc.text.scalars
        let head = 0..<min(headLength, s.count)
        let opening = DateExpression.scan(s, in: head)
        // 1. Dateline: a month-day directly followed by 讯 or 电.
        for e in opening where e.kind == .absolute && e.month != nil && e.day != nil {
            var j = e.range.upperBound
            while j < s.count && ClauseScalars.isSpace(s[j]) { j += 1 }
            if j < s.count && (s[j] == "讯" || s[j] == "电") {
                return ArticleDate(year: e.year, month: e.month, day: e.day)
            }
        }
        // 2. A signed date closing the text.
        let tailStart = max(0, s.count - tailLength)
        if let e = DateExpression.scan(s, in: tailStart..<s.count).last(where: { $0.kind == .absolute && $0.year != nil && $0.day != nil }) {
            var rest = 0
            for c in s[e.range.upperBound...] where !ClauseScalars.isSpace(c) && c != "\n" { rest += 1 }
            if rest <= 8 { return ArticleDate(year: e.year, month: e.month, day: e.day) }
        }
        // 3. An explicit full date early in the text.
        if let e = opening.first(where: { $0.kind == .absolute && $0.year != nil && $0.day != nil }) {
            return ArticleDate(year: e.year, month: e.month, day: e.day)
        }
        return nil
    }

    /// Resolves the expression written at `expression` (a normalised range); see `resolve(_:article:previous:)`.
    public func resolve(_ expression: Range<Int>, in doc: AnalysedDocument, article: ArticleDate?,
                        previous: ArticleDate? = nil) -> String? {
        guard let e = DateExpression.scan(doc.text.scalars, in: expression).first else { return nil }
        return resolve(e, article: article, previous: previous)?.text
    }

    /// The date an expression denotes: `article` anchors 昨日/今天/今年M月 and lends its year to a bare
    /// 11月8日; `previous` (the last date spoken of) anchors 当天/当日. Nil for 日前 and when the anchor
    /// is missing.
    public func resolve(_ e: DateExpression, article: ArticleDate?, previous: ArticleDate? = nil) -> ArticleDate? {
        switch e.kind {
        case .absolute:
            if e.year != nil { return ArticleDate(year: e.year, month: e.month, day: e.day) }
            guard let m = e.month else { return nil }
            var year = article?.year
            // A month well after the article's is last year's (a January article recalling 12月28日).
            if let y = year, let am = article?.month, m - am > 6 { year = y - 1 }
            return ArticleDate(year: year, month: m, day: e.day)
        case .yesterday:
            return article?.day == nil ? nil : article?.previousDay()
        case .dayBeforeYesterday:
            return article?.day == nil ? nil : article?.previousDay()?.previousDay()
        case .today:
            return article?.day == nil ? nil : article
        case .sameDay:
            if let p = previous, p.day != nil { return p }
            return article?.day == nil ? nil : article
        case .thisYear:
            return ArticleDate(year: article?.year, month: e.month, day: e.day)
        case .lastYear:
            guard let y = article?.year else { return nil }
            return ArticleDate(year: y - 1, month: e.month, day: e.day)
        case .vague:
            return nil
        }
    }
}
