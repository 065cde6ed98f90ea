/// The normaliser's working text: scalars plus, for each, the original scalar range it came from.
///
/// Cleaning passes append to it; later passes (script conversion, column repair) rewrite or remove
/// scalars but never reorder them, which is what keeps the offset map monotone.
struct NormalisationBuffer {
    var scalars: [Unicode.Scalar] = []
    var originStart: [Int32] = []
    var originEnd: [Int32] = []
    /// Output positions where a markdown heading marker (`# `) was dropped: column repair treats
    /// such lines as headings.
    var headingMarks: [Int] = []
    /// Output positions where a markdown bold marker (`**`) was dropped: a line that ends in bold,
    /// or opens bold without closing it, is a heading; `**记者：**正文` is not.
    var boldMarks: [Int] = []

    init(capacity: Int) {
        scalars.reserveCapacity(capacity)
        originStart.reserveCapacity(capacity)
        originEnd.reserveCapacity(capacity)
    }

    var count: Int { scalars.count }

    @inline(__always)
    mutating func emit(_ s: Unicode.Scalar, from start: Int, to end: Int) {
        scalars.append(s)
        originStart.append(Int32(truncatingIfNeeded: start))
        originEnd.append(Int32(truncatingIfNeeded: end))
    }

    /// Sentinel for "drop this scalar".
    static let dropped: UInt32 = 0xFFFF_FFFF

    /// Per-scalar folding shared by plain text and HTML: full-width ASCII forms to ASCII (except the
    /// full-width punctuation Chinese text uses as its own: ！（），：；？), ideographic and no-break
    /// spaces to a space, C0 controls (except tab and newline), DEL and invisible format characters
    /// dropped. Everything else, Chinese punctuation included, is kept as is.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        if v < 0x80 {
            if v >= 0x20 && v != 0x7F { return v }
            return v == 0x0A || v == 0x09 ? v : dropped
        }
        switch v {
        case 0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F: return v
        case 0xFF02...0xFF5E: return v - 0xFEE0
        case 0x3000, 0x00A0: return 0x20
        case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD: return dropped
        case 0x80...0x9F: return dropped  // C1 controls
        default: return v
        }
    }

    /// Builds the public value, with `originalCount` scalars in the decoded document.
    func finish(originalCount: Int, wasTraditional: Bool) -> NormalisedText {
        NormalisedText(scalars: scalars, originStart: originStart, originEnd: originEnd,
                       originalCount: originalCount, wasTraditional: wasTraditional)
    }
}
