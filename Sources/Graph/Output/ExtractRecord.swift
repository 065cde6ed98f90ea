import Entities

/// The `extract --jsonl` contract (see ../shared/eval/README.md and README.md): one JSON object per
/// document with its mentions (offsets into the decoded text, raw `text`, canonical `entity`, the rule
/// and confidence) and its relations.
public enum ExtractRecord {
    public static let schema = "graphctl.extract/1"

    public static func jsonLine(_ doc: AnalysedDocument, relations: [Relation]) -> String {
        var out = "{\"id\":" + JSONText.quoted(doc.id) + ",\"schema\":\"" + schema + "\",\"mentions\":["
        var first = true
        for m in doc.mentions {
            let o = doc.originalRange(of: m.range)
            if !first { out += "," }
            first = false
            out += "{\"start\":\(o.lowerBound),\"end\":\(o.upperBound),\"text\":" + JSONText.quoted(doc.originalText(of: m.range))
            out += ",\"type\":\"" + m.type.rawValue + "\",\"entity\":" + JSONText.quoted(m.canonical)
            out += ",\"sentence\":\(m.sentence),\"rule\":" + JSONText.quoted(m.rule)
            out += ",\"confidence\":" + JSONText.number(m.confidence) + "}"
        }
        out += "],\"relations\":["
        first = true
        for r in relations where r.type != .coOccurs {
            if !first { out += "," }
            first = false
            out += relationJSON(r)
        }
        out += "]}"
        return out
    }

    static func relationJSON(_ r: Relation) -> String {
        var out = "{\"type\":\"" + r.type.rawValue + "\",\"source\":" + JSONText.quoted(r.source)
        out += ",\"target\":" + JSONText.quoted(r.target)
        if let t = r.title { out += ",\"title\":" + JSONText.quoted(t) }
        if let k = r.rank { out += ",\"rank\":\(k)" }
        if let d = r.date { out += ",\"date\":" + JSONText.quoted(d) }
        let e = r.evidence
        out += ",\"evidence\":{\"sentence\":\(e.sentence),\"start\":\(e.start),\"end\":\(e.end),\"rule\":" + JSONText.quoted(e.rule) + "}}"
        return out
    }
}
