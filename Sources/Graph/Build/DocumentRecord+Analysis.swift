import Entities

extension DocumentRecord {
    /// The record of one analysed document: its entities (canonical name, type, every surface form as
    /// written, mention count, paragraphs, titles held with no organisation) and its relations.
    /// `lexicon`, when given, adds dictionary facts to the entities (`gov` for party and state bodies,
    /// `level` for places).
    ///
    /// `relations` is taken over (`consuming`): their place names are renamed in place, and a copy of
    /// every relation (its seven strings retained, then released with the original) was most of this.
    public init(_ doc: AnalysedDocument, relations: consuming [Relation], date: String?, lexicon: Lexicon? = nil) {
        typealias Key = TypedNameKey
        // A place written in its short form (厦门) is the node of its dictionary name (厦门市), so that
        // documents that write it differently meet in one node; the written form stays an alias.
        // Keyed by `NameKey`: String keys, hashed without normalising the Chinese names.
        var nodeName: [NameKey: String] = [:]
        if let lexicon {
            for m in doc.mentions where m.type == .place && nodeName[NameKey(m.canonical)] == nil {
                let names = Set(lexicon.exact(m.canonical).filter { $0.kind == .place }.map(\.canonical))
                if names.count == 1, let full = names.first, full != m.canonical { nodeName[NameKey(m.canonical)] = full }
            }
        }
        var relations = relations
        if !nodeName.isEmpty {
            for i in relations.indices {
                if relations[i].sourceType == .place, let full = nodeName[NameKey(relations[i].source)] { relations[i].source = full }
                if relations[i].targetType == .place, let full = nodeName[NameKey(relations[i].target)] { relations[i].target = full }
            }
        }
        var order: [Key] = []
        var aliases: [Key: Set<String>] = [:]
        var counts: [Key: Int] = [:]
        var paragraphs: [Key: Set<Int>] = [:]
        // An unresolved form of address (钱某) is no entity of the graph (`Mention.isAddressOnly`).
        for var m in doc.mentions where !m.isAddressOnly {
            if m.type == .place, let full = nodeName[NameKey(m.canonical)] {
                let written = m.canonical
                m.canonical = full
                let key = Key(name: full, type: .place)
                aliases[key, default: []].insert(written)
            }
            let key = Key(name: m.canonical, type: m.type)
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
            let surface = doc.originalText(of: m.range)
            if surface != m.canonical { aliases[key, default: []].insert(DocumentRecord.cleanAlias(surface)) }
            let normalised = doc.normalisedText(of: m.range)
            if normalised != m.canonical { aliases[key, default: []].insert(DocumentRecord.cleanAlias(normalised)) }
            if m.sentence < doc.sentences.count { paragraphs[key, default: []].insert(doc.sentences[m.sentence].paragraph) }
        }
        var titles: [String: Set<String>] = [:]
        // By index: `for r in relations` copied every relation (its strings retained and released) to
        // read the few role relations without an organisation.
        for i in relations.indices where relations[i].type == .role && relations[i].target.isEmpty {
            if let t = relations[i].title { titles[relations[i].source, default: []].insert(t) }
        }
        // (type, name) order, names by `StringOrder.less` (as `<`, without normalising).
        let entities = order.sorted { $0.type != $1.type ? $0.type < $1.type : StringOrder.less($0.name, $1.name) }.map { key -> EntityRecord in
            var attributes: [String: String] = [:]
            if let lexicon {
                for e in lexicon.exact(key.name) where e.kind.entityType == key.type {
                    if e.has("gov") { attributes["gov"] = "1" }
                    if let level = e.attributes["level"] { attributes["level"] = level }
                }
            }
            let a = (aliases[key] ?? []).subtracting([key.name, ""]).sorted()
            return EntityRecord(canonical: key.name, type: key.type, aliases: a, mentions: counts[key] ?? 0,
                                titles: key.type == .person ? (titles[key.name] ?? []).sorted() : [],
                                attributes: attributes, paragraphs: (paragraphs[key] ?? []).sorted())
        }
        let characters = doc.source.scalars.count
        self.init(id: doc.id, date: date, sentences: doc.sentences.count, characters: characters,
                  entities: entities, relations: relations)
    }

    /// Surface forms as aliases: layout whitespace and quotation marks removed.
    static func cleanAlias(_ s: String) -> String {
        var v = String.UnicodeScalarView()
        for u in s.unicodeScalars where !(u.properties.isWhitespace || "“”‘’《》「」『』\"".unicodeScalars.contains(u)) {
            v.append(u)
        }
        return String(v)
    }
}
