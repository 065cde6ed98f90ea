import Entities

/// Runs every relation linker over an analysed document and returns its relations, deduplicated and
/// in a deterministic order (sentence, type, source, target, title).
public struct RelationExtractor: Sendable {
    public var options: LinkOptions
    public var dateResolver: ArticleDateResolver

    public init(options: LinkOptions = .init()) {
        self.options = options
        self.dateResolver = ArticleDateResolver()
    }

    /// The linkers in the order they run; order does not change the output.
    public var linkers: [any RelationLinker] {
        [RoleLinker(), MeetingLinker(), AccompanimentLinker(), VisitLinker(), CoOccurrenceLinker()]
    }

    public func relations(in doc: AnalysedDocument) -> [Relation] {
        relations(in: doc, includingCoOccurrence: true)
    }

    /// The relations, with or without the `co_occurs` pairs: `extract --jsonl` prints every relation but
    /// those, and the pairs are most of the relations and of the linking time. The other relations are
    /// the same either way (no other linker makes `co_occurs`, and the pairs only merge in at the end).
    public func relations(in doc: AnalysedDocument, includingCoOccurrence: Bool) -> [Relation] {
        let context = LinkContext(document: doc, options: options, dateResolver: dateResolver)
        // Deduplicate on a hash of the short fields only: the synthesised `Relation` hash covers the
        // evidence sentence, and hashing (NFC-checking) that text per relation was most of the run time.
        var seen: [Int: [Int]] = [:]
        var out: [Relation] = []
        var pairs: [Relation] = []
        for linker in linkers where includingCoOccurrence || !(linker is CoOccurrenceLinker) {
            let found = linker.link(doc, context: context)
            // Co-occurrence pairs are distinct by construction (one per entity pair and window), of a
            // type no other linker makes, and already in output order: nothing to deduplicate or rank,
            // and they are most of the relations.
            if linker is CoOccurrenceLinker {
                pairs = found
                continue
            }
            for r in found {
                var h = Hasher()
                h.combine(r.type)
                h.combine(r.evidence.sentence)
                h.combine(r.evidence.start)
                h.combine(r.source)
                h.combine(r.target)
                h.combine(r.evidence.rule)
                let key = h.finalize()
                if let same = seen[key], same.contains(where: { out[$0] == r }) { continue }
                seen[key, default: []].append(out.count)
                out.append(r)
            }
        }
        return Self.merged(Self.sorted(out), into: pairs)
    }

    /// `sorted(relations + pairs)` for co-occurrence `pairs` already in that order: `co_occurs` sorts
    /// first within a sentence, so each sentence's other relations go right after its pairs. One linear
    /// merge: inserting each sentence's group into the pairs array was quadratic in a long document.
    static func merged(_ relations: [Relation], into pairs: [Relation]) -> [Relation] {
        guard !pairs.isEmpty else { return relations }
        guard !relations.isEmpty else { return pairs }
        var out: [Relation] = []
        out.reserveCapacity(relations.count + pairs.count)
        var p = 0
        for relation in relations {
            let sentence = relation.evidence.sentence
            while p < pairs.count && pairs[p].evidence.sentence <= sentence {
                out.append(pairs[p])
                p += 1
            }
            out.append(relation)
        }
        out.append(contentsOf: pairs[p...])
        return out
    }

    /// The article's own date, for `DocumentInfo.date`.
    public func articleDate(in doc: AnalysedDocument) -> String? {
        dateResolver.articleDate(in: doc)?.text
    }

    /// Relations in (sentence, type, source, target, title, rule) order. The strings are ranked once (their
    /// distinct values sorted with `String.<`), so the sort compares integers: comparing string tuples
    /// retained and compared every string per comparison. Ranks order exactly as the strings do, and the
    /// sort is stable, so the result is the one the tuple comparison gives.
    ///
    /// Distinct values are collected by their UTF-8 bytes (`UTF8Key`): `String` hashing normalises every
    /// non-ASCII name, four times per relation. Canonically equal spellings with different bytes are
    /// adjacent once sorted and take one rank, as they did when `==` merged them.
    static func sorted(_ relations: [Relation]) -> [Relation] {
        guard relations.count > 1 else { return relations }
        var ids: [UTF8Key: Int32] = [:]
        var distinct: [String] = []
        /// The last string seen per field: rules, titles and sources repeat from one relation to the
        /// next and usually share storage, which `sameBytes` answers without hashing.
        var last = [(string: String, id: Int32)](repeating: ("", -1), count: 4)
        func id(_ s: String, field: Int) -> Int32 {
            if last[field].id >= 0 && GraphFileEncoder.sameBytes(last[field].string, s) { return last[field].id }
            let key = UTF8Key(s)
            let k: Int32
            if let known = ids[key] {
                k = known
            } else {
                k = Int32(distinct.count)
                ids[key] = k
                distinct.append(key.string)
            }
            last[field] = (key.string, k)
            return k
        }
        let n = relations.count
        var fields = [Int32](repeating: 0, count: n * 4)
        for (i, r) in relations.enumerated() {
            fields[4 * i] = id(r.source, field: 0)
            fields[4 * i + 1] = id(r.target, field: 1)
            fields[4 * i + 2] = id(r.title ?? "", field: 2)
            fields[4 * i + 3] = id(r.evidence.rule, field: 3)
        }
        // `<` orders the distinct spellings; canonically equal neighbours (`==`) share a rank.
        // `StringOrder` answers as `<` and `==` do, without normalising each compared name.
        let byString = distinct.indices.sorted { StringOrder.less(distinct[$0], distinct[$1]) }
        var rank = [Int32](repeating: 0, count: distinct.count)
        var r: Int32 = 0
        for (p, k) in byString.enumerated() {
            if p > 0 && !StringOrder.equal(distinct[byString[p - 1]], distinct[k]) { r += 1 }
            rank[k] = r
        }
        var keys = [(sentence: Int, type: Int, source: Int32, target: Int32, title: Int32, rule: Int32, index: Int)]()
        keys.reserveCapacity(n)
        for (i, r) in relations.enumerated() {
            keys.append((r.evidence.sentence, r.type.order, rank[Int(fields[4 * i])], rank[Int(fields[4 * i + 1])],
                         rank[Int(fields[4 * i + 2])], rank[Int(fields[4 * i + 3])], i))
        }
        keys.sort {
            ($0.sentence, $0.type, $0.source, $0.target, $0.title, $0.rule)
                < ($1.sentence, $1.type, $1.source, $1.target, $1.title, $1.rule)
        }
        return keys.map { relations[$0.index] }
    }
}
