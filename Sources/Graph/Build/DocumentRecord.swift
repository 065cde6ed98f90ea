import Foundation
import Entities

/// Everything `build` needs from one document: the unit of map-reduce. `extract --jsonl --full` writes
/// one per line, so extraction can run anywhere and `build` only has to read these lines.
public struct DocumentRecord: Hashable, Codable, Sendable {
    /// The value of the `"schema"` key of a JSON line; a reader refuses lines of another schema.
    public static let schema = "graphctl.document/1"

    public var id: String
    /// The article's own date (ISO 8601 where the year is known, else as written).
    public var date: String?
    public var sentences: Int
    public var characters: Int
    public var entities: [EntityRecord]
    /// Every relation found, `co_occurs` and `met_group` included, each with its evidence.
    public var relations: [Relation]

    public init(id: String, date: String? = nil, sentences: Int = 0, characters: Int = 0,
                entities: [EntityRecord] = [], relations: [Relation] = []) {
        self.id = id
        self.date = date
        self.sentences = sentences
        self.characters = characters
        self.entities = entities
        self.relations = relations
    }

    public var info: DocumentInfo {
        DocumentInfo(id: id, date: date, sentences: sentences, characters: characters)
    }

    /// One compact JSON object on one line, keys in a fixed order, non-ASCII written as UTF-8 so the
    /// same record always gives the same bytes (diffable, cacheable). Absent optionals are omitted.
    public func jsonLine() -> String {
        var o: [UInt8] = []
        o.reserveCapacity(256 + relations.count * 160)
        func key(_ k: String, first: Bool = false) {
            if !first { o.append(0x2C) }
            JSONText.appendString(k, to: &o)
            o.append(0x3A)
        }
        func str(_ s: String) { JSONText.appendString(s, to: &o) }
        func strings(_ a: [String]) {
            o.append(0x5B)
            for (i, s) in a.enumerated() { if i > 0 { o.append(0x2C) }; str(s) }
            o.append(0x5D)
        }
        o.append(0x7B)
        key("schema", first: true); str(Self.schema)
        key("id"); str(id)
        if let date { key("date"); str(date) }
        key("sentences"); JSONText.appendInt(sentences, to: &o)
        key("characters"); JSONText.appendInt(characters, to: &o)
        key("entities"); o.append(0x5B)
        for (i, e) in entities.enumerated() {
            if i > 0 { o.append(0x2C) }
            o.append(0x7B)
            key("canonical", first: true); str(e.canonical)
            key("type"); str(e.type.rawValue)
            key("aliases"); strings(e.aliases)
            key("mentions"); JSONText.appendInt(e.mentions, to: &o)
            key("titles"); strings(e.titles)
            key("attributes"); o.append(0x7B)
            for (j, k) in e.attributes.keys.sorted().enumerated() {
                key(k, first: j == 0); str(e.attributes[k] ?? "")
            }
            o.append(0x7D)
            key("paragraphs"); o.append(0x5B)
            for (j, p) in e.paragraphs.enumerated() { if j > 0 { o.append(0x2C) }; JSONText.appendInt(p, to: &o) }
            o.append(0x5D)
            o.append(0x7D)
        }
        o.append(0x5D)
        key("relations"); o.append(0x5B)
        for (i, r) in relations.enumerated() {
            if i > 0 { o.append(0x2C) }
            o.append(0x7B)
            key("type", first: true); str(r.type.rawValue)
            key("source"); str(r.source)
            key("sourceType"); str(r.sourceType.rawValue)
            key("target"); str(r.target)
            if let t = r.targetType { key("targetType"); str(t.rawValue) }
            if let t = r.title { key("title"); str(t) }
            if let k = r.rank { key("rank"); JSONText.appendInt(k, to: &o) }
            if let d = r.date { key("date"); str(d) }
            let e = r.evidence
            key("evidence"); o.append(0x7B)
            key("document", first: true); str(e.document)
            key("sentence"); JSONText.appendInt(e.sentence, to: &o)
            key("start"); JSONText.appendInt(e.start, to: &o)
            key("end"); JSONText.appendInt(e.end, to: &o)
            key("text"); str(e.text)
            key("rule"); str(e.rule)
            o.append(0x7D)
            o.append(0x7D)
        }
        o.append(0x5D)
        o.append(0x7D)
        return String(decoding: o, as: UTF8.self)
    }

    /// Reads a line written by `jsonLine()` (or any JSON object with the same keys).
    public init(jsonLine: String) throws {
        struct Line: Decodable {
            var schema: String?
            var id: String
            var date: String?
            var sentences: Int?
            var characters: Int?
            var entities: [EntityRecord]?
            var relations: [Relation]?
        }
        let line: Line
        do {
            line = try JSONDecoder().decode(Line.self, from: Data(jsonLine.utf8))
        } catch let DecodingError.keyNotFound(k, _) {
            throw DocumentRecordError(reason: "missing key \"\(k.stringValue)\"")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx) {
            let path = ctx.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            throw DocumentRecordError(reason: "wrong type at \(path)")
        } catch let DecodingError.dataCorrupted(ctx) {
            let path = ctx.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            throw DocumentRecordError(reason: path.isEmpty ? "not valid JSON" : "invalid value at \(path)")
        }
        if let s = line.schema, s != Self.schema {
            throw DocumentRecordError(reason: "schema \"\(s)\" is not \(Self.schema)")
        }
        self.init(id: line.id, date: line.date, sentences: line.sentences ?? 0,
                  characters: line.characters ?? 0, entities: line.entities ?? [],
                  relations: line.relations ?? [])
    }
}

/// A JSON line that is not a document record; `description` is one line.
public struct DocumentRecordError: Error, CustomStringConvertible, Sendable {
    public let reason: String
    public var description: String { "not a graphctl document record: \(reason)" }
}
