/// A small set of words asked about spans of a text: `contains(text, range)` answers as
/// `Set<NameKey>.contains(NameKey(String(text[range])))` would, without making the String or hashing it.
///
/// Why: the place recogniser asks its suffix lists about every suffix of every sentence, and building
/// and hashing a String for each question was most of the cost of the lists. When every scalar of the
/// span is trivially NFC (`StringHashing`: ASCII, CJK ideographs U+4E00–U+9FFF, U+00B7, U+3000–U+3029,
/// U+2010–U+2027), canonical equivalence with a listed word is scalar equality, and the words are
/// compared scalar by scalar after a one-bit test of the first scalar. Any other span takes the Set.
public struct ScalarWordSet: Sendable {
    private let keys: Set<NameKey>
    private let words: [[Unicode.Scalar]]
    private let firsts: ScalarSet
    private let hasEmpty: Bool
    /// Some word holds a scalar outside the trivially NFC ranges: scalar equality would not decide.
    private let needsKeys: Bool

    public init(_ names: [String]) {
        keys = Set(names.map(NameKey.init))
        words = names.map { Array($0.unicodeScalars) }
        firsts = ScalarSet(words.compactMap(\.first))
        hasEmpty = keys.contains(NameKey(""))
        needsKeys = words.contains { $0.contains { !ScalarWordSet.isTriviallyNFC($0) } }
    }

    /// Whether the words include `name` (canonical equivalence, as `NameKey`).
    public func contains(_ name: NameKey) -> Bool { keys.contains(name) }

    /// Whether the words include the text of `text[range]`.
    public func contains(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        if needsKeys { return keys.contains(NameKey(ScalarString.make(text, range))) }
        for i in range where !ScalarWordSet.isTriviallyNFC(text[i]) {
            return keys.contains(NameKey(ScalarString.make(text, range)))
        }
        guard let first = range.first else { return hasEmpty }
        guard firsts.contains(text[first]) else { return false }
        let n = range.count
        for w in words where w.count == n && w[0] == text[first] {
            var k = 1
            while k < n && w[k] == text[first + k] { k += 1 }
            if k == n { return true }
        }
        return false
    }

    /// The scalars `StringHashing.isTriviallyNFC` accepts.
    @inline(__always)
    static func isTriviallyNFC(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x80 || (v >= 0x4E00 && v <= 0x9FFF) || v == 0xB7 || (v >= 0x3000 && v <= 0x3029)
            || (v >= 0x2010 && v <= 0x2027)
    }
}
