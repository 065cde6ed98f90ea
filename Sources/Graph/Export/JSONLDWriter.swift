import Entities

/// JSON-LD (schema.org + PROV-O + graphctl's own `gc:` vocabulary) for linked-data tools.
///
/// - One document, inline `@context` (no remote context: consumers are often offline), no `@vocab` (it
///   would hide misspelt terms), every term used defined there, every IRI absolute under `base`.
/// - Articles: `NewsArticle` + `prov:Entity` per document, `identifier` = the document id,
///   `datePublished` (xsd:date) only for a full ISO date, else `gc:dateText`; one `prov:Activity`
///   (the extraction run) that `prov:used` them all.
/// - Entities: Person / Organization (GovernmentOrganization when `attributes["gov"] == "1"`) / Place /
///   Project (programmes; schema.org has no programme type). `name` and simplified `alternateName` are
///   tagged zh-Hans, traditional aliases zh-Hant; `gc:entityType` keeps graphctl's own type and
///   `gc:mentions` the count; `subjectOf` the articles.
/// - Roles: `OrganizationRole` (schema.org's role pattern: Person `memberOf` role, role `memberOf`
///   body) with `roleName`, `gc:roleOf` the person, `startDate` for a full ISO date.
/// - Meetings (`met`): `Event` with both people as `attendee`.
/// - Other relations (`visited`, `accompanied`, `met_group`, `co_occurs`): reified `gc:Relation` with
///   `gc:relation`, `gc:source`, `gc:target`.
/// - Every role, event and relation: `gc:weight` (xsd:double), `gc:date` (xsd:date) or `gc:dateText`,
///   `prov:wasDerivedFrom` the articles, and `gc:evidence` blank nodes (`gc:Evidence`: `gc:article`,
///   `gc:sentenceIndex`, `gc:text`, `gc:rule`), at most `evidenceLimit` of them plus `gc:evidenceCount`.
public struct JSONLDWriter: GraphExporter, Sendable {
    public static let formatName = "jsonld"

    public var base: String
    /// nil = every evidence sentence.
    public var evidenceLimit: Int?

    public init(base: String = "https://graphctl.example/", evidenceLimit: Int? = nil) {
        self.base = base.hasSuffix("/") || base.hasSuffix("#") ? base : base + "/"
        self.evidenceLimit = evidenceLimit
    }

    // MARK: IRIs

    public func nodeIRI(_ node: Node, index: Int) -> String { base + node.type.rawValue + "/" + String(index) }
    public func articleIRI(_ documentID: String) -> String { base + "article/" + Self.percentEncoded(documentID) }
    var activityIRI: String { base + "run" }

    /// Percent-encodes everything but ASCII letters, digits, `-`, `_`, `~` (also `.`, so that ids like
    /// `..` cannot become dot segments when a processor resolves the IRI).
    public static func percentEncoded(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x7E:
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out.isEmpty ? "%20" : out
    }

    // MARK: context

