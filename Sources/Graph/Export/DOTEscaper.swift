/// Quoting for Graphviz DOT.
///
/// Every id and attribute value graphctl writes is a double-quoted string. Labels are escStrings, in
/// which `\` starts an escape (`\n`, `\N`, `\l`…), so a literal backslash must be doubled or `C:\new`
/// silently renders as two lines; `"` must be `\"`; a newline becomes the centred line break `\n`.
/// Other C0 controls are dropped: dot cannot render them and the SVG would carry them into XML.
public enum DOTEscaper {
    /// `s` as a quoted DOT string, ready to paste after `label=`.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        var previousWasCR = false
        for u in s.unicodeScalars {
            let v = u.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x5C: out += "\\\\"
            case 0x22: out += "\\\""
            case 0x0D: out += "\\n"
            case 0x0A: if !previousWasCR { out += "\\n" }
            default:
                if v < 0x20 || v == 0x7F { continue }
                out.unicodeScalars.append(u)
            }
        }
        out += "\""
        return out
    }
}
