import Foundation
import Entities

/// Lays a graph out as graph.json (see docs/graph-format.md): a string table, then arrays of arrays that
/// refer to it by index, with each evidence sentence stored once in a sentence table. Produces the file
/// as a few large byte chunks so callers can stream them.
struct GraphFileEncoder {
    private var tables = GraphFileTables()

    private mutating func intern(_ s: String) -> Int { tables.intern(s) }
    private mutating func intern(_ s: String?) -> Int { tables.intern(s) }

    /// Read in place (`withUTF8` on a copy retained and released both strings, a third of save's
    /// interning pass); a string without contiguous UTF-8 (bridged) is compared through its view.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let inPlace: Bool?? = a.utf8.withContiguousStorageIfAvailable { p in
            b.utf8.withContiguousStorageIfAvailable { q in
                // Shared storage (one sentence String copied into many evidences) answers at once.
                guard let pa = p.baseAddress, let qa = q.baseAddress else { return p.count == q.count }
                return pa == qa || memcmp(pa, qa, p.count) == 0
            }
        }
        return (inPlace ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// Rows `range` of the sentence table.
    private static func sentenceRows(_ range: Range<Int>, keys: [GraphFileTables.SentenceKey], texts: [String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count * 120)
        for i in range {
            let key = keys[i]
            rowStart(i, &out)
            JSONText.appendInt(key.document, to: &out); out.append(0x2C)
            JSONText.appendInt(key.sentence, to: &out); out.append(0x2C)
            JSONText.appendInt(key.start, to: &out); out.append(0x2C)
            JSONText.appendInt(key.end, to: &out); out.append(0x2C)
            JSONText.appendString(texts[i], to: &out)
            out.append(0x5D)
        }
        return out
    }

    @inline(__always) private static func rowStart(_ i: Int, _ out: inout [UInt8]) {
        if i > 0 { out.append(0x2C) }
        out.append(0x0A); out.append(0x5B)
    }

    /// The whole file, in order, as byte chunks.
    /// `threads` > 1 numbers and writes the edge and sentence rows on up to that many threads, each
    /// given at least `minimumShare` edges (see `ContiguousShares`).
    mutating func encode(_ graph: KnowledgeGraph, threads: Int = 1, minimumShare: Int = ContiguousShares.minimumShare,
                         emit: ([UInt8]) throws -> Void) rethrows {
        tables.reserve(strings: graph.nodes.count * 2 + graph.documents.count + 64, sentences: graph.edges.count * 2)
        // Enum names are interned once, not once per row.
        let typeIndex = EntityType.allCases.map { intern($0.rawValue) }
        let relationIndex = RelationType.allCases.map { intern($0.rawValue) }
        var documents: [UInt8] = []
        for (i, d) in graph.documents.enumerated() {
            Self.rowStart(i, &documents)
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
            Self.rowStart(i, &nodes)
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
        // The edges in two passes, each shared out in contiguous ranges of rows over `threads` threads.
        // First the numbering: each range's strings and sentences are numbered in a table of its own,
        // and the tables are then absorbed in order into the file's (see `GraphFileTables`). Then the
        // rows are written, with the numbers the file's table gives. The file is the same for any count.
        let shares = ContiguousShares.count(graph.edges.count, threads: threads, minimumShare: minimumShare)
        let edgeRanges = ContiguousShares.ranges(graph.edges.count, shares: shares)
        var numbers: [EdgeNumbers] = []
        var renumbering: [Renumbering?] = []
        if shares == 1 {
            numbers = [tables.number(graph.edges, edgeRanges[0])]
            renumbering = [nil]
        } else {
            let numbered = ResultSlots<(GraphFileTables, EdgeNumbers)>(count: shares)
            let edges = graph.edges
            DispatchQueue.concurrentPerform(iterations: shares) { k in
                var local = GraphFileTables()
                let n = local.number(edges, edgeRanges[k])
                numbered.set(k, (local, n))
            }
            for k in 0..<shares {
                guard let (local, n) = numbered.get(k) else { continue }
                numbers.append(n)
                renumbering.append(tables.absorb(local))
            }
        }
        let rows = EdgeRows(edges: graph.edges, relationIndex: relationIndex, numbers: numbers, renumbering: renumbering)
        let sentenceRanges = ContiguousShares.ranges(tables.sentenceKeys.count, shares: shares)
        let parts = ResultSlots<[UInt8]>(count: 2 * shares)
        let keys = tables.sentenceKeys, texts = tables.sentenceTexts
        let write = { @Sendable (k: Int) in
            parts.set(k, k < shares ? rows.bytes(share: k, edgeRanges[k])
                                    : Self.sentenceRows(sentenceRanges[k - shares], keys: keys, texts: texts))
        }
        if shares > 1 { DispatchQueue.concurrentPerform(iterations: 2 * shares, execute: write) } else {
            for k in 0..<2 * shares { write(k) }
        }
        try emit(Array("{\"format\":\"graphctl.graph\",\"version\":\(KnowledgeGraph.formatVersion),\"counts\":{\"strings\":\(tables.strings.count),\"documents\":\(graph.documents.count),\"sentences\":\(tables.sentenceTexts.count),\"nodes\":\(graph.nodes.count),\"edges\":\(graph.edges.count)},\n\"strings\":[".utf8))
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 17)
        for (i, s) in tables.strings.enumerated() {
            if i > 0 { chunk.append(0x2C) }
            chunk.append(0x0A)
            JSONText.appendString(s, to: &chunk)
            if chunk.count >= 1 << 16 { try emit(chunk); chunk.removeAll(keepingCapacity: true) }
        }
        chunk.append(contentsOf: Array("],\n\"documents\":[".utf8))
        try emit(chunk)
        try emit(documents)
        try emit(Array("],\n\"sentences\":[".utf8))
        for k in shares..<2 * shares { try emit(parts.get(k) ?? []) }
        try emit(Array("],\n\"nodes\":[".utf8))
        try emit(nodes)
        try emit(Array("],\n\"edges\":[".utf8))
        for k in 0..<shares { try emit(parts.get(k) ?? []) }
        try emit(Array("]}\n".utf8))
    }
}

