import Entities

/// `co_occurs`: every pair of distinct entities sharing a window (sentence, paragraph or document),
/// one relation per pair and window; the graph builder sums them into weights. A pair is kept only
/// when it shares at least `LinkOptions.minWeight` windows in the document.
///
/// Entities are numbered once per document and ranked as their (type, name) and names sort, so the
/// pairing, which is quadratic in the entities of a window, compares and hashes integers only. The pairs
/// come out in `RelationExtractor`'s order (sentence, then source and target as strings sort).
public struct CoOccurrenceLinker: RelationLinker {
    public init() {}

    /// An entity of the document: its canonical name under its type.
    private typealias EntityKey = TypedNameKey

    /// One spelling (bytes) of an entity's name under its type.
    private struct SpellingKey: Hashable {
        let name: UTF8Key
        let type: EntityType
    }

    public func link(_ doc: AnalysedDocument, context: LinkContext) -> [Relation] {
        // Windows as runs of sentence views.
        var windows: [Range<Int>] = []
        var start = 0
        for k in context.views.indices {
            let closes: Bool
            switch context.options.window {
            case .sentence: closes = true
            case .paragraph: closes = k + 1 == context.views.count || context.views[k + 1].paragraph != context.views[k].paragraph
            case .document: closes = k + 1 == context.views.count
            }
            if closes { windows.append(start..<(k + 1)); start = k + 1 }
        }
        // Number the entities and their names in order of appearance; `ids` parallels the mentions
        // of each view that take part (surname-only repairs do not).
        var entityIDs: [EntityKey: Int] = [:]
        var spellingIDs: [SpellingKey: Int] = [:]
        var nameIDs: [NameKey: Int] = [:]
        var names: [String] = [], types: [EntityType] = [], nameOf: [Int] = []
        var distinctNames: [String] = []
        var ids: [[Int]] = []
        ids.reserveCapacity(context.views.count)
        for v in context.views {
            var here: [Int] = []
            for m in v.allMentions where m.rule != MentionRepair.surnameRule {
                // The same spelling again is answered by its bytes; only a new spelling pays for
                // `String` hashing (normalising), which still merges canonically equal names.
                let bytes = SpellingKey(name: UTF8Key(m.canonical), type: m.type)
                if let id = spellingIDs[bytes] { here.append(id); continue }
                let key = EntityKey(name: m.canonical, type: m.type)
                if let id = entityIDs[key] { spellingIDs[bytes] = id; here.append(id); continue }
                let id = names.count
                entityIDs[key] = id
                spellingIDs[bytes] = id
                names.append(m.canonical)
                types.append(m.type)
                if let n = nameIDs[NameKey(m.canonical)] {
                    nameOf.append(n)
                } else {
                    nameIDs[NameKey(m.canonical)] = distinctNames.count
                    nameOf.append(distinctNames.count)
                    distinctNames.append(m.canonical)
                }
                here.append(id)
            }
            ids.append(here)
        }
        let count = names.count
        guard count > 1 else { return [] }
        // Ranks order exactly as (type, name) and as names do with `<` on the strings.
        var nameRank = [Int](repeating: 0, count: distinctNames.count)
        // `StringOrder.less` orders as `<` does, without normalising each compared name.
        for (r, n) in distinctNames.indices.sorted(by: { StringOrder.less(distinctNames[$0], distinctNames[$1]) }).enumerated() { nameRank[n] = r }
        // (type, name rank) orders as (type, name) does: names of one type are distinct under `==`,
        // and the rank is `<` on them, so no string is compared twice.
        var entityRank = [Int](repeating: 0, count: count)
        for (r, id) in (0..<count).sorted(by: { (types[$0], nameRank[nameOf[$0]]) < (types[$1], nameRank[nameOf[$1]]) }).enumerated() {
            entityRank[id] = r
        }

        var found: [(lo: Int, hi: Int, view: Int)] = []
        var counts: [Int: Int] = [:]
        let counting = context.options.minWeight > 1
        // Per entity, the last window it was seen in and the first view of that window it appears in.
        var seenIn = [Int](repeating: -1, count: count)
        var firstView = [Int](repeating: 0, count: count)
        var entries: [Int] = []
        for (w, window) in windows.enumerated() {
            entries.removeAll(keepingCapacity: true)
            for k in window {
                for id in ids[k] where seenIn[id] != w {
                    seenIn[id] = w
                    firstView[id] = k
                    entries.append(id)
                }
            }
            guard entries.count > 1 else { continue }
            entries.sort { entityRank[$0] < entityRank[$1] }
            for i in entries.indices {
                let x = entries[i]
                for j in (i + 1)..<entries.count {
                    let y = entries[j]
                    if nameOf[x] == nameOf[y] { continue }
                    let (lo, hi) = nameRank[nameOf[x]] < nameRank[nameOf[y]] ? (x, y) : (y, x)
                    found.append((lo, hi, max(firstView[x], firstView[y])))
                    if counting { counts[lo * count + hi, default: 0] += 1 }
                }
            }
        }
        let rule = "co_occurs:" + context.options.window.rawValue
        // In the extractor's order: (sentence, source, target), ties as found. `RelationExtractor` then
        // only places the other linkers' few relations among these instead of ranking every name string
        // of every pair again (title and rule are the same for all pairs).
        let sentenceOf = context.views.map(\.index)
        var order: [(sentence: Int, source: Int, target: Int, index: Int)] = []
        order.reserveCapacity(found.count)
        for (i, f) in found.enumerated() {
            order.append((sentenceOf[f.view], nameRank[nameOf[f.lo]], nameRank[nameOf[f.hi]], i))
        }
        order.sort { ($0.sentence, $0.source, $0.target, $0.index) < ($1.sentence, $1.source, $1.target, $1.index) }
        var out: [Relation] = []
        out.reserveCapacity(found.count)
        // One evidence per view, shared by all its pairs (it spells the sentence's text).
        var evidenceOfView = [Evidence?](repeating: nil, count: context.views.count)
        for key in order {
            let f = found[key.index]
            if counting && counts[f.lo * count + f.hi, default: 0] < context.options.minWeight { continue }
            let evidence = evidenceOfView[f.view] ?? context.evidence(f.view, rule: rule)
            evidenceOfView[f.view] = evidence
            out.append(Relation(type: .coOccurs, source: names[f.lo], sourceType: types[f.lo], target: names[f.hi],
                                targetType: types[f.hi], evidence: evidence))
        }
        return out
    }
}
