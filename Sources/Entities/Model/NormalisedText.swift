/// Text after normalisation, with a map back to the text as decoded.
///
/// Every normalised scalar `i` came from the original scalars `originStart[i] ..< originEnd[i]`
/// (usually one; several for a CRLF or an HTML entity; whitespace removed by column repair has no
/// normalised scalar at all). A normalised range maps back to `originStart[lo] ..< originEnd[hi - 1]`.
public struct NormalisedText: Sendable {
    public var scalars: [Unicode.Scalar]
    public var originStart: [Int32]
    public var originEnd: [Int32]
    /// Number of scalars in the original (decoded) text.
    public var originalCount: Int
    /// True when the document was judged traditional and converted to simplified.
    public var wasTraditional: Bool

    public init(scalars: [Unicode.Scalar], originStart: [Int32], originEnd: [Int32],
                originalCount: Int, wasTraditional: Bool) {
        precondition(scalars.count == originStart.count && scalars.count == originEnd.count)
        self.scalars = scalars
        self.originStart = originStart
        self.originEnd = originEnd
        self.originalCount = originalCount
        self.wasTraditional = wasTraditional
    }

    /// Identity normalisation (tests and already-clean text).
    public init(identity original: [Unicode.Scalar]) {
        self.scalars = original
        self.originStart = (0..<original.count).map { Int32($0) }
        self.originEnd = (0..<original.count).map { Int32($0 + 1) }
        self.originalCount = original.count
        self.wasTraditional = false
    }

    public var count: Int { scalars.count }

    /// Maps a normalised range to the original (decoded) text's scalar range.
    public func originalRange(_ r: Range<Int>) -> Range<Int> {
        guard !r.isEmpty, r.lowerBound >= 0, r.upperBound <= scalars.count else {
            let p = r.lowerBound < originStart.count ? Int(originStart[max(0, r.lowerBound)]) : originalCount
            return p..<p
        }
        return Int(originStart[r.lowerBound])..<Int(originEnd[r.upperBound - 1])
    }

    /// The normalised text of a range as a String.
    public func string(_ r: Range<Int>) -> String {
        ScalarString.make(scalars, r.clamped(to: 0..<scalars.count))
    }
}
