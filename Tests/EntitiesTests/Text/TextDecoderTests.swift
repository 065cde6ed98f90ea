import Foundation
import XCTest
@testable import Entities

final class TextDecoderTests: XCTestCase {
    let sample = "泉州市委书记张毅恭主持召开会议，研究部署下一步工作。"

    func decode(_ bytes: [UInt8], _ choice: TextEncodingChoice = .auto) throws -> (String, String) {
        let r = try TextDecoder.decode(bytes, path: "f.txt", encoding: choice)
        var v = String.UnicodeScalarView()
        v.append(contentsOf: r.scalars)
        return (String(v), r.encoding)
    }

    func testUTF8WithoutAndWithBOMDecodesTheSameTextAndDropsTheBOM() throws {
        let plain = Array(sample.utf8)
        XCTAssertEqual(try decode(plain).0, sample)
        let (text, enc) = try decode([0xEF, 0xBB, 0xBF] + plain)
        XCTAssertEqual(text, sample)
        XCTAssertEqual(enc, "utf-8")
    }

    func testUTF16WithBOMInBothByteOrders() throws {
        let units = Array(sample.utf16) + Array("𠀾".utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(try decode(le).0, sample + "𠀾")
        XCTAssertEqual(try decode(le).1, "utf-16le")
        XCTAssertEqual(try decode(be).0, sample + "𠀾")
        XCTAssertEqual(try decode(be).1, "utf-16be")
    }

    func testGB18030IsRecognisedAndDecoded() throws {
        let text = try TextTestSupport.seed("000")
        let data = try XCTUnwrap(text.data(using: TextDecoder.gb18030Encoding))
        let (decoded, enc) = try decode(Array(data))
        XCTAssertEqual(enc, "gb18030")
        XCTAssertEqual(decoded, text)
    }

    func testBig5SeedComesBackIdentical() throws {
        // seeds/001 is traditional; keep the paragraphs Big5 can encode (a few characters in it are not in Big5).
        let paragraphs = try TextTestSupport.seed("001").components(separatedBy: "\n")
            .filter { $0.data(using: TextDecoder.big5Encoding) != nil }
        XCTAssertGreaterThan(paragraphs.count, 20)
        let text = paragraphs.joined(separator: "\n")
        let data = try XCTUnwrap(text.data(using: TextDecoder.big5Encoding))
        let (decoded, enc) = try decode(Array(data))
        XCTAssertEqual(enc, "big5")
        XCTAssertEqual(decoded, text)
    }

    func testNULBytesAreBinary() {
        XCTAssertThrowsError(try decode([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00])) { error in
            XCTAssertEqual((error as? ReadError)?.message, "f.txt: not text (binary data: NUL bytes)")
        }
    }

    func testInvalidUTF8ThatIsNotGBOrBig5ReportsTheByteOffset() {
        let bytes = Array("abc é".utf8.prefix(4)) + [0xE9, 0x20, 0x41, 0x42]  // Latin-1 é in ASCII text
        XCTAssertThrowsError(try decode(bytes)) { error in
            XCTAssertEqual((error as? ReadError)?.reason, "invalid UTF-8 at byte 4 and not GB18030 or Big5")
        }
    }

    func testUTF8CutInTheLastCharacterIsReportedNotShortened() {
        let bytes = Array(sample.utf8)
        let cut = Array(bytes.dropLast(2))
        let reason = "UTF-8 cut off at the end of the file (byte \(cut.count - 1) starts a 3-byte sequence, 1 byte remains)"
        XCTAssertThrowsError(try decode(cut)) { error in
            XCTAssertEqual((error as? ReadError)?.reason, reason)
        }
        XCTAssertThrowsError(try decode(cut, .utf8)) { error in
            XCTAssertEqual((error as? ReadError)?.reason, reason)
        }
    }

    func testEmptyInputIsEmptyText() throws {
        XCTAssertEqual(try decode([]).0, "")
    }

    func testControlCharacterSoupIsBinary() {
        let bytes: [UInt8] = [0x01, 0x02, 0x03, 0x04, 0x05, 0x41, 0x06, 0x07, 0x08]
        XCTAssertThrowsError(try decode(bytes)) { error in
            XCTAssertTrue((error as? ReadError)?.reason.hasPrefix("not text (binary data") ?? false)
        }
    }

    func testForcedEncodingIsObeyed() throws {
        let data = try XCTUnwrap(sample.data(using: TextDecoder.gb18030Encoding))
        XCTAssertEqual(try decode(Array(data), .gb18030).0, sample)
        XCTAssertThrowsError(try decode(Array(data), .utf8))
    }

    func testPlausibilityPrefersTheRightLegacyEncoding() throws {
        let simplified = try XCTUnwrap(sample.data(using: TextDecoder.gb18030Encoding))
        XCTAssertGreaterThan(TextDecoder.plausibility(Array(simplified), big5: false),
                             TextDecoder.plausibility(Array(simplified), big5: true))
        let traditional = try XCTUnwrap("泉州市委書記主持召開會議，研究部署下一步工作。".data(using: TextDecoder.big5Encoding))
        XCTAssertGreaterThan(TextDecoder.plausibility(Array(traditional), big5: true),
                             TextDecoder.plausibility(Array(traditional), big5: false))
    }

    func testRandomBytesNeverCrashTheDecoder() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let bytes = (0..<Int(rng.next() % 40)).map { _ in UInt8(truncatingIfNeeded: rng.next() | 0x80) }
            for choice in TextEncodingChoice.allCases {
                _ = try? TextDecoder.decode(bytes, path: "r", encoding: choice)
            }
        }
    }

    /// Strict UTF-8 decoding agrees with the standard library on random bytes biased towards the edges of
    /// the UTF-8 table: valid input decodes to the same scalars, and invalid input fails at the first
    /// sequence that does not decode (the bytes before it valid, none of the 1 to 4 bytes from it).
    func testUTF8DecodingAgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF,
                                 0xE0, 0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...9, using: &generator)
            let bytes: [UInt8] = (0..<count).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator) ?? 0 : UInt8.random(in: 0...255, using: &generator)
            }
            let label = bytes.map { String($0, radix: 16) }
            switch TextDecoder.decodeUTF8(bytes, from: 0) {
            case .success(let scalars):
                let expected = String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }
                XCTAssertEqual(scalars, expected, "\(label)")
            case .failure(let error):
                XCTAssertNil(String(validating: bytes, as: UTF8.self), "\(label)")
                XCTAssertNotNil(String(validating: bytes[..<error.offset], as: UTF8.self), "\(label)")
                for end in (error.offset + 1)...min(error.offset + 4, bytes.count) {
                    XCTAssertNil(String(validating: bytes[..<end], as: UTF8.self), "\(label) \(end)")
                }
            }
        }
    }
}
