/// Newspapers and magazines named in book-title marks: 《费加罗报》, 《经济参考报》 (a title ending
/// in 报, 周刊, 杂志 …) and 《求是》杂志, 《时代》周刊 (any title followed by a periodical noun).
///
/// Why a pattern and not only the dictionary: newswire cites hundreds of local and foreign papers
/// that no list holds, and the book-title marks plus the periodical noun are unambiguous evidence.
/// Titles of documents (《联合公报》, 《政府工作报告》) end in words that are not periodicals and
/// are left out. The name is the text inside the marks (seeds-gold: quote marks are not part of names).
public struct PeriodicalRecogniser: Recogniser {
    /// Longest title between the marks that is still taken for a periodical's name.
    public var maxName = 12

    public init() {}

    /// Words of a byline that may follow a dateline directly (晨报讯记者 王某).
    static let bylineWords: [[Unicode.Scalar]] = ["记者", "通讯员", "特约"].map { Array($0.unicodeScalars) }

    /// Periodical nouns after the closing mark: 《求是》杂志, 《时代》周刊.
    static let headsAfter: [[Unicode.Scalar]] = ["杂志社", "杂志", "半月刊", "周刊", "月刊", "季刊", "画报", "报社", "编辑部"]
        .map { Array($0.unicodeScalars) }

    /// Endings of a title that is itself a periodical's name (《人民日报》, 《新民晚报》, 《瞭望》周刊 aside).
    static let nameEndings: [[Unicode.Scalar]] = ["日报", "晚报", "时报", "周报", "早报", "商报", "导报", "画报", "学报",
                                                  "杂志", "周刊", "月刊", "半月刊", "报"].map { Array($0.unicodeScalars) }

    /// Words ending in 报 that name a document or a message, not a paper (联合公报, 情况通报, 工作简报).
    static let notPeriodicals: [[Unicode.Scalar]] = ["公报", "通报", "简报", "情报", "海报", "喜报", "捷报", "电报", "汇报",
                                                     "年报", "季报", "月报", "预报", "警报", "快报", "小报", "板报", "墙报", "申报", "举报", "回报"]
        .map { Array($0.unicodeScalars) }

    public func propose(in view: SentenceView, into candidates: inout [Candidate]) {
        proposeDatelineOutlet(view, into: &candidates)
        let lo = view.range.lowerBound, hi = view.range.upperBound
        var i = lo
        while i < hi {
            guard view.text[i] == "《" else { i += 1; continue }
            // The matching close mark, with only name characters in between.
            var j = i + 1
            while j < hi, j - i - 1 <= maxName, isTitleScalar(view.text[j]) { j += 1 }
            guard j < hi, view.text[j] == "》", j - i - 1 >= 1, j - i - 1 <= maxName else { i += 1; continue }
            let name = (i + 1)..<j
            if let c = candidate(view, name: name) { candidates.append(c) }
            i = j + 1
        }
    }

    /// A paper or a news site opens its own reports with its name and 讯 (晨报讯, 厦门日报讯, 泉州网讯):
    /// the outlet, named at the start of the sentence. 本报讯 ("this paper") names none.
    private func proposeDatelineOutlet(_ view: SentenceView, into candidates: inout [Candidate]) {
        var p = view.range.lowerBound
        let hi = view.range.upperBound
        while p < hi, ScalarClass.isSpace(view.text[p]) { p += 1 }
        guard p < hi, view.text[p] != "本" else { return }
        var k = p
        while k < hi, k - p <= 6, ScalarClass.isHan(view.text[k]), view.text[k] != "讯" { k += 1 }
        // A news site opens its reports the same way (泉州网讯, 东南网讯): a name of two or more characters
        // before 网.
        guard k < hi, view.text[k] == "讯", k - p >= 2,
              view.text[k - 1] == "报" && endsAsPeriodical(view, p..<k) || view.text[k - 1] == "网" && k - p >= 3 else { return }
        // The dateline stands apart from what follows (晨报讯(记者, 晨报讯 昨日), or runs into the byline
        // (晨报讯记者); 晨报讯息 is a word about news.
        if let next = view.scalar(k + 1), ScalarClass.isHan(next),
           !PeriodicalRecogniser.bylineWords.contains(where: { view.hasText($0, at: k + 1) }) { return }
        candidates.append(Candidate(range: p..<k, type: .organisation, canonical: view.string(p..<k),
                                    rule: "pattern:dateline-outlet", confidence: 0.85))
    }

    /// The periodical's mention: the title alone (《人民日报》 → 人民日报), or, where the title is part of a
    /// longer designation, the whole of it with its marks: a periodical noun after the title (《求是》杂志)
    /// and the country or region before it (美国《科学》杂志, 华北《人民日报》), as newswire annotation
    /// reads them. The canonical name is always the title.
    private func candidate(_ view: SentenceView, name: Range<Int>) -> Candidate? {
        let after = name.upperBound + 1
        let head = PeriodicalRecogniser.headsAfter.first(where: { view.hasText($0, at: after) })
        guard head != nil || name.count >= 2 && endsAsPeriodical(view, name) else { return nil }
        let open = name.lowerBound - 1
        let place = view.entries(.place, endingAt: open).filter { open - $0.start >= 2 }.map(\.start).min()
        var range = name
        if place != nil || head != nil {
            range = (place ?? open)..<(after + (head?.count ?? 0))
        }
        return Candidate(range: range, type: .organisation, canonical: view.string(name),
                         rule: "pattern:periodical-title", confidence: head != nil ? 0.85 : 0.8)
    }

    private func endsAsPeriodical(_ view: SentenceView, _ name: Range<Int>) -> Bool {
        for w in PeriodicalRecogniser.notPeriodicals where w.count <= name.count {
            if view.hasText(w, at: name.upperBound - w.count) { return false }
        }
        for w in PeriodicalRecogniser.nameEndings where w.count < name.count {
            if view.hasText(w, at: name.upperBound - w.count) { return true }
        }
        return false
    }

    /// Han, ASCII letters and digits, and the name dot: a title with punctuation or spaces inside is
    /// an article or a slogan, not a periodical.
    private func isTitleScalar(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isHan(s) || ScalarClass.isASCIIAlnum(s) || ScalarClass.isNameDot(s)
    }
}
