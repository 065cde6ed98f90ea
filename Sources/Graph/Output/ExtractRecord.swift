import Entities

/// The `extract --jsonl` contract (see ../shared/eval/README.md and README.md): one JSON object per
/// document with its mentions (offsets into the decoded text, raw `text`, canonical `entity`, the rule
/// and confidence) and its relations.
///
/// The line is written into one byte buffer (no String concatenation or interpolation per field):
/// this runs once per document on every `extract`, and the concatenations were its cost.
public enum ExtractRecord {
    public static let schema = "graphctl.extract/1"

    public static func jsonLine(_ doc: AnalysedDocument, relations: [Relation]) -> String {
        String(decoding: jsonLineBytes(doc, relations: relations), as: UTF8.self)
    }

    /// `jsonLine(_:relations:)` as UTF-8 bytes, for a writer that takes bytes: making a String of the
    /// record validated every byte again (a tenth of an instruction in a hundred of a whole extract run).
    public static func jsonLineBytes(_ doc: AnalysedDocument, relations: [Relation]) -> [UInt8] {
        var o: [UInt8] = []
        o.reserveCapacity(128 + doc.mentions.count * 120 + relations.count * 140)
        ascii("{\"id\":", to: &o)
        JSONText.appendString(doc.id, to: &o)
        ascii(",\"schema\":\"", to: &o)
        ascii(schema, to: &o)
        ascii("\",\"mentions\":[", to: &o)
        for (i, m) in doc.mentions.enumerated() {
            let r = doc.originalRange(of: m.range)
            if i > 0 { o.append(0x2C) }
            ascii("{\"start\":", to: &o); JSONText.appendInt(r.lowerBound, to: &o)
            ascii(",\"end\":", to: &o); JSONText.appendInt(r.upperBound, to: &o)
            ascii(",\"text\":", to: &o); JSONText.appendString(doc.originalText(of: m.range), to: &o)
            ascii(",\"type\":\"", to: &o); ascii(m.type.rawValue, to: &o)
            ascii("\",\"entity\":", to: &o); JSONText.appendString(m.canonical, to: &o)
            ascii(",\"sentence\":", to: &o); JSONText.appendInt(m.sentence, to: &o)
            ascii(",\"rule\":", to: &o); JSONText.appendString(m.rule, to: &o)
            ascii(",\"confidence\":", to: &o); JSONText.appendNumber(m.confidence, to: &o)
            o.append(0x7D)
        }
        ascii("],\"relations\":[", to: &o)
        var first = true
        for r in relations where r.type != .coOccurs {
            if !first { o.append(0x2C) }
            first = false
            appendRelation(r, to: &o)
        }
        ascii("]}", to: &o)
        return o
    }

    static func relationJSON(_ r: Relation) -> String {
        var o: [UInt8] = []
        appendRelation(r, to: &o)
        return String(decoding: o, as: UTF8.self)
    }

    static func appendRelation(_ r: Relation, to o: inout [UInt8]) {
        ascii("{\"type\":\"", to: &o); ascii(r.type.rawValue, to: &o)
        ascii("\",\"source\":", to: &o); JSONText.appendString(r.source, to: &o)
        ascii(",\"target\":", to: &o); JSONText.appendString(r.target, to: &o)
        if let t = r.title { ascii(",\"title\":", to: &o); JSONText.appendString(t, to: &o) }
        if let k = r.rank { ascii(",\"rank\":", to: &o); JSONText.appendInt(k, to: &o) }
        if let d = r.date { ascii(",\"date\":", to: &o); JSONText.appendString(d, to: &o) }
        let e = r.evidence
        ascii(",\"evidence\":{\"sentence\":", to: &o); JSONText.appendInt(e.sentence, to: &o)
        ascii(",\"start\":", to: &o); JSONText.appendInt(e.start, to: &o)
        ascii(",\"end\":", to: &o); JSONText.appendInt(e.end, to: &o)
        ascii(",\"rule\":", to: &o); JSONText.appendString(e.rule, to: &o)
        ascii("}}", to: &o)
    }

    /// Appends text that needs no escaping (keys, punctuation, enum raw values) as it is, from its
    /// contiguous UTF-8 in one copy (appending the `utf8` view went through the generic sequence path,
    /// some 180 instructions per key).
    @inline(__always)
    private static func ascii(_ s: String, to o: inout [UInt8]) {
        var s = s
        s.withUTF8 { o.append(contentsOf: $0) }
    }
}
