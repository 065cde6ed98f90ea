import Entities

/// Decides which documents' persons of the same name are the same person.
///
/// Names repeat: 李刚 of one city is not 李刚 of another. Two documents' persons are merged unless their
/// offices conflict: the same title held in two different organisations of the same kind (书记 of 泉州市委
/// vs 书记 of 厦门市委). A document with no office for the person agrees with anyone and joins the
/// person of the earliest document. Clusters are formed greedily in document-id order, so the result
/// depends only on the set of documents. When a name splits, every cluster with an office is labelled
/// with the organisation or place of its first office, e.g. 李刚（上合示范区）.
struct HomonymResolver {
    /// One office: a title held in a named organisation or place.
    struct Office: Hashable, Comparable {
        var title: String
        var organisation: String
        static func < (a: Office, b: Office) -> Bool {
            a.organisation != b.organisation ? a.organisation < b.organisation : a.title < b.title
        }
    }

    /// The name each (document index, person canonical name) should carry in the graph; only names that
    /// differ from the canonical one are listed.
    private(set) var labels: [Int: [String: String]] = [:]

    /// What the resolver needs of one document: each person's canonical name with the offices the
    /// document gives it (empty when none). A few strings per person, so `GraphBuilder` can keep one per
    /// document for the whole corpus instead of the document's record.
    static func offices(in record: DocumentRecord) -> [String: Set<Office>] {
        var offices: [String: Set<Office>] = [:]
        for e in record.entities where e.type == .person { offices[e.canonical, default: []] = [] }
        // By index: `for rel in record.relations` copied every relation (its strings and evidence retained
        // and released), most of them co-occurrence pairs this skips.
        let relations = record.relations
        for i in relations.indices where relations[i].type == .role && relations[i].sourceType == .person
            && !relations[i].target.isEmpty {
            offices[relations[i].source, default: []].insert(Office(title: relations[i].title ?? "",
                                                                    organisation: relations[i].target))
        }
        return offices
    }

    /// Documents given in any order, resolved in document-id order (ties: the given order), as if sorted
    /// records came in. `order[position]` is the index, among the given documents, of the resolver's
    /// `position`. The one place that fixes the order `GraphBuilder` and `HomonymTableBuilder` share.
    static func inDocumentOrder(ids: [String], offices: (Int) -> [String: Set<Office>]) -> (order: [Int], resolver: HomonymResolver) {
        let order = ids.indices.sorted { a, b in ids[a] != ids[b] ? ids[a] < ids[b] : a < b }
        return (order, HomonymResolver(documents: order.map(offices)))
    }

    /// The labels keyed by document id (`order` and `ids` as given to `inDocumentOrder`).
    func table(order: [Int], ids: [String]) -> HomonymTable {
        var table = HomonymTable()
        for (position, d) in order.enumerated() {
            for (name, label) in labels[position] ?? [:] { table.labels[ids[d], default: [:]][name] = label }
        }
        return table
    }

    /// `records` must already be sorted by document id.
    init(records: [DocumentRecord]) {
        self.init(documents: records.map(Self.offices(in:)))
    }

    /// `documents` are `offices(in:)` of each document, sorted by document id; `labels` is indexed the same.
    init(documents: [[String: Set<Office>]]) {
        // person name → [(document index, offices)] in document order
        var byName: [String: [(Int, Set<Office>)]] = [:]
        for (i, offices) in documents.enumerated() {
            for (name, o) in offices { byName[name, default: []].append((i, o)) }
        }
        for (name, docs) in byName {
            var clusters: [(offices: Set<Office>, documents: [Int])] = []
            var officeless: [Int] = []
            for (doc, offices) in docs {
                if offices.isEmpty { officeless.append(doc); continue }
                if let c = clusters.firstIndex(where: { !Self.conflict($0.offices, offices) }) {
                    clusters[c].offices.formUnion(offices)
                    clusters[c].documents.append(doc)
                } else {
                    clusters.append((offices, [doc]))
                }
            }
            guard clusters.count > 1 else { continue }
            var used = Set<String>()
            for c in clusters {
                let place = c.offices.min()?.organisation ?? ""
                var label = "\(name)（\(place)）"
                var n = 2
                while used.contains(label) { label = "\(name)（\(place)\(n)）"; n += 1 }
                used.insert(label)
                for d in c.documents { labels[d, default: [:]][name] = label }
            }
            if let firstLabel = labels[clusters[0].documents[0]]?[name] {
                for d in officeless { labels[d, default: [:]][name] = firstLabel }
            }
        }
    }

    /// Same title, different organisations of the same kind (same last two characters: 市委, 政府, 大学).
    static func conflict(_ a: Set<Office>, _ b: Set<Office>) -> Bool {
        for x in a {
            for y in b where x.title == y.title && x.organisation != y.organisation
                && kind(x.organisation) == kind(y.organisation) {
                return true
            }
        }
        return false
    }

    static func kind(_ organisation: String) -> [Unicode.Scalar] {
        Array(organisation.unicodeScalars.suffix(2))
    }
}
