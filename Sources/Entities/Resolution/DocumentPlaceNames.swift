/// Names each place after the fullest form the document itself writes (the seeds convention): an
/// article that only says 山东 and 青岛 is about 山东 and 青岛, one that writes 厦门市 and later 厦门 or
/// 在厦 is about 厦门市. The dictionary canonical (山东省, 青岛市) groups the forms that denote one
/// place; it becomes the name only when the document writes nothing longer than one character
/// (中 → 中国, 俄 → 俄罗斯), because a one-character abbreviation is never a node name.
public struct DocumentPlaceNames: Sendable {
    public init() {}

    public func apply(_ mentions: [Mention], text: NormalisedText) -> [Mention] {
        // Per dictionary canonical: the longest surface form, ties to the most frequent, then the first.
        // Keyed by `NameKey`: String keys, hashed without normalising the Chinese names.
        var best: [NameKey: (name: String, length: Int, count: Int, first: Int)] = [:]
        // Each (canonical, surface) pair counted in a slot, and each mention's slot and surface kept for
        // the second pass: it made the surface, the joined key and a lookup of it again per mention.
        var pairSlot: [NameKey: Int] = [:]
        var pairCount: [Int] = []
        var slots: [Int] = []
        var surfaces: [String] = []
        for m in mentions where m.type == .place && m.range.count >= 2 {
            let surface = text.string(m.range)
            let key = NameKey(m.canonical + "\t" + surface)
            if let s = pairSlot[key] {
                pairCount[s] += 1
                slots.append(s)
            } else {
                pairSlot[key] = pairCount.count
                slots.append(pairCount.count)
                pairCount.append(1)
            }
            surfaces.append(surface)
        }
        var q = 0
        for (i, m) in mentions.enumerated() where m.type == .place && m.range.count >= 2 {
            let surface = surfaces[q]
            let length = m.range.count
            let count = pairCount[slots[q]]
            q += 1
            let key = NameKey(m.canonical)
            if let b = best[key] {
                if length > b.length || length == b.length && count > b.count {
                    best[key] = (surface, length, count, b.first)
                }
            } else {
                best[key] = (surface, length, count, i)
            }
        }
        return mentions.map { m in
            guard m.type == .place, let b = best[NameKey(m.canonical)] else { return m }
            var m = m
            m.canonical = b.name
            return m
        }
    }
}
