/// Minimal JSON writing: string quoting (non-ASCII written raw, as UTF-8) and numbers, so output stays
/// readable Chinese and byte-identical across runs.
public enum JSONText {
    /// `s` as a JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
        return out
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
}
