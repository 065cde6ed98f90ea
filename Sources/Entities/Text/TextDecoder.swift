import Foundation

/// Turns the bytes of one input into Unicode scalars.
///
/// Chinese news corpora come in UTF-8 (most), GB18030/GBK (mainland archives), Big5 (Taiwan, Hong
/// Kong) and occasionally UTF-16 from Windows tools. Sniffing order for `auto`: byte-order mark,
/// strict UTF-8, then GB18030 and Big5 judged by plausibility. Plausibility is measured on the byte
/// structure, which needs no frequency list: the share of double-byte characters that fall in each
/// encoding's block of frequently used hanzi (GB2312 A1–A9/B0–F7 rows; Big5 A140–A3BF symbols and
/// A440–C67E level-1 hanzi). Real text scores above 0.9 in its own encoding and about 0.5 in the
/// other one, which matters because Foundation's GB18030 decoder happily accepts Big5 bytes.
public enum TextDecoder {
    static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)
    static let big5Encoding = String.Encoding(rawValue: 0x8000_0A03)

    /// Below this share of common characters a legacy-encoding candidate is not believed.
    static let minimumPlausibility = 0.6

    /// Decodes bytes to scalars. The byte-order mark, when present, is not part of the text.
    /// Throws `ReadError` for binary data and for bytes no candidate decodes plausibly.
    public static func decode(_ bytes: [UInt8], path: String, encoding: TextEncodingChoice = .auto) throws
        -> (scalars: [Unicode.Scalar], encoding: String)
    {
        let result: (scalars: [Unicode.Scalar], encoding: String)
        switch encoding {
        case .utf8:
            let skip = hasUTF8BOM(bytes) ? 3 : 0
            switch decodeUTF8(bytes, from: skip) {
            case .success(let s): result = (s, "utf-8")
            case .failure(let at): throw ReadError(path: path, reason: utf8Failure(bytes, at: at.offset) ?? "invalid UTF-8 at byte \(at.offset)")
            }
        case .utf16le, .utf16be:
            let little = encoding == .utf16le
            let bom: [UInt8] = little ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let skip = bytes.starts(with: bom) ? 2 : 0
            result = (try decodeUTF16(bytes, from: skip, littleEndian: little, path: path), encoding.rawValue)
        case .gb18030, .big5:
            let enc = encoding == .gb18030 ? gb18030Encoding : big5Encoding
            guard !bytes.contains(0) else { throw ReadError(path: path, reason: "not text (binary data: NUL bytes)") }
            guard let s = String(bytes: bytes, encoding: enc) else {
                throw ReadError(path: path, reason: "not valid \(encoding == .gb18030 ? "GB18030" : "Big5")")
            }
            result = (Array(s.unicodeScalars), encoding.rawValue)
        case .auto:
            result = try sniff(bytes, path: path)
        }
        try rejectBinary(result.scalars, path: path)
        return result
    }

    private static func sniff(_ bytes: [UInt8], path: String) throws -> (scalars: [Unicode.Scalar], encoding: String) {
        if hasUTF8BOM(bytes) {
            switch decodeUTF8(bytes, from: 3) {
            case .success(let s): return (s, "utf-8")
            case .failure(let at): throw ReadError(path: path, reason: utf8Failure(bytes, at: at.offset) ?? "invalid UTF-8 at byte \(at.offset)")
            }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try decodeUTF16(bytes, from: 2, littleEndian: true, path: path), "utf-16le")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try decodeUTF16(bytes, from: 2, littleEndian: false, path: path), "utf-16be")
        }
        // memchr, not `contains`: a byte loop over every input file was a tenth of reading it.
        let hasNUL = bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            return memchr(base, 0, b.count) != nil
        }
        if hasNUL { throw ReadError(path: path, reason: "not text (binary data: NUL bytes)") }
        let firstInvalid: Int
        switch decodeUTF8(bytes, from: 0) {
        case .success(let s): return (s, "utf-8")
        case .failure(let at):
            // Valid UTF-8 up to a sequence cut by the end of the file: a truncated download or a
            // stream closed early, not a legacy encoding.
            if let cut = utf8Failure(bytes, at: at.offset) { throw ReadError(path: path, reason: cut) }
            firstInvalid = at.offset
        }
        let gbScore = plausibility(bytes, big5: false)
        let big5Score = plausibility(bytes, big5: true)
        let order: [(Double, String.Encoding, String)] = gbScore >= big5Score
            ? [(gbScore, gb18030Encoding, "gb18030"), (big5Score, big5Encoding, "big5")]
            : [(big5Score, big5Encoding, "big5"), (gbScore, gb18030Encoding, "gb18030")]
        for (score, enc, name) in order where score >= minimumPlausibility {
            if let s = String(bytes: bytes, encoding: enc) { return (Array(s.unicodeScalars), name) }
        }
        throw ReadError(path: path, reason: "invalid UTF-8 at byte \(firstInvalid) and not GB18030 or Big5")
    }

    /// Share of double-byte characters that sit in the encoding's block of common characters; 0 when
    /// the bytes do not even parse as that encoding's byte structure.
    static func plausibility(_ bytes: [UInt8], big5: Bool) -> Double {
        var total = 0, common = 0, i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard lead >= 0x81, lead <= 0xFE, i + 1 < n else { return 0 }
            let trail = bytes[i + 1]
            total += 1
            if big5 {
                guard (0x40...0x7E).contains(trail) || (0xA1...0xFE).contains(trail) else { return 0 }
                let code = UInt16(lead) << 8 | UInt16(trail)
                if (0xA140...0xA3BF).contains(code) || (0xA440...0xC67E).contains(code) { common += 1 }
                i += 2
            } else if (0x30...0x39).contains(trail) {
                i += 4  // four-byte GB18030 sequence: valid, never common
            } else {
                guard (0x40...0xFE).contains(trail), trail != 0x7F else { return 0 }
                if ((0xA1...0xA9).contains(lead) || (0xB0...0xF7).contains(lead)) && trail >= 0xA1 { common += 1 }
                i += 2
            }
        }
        return total == 0 ? 0 : Double(common) / Double(total)
    }

    /// Rejects decoded text that is mostly control characters (binary files in a legacy encoding,
    /// or UTF-16 without text in it).
    private static func rejectBinary(_ scalars: [Unicode.Scalar], path: String) throws {
        var controls = 0
        for s in scalars {
            let v = s.value
            if v == 0 { throw ReadError(path: path, reason: "not text (binary data: NUL bytes)") }
            if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C { controls += 1 }
        }
        if controls >= 4 && controls * 10 > scalars.count {
            throw ReadError(path: path, reason: "not text (binary data: \(controls) control characters)")
        }
    }

    /// The reason when the UTF-8 error at `offset` is a multi-byte sequence cut by the end of the
    /// input; nil for any other error.
    static func utf8Failure(_ bytes: [UInt8], at offset: Int) -> String? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0
        let remaining = bytes.count - offset
        guard length > 0, remaining < length, bytes[(offset + 1)...].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return nil }
        return "UTF-8 cut off at the end of the file (byte \(offset) starts a \(length)-byte sequence, \(remaining) byte\(remaining == 1 ? "" : "s") remain\(remaining == 1 ? "s" : ""))"
    }

    static func hasUTF8BOM(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0xEF, 0xBB, 0xBF]) }

    /// Where strict UTF-8 decoding failed (byte offset in the whole input).
    struct InvalidByte: Error { let offset: Int }

    /// Strict UTF-8: rejects overlong forms, surrogates, values above U+10FFFF and sequences cut at
    /// the end of the input (a truncated download is reported, not silently shortened).
    ///
    /// The scalars are written into the array's uninitialised storage, and a three-byte sequence with no
    /// overlong or surrogate form possible (lead E1–EC, EE, EF: most Han) is read without the general
    /// checks: an `append` per scalar made decoding ~80 instructions a character.
    static func decodeUTF8(_ bytes: [UInt8], from start: Int) -> Result<[Unicode.Scalar], InvalidByte> {
        var failure: Int?
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: max(bytes.count - start, 0)) { out, written in
            bytes.withUnsafeBufferPointer { b in
                let n = b.count
                var i = start
                var w = 0
                defer { written = w }
                while i < n {
                    let c0 = UInt32(b[i])
                    if c0 < 0x80 {
                        out.initializeElement(at: w, to: Unicode.Scalar(UInt8(c0)))
                        w += 1
                        i += 1
                        continue
                    }
                    if c0 >= 0xE1, c0 <= 0xEF, c0 != 0xED, n - i >= 3 {
                        let c1 = UInt32(b[i + 1]), c2 = UInt32(b[i + 2])
                        if c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80,
                           let scalar = Unicode.Scalar((c0 & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F)) {
                            out.initializeElement(at: w, to: scalar)
                            w += 1
                            i += 3
                            continue
                        }
                    }
                    let length: Int, minimum: UInt32
                    var value: UInt32
                    switch c0 {
                    case 0xC2...0xDF: length = 2; value = c0 & 0x1F; minimum = 0x80
                    case 0xE0...0xEF: length = 3; value = c0 & 0x0F; minimum = 0x800
                    case 0xF0...0xF4: length = 4; value = c0 & 0x07; minimum = 0x10000
                    default: failure = i; return
                    }
                    guard i + length <= n else { failure = i; return }
                    for k in 1..<length {
                        let c = UInt32(b[i + k])
                        guard c & 0xC0 == 0x80 else { failure = i; return }
                        value = value << 6 | (c & 0x3F)
                    }
                    guard value >= minimum, let scalar = Unicode.Scalar(value) else { failure = i; return }
                    out.initializeElement(at: w, to: scalar)
                    w += 1
                    i += length
                }
            }
        }
        if let offset = failure { return .failure(InvalidByte(offset: offset)) }
        return .success(out)
    }

    static func decodeUTF16(_ bytes: [UInt8], from start: Int, littleEndian: Bool, path: String) throws
        -> [Unicode.Scalar]
    {
        guard (bytes.count - start) % 2 == 0 else {
            throw ReadError(path: path, reason: "invalid UTF-16 (odd number of bytes)")
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity((bytes.count - start) / 2)
        var i = start
        func unit(_ at: Int) -> UInt32 {
            littleEndian ? UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 : UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1])
        }
        while i < bytes.count {
            let u = unit(i)
            if u >= 0xD800 && u < 0xDC00 {
                guard i + 3 < bytes.count else { throw ReadError(path: path, reason: "invalid UTF-16 at byte \(i)") }
                let low = unit(i + 2)
                guard low >= 0xDC00 && low < 0xE000,
                      let s = Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))
                else { throw ReadError(path: path, reason: "invalid UTF-16 at byte \(i)") }
                out.append(s)
                i += 4
            } else {
                guard let s = Unicode.Scalar(u) else { throw ReadError(path: path, reason: "invalid UTF-16 at byte \(i)") }
                out.append(s)
                i += 2
            }
        }
        return out
    }
}
