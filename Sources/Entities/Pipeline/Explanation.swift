/// `extract --explain`: per sentence, the candidates that competed and why the winners won, as text
/// for a person to read.
public enum Explanation {
    public static func render(_ doc: AnalysedDocument, trace: [EntityPipeline.Trace]) -> String {
        var out = "# \(doc.id)\n"
        for t in trace {
            let d = t.decision
            if d.winners.isEmpty && d.losers.isEmpty { continue }
            out += "\n[\(t.sentence.index)] \(doc.normalisedText(of: t.sentence.range))\n"
            for c in d.winners { out += "  + " + line(c, doc) + "\n" }
            for c in d.losers {
                let rival = d.winners.first { $0.range.overlaps(c.range) }
                let why = rival.map { "lost to \(doc.normalisedText(of: $0.range)) (\($0.rule), score \(fmt($0.score)))" }
                    ?? "a better-scoring set of non-overlapping names excludes it"
                out += "  - " + line(c, doc) + "  ← " + why + "\n"
            }
        }
        return out
    }

    static func line(_ c: Candidate, _ doc: AnalysedDocument) -> String {
        let o = doc.originalRange(of: c.range)
        return "\(doc.normalisedText(of: c.range)) [\(o.lowerBound),\(o.upperBound)) \(c.type.rawValue) → \(c.canonical)  \(c.rule) confidence \(fmt(c.confidence)) score \(fmt(c.score))"
    }

    static func fmt(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        return String(r)
    }
}
