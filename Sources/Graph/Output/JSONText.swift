/// Compact JSON text for graphctl's own files: strings are written as UTF-8 with only the characters
/// JSON requires escaped (quote, backslash, control characters), so Chinese text stays readable and
/// the output is byte-for-byte deterministic.
public enum JSONText {
    /// Appends `s` as a JSON string literal (with quotes) to `out`.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        // Fast path: most strings need no escaping and are copied in one go.
        let clean = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for b in bytes where b < 0x20 || b == 0x22 || b == 0x5C { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if clean == true { out.append(0x22); return }
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x00..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hexDigit(b >> 4)); out.append(hexDigit(b & 0xF))
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    /// `s` as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        appendString(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendInt(_ n: Int, to out: inout [UInt8]) {
        if n >= 0 && n < 10 { out.append(0x30 + UInt8(n)); return }
        var v = n.magnitude
        if n < 0 { out.append(0x2D) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while v > 0 || count == 0 { buf[count] = 0x30 + UInt8(v % 10); v /= 10; count += 1 }
            while count > 0 { count -= 1; out.append(buf[count]) }
        }
    }

    /// Integral values are written without a fraction so weights read back exactly; non-finite values
    /// (which JSON cannot express) are written as 0.
    static func appendDouble(_ d: Double, to out: inout [UInt8]) {
        guard d.isFinite else { out.append(0x30); return }
        if d == d.rounded(), abs(d) < 1e15 { appendInt(Int(d), to: &out); return }
        out.append(contentsOf: "\(d)".utf8)
    }

    /// A number with at most `digits` decimals and no trailing zeros (0.9, 1, 0.875).
    public static func number(_ x: Double, digits: Int = 3) -> String {
        guard x.isFinite else { return "0" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (x * scale).rounded() / scale
        var s = String(r)
        if s.contains("e") { return String(Int(r)) }
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// Appends `number(x, digits: 3)` without building a String for the common case, a non-negative
    /// value below 10⁹: k/1000 is written as the integer part and the thousandths with trailing zeros
    /// dropped, which is what `String` of the rounded value gives there (shortest round-trip digits).
    static func appendNumber(_ x: Double, to out: inout [UInt8]) {
        guard x.isFinite, x >= 0, x < 1e9 else { out.append(contentsOf: number(x).utf8); return }
        let k = Int((x * 1000).rounded())
        appendInt(k / 1000, to: &out)
        var fraction = k % 1000
        guard fraction != 0 else { return }
        var width = 3
        while fraction % 10 == 0 { fraction /= 10; width -= 1 }
        out.append(0x2E)
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 { out.append(0x30 + UInt8(fraction / divisor % 10)); divisor /= 10 }
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }
}
