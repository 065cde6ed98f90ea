/// Builds a `String` from a range of Unicode scalars by encoding UTF-8 straight into the string's
/// storage: one allocation, no per-scalar `String.UnicodeScalarView.append` (which re-checks and
/// re-grows the string for every scalar and dominated the cost of proposing candidates).
enum ScalarString {
    static func make(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
        text[range].withUnsafeBufferPointer { make($0) }
    }

    static func make(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        if scalars.isEmpty { return "" }
        // The exact UTF-8 length as the capacity: a name of up to five Han characters (15 bytes) is then
        // a small string, stored inline with no allocation and no reference counting when it is copied;
        // four bytes a scalar allocated storage for every name of four characters or more.
        var count = 0
        for s in scalars {
            let v = s.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: count) { out in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    out[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    out[n] = UInt8(0xC0 | (v >> 6)); out[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    out[n] = UInt8(0xE0 | (v >> 12)); out[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    out[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    out[n] = UInt8(0xF0 | (v >> 18)); out[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    out[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }
}
