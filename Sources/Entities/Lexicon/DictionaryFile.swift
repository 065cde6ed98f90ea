import Foundation

/// Parses the dictionary TSV format (see Dictionaries/README.md):
/// `surface<TAB>kind<TAB>canonical<TAB>attributes`, `#` comments, attributes as `key=value;flag`.
public enum DictionaryFile {
    /// A malformed line, reported as `file:line: reason`.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public let file: String
        public let line: Int
        public let reason: String
        /// `file:line: reason`; just `file: reason` for problems with the whole file (line 0).
        public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
    }

    /// Parses the bytes of one file. `name` is used in origins and errors.
    ///
    /// Works on the UTF-8 bytes with integer offsets: start-up parses ~60 k lines on every run, and
    /// Foundation's `trimmingCharacters` / `Character` splitting cost most of a second there.
    public static func parse(_ bytes: [UInt8], name: String) throws -> [LexiconEntry] {
        try parse(bytes, name: name, piece: Piece(range: 0..<bytes.count, linesBefore: 0))
    }

    /// A run of whole lines of a file: its byte range and the number of lines before it.
    public struct Piece: Sendable, Equatable {
        public var range: Range<Int>
        public var linesBefore: Int
    }

    /// The file cut into about `count` pieces of whole lines, in order, for parsing in parallel: every
    /// piece but the last ends right after a newline, so a line (and a UTF-8 sequence) is never cut.
    public static func pieces(_ bytes: [UInt8], count: Int) -> [Piece] {
        let n = bytes.count
        guard count > 1, n > 0 else { return [Piece(range: 0..<n, linesBefore: 0)] }
        var out: [Piece] = []
        var start = 0, lines = 0
        bytes.withUnsafeBufferPointer { b in
            while start < n {
                var end = min(n, start + max(1, (n - start) / (count - out.count)))
                while end < n && b[end - 1] != 0x0A { end += 1 }
                out.append(Piece(range: start..<end, linesBefore: lines))
                for i in start..<end where b[i] == 0x0A { lines += 1 }
                start = end
            }
        }
        return out
    }

    /// Parses the lines of one piece of a file; line numbers in origins and errors count from the
    /// file's start.
    public static func parse(_ bytes: [UInt8], name: String, piece: Piece) throws -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        entries.reserveCapacity(piece.range.count / 32)
        try parse(bytes, name: name, piece: piece, into: &entries)
        return entries
    }

    /// Parses the lines of one piece onto the end of `entries`: a sequential load appends every file to
    /// one array, where `+=` of each file's own array copied (retained and released) every entry.
    static func parse(_ bytes: [UInt8], name: String, piece: Piece, into entries: inout [LexiconEntry]) throws {
        try bytes.withUnsafeBufferPointer { b in
            let n = piece.range.upperBound
            let lo = piece.range.lowerBound
            var start = lo == 0 && n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : lo
            var lineNumber = piece.linesBefore
            // Validate the piece once; lines are validated one by one only to name a bad one.
            let fileIsValid = isValidUTF8(UnsafeBufferPointer(rebasing: b[piece.range]))
            // The first four fields of the line and the number of fields, overwritten line by line:
            // emptying and refilling an array was ~100 instructions a line.
            var fields = [Range<Int>](repeating: 0..<0, count: 4)
            var fieldCount = 0
            // The previous line's attribute column and its dictionary: lists group alike lines (a run of
            // `verb`, of `level=county;abbr` …), and comparing a few bytes is far cheaper than building a
            // dictionary of Strings again. Equal dictionaries share storage, which nothing can observe.
            var previousKind: (column: Range<Int>, kind: LexiconKind)?
            var previousColumn: Range<Int>?
            var previousAttributes: [String: String] = [:]
            // Every attribute column met before, by a hash of its bytes: half the columns that differ
            // from the line above repeat an earlier one (`level=county;in=…` lists, ranks), and a new
            // dictionary per line was a tenth of start-up. A hash collision only builds the dictionary.
            // Sized for a distinct column every other line of ~30 bytes, so the table is not rehashed as it grows.
            var earlierAttributes = [UInt64: (column: Range<Int>, attributes: [String: String])](
                minimumCapacity: piece.range.count / 64)
            // The attribute keys met so far (a list uses a handful: level, in, adcode, rank …), each
            // made a String once: a String per key and line was a tenth of the attributes' cost.
            var keys: [(range: Range<Int>, string: String)] = []
            while start < n {
                // The line's end by memchr: a byte loop here was 3 % of start-up.
                var end = n
                if let base = b.baseAddress, let newline = memchr(base + start, 0x0A, n - start) {
                    end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline))
                }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start && b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                defer { start = end + 1 }
                if lineEnd == start || b[start] == 0x23 /* # */ { continue }
                if !fileIsValid, String(validating: UnsafeBufferPointer(rebasing: b[start..<lineEnd]), as: UTF8.self) == nil {
                    throw ParseError(file: name, line: lineNumber, reason: "not valid UTF-8")
                }
                var blank = true
                for i in start..<lineEnd where b[i] != 0x20 && b[i] != 0x09 { blank = false; break }
                if blank { continue }
                // Tab-separated field ranges (tabs are ASCII, so every field is valid UTF-8 on its own),
                // in a reused buffer: one allocation per file, not per line.
                fieldCount = 0
                var f = start
                for i in start..<lineEnd where b[i] == 0x09 {
                    if fieldCount < 4 { fields[fieldCount] = f..<i }
                    fieldCount += 1
                    f = i + 1
                }
                if fieldCount < 4 { fields[fieldCount] = f..<lineEnd }
                fieldCount += 1
                guard fieldCount >= 2, fieldCount <= 4 else {
                    throw ParseError(file: name, line: lineNumber,
                                     reason: "expected 2 to 4 tab-separated columns (surface, kind, canonical, attributes), found \(fieldCount)")
                }
                func text(_ r: Range<Int>) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: b[trimmed(b, r)]), as: UTF8.self)
                }
                let surfaceRange = trimmed(b, fields[0])
                guard !surfaceRange.isEmpty else {
                    throw ParseError(file: name, line: lineNumber, reason: "empty surface")
                }
                let surface = text(surfaceRange)
                // Lists group lines of one kind: the previous line's kind column answers most lines.
                let kindColumn = trimmed(b, fields[1])
                let sameKind = previousKind.flatMap { sameBytes(b, $0.column, kindColumn) ? $0.kind : nil }
                guard let kind = sameKind ?? kind(b, kindColumn) else {
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: b[fields[1]]), as: UTF8.self)
                    throw ParseError(file: name, line: lineNumber,
                                     reason: "unknown kind '\(raw)' (expected one of \(LexiconKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                previousKind = (kindColumn, kind)
                let canonical = fieldCount > 2 ? text(fields[2]) : ""
                var attributes: [String: String] = [:]
                if fieldCount > 3, let previous = previousColumn, sameBytes(b, previous, fields[3]) {
                    attributes = previousAttributes
                } else if fieldCount > 3, let earlier = earlierAttributes[columnHash(b, fields[3])],
                          sameBytes(b, earlier.column, fields[3]) {
                    attributes = earlier.attributes
                    previousColumn = fields[3]
                    previousAttributes = attributes
                } else if fieldCount > 3 {
                    var parts = 1
                    for i in fields[3] where b[i] == 0x3B { parts += 1 }
                    // Sized at creation: `reserveCapacity` on an empty dictionary is an unspecialised
                    // call that cost more than the parsing of the line.
                    attributes = [String: String](minimumCapacity: parts)
                    var p = fields[3].lowerBound
                    let hi = fields[3].upperBound
                    while p < hi {
                        var q = p
                        while q < hi && b[q] != 0x3B /* ; */ { q += 1 }
                        if q > p {
                            var eq = p
                            while eq < q && b[eq] != 0x3D /* = */ { eq += 1 }
                            let key = trimmed(b, p..<eq)
                            if !key.isEmpty {
                                var name: String?
                                for k in keys where sameBytes(b, k.range, key) { name = k.string; break }
                                if name == nil {
                                    name = text(key)
                                    keys.append((key, name ?? ""))
                                }
                                attributes[name ?? ""] = eq < q ? text((eq + 1)..<q) : ""
                            }
                        }
                        p = q + 1
                    }
                    previousColumn = fields[3]
                    previousAttributes = attributes
                    earlierAttributes[columnHash(b, fields[3])] = (fields[3], attributes)
                }
                entries.append(LexiconEntry(surface: surface, kind: kind, canonical: canonical,
                                            attributes: attributes, file: name, line: lineNumber))
            }
        }
    }

    /// Whether `b` is well-formed UTF-8 (the Unicode Standard's table 3-7: no overlong form, surrogate
    /// or scalar above U+10FFFF), as `String(validating:as: UTF8.self) != nil` decides, without building
    /// the String: start-up validated its 2.3 MB of dictionaries through a String copy of each file,
    /// at about ten instructions a byte.
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            // Most of the bytes: a three-byte sequence (Han) whose lead puts no bound on its second byte.
            if c >= 0xE1, c != 0xED, c <= 0xEF, n - i >= 3, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            // The length of the sequence and the range of its second byte; later bytes are 80–BF.
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard n - i >= length, b[i + 1] >= low, b[i + 1] <= high else { return false }
            var k = 2
            while k < length {
                guard b[i + k] & 0xC0 == 0x80 else { return false }
                k += 1
            }
            i += length
        }
        return true
    }

    /// The bytes of a dictionary or stop-list file; the error names the file and the system's reason.
    static func readBytes(_ url: URL) throws -> [UInt8] {
        switch CorpusReader.readBytes(url.path) {
        case .success(let bytes): return bytes
        case .failure(let e): throw ParseError(file: url.path, line: 0, reason: "cannot read the file (\(e.reason))")
        }
    }

    /// The kinds' names as bytes, to recognise the kind column without making a String per line.
    private static let kindNames: [(bytes: [UInt8], kind: LexiconKind)] = LexiconKind.allCases.map { (Array($0.rawValue.utf8), $0) }

    static func kind(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> LexiconKind? {
        // Only a name of the same length and first byte is compared byte by byte.
        for (bytes, kind) in kindNames where bytes.count == r.count && bytes[0] == b[r.lowerBound] {
            var same = true
            for (k, i) in r.enumerated() where b[i] != bytes[k] { same = false; break }
            if same { return kind }
        }
        return nil
    }

    /// `file:line` in one allocation (two String appends per entry were a tenth of start-up): the prefix
    /// is copied in one block and the digits are written backwards in place, with no scratch array.
    static func origin(_ prefix: [UInt8], _ line: Int) -> String {
        var digitCount = 1
        var rest = line / 10
        while rest > 0 { digitCount += 1; rest /= 10 }
        let total = prefix.count + digitCount
        return prefix.withUnsafeBufferPointer { p in
            String(unsafeUninitializedCapacity: total) { out in
                if let base = out.baseAddress, let source = p.baseAddress {
                    base.update(from: source, count: p.count)
                }
                var n = max(line, 0)
                var k = total - 1
                repeat { out[k] = UInt8(0x30 + n % 10); n /= 10; k -= 1 } while k >= p.count
                return total
            }
        }
    }

    /// FNV-1a of the bytes `r` of `b`: a cheap key for the attribute columns already parsed.
    @inline(__always)
    static func columnHash(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in r { h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Whether the byte ranges `a` and `b` of `buffer` hold the same bytes. A plain loop: the generic
    /// `elementsEqual` over buffer slices is not always specialised, and then costs a call per line.
    @inline(__always)
    static func sameBytes(_ buffer: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        var i = a.lowerBound, j = b.lowerBound
        while i < a.upperBound {
            if buffer[i] != buffer[j] { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// `r` without leading and trailing white space (ASCII space and tab, and the Unicode space
    /// separators U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000), as `CharacterSet.whitespaces` trims.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        // Fast path, almost every field: the first byte cannot start a space (ASCII space or tab, or the
        // lead byte 0xC2/0xE1/0xE2/0xE3 of a Unicode one) and the last cannot end one (space, tab, or a
        // space's last byte 0xA0, 0x80–0x8A, 0x9F, 0xAF).
        if lo < hi {
            let first = b[lo], last = b[hi - 1]
            let firstMayBeSpace = first == 0x20 || first == 0x09 || first == 0xC2 || (first >= 0xE1 && first <= 0xE3)
            let lastMayBeSpace = last == 0x20 || last == 0x09 || last == 0xA0 || (last >= 0x80 && last <= 0x8A)
                || last == 0x9F || last == 0xAF
            if !firstMayBeSpace && !lastMayBeSpace { return r }
        }
        while lo < hi {
            let n = spaceLength(b, at: lo, limit: hi)
            if n == 0 { break }
            lo += n
        }
        while hi > lo {
            var found = 0
            for n in 1...3 where hi - n >= lo && spaceLength(b, at: hi - n, limit: hi) == n { found = n; break }
            if found == 0 { break }
            hi -= found
        }
        return lo..<hi
    }

    /// Byte length of the white-space scalar at `i`, 0 when there is none.
    @inline(__always)
    static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 { return 1 }
        if c == 0xC2 { return i + 1 < limit && b[i + 1] == 0xA0 ? 2 : 0 }
        guard c == 0xE1 || c == 0xE2 || c == 0xE3, i + 2 < limit else { return 0 }
        let d = b[i + 1], e = b[i + 2]
        switch c {
        case 0xE1: return d == 0x9A && e == 0x80 ? 3 : 0
        case 0xE3: return d == 0x80 && e == 0x80 ? 3 : 0
        default:
            if d == 0x80 && (e <= 0x8A || e == 0xAF) && e >= 0x80 { return 3 }
            return d == 0x81 && e == 0x9F ? 3 : 0
        }
    }

    /// Reads and parses a file.
    public static func load(_ url: URL) throws -> [LexiconEntry] {
        return try parse(readBytes(url), name: url.path)
    }
}
