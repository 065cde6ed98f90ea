import Foundation
import Entities

/// Lays a graph out as graph.json (see docs/graph-format.md): a string table, then arrays of arrays that
/// refer to it by index, with each evidence sentence stored once in a sentence table. Produces the file
/// as a few large byte chunks so callers can stream them.
struct GraphFileEncoder {
    private var strings: [String] = []
    private var stringIndex: [UTF8Key: Int] = [:]

    /// Sentences are keyed by position only; the text is compared on a hit rather than hashed, since
    /// hashing hundreds of thousands of long sentences dominated save time.
    private struct SentenceKey: Hashable {
        var document: Int, sentence: Int, start: Int, end: Int
    }
    private var sentenceIndex: [SentenceKey: Int] = [:]
    /// Further sentences at a position already taken by another text (rare: only inconsistent input).
    private var sentenceOverflow: [SentenceKey: [Int]] = [:]
    private var sentenceTexts: [String] = []
    private var sentences: [UInt8] = []

    private mutating func intern(_ s: String) -> Int {
        let key = UTF8Key(s)
        if let i = stringIndex[key] { return i }
        let i = strings.count
        strings.append(s)
        stringIndex[key] = i
        return i
    }

    private mutating func intern(_ s: String?) -> Int { s.map { intern($0) } ?? -1 }

