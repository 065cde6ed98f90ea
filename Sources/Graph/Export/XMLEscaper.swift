/// Escaping shared by the XML writers (GraphML, GEXF).
///
/// Why one place: every XML consumer we target (Gephi, networkx, igraph, xmllint) rejects a whole file for
/// one bad character, so the rules live here once. `&`, `<`, `>`, `"` and `'` become entities; scalars
/// that XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) are dropped because no
/// escape can express them; everything else (CJK, emoji, combining marks) passes through as UTF-8.
public enum XMLEscaper {
    /// Whether XML 1.0 allows `scalar` in a document (production `Char`). Swift scalars are never
    /// surrogates, so only the controls and the two non-characters need checking.
    @inlinable
    public static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// Escapes element content.
    public static func text(_ s: String) -> String { escape(s, attribute: false) }

    /// Escapes an attribute value (to be written inside double quotes). Tab, LF and CR become character
    /// references so that attribute-value normalisation does not turn them into spaces.
    public static func attribute(_ s: String) -> String { escape(s, attribute: true) }

    private static func escape(_ s: String, attribute: Bool) -> String {
        if !needsWork(s) { return s }
        var out = String()
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x27: out += "&apos;"
            case 0x09 where attribute: out += "&#9;"
            case 0x0A where attribute: out += "&#10;"
            case 0x0D: out += "&#13;"  // a raw CR would be folded into LF by every parser
            default:
                if isLegal(u) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Fast path: most names are plain CJK and need nothing. 0xEF is the lead byte of U+F000…U+FFFF,
    /// which includes the two forbidden non-characters.
    private static func needsWork(_ s: String) -> Bool {
        for b in s.utf8 where b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0xEF {
            return true
        }
        return false
    }
}
