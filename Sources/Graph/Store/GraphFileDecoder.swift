import Entities

/// Reads graph.json (see docs/graph-format.md) with `JSONByteReader`: sections are read into integer
/// rows first and resolved against the string table at the end, so section order does not matter and
/// every index is checked.
struct GraphFileDecoder {
    struct Failure: Error { let reason: String }

    static func decode(_ buffer: UnsafeBufferPointer<UInt8>) throws -> KnowledgeGraph {
        var r = JSONByteReader(buffer)
        var format: String?
        var strings: [String] = []
        var documents: [[Int]] = []
        var sentences: [(Int, Int, Int, Int, String)] = []
        var pool: [Int] = []
        struct RawNode { var type = 0, name = 0, aliases = 0..<0, traditional = 0..<0, titles = 0..<0,
                         mentions = 0, documents = 0..<0, attributes = 0..<0 }
        var nodes: [RawNode] = []
        struct RawEdge { var source = 0, target = 0, relation = 0, title = -1, rank = -1, date = -1,
                         weight = 0.0, evidence = 0..<0 }
        var edges: [RawEdge] = []
        do {
            if r.bytes.isEmpty { throw Failure(reason: "empty file (not a graphctl graph)") }
            try r.expect(0x7B, "'{' (a graphctl graph is a JSON object)")
            if try r.peek("a key or '}'") != 0x7D {
                repeat {
                    let key = try r.string()
                    try r.expect(0x3A, "':'")
                    switch key {
                    case "format":
                        let f = try r.string()
                        guard f == "graphctl.graph" else { throw Failure(reason: "not a graphctl graph (format \"\(f)\")") }
                        format = f
                    case "version":
                        let v = try r.int()
                        if v > KnowledgeGraph.formatVersion {
                            throw Failure(reason: "written by a newer graphctl (format version \(v); this one reads \(KnowledgeGraph.formatVersion))")
                        }
                        guard v >= 1 else { throw Failure(reason: "unknown format version \(v)") }
                    case "strings":
                        try r.array("strings") { r in strings.append(try r.string()) }
                    case "documents":
                        try r.array("documents") { r in
                            let row = try r.ints()
                            guard row.count == 4 else { throw Failure(reason: "documents[\(documents.count)] has \(row.count) fields, expected 4") }
                            documents.append(row)
                        }
                    case "sentences":
                        try r.array("sentences") { r in
                            try r.expect(0x5B, "'[' (sentence)")
                            let d = try r.int(); try r.expect(0x2C, "','")
                            let s = try r.int(); try r.expect(0x2C, "','")
                            let a = try r.int(); try r.expect(0x2C, "','")
                            let b = try r.int(); try r.expect(0x2C, "','")
                            let t = try r.string(); try r.expect(0x5D, "']' ending a sentence (5 fields)")
                            sentences.append((d, s, a, b, t))
                        }
                    case "nodes":
                        try r.array("nodes") { r in
                            var n = RawNode()
                            try r.expect(0x5B, "'[' (node)")
                            n.type = try r.int(); try r.expect(0x2C, "','")
                            n.name = try r.int(); try r.expect(0x2C, "','")
                            n.aliases = try r.ints(into: &pool); try r.expect(0x2C, "','")
                            n.traditional = try r.ints(into: &pool); try r.expect(0x2C, "','")
                            n.titles = try r.ints(into: &pool); try r.expect(0x2C, "','")
                            n.mentions = try r.int(); try r.expect(0x2C, "','")
                            n.documents = try r.ints(into: &pool); try r.expect(0x2C, "','")
                            n.attributes = try r.ints(into: &pool); try r.expect(0x5D, "']' ending a node (8 fields)")
                            nodes.append(n)
                        }
                    case "edges":
                        try r.array("edges") { r in
                            var e = RawEdge()
                            try r.expect(0x5B, "'[' (edge)")
                            e.source = try r.int(); try r.expect(0x2C, "','")
                            e.target = try r.int(); try r.expect(0x2C, "','")
                            e.relation = try r.int(); try r.expect(0x2C, "','")
                            e.title = try r.int(); try r.expect(0x2C, "','")
                            e.rank = try r.int(); try r.expect(0x2C, "','")
                            e.date = try r.int(); try r.expect(0x2C, "','")
                            e.weight = try r.double(); try r.expect(0x2C, "','")
                            e.evidence = try r.ints(into: &pool); try r.expect(0x5D, "']' ending an edge (8 fields)")
                            edges.append(e)
                        }
                    default:
                        try r.skipValue()
                    }
                    if format == nil && key != "format" {
                        throw Failure(reason: "not a graphctl graph (no \"format\": \"graphctl.graph\" first)")
                    }
                } while try r.more(0x7D)
            } else {
                r.pos += 1
            }
            r.skipWhitespace()
            if r.pos < r.bytes.count { throw r.fail("end of file after the graph object") }
            if format == nil { throw Failure(reason: "not a graphctl graph (no \"format\" key)") }
        } catch let f as JSONByteReader.Failure {
            throw Failure(reason: f.reason)
        }

        // Resolve indices.
        func str(_ i: Int, _ what: @autoclosure () -> String) throws -> String {
            guard i >= 0, i < strings.count else { throw Failure(reason: "string index \(i) out of range in \(what())") }
            return strings[i]
        }
        func optStr(_ i: Int, _ what: @autoclosure () -> String) throws -> String? {
            i == -1 ? nil : try str(i, what())
        }
        var entityTypes: [Int: EntityType] = [:]
        var relationTypes: [Int: RelationType] = [:]
        var infos: [DocumentInfo] = []
        infos.reserveCapacity(documents.count)
        for (i, d) in documents.enumerated() {
            infos.append(DocumentInfo(id: try str(d[0], "documents[\(i)]"), date: try optStr(d[1], "documents[\(i)]"),
                                      sentences: d[2], characters: d[3]))
        }
        var outNodes: [Node] = []
        outNodes.reserveCapacity(nodes.count)
        for (i, n) in nodes.enumerated() {
            let type: EntityType
            if let t = entityTypes[n.type] { type = t } else {
                let raw = try str(n.type, "nodes[\(i)]")
                guard let t = EntityType(rawValue: raw) else { throw Failure(reason: "unknown entity type \"\(raw)\" in nodes[\(i)]") }
                entityTypes[n.type] = t
                type = t
            }
            var attributes: [String: String] = [:]
            guard n.attributes.count % 2 == 0 else { throw Failure(reason: "odd attribute list in nodes[\(i)]") }
            var k = n.attributes.lowerBound
            while k < n.attributes.upperBound {
                attributes[try str(pool[k], "nodes[\(i)]")] = try str(pool[k + 1], "nodes[\(i)]")
                k += 2
            }
            outNodes.append(Node(id: i, type: type, name: try str(n.name, "nodes[\(i)]"),
                                 aliases: try pool[n.aliases].map { try str($0, "nodes[\(i)]") },
                                 traditionalAliases: try pool[n.traditional].map { try str($0, "nodes[\(i)]") },
                                 titles: try pool[n.titles].map { try str($0, "nodes[\(i)]") },
                                 mentions: n.mentions,
                                 documents: try pool[n.documents].map { try str($0, "nodes[\(i)]") },
                                 attributes: attributes))
        }
        var outEdges: [Edge] = []
        outEdges.reserveCapacity(edges.count)
        for (i, e) in edges.enumerated() {
            guard e.source >= 0, e.source < outNodes.count, e.target >= 0, e.target < outNodes.count else {
                throw Failure(reason: "edges[\(i)] refers to a node that does not exist")
            }
            let relation: RelationType
            if let t = relationTypes[e.relation] { relation = t } else {
                let raw = try str(e.relation, "edges[\(i)]")
                guard let t = RelationType(rawValue: raw) else { throw Failure(reason: "unknown relation \"\(raw)\" in edges[\(i)]") }
                relationTypes[e.relation] = t
                relation = t
            }
            guard e.evidence.count % 2 == 0 else { throw Failure(reason: "odd evidence list in edges[\(i)]") }
            var evidence: [Evidence] = []
            evidence.reserveCapacity(e.evidence.count / 2)
            var k = e.evidence.lowerBound
            while k < e.evidence.upperBound {
                let si = pool[k]
                guard si >= 0, si < sentences.count else { throw Failure(reason: "sentence index \(si) out of range in edges[\(i)]") }
                let s = sentences[si]
                evidence.append(Evidence(document: try str(s.0, "sentences[\(si)]"), sentence: s.1, start: s.2, end: s.3,
                                         text: s.4, rule: try str(pool[k + 1], "edges[\(i)]")))
                k += 2
            }
            outEdges.append(Edge(source: e.source, target: e.target, relation: relation,
                                 title: try optStr(e.title, "edges[\(i)]"), rank: e.rank == -1 ? nil : e.rank,
                                 date: try optStr(e.date, "edges[\(i)]"), weight: e.weight, evidence: evidence))
        }
        return KnowledgeGraph(nodes: outNodes, edges: outEdges, documents: infos)
    }
}
