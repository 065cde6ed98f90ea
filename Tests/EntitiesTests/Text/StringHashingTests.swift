import XCTest
@testable import Entities

final class StringHashingTests: XCTestCase {
    private func standard(_ s: String) -> Int { var h = Hasher(); h.combine(7); h.combine(s); return h.finalize() }
    private func fast(_ s: String) -> Int { var h = Hasher(); h.combine(7); StringHashing.combine(s, into: &h); return h.finalize() }

    /// The same hash value as `String.hash(into:)`, on the fast path and off it.
    func testSameHashAsTheStandardLibrary() {
        let samples = ["", "a", "厦门市委", "比尔·克林顿", "中共厦门市委宣传部：一个超过十五个字节的名字", "“中国”", "ＡＢＣ",
                       "a\u{3000}b", "co_occurs:sentence", String(repeating: "中", count: 100), "Straße", "한국",
                       "e\u{301}", "é", "\u{4E00}\u{9FFF}\u{3400}", "—…"]
        for s in samples { XCTAssertEqual(fast(s), standard(s), s) }
    }

    /// Canonically equivalent spellings (equal as Strings) hash alike.
    func testCanonicallyEquivalentStringsHashAlike() {
        XCTAssertEqual("e\u{301}", "é")
        XCTAssertEqual(fast("e\u{301}"), fast("é"))
        XCTAssertEqual(fast("厦门e\u{301}"), fast("厦门é"))
    }

    func testFastPathClassification() {
        func trivially(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { StringHashing.isTriviallyNFC($0) } }
        XCTAssertTrue(trivially("比尔·克林顿 abc。"))
        XCTAssertFalse(trivially("e\u{301}"))
        XCTAssertFalse(trivially("é"))
        XCTAssertFalse(trivially("\u{302A}"))
    }
}

final class StringOrderTests: XCTestCase {
    /// Same answers as the standard `==` and `<` on every pair of a mixed sample.
    func testSameAnswersAsTheStandardOperators() {
        let samples = ["", "a", "ab", "b", "厦门", "厦门市", "厦门市委", "泉州", "比尔·克林顿", "比尔", "“中国”", "中国",
                       "e\u{301}", "é", "f", "Straße", "한국", "ＡＢＣ", "Z", "中共厦门市委宣传部：一个超过十五个字节的名字", "\u{4E00}", "\u{9FFF}", "—"]
        for a in samples {
            for b in samples {
                XCTAssertEqual(StringOrder.equal(a, b), a == b, "\(a) == \(b)")
                XCTAssertEqual(StringOrder.less(a, b), a < b, "\(a) < \(b)")
            }
        }
    }
}
