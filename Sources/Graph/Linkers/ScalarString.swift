/// Strings made from scalar slices by writing their UTF-8 directly.
///
/// Why: `String.UnicodeScalarView.append(contentsOf:)` encodes and appends one scalar at a time, and
/// every sentence's evidence text was built that way (≈ 800 instructions per character, more than all
/// the linkers together). The bytes are the same: a `String` stores exactly the UTF-8 of its scalars.
enum ScalarString {
    /// The string of `scalars`, as `String(String.UnicodeScalarView(scalars))` spells it.
    static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for c in scalars {
            let v = c.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    buffer[i] = UInt8(truncatingIfNeeded: v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i += 3
                } else {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i += 4
                }
            }
            return i
        }
    }
}
