/// Character classes the recognisers test on every scalar; plain range checks, no Foundation.
public enum ScalarClass {
    /// CJK unified ideographs (basic block and extension A) and compatibility ideographs.
    @inline(__always)
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2FA1F).contains(v) || v == 0x3007 /* 〇 */
    }

    @inline(__always)
    public static func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    @inline(__always)
    public static func isASCIIUpper(_ s: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(s.value) }

    @inline(__always)
    public static func isASCIILower(_ s: Unicode.Scalar) -> Bool { (0x61...0x7A).contains(s.value) }

    @inline(__always)
    public static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { isASCIIUpper(s) || isASCIILower(s) }

    @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value)
    }

    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x3000 || v == 0xA0
    }

    /// Opening quotation marks that can start a programme name: “ 「 『 《 ‘ and ".
    @inline(__always)
    public static func isOpenQuote(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x201C || v == 0x300C || v == 0x300E || v == 0x300A || v == 0x2018 || v == 0x22
    }

    /// The closing mark matching an opening one.
    public static func closeQuote(for open: Unicode.Scalar) -> Unicode.Scalar {
        switch open.value {
        case 0x201C: return "\u{201D}"
        case 0x300C: return "\u{300D}"
        case 0x300E: return "\u{300F}"
        case 0x300A: return "\u{300B}"
        case 0x2018: return "\u{2019}"
        default: return "\""
        }
    }

    /// Name separators in transliterated names: · • ‧ ・ and the hyphen.
    @inline(__always)
    public static func isNameDot(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0xB7 || v == 0x2022 || v == 0x2027 || v == 0x30FB || v == 0x2E31
    }

    /// Hyphens and dashes that some newswire writes between a foreign given name and surname (汤姆-克鲁斯,
    /// 约翰—格伦) where others write a name dot.
    @inline(__always)
    public static func isNameDash(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x2015
    }

    /// Anything that is neither a Han character, an ASCII letter or digit, nor a name dot.
    @inline(__always)
    public static func isBoundary(_ s: Unicode.Scalar) -> Bool {
        !(isHan(s) || isASCIIAlnum(s) || isNameDot(s))
    }
}