    func context() -> JSONFragment {
        func term(_ id: String, type: String? = nil, language: String? = nil) -> JSONFragment {
            var m: [(String, JSONFragment)] = [("@id", .string(id))]
            if let type { m.append(("@type", .string(type))) }
            if let language { m.append(("@language", .string(language))) }
            return .object(m)
        }
        return .object([
            ("@version", .double(1.1)),
            ("schema", .string("https://schema.org/")),
            ("prov", .string("http://www.w3.org/ns/prov#")),
            ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
            ("gc", .string(base + "vocab#")),
            ("@base", .string(base)),
            ("Person", .string("schema:Person")),
            ("Organization", .string("schema:Organization")),
            ("GovernmentOrganization", .string("schema:GovernmentOrganization")),
            ("Place", .string("schema:Place")),
            ("Project", .string("schema:Project")),
            ("Event", .string("schema:Event")),
            ("NewsArticle", .string("schema:NewsArticle")),
            ("OrganizationRole", .string("schema:OrganizationRole")),
            ("ProvEntity", .string("prov:Entity")),
            ("Activity", .string("prov:Activity")),
            ("Relation", .string("gc:Relation")),
            ("Evidence", .string("gc:Evidence")),
            ("name", term("schema:name", language: "zh-Hans")),
            ("alternateName", term("schema:alternateName", language: "zh-Hans")),
            ("jobTitle", term("schema:jobTitle", language: "zh-Hans")),
            ("roleName", term("schema:roleName", language: "zh-Hans")),
            ("identifier", .string("schema:identifier")),
            ("memberOf", term("schema:memberOf", type: "@id")),
            ("attendee", term("schema:attendee", type: "@id")),
            ("subjectOf", term("schema:subjectOf", type: "@id")),
            ("startDate", term("schema:startDate", type: "xsd:date")),
            ("datePublished", term("schema:datePublished", type: "xsd:date")),
            ("wasDerivedFrom", term("prov:wasDerivedFrom", type: "@id")),
            ("used", term("prov:used", type: "@id")),
            ("entityType", .string("gc:entityType")),
            ("mentionCount", term("gc:mentions", type: "xsd:integer")),
            ("title", term("gc:title", language: "zh-Hans")),
            ("relation", .string("gc:relation")),
            ("source", term("gc:source", type: "@id")),
            ("target", term("gc:target", type: "@id")),
            ("roleOf", term("gc:roleOf", type: "@id")),
            ("weight", term("gc:weight", type: "xsd:double")),
            ("date", term("gc:date", type: "xsd:date")),
            ("dateText", .string("gc:dateText")),
            ("evidence", .string("gc:evidence")),
            ("evidenceCount", term("gc:evidenceCount", type: "xsd:integer")),
            ("article", term("gc:article", type: "@id")),
            ("sentenceIndex", term("gc:sentenceIndex", type: "xsd:integer")),
            ("text", term("gc:text", language: "zh")),
            ("rule", .string("gc:rule")),
            ("tool", .string("gc:tool")),
        ])
    }

    // MARK: writing

    public func write<Sink: TextSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws {
        let n = graph.nodes.count
        let iris = graph.nodes.enumerated().map { nodeIRI($1, index: $0) }
        let edges = graph.edges.enumerated().filter { (0..<n).contains($1.source) && (0..<n).contains($1.target) }

        // Every article any statement points at is described, so no @id dangles.
        var documentDates: [String: String?] = [:]
        for d in graph.documents { documentDates[d.id] = d.date }
        for node in graph.nodes { for d in node.documents where documentDates[d] == nil { documentDates[d] = .some(nil) } }
        for (_, e) in edges { for ev in e.evidence where documentDates[ev.document] == nil { documentDates[ev.document] = .some(nil) } }
        let documentIDs = documentDates.keys.sorted()

        var rolesOf: [Int: [String]] = [:]
        for (i, e) in edges where e.relation == .role { rolesOf[e.source, default: []].append(statementIRI(i, e)) }

        sink.write("{\n\"@context\": ")
        sink.write(context().serialized())
        sink.write(",\n\"@graph\": [\n")
        var first = true
        func emit(_ item: JSONFragment) {
            sink.write(first ? "  " : ",\n  ")
            first = false
            sink.write(item.serialized())
        }

        emit(.object([
            ("@id", .string(activityIRI)), ("@type", .string("Activity")), ("tool", .string("graphctl")),
            ("used", .array(documentIDs.map { .string(articleIRI($0)) })),
        ]))
        for id in documentIDs {
            var m: [(String, JSONFragment)] = [
                ("@id", .string(articleIRI(id))), ("@type", .array([.string("NewsArticle"), .string("ProvEntity")])),
                ("identifier", .string(id)),
            ]
            if let date = documentDates[id] ?? nil {
                m.append(ISODate.isFullDate(date) ? ("datePublished", .string(date)) : ("dateText", .string(date)))
            }
            emit(.object(m))
        }
        for (index, node) in graph.nodes.enumerated() {
            emit(entity(node, iri: iris[index], index: index, roles: rolesOf[index] ?? []))
        }
        for (i, e) in edges {
            emit(statement(e, iri: statementIRI(i, e), iris: iris))
        }
        sink.write("\n]\n}\n")
    }

