/// First normalisation pass for scraped HTML: markup hidden, entities decoded, block structure kept
/// as line breaks.
///
/// This is a tolerant scanner, not a parser: it only needs the visible text with an exact offset
/// map. Tags, comments, `<script>`/`<style>` content and doctype declarations produce nothing;
/// block-level tags (p, br, div, li, h1–h6, tr, …) produce one `\n` mapped to the whole tag, so
/// paragraph and sentence logic works as for plain text. Source line breaks inside text are layout,
/// not structure, so they become spaces. An entity decodes to one scalar mapped to the whole entity.
/// A `<` that does not open a tag (`a < b`) is text.
enum HTMLReducer {
    static let blockTags: Set<String> = [
        "p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol", "table", "section",
        "article", "header", "footer", "blockquote", "title", "hr", "dd", "dt", "figcaption", "pre",
    ]
    static let hiddenContentTags: Set<String> = ["script", "style", "noscript", "template"]

    static func reduce(_ src: [Unicode.Scalar]) -> NormalisationBuffer {
        var out = NormalisationBuffer(capacity: src.count)
        let n = src.count
        var i = 0
        while i < n {
            let c = src[i]
            if c == "<" {
                if let end = skipMarkup(src, at: i, out: &out) { i = end; continue }
            } else if c == "&" {
                if let (scalar, end) = decodeEntity(src, at: i) {
                    let f = NormalisationBuffer.fold(scalar.value)
                    if f != NormalisationBuffer.dropped {
                        out.emit(Unicode.Scalar(f) ?? scalar, from: i, to: end)
                    }
                    i = end
                    continue
                }
            } else if c == "\r" || c == "\n" {
                let end = c == "\r" && i + 1 < n && src[i + 1] == "\n" ? i + 2 : i + 1
                out.emit(" ", from: i, to: end)
                i = end
                continue
            }
            let f = NormalisationBuffer.fold(c.value)
            if f != NormalisationBuffer.dropped { out.emit(Unicode.Scalar(f) ?? c, from: i, to: i + 1) }
            i += 1
        }
        return out
    }

    /// Skips a comment, declaration or tag starting at `i` (a `<`); returns the index after it, or
    /// nil when the `<` is text.
    private static func skipMarkup(_ s: [Unicode.Scalar], at i: Int, out: inout NormalisationBuffer) -> Int? {
        let n = s.count
        if starts(s, at: i, with: "<!--") {
            return find(s, "-->", from: i + 4).map { $0 + 3 } ?? n
        }
        guard i + 1 < n else { return nil }
        var j = i + 1
        let closing = s[j] == "/"
        if closing { j += 1 }
        if !closing, s[j] == "!" || s[j] == "?" {  // <!DOCTYPE …>, <?xml …?>
            return tagEnd(s, from: j).map { $0 + 1 } ?? n
        }
        let nameStart = j
        while j < n, isASCIILetterOrDigit(s[j]) { j += 1 }
        guard j > nameStart, isASCIILetter(s[nameStart]) else { return nil }
        guard let close = tagEnd(s, from: j) else { return nil }
        var name = ""
        for k in nameStart..<j { name.unicodeScalars.append(Unicode.Scalar(s[k].value | 0x20) ?? s[k]) }
        let after = close + 1
        if !closing, hiddenContentTags.contains(name) {
            // Hide everything up to the matching end tag.
            var k = after
            while let lt = find(s, "</", from: k) {
                if starts(s, at: lt + 2, with: name, caseInsensitive: true) {
                    return tagEnd(s, from: lt + 2).map { $0 + 1 } ?? n
                }
                k = lt + 2
            }
            return n
        }
        if blockTags.contains(name) { out.emit("\n", from: i, to: after) }
        return after
    }

    /// Index of the `>` closing a tag whose name ended before `from`; quoted attribute values may
    /// hold `>`.
    private static func tagEnd(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var quote: Unicode.Scalar? = nil
        var k = from
        while k < s.count {
            let c = s[k]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return k
            } else if c == "<" {
                return nil  // a new tag starts: the earlier `<` was text
            }
            k += 1
        }
        return nil
    }

    /// Decodes `&name;`, `&#123;` or `&#x4E2D;` at `i`; nil when it is not a known, well-formed entity.
    static func decodeEntity(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        let n = s.count
        var j = i + 1
        guard j < n else { return nil }
        if s[j] == "#" {
            j += 1
            var hex = false
            if j < n, s[j] == "x" || s[j] == "X" { hex = true; j += 1 }
            var value: UInt32 = 0
            let digitsStart = j
            while j < n, j - digitsStart < 8, let d = digit(s[j], hex: hex) {
                value = value * (hex ? 16 : 10) + d
                j += 1
            }
            guard j > digitsStart, j < n, s[j] == ";", let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (scalar, j + 1)
        }
        let nameStart = j
        while j < n, j - nameStart < 10, isASCIILetterOrDigit(s[j]) { j += 1 }
        guard j > nameStart, j < n, s[j] == ";" else { return nil }
        var name = ""
        name.unicodeScalars.append(contentsOf: s[nameStart..<j])
        guard let scalar = namedEntities[name] else { return nil }
        return (scalar, j + 1)
    }

    static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "hellip": "\u{2026}", "mdash": "\u{2014}", "ndash": "\u{2013}", "middot": "\u{B7}",
        "bull": "\u{2022}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "times": "\u{D7}",
        "divide": "\u{F7}", "deg": "\u{B0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "laquo": "\u{AB}", "raquo": "\u{BB}", "yen": "\u{A5}", "cent": "\u{A2}", "pound": "\u{A3}",
        "euro": "\u{20AC}", "sect": "\u{A7}", "para": "\u{B6}", "shy": "\u{AD}", "zwj": "\u{200D}",
        "zwnj": "\u{200C}",
    ]

    private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        let v = c.value
        if v >= 0x30 && v <= 0x39 { return v - 0x30 }
        guard hex else { return nil }
        let l = v | 0x20
        return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : nil
    }

    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        let l = c.value | 0x20
        return l >= 0x61 && l <= 0x7A
    }

    private static func isASCIILetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        isASCIILetter(c) || (c.value >= 0x30 && c.value <= 0x39)
    }

    private static func starts(_ s: [Unicode.Scalar], at i: Int, with p: String, caseInsensitive: Bool = false) -> Bool {
        var k = i
        for c in p.unicodeScalars {
            guard k < s.count else { return false }
            let a = caseInsensitive && isASCIILetter(s[k]) ? s[k].value | 0x20 : s[k].value
            guard a == c.value else { return false }
            k += 1
        }
        return true
    }

    private static func find(_ s: [Unicode.Scalar], _ p: String, from: Int) -> Int? {
        guard let first = p.unicodeScalars.first else { return nil }
        var k = from
        while k < s.count {
            if s[k] == first, starts(s, at: k, with: p) { return k }
            k += 1
        }
        return nil
    }
}