    /// Evidence comes sorted by document, so the previous document's index is usually the answer.
    private var lastDocument = ""
    private var lastDocumentIndex = -1

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var x = a, y = b
        guard x.utf8.count == y.utf8.count else { return false }
        return x.withUTF8 { p in
            y.withUTF8 { q in
                // Shared storage (one sentence String copied into many evidences) answers at once.
                guard let pa = p.baseAddress, let qa = q.baseAddress else { return p.count == q.count }
                return pa == qa || memcmp(pa, qa, p.count) == 0
            }
        }
    }

    /// Rules and titles come from small vocabularies and repeat from row to row: the last few are
    /// checked by bytes before the string table's hash lookup. (Dates vary too much to benefit.)
    private struct RecentValues {
        var values: [(String, Int)] = []
        var next = 0
    }
    private var recentRules = RecentValues()
    private var recentTitles = RecentValues()

    private mutating func internRepeated(_ s: String, _ recent: inout RecentValues) -> Int {
        for (value, index) in recent.values where Self.sameBytes(value, s) { return index }
        let index = intern(s)
        if recent.values.count < 8 { recent.values.append((s, index)) } else {
            recent.values[recent.next] = (s, index)
            recent.next = (recent.next + 1) % 8
        }
        return index
    }

    private mutating func internTitle(_ s: String?) -> Int {
        guard let s else { return -1 }
        var recent = recentTitles
        recentTitles = RecentValues()
        defer { recentTitles = recent }
        return internRepeated(s, &recent)
    }

    private mutating func internRule(_ s: String) -> Int {
        var recent = recentRules
        recentRules = RecentValues()
        defer { recentRules = recent }
        return internRepeated(s, &recent)
    }

    private mutating func sentence(_ e: Evidence) -> Int {
        if lastDocumentIndex < 0 || !Self.sameBytes(lastDocument, e.document) {
            lastDocument = e.document
            lastDocumentIndex = intern(e.document)
        }
        let key = SentenceKey(document: lastDocumentIndex, sentence: e.sentence, start: e.start, end: e.end)
        let i = sentenceTexts.count
        if let first = sentenceIndex[key] {
            if Self.sameBytes(sentenceTexts[first], e.text) { return first }
            for j in sentenceOverflow[key] ?? [] where Self.sameBytes(sentenceTexts[j], e.text) { return j }
            sentenceOverflow[key, default: []].append(i)
        } else {
            sentenceIndex[key] = i
        }
        sentenceTexts.append(e.text)
        rowStart(i, &sentences)
        JSONText.appendInt(key.document, to: &sentences); sentences.append(0x2C)
        JSONText.appendInt(key.sentence, to: &sentences); sentences.append(0x2C)
        JSONText.appendInt(key.start, to: &sentences); sentences.append(0x2C)
        JSONText.appendInt(key.end, to: &sentences); sentences.append(0x2C)
        JSONText.appendString(e.text, to: &sentences)
        sentences.append(0x5D)
        return i
    }

    @inline(__always) private func rowStart(_ i: Int, _ out: inout [UInt8]) {
        if i > 0 { out.append(0x2C) }
        out.append(0x0A); out.append(0x5B)
    }

    /// The whole file, in order, as byte chunks.
    mutating func encode(_ graph: KnowledgeGraph, emit: ([UInt8]) throws -> Void) rethrows {
        stringIndex.reserveCapacity(graph.nodes.count * 2 + graph.documents.count + 64)
        sentenceIndex.reserveCapacity(graph.edges.count * 2)
        // Enum names are interned once, not once per row.
        let typeIndex = EntityType.allCases.map { intern($0.rawValue) }
        let relationIndex = RelationType.allCases.map { intern($0.rawValue) }
        var documents: [UInt8] = []
        for (i, d) in graph.documents.enumerated() {
            rowStart(i, &documents)
            JSONText.appendInt(intern(d.id), to: &documents); documents.append(0x2C)
            JSONText.appendInt(intern(d.date), to: &documents); documents.append(0x2C)
            JSONText.appendInt(d.sentences, to: &documents); documents.append(0x2C)
            JSONText.appendInt(d.characters, to: &documents)
            documents.append(0x5D)
        }
        var nodes: [UInt8] = []
        nodes.reserveCapacity(graph.nodes.count * 40)
        func ints(_ values: [Int], _ out: inout [UInt8]) {
            out.append(0x5B)
            for (j, v) in values.enumerated() { if j > 0 { out.append(0x2C) }; JSONText.appendInt(v, to: &out) }
            out.append(0x5D)
        }
        for (i, n) in graph.nodes.enumerated() {
            rowStart(i, &nodes)
            JSONText.appendInt(typeIndex[EntityType.allCases.firstIndex(of: n.type) ?? 0], to: &nodes); nodes.append(0x2C)
            JSONText.appendInt(intern(n.name), to: &nodes); nodes.append(0x2C)
            ints(n.aliases.map { intern($0) }, &nodes); nodes.append(0x2C)
            ints(n.traditionalAliases.map { intern($0) }, &nodes); nodes.append(0x2C)
            ints(n.titles.map { intern($0) }, &nodes); nodes.append(0x2C)
            JSONText.appendInt(n.mentions, to: &nodes); nodes.append(0x2C)
            ints(n.documents.map { intern($0) }, &nodes); nodes.append(0x2C)
            ints(n.attributes.keys.sorted().flatMap { [intern($0), intern(n.attributes[$0] ?? "")] }, &nodes)
            nodes.append(0x5D)
        }
        var edges: [UInt8] = []
        edges.reserveCapacity(graph.edges.count * 64)
        sentences.reserveCapacity(graph.edges.count * 120)
        for (i, e) in graph.edges.enumerated() {
            rowStart(i, &edges)
            JSONText.appendInt(e.source, to: &edges); edges.append(0x2C)
            JSONText.appendInt(e.target, to: &edges); edges.append(0x2C)
            JSONText.appendInt(relationIndex[RelationType.allCases.firstIndex(of: e.relation) ?? 0], to: &edges); edges.append(0x2C)
            JSONText.appendInt(internTitle(e.title), to: &edges); edges.append(0x2C)
            JSONText.appendInt(e.rank ?? -1, to: &edges); edges.append(0x2C)
            JSONText.appendInt(intern(e.date), to: &edges); edges.append(0x2C)
            JSONText.appendDouble(e.weight, to: &edges); edges.append(0x2C)
            edges.append(0x5B)
            for (j, ev) in e.evidence.enumerated() {
                if j > 0 { edges.append(0x2C) }
                JSONText.appendInt(sentence(ev), to: &edges); edges.append(0x2C)
                JSONText.appendInt(internRule(ev.rule), to: &edges)
            }
            edges.append(0x5D)
            edges.append(0x5D)
        }
        try emit(Array("{\"format\":\"graphctl.graph\",\"version\":\(KnowledgeGraph.formatVersion),\"counts\":{\"strings\":\(strings.count),\"documents\":\(graph.documents.count),\"sentences\":\(sentenceTexts.count),\"nodes\":\(graph.nodes.count),\"edges\":\(graph.edges.count)},\n\"strings\":[".utf8))
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 17)
        for (i, s) in strings.enumerated() {
            if i > 0 { chunk.append(0x2C) }
            chunk.append(0x0A)
            JSONText.appendString(s, to: &chunk)
            if chunk.count >= 1 << 16 { try emit(chunk); chunk.removeAll(keepingCapacity: true) }
        }
        chunk.append(contentsOf: Array("],\n\"documents\":[".utf8))
        try emit(chunk)
        try emit(documents)
        try emit(Array("],\n\"sentences\":[".utf8))
        try emit(sentences)
        try emit(Array("],\n\"nodes\":[".utf8))
        try emit(nodes)
        try emit(Array("],\n\"edges\":[".utf8))
        try emit(edges)
        try emit(Array("]}\n".utf8))
    }
}
