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
        var counts: [NameKey: Int] = [:]
        for m in mentions where m.type == .place && m.range.count >= 2 {
            let surface = text.string(m.range)
            counts[NameKey(m.canonical + "\t" + surface), default: 0] += 1
        }
        for (i, m) in mentions.enumerated() where m.type == .place && m.range.count >= 2 {
            let surface = text.string(m.range)
            let length = m.range.count
            let count = counts[NameKey(m.canonical + "\t" + surface)] ?? 1
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
