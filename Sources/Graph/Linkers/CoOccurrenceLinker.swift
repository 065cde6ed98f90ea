import Entities

/// `co_occurs`: every pair of distinct entities sharing a window (sentence, paragraph or document),
/// one relation per pair and window; the graph builder sums them into weights. A pair is kept only
/// when it shares at least `LinkOptions.minWeight` windows in the document.
public struct CoOccurrenceLinker: RelationLinker {
    public init() {}

    struct Key: Hashable, Comparable {
        let a: String, aType: EntityType, b: String, bType: EntityType
        static func < (l: Key, r: Key) -> Bool { (l.a, l.aType, l.b, l.bType) < (r.a, r.aType, r.b, r.bType) }
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
        var found: [(Key, Int)] = []
        var counts: [Key: Int] = [:]
        for w in windows {
            // First sentence where each entity appears in the window.
            var firstSeen: [String: (Mention, Int)] = [:]
            var order: [String] = []
            for k in w {
                for m in context.views[k].allMentions where m.rule != MentionRepair.surnameRule {
                    let id = m.type.rawValue + "\u{1}" + m.canonical
                    if firstSeen[id] == nil { firstSeen[id] = (m, k); order.append(id) }
                }
            }
            let entries = order.compactMap { firstSeen[$0] }.sorted { ($0.0.type, $0.0.canonical) < ($1.0.type, $1.0.canonical) }
            for i in entries.indices {
                for j in entries.indices where j > i {
                    let (x, kx) = entries[i], (y, ky) = entries[j]
                    if x.canonical == y.canonical { continue }
                    let (lo, hi) = x.canonical < y.canonical ? (x, y) : (y, x)
                    let key = Key(a: lo.canonical, aType: lo.type, b: hi.canonical, bType: hi.type)
                    found.append((key, max(kx, ky)))
                    counts[key, default: 0] += 1
                }
            }
        }
        let rule = "co_occurs:" + context.options.window.rawValue
        return found.compactMap { key, k in
            guard counts[key, default: 0] >= context.options.minWeight else { return nil }
            return Relation(type: .coOccurs, source: key.a, sourceType: key.aType, target: key.b, targetType: key.bType,
                            evidence: context.evidence(k, rule: rule))
        }
    }
}