extension GraphFileEncoder {
    /// The edge rows, given the numbers each range's table gave their titles, dates and evidence, and
    /// what those are in the file's table (nil: that range was numbered in the file's table itself).
    struct EdgeRows: Sendable {
        let edges: [Edge]
        let relationIndex: [Int]
        let numbers: [EdgeNumbers]
        let renumbering: [Renumbering?]

        func bytes(share k: Int, _ range: Range<Int>) -> [UInt8] {
            let numbers = numbers[k], renumbering = renumbering[k]
            func string(_ n: Int32) -> Int { renumbering?.string(n) ?? Int(n) }
            func sentence(_ n: Int32) -> Int { renumbering?.sentence(n) ?? Int(n) }
            var out: [UInt8] = []
            out.reserveCapacity(range.count * 64)
            for (r, i) in range.enumerated() {
                GraphFileEncoder.rowStart(i, &out)
                JSONText.appendInt(edges[i].source, to: &out); out.append(0x2C)
                JSONText.appendInt(edges[i].target, to: &out); out.append(0x2C)
                JSONText.appendInt(relationIndex[RelationType.allCases.firstIndex(of: edges[i].relation) ?? 0], to: &out); out.append(0x2C)
                JSONText.appendInt(string(numbers.titleAndDate[2 * r]), to: &out); out.append(0x2C)
                JSONText.appendInt(edges[i].rank ?? -1, to: &out); out.append(0x2C)
                JSONText.appendInt(string(numbers.titleAndDate[2 * r + 1]), to: &out); out.append(0x2C)
                JSONText.appendDouble(edges[i].weight, to: &out); out.append(0x2C)
                out.append(0x5B)
                var j = numbers.evidenceStart[r]
                while j < numbers.evidenceStart[r + 1] {
                    if j > numbers.evidenceStart[r] { out.append(0x2C) }
                    JSONText.appendInt(sentence(numbers.sentenceAndRule[j]), to: &out); out.append(0x2C)
                    JSONText.appendInt(string(numbers.sentenceAndRule[j + 1]), to: &out)
                    j += 2
                }
                out.append(0x5D)
                out.append(0x5D)
            }
            return out
        }
    }
}
