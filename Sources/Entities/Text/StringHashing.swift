/// Feeds a `String` to a `Hasher` exactly as `String.hash(into:)` does, faster for the text this tool
/// handles.
///
/// Why: `String` hashing is by canonical equivalence, so for any non-ASCII string the standard library
/// normalises to NFC on the fly before hashing, even when the string is NFC already: hashing Chinese
/// node names and titles was 14 % of `build`. A string made only of scalars that are NFC on their own
/// and compose with nothing (ASCII, CJK ideographs, the middle dot of transliterated names, CJK and
/// general punctuation without decompositions) is its own NFC form, and for such strings the standard
/// library hashes the UTF-8 bytes followed by a 0xFF terminator: that is what this does, with no
/// normalisation. Every other string goes to `String.hash(into:)`. The hash value is the same either way,
/// so it stays consistent with `String ==` (canonical equivalence).
public enum StringHashing {
    @inline(__always)
    public static func combine(_ s: String, into hasher: inout Hasher) {
        let done: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard isTriviallyNFC(bytes) else { return false }
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            hasher.combine(0xFF as UInt8)
            return true
        }
        if done != true { hasher.combine(s) }
    }

    /// Whether valid UTF-8 consists only of scalars in the ranges listed below: each is NFC on its own
    /// (no canonical decomposition, combining class 0), and none is the second half of a canonical
    /// composition, so any sequence of them is NFC.
    @inline(__always)
    static func isTriviallyNFC(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 { i += 1; continue }                                  // ASCII
            guard i + 1 < n else { return false }
            let c = p[i + 1]
            switch b {
            case 0xE5...0xE9: i += 3                                           // U+5000–U+9FFF
            case 0xE4 where c >= 0xB8: i += 3                                  // U+4E00–U+4FFF
            case 0xC2 where c == 0xB7: i += 2                                  // U+00B7 ·
            case 0xE3 where c == 0x80 && i + 2 < n && p[i + 2] <= 0xA9: i += 3 // U+3000–U+3029
            case 0xE2 where c == 0x80 && i + 2 < n && p[i + 2] >= 0x90 && p[i + 2] <= 0xA7:
                i += 3                                                         // U+2010–U+2027
            default: return false
            }
        }
        return true
    }
}

/// `==` and `<` on Strings with the standard library's results, bytewise where that is the same thing.
///
/// Why: for non-ASCII strings the standard library compares by canonical equivalence through an NFC
/// pass unless the two are the same object, so sorting and looking up Chinese names compared them
/// scalar by scalar through normalisation tables. Byte-identical strings are always equal; two
/// trivially NFC strings (see `StringHashing`) are equal only when byte-identical, and are ordered as
/// their UTF-8 bytes are (UTF-8 byte order is scalar order, which is how `String <` orders NFC strings).
/// Anything else falls back to the standard operators.
public enum StringOrder {
    @inline(__always)
    public static func equal(_ a: String, _ b: String) -> Bool {
        let fast: Bool? = withBytes(a, b) { x, y in
            if sameBytes(x, y) { return true }
            return StringHashing.isTriviallyNFC(x) && StringHashing.isTriviallyNFC(y) ? false : nil
        }
        return fast ?? (a == b)
    }

    @inline(__always)
    public static func less(_ a: String, _ b: String) -> Bool {
        let fast: Bool? = withBytes(a, b) { x, y in
            guard StringHashing.isTriviallyNFC(x) && StringHashing.isTriviallyNFC(y) else { return nil }
            let n = min(x.count, y.count)
            var i = 0
            while i < n {
                if x[i] != y[i] { return x[i] < y[i] }
                i += 1
            }
            return x.count < y.count
        }
        return fast ?? (a < b)
    }

    /// `body` on both strings' UTF-8 bytes; nil when `body` cannot answer or a string is not contiguous.
    @inline(__always)
    private static func withBytes(_ a: String, _ b: String,
                                  _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool?) -> Bool? {
        let outer: Bool?? = a.utf8.withContiguousStorageIfAvailable { x -> Bool? in
            let inner: Bool?? = b.utf8.withContiguousStorageIfAvailable { y -> Bool? in body(x, y) }
            return inner ?? nil
        }
        return outer ?? nil
    }

    @inline(__always)
    static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        var i = 0
        while i < x.count {
            if x[i] != y[i] { return false }
            i += 1
        }
        return true
    }
}

/// A `String` as a dictionary or set key: equal and hashed exactly as the `String` itself (canonical
/// equivalence, the same hash values), through `StringOrder` and `StringHashing`, so Chinese names are
/// hashed and compared without a normalising pass.
public struct NameKey: Hashable, Sendable {
    public let string: String

    @inline(__always)
    public init(_ string: String) { self.string = string }

    @inline(__always)
    public func hash(into h: inout Hasher) { StringHashing.combine(string, into: &h) }

    @inline(__always)
    public static func == (a: NameKey, b: NameKey) -> Bool { StringOrder.equal(a.string, b.string) }
}

/// An entity's canonical name under its type, as a dictionary key: compared like the synthesised
/// conformance over `(String, EntityType)` (same answers), through `StringHashing` and `StringOrder`,
/// so the per-document entity tables skip Unicode normalisation; the type is hashed as its order
/// (the enum's own hash is that of its String raw value).
public struct TypedNameKey: Hashable, Sendable {
    public let name: String
    public let type: EntityType

    @inline(__always)
    public init(name: String, type: EntityType) {
        self.name = name
        self.type = type
    }

    @inline(__always)
    public func hash(into h: inout Hasher) {
        StringHashing.combine(name, into: &h)
        h.combine(type)
    }

    @inline(__always)
    public static func == (a: TypedNameKey, b: TypedNameKey) -> Bool { a.type == b.type && StringOrder.equal(a.name, b.name) }
}
