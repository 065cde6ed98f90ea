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
        let context = LinkContext(document: doc, options: options, dateResolver: dateResolver)
        // Deduplicate on a hash of the short fields only: the synthesised `Relation` hash covers the
        // evidence sentence, and hashing (NFC-checking) that text per relation was most of the run time.
        var seen: [Int: [Int]] = [:]
        var out: [Relation] = []
        for linker in linkers {
            for r in linker.link(doc, context: context) {
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
        return Self.sorted(out)
    }

    /// The article's own date, for `DocumentInfo.date`.
    public func articleDate(in doc: AnalysedDocument) -> String? {
        dateResolver.articleDate(in: doc)?.text
    }

    static func sorted(_ relations: [Relation]) -> [Relation] {
        relations.sorted {
            ($0.evidence.sentence, $0.type, $0.source, $0.target, $0.title ?? "", $0.evidence.rule)
                < ($1.evidence.sentence, $1.type, $1.source, $1.target, $1.title ?? "", $1.evidence.rule)
        }
    }
}
