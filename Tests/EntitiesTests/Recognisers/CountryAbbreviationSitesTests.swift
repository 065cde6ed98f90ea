import XCTest
@testable import Entities

/// A one-character country abbreviation standing free is that country when the document names it in
/// full, and nothing otherwise.
final class CountryAbbreviationSitesTests: XCTestCase {
    private func places(_ text: String) -> [String] { RecogniserTestSupport.names(text, .place) }

    func testAbbreviationAfterTheFullNameInTheDocument() {
        XCTAssertEqual(places("俄罗斯总统说，俄粮食出口将增加。"), ["俄罗斯", "俄"])
    }

    /// The country may be named only at the head of one of its bodies.
    func testTheFullNameInsideAnOrganisationCounts() {
        XCTAssertEqual(places("泰国央行宣布降息，泰出口仍在下降。"), ["泰"])
    }

    func testACurrencyNamedAfterTheStateIsNoSite() {
        XCTAssertEqual(places("泰国政府宣布泰币贬值。"), ["泰国"])
    }

    func testNoFullNameNoAbbreviation() {
        XCTAssertEqual(places("俄粮食出口将增加。"), [])
    }

    /// The character inside a word or a name (匈奴, 澳门) is no abbreviation, whatever the document names.
    func testTheCharacterInsideAWordIsNoSite() {
        XCTAssertEqual(places("匈牙利学者研究匈奴的历史。"), ["匈牙利"])
    }

    /// A name that a common word cuts at its end (巴南 of 巴|南部) is no reading of the character: the word
    /// after the abbreviation is.
    func testANameCutByAWordIsNoReading() {
        XCTAssertEqual(places("巴基斯坦警方说，爆炸发生在巴南部的一个小镇。"), ["巴基斯坦", "巴"])
        XCTAssertEqual(places("巴基斯坦代表团访问了重庆巴南区。"), ["重庆", "巴南区"], "the district is read whole")
    }

    /// 中 日 美 stand free in prose (会议中, 很美): they are left to the sentence-level rules.
    func testAmbiguousAbbreviationsAreNotSites() {
        XCTAssertEqual(places("美国代表在会议中发言，风景很美。"), ["美国"])
    }

    /// A character paired with a major state before their relations (卢中两国) is the one country the document
    /// names in full starting with it, with its canonical name; with no such country, or two, it is nothing.
    func testAPairPartnerIsTheCountryTheDocumentNamed() {
        let m = RecogniserTestSupport.mentions("卢旺达总统昨天抵达北京。卢中两国签署了多项协议。").filter { $0.type == .place }
        XCTAssertEqual(m.map(\.text), ["卢旺达", "北京", "卢", "中"])
        XCTAssertEqual(m.map(\.canonical), ["卢旺达", "北京", "卢旺达", "中国"])
        XCTAssertEqual(places("卢中两国签署了多项协议。"), [])
        XCTAssertEqual(places("卢旺达和卢森堡的代表出席。卢中两国签署了协议。"), ["卢旺达", "卢森堡"])
    }
}
