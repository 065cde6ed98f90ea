/// A small pull reader over JSON bytes, just enough for graph.json: it reads the values where the
/// caller expects them instead of building a tree, which is what makes loading fast. Errors carry the
/// byte offset; reading past the end reports the file as truncated.
struct JSONByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    struct Failure: Error { let reason: String }

    func fail(_ what: String) -> Failure {
        if pos >= bytes.count {
            return Failure(reason: "truncated: unexpected end of file at byte \(bytes.count) (expected \(what))")
        }
        let found = bytes[pos] >= 0x20 && bytes[pos] < 0x7F ? "'\(Character(Unicode.Scalar(bytes[pos])))'" : "byte 0x\(String(bytes[pos], radix: 16))"
        return Failure(reason: "malformed JSON at byte \(pos): expected \(what), found \(found)")
    }

    @inline(__always) mutating func skipWhitespace() {
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { pos += 1 } else { return }
        }
    }

    /// The next non-space byte, not consumed.
    @inline(__always) mutating func peek(_ what: String) throws -> UInt8 {
        skipWhitespace()
        guard pos < bytes.count else { throw fail(what) }
        return bytes[pos]
    }

    @inline(__always) mutating func expect(_ b: UInt8, _ what: String) throws {
        guard try peek(what) == b else { throw fail(what) }
        pos += 1
    }

    /// After an element: true if a `,` follows (consumed), false if `close` follows (consumed).
    @inline(__always) mutating func more(_ close: UInt8) throws -> Bool {
        let b = try peek(close == 0x5D ? "',' or ']'" : "',' or '}'")
        pos += 1
        if b == 0x2C { return true }
        if b == close { return false }
        pos -= 1
        throw fail(close == 0x5D ? "',' or ']'" : "',' or '}'")
    }

    /// Reads `[ e, e, … ]`, calling `element` for each.
    @inline(__always) mutating func array(_ what: String, _ element: (inout JSONByteReader) throws -> Void) throws {
        try expect(0x5B, "'[' (\(what))")
        if try peek("a value or ']'") == 0x5D { pos += 1; return }
        repeat { try element(&self) } while try more(0x5D)
    }

    @inline(__always) mutating func int() throws -> Int {
        skipWhitespace()
        var negative = false
        if pos < bytes.count && bytes[pos] == 0x2D { negative = true; pos += 1 }
        let start = pos
        var v = 0
        while pos < bytes.count {
            let d = bytes[pos] &- 0x30
            if d > 9 { break }
            v = v &* 10 &+ Int(d)
            pos += 1
        }
        guard pos > start, pos - start < 19 else { throw fail("an integer") }
        return negative ? -v : v
    }

    /// A number with fraction or exponent (integers take the fast path).
    mutating func double() throws -> Double {
        skipWhitespace()
        let start = pos
        while pos < bytes.count, let c = Optional(bytes[pos]),
              (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x65 || c == 0x45 {
            pos += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        guard let d = Double(text) else { pos = start; throw fail("a number") }
        return d
    }

    /// Appends an array of integers to `pool`, returning where they landed: one shared pool instead of
    /// an array per row saves hundreds of thousands of allocations on a large graph.
    mutating func ints(into pool: inout [Int]) throws -> Range<Int> {
        let start = pool.count
        try expect(0x5B, "'[' (integers)")
        if try peek("an integer or ']'") == 0x5D { pos += 1; return start..<start }
        repeat { pool.append(try int()) } while try more(0x5D)
        return start..<pool.count
    }

    mutating func ints() throws -> [Int] {
        var out: [Int] = []
        try array("integers") { r in out.append(try r.int()) }
        return out
    }

    mutating func string() throws -> String {
        try expect(0x22, "a string")
        let start = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 0x22 {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
                pos += 1
                return s
            }
            if b == 0x5C { pos = start; return try escapedString() }
            if b < 0x20 { throw fail("a character in a string (control characters must be escaped)") }
            pos += 1
        }
        throw fail("'\"' closing a string")
    }

    private mutating func escapedString() throws -> String {
        var out: [UInt8] = []
        while pos < bytes.count {
            let b = bytes[pos]
            pos += 1
            if b == 0x22 { return String(decoding: out, as: UTF8.self) }
            if b != 0x5C { out.append(b); continue }
            guard pos < bytes.count else { break }
            let e = bytes[pos]
            pos += 1
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), pos + 1 < bytes.count, bytes[pos] == 0x5C, bytes[pos + 1] == 0x75 {
                    pos += 2
                    let low = try hex4()
                    code = 0x10000 + ((code - 0xD800) << 10) + (low &- 0xDC00)
                }
                let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(scalar).utf8))
            default:
                pos -= 1
                throw fail("a valid escape sequence")
            }
        }
        throw fail("'\"' closing a string")
    }

    private mutating func hex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard pos < bytes.count else { throw fail("four hex digits") }
            let b = bytes[pos]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw fail("four hex digits")
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }

    /// Skips any JSON value (for keys this version does not know).
    mutating func skipValue() throws {
        switch try peek("a value") {
        case 0x22: _ = try string()
        case 0x5B: try array("a value") { r in try r.skipValue() }
        case 0x7B:
            pos += 1
            if try peek("a key or '}'") == 0x7D { pos += 1; return }
            repeat {
                _ = try string()
                try expect(0x3A, "':'")
                try skipValue()
            } while try more(0x7D)
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        default: _ = try double()
        }
    }

    private mutating func literal(_ word: String) throws {
        for b in word.utf8 {
            guard pos < bytes.count, bytes[pos] == b else { throw fail(word) }
            pos += 1
        }
    }
}
