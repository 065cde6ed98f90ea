/// A set of Unicode scalars answering `contains` with one bit test.
///
/// Why not `Set<Unicode.Scalar>`: its `contains` runs SipHash on every call, and the recognisers ask
/// about every character of every sentence (is it a numeral, a place ending, an adverb …). The Basic
/// Multilingual Plane, where all of those live, is an 8 KB bitmap; other scalars fall back to a Set.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var bmp: [UInt64]
    private var astral: Set<UInt32>

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var bmp = [UInt64](repeating: 0, count: 0x10000 / 64)
        var astral = Set<UInt32>()
        for s in scalars {
            let v = s.value
            if v < 0x10000 { bmp[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
        }
        self.bmp = bmp
        self.astral = astral
    }

    /// Every scalar of `string` (`ScalarSet("郎夫雄")`).
    public init(_ string: String) {
        self.init(string.unicodeScalars)
    }

    public init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    @inline(__always)
    public func contains(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x10000 { return bmp[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }
}