    private func statementIRI(_ index: Int, _ e: Edge) -> String {
        switch e.relation {
        case .role: return base + "role/" + String(index)
        case .met: return base + "event/" + String(index)
        default: return base + "relation/" + String(index)
        }
    }

    private func entity(_ node: Node, iri: String, index: Int, roles: [String]) -> JSONFragment {
        let type: String
        switch node.type {
        case .person: type = "Person"
        case .organisation: type = node.attributes["gov"] == "1" ? "GovernmentOrganization" : "Organization"
        case .place: type = "Place"
        case .programme: type = "Project"
        }
        var m: [(String, JSONFragment)] = [
            ("@id", .string(iri)), ("@type", .string(type)),
            ("name", .string(ExportFormatting.label(node, index: index))),
        ]
        let alternates: [JSONFragment] = node.aliases.map { .string($0) }
            + node.traditionalAliases.map { .object([("@value", .string($0)), ("@language", .string("zh-Hant"))]) }
        if !alternates.isEmpty { m.append(("alternateName", .array(alternates))) }
        if !node.titles.isEmpty {
            m.append((node.type == .person ? "jobTitle" : "title", .array(node.titles.map { .string($0) })))
        }
        m.append(("entityType", .string(node.type.rawValue)))
        m.append(("mentionCount", .integer(node.mentions)))
        if !node.documents.isEmpty {
            m.append(("subjectOf", .array(node.documents.sorted().map { .string(articleIRI($0)) })))
        }
        if !roles.isEmpty { m.append(("memberOf", .array(roles.map { .string($0) }))) }
        return .object(m)
    }

    private func statement(_ e: Edge, iri: String, iris: [String]) -> JSONFragment {
        var m: [(String, JSONFragment)] = [("@id", .string(iri))]
        var dateKey = "date"
        switch e.relation {
        case .role:
            m.append(("@type", .string("OrganizationRole")))
            if let title = e.title { m.append(("roleName", .string(title))) }
            m.append(("roleOf", .string(iris[e.source])))
            m.append(("memberOf", .string(iris[e.target])))
            dateKey = "startDate"
        case .met:
            m.append(("@type", .string("Event")))
            m.append(("relation", .string(e.relation.rawValue)))
            m.append(("attendee", .array([.string(iris[e.source]), .string(iris[e.target])])))
            dateKey = "startDate"
        default:
            m.append(("@type", .string("Relation")))
            m.append(("relation", .string(e.relation.rawValue)))
            m.append(("source", .string(iris[e.source])))
            m.append(("target", .string(iris[e.target])))
            if let title = e.title { m.append(("title", .string(title))) }
        }
        if let date = e.date {
            m.append(ISODate.isFullDate(date) ? (dateKey, .string(date)) : ("dateText", .string(date)))
        }
        m.append(("weight", .double(ExportFormatting.exportWeight(e.weight, evidenceCount: e.evidence.count))))
        let evidence = EvidenceSummary.ordered(e.evidence)
        if !evidence.isEmpty {
            let articles = Array(Set(evidence.map(\.document))).sorted()
            m.append(("wasDerivedFrom", .array(articles.map { .string(articleIRI($0)) })))
            let shown = evidenceLimit.map { Array(evidence.prefix(max(0, $0))) } ?? evidence
            m.append(("evidenceCount", .integer(evidence.count)))
            m.append(("evidence", .array(shown.map { ev in
                .object([
                    ("@type", .string("Evidence")), ("article", .string(articleIRI(ev.document))),
                    ("sentenceIndex", .integer(ev.sentence)), ("text", .string(ev.text)), ("rule", .string(ev.rule)),
                ])
            })))
        }
        return .object(m)
    }
}
