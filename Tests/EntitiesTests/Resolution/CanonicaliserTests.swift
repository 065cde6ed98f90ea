import XCTest
@testable import Entities

/// What name a mention's node gets once the document is read: city-less bodies expanded from their
/// context, and a government that no context places named no node at all.
final class CanonicaliserTests: XCTestCase {
    private func organisations(_ text: String) -> [String] {
        RecogniserTestSupport.mentions(text).filter { $0.type == .organisation }.map { "\($0.text)→\($0.canonical)" }
    }

    /// 县政府 with no county named is "the county government", a common noun: a node for it would join
    /// every county's government. The bare party committee beside it keeps its node.
    func testAGovernmentNoContextPlacesIsNoName() {
        XCTAssertEqual(organisations("县政府拨款修建了一所学校。"), [])
        XCTAssertEqual(organisations("市委、市政府高度重视这项工作。"), ["市委→市委"])
    }

    /// With the city named in the same or the next sentence, 市政府 is that city's government.
    func testAGovernmentPlacedByItsContextIsExpanded() {
        XCTAssertEqual(organisations("莆田市举行表彰大会。市政府主要领导出席。"), ["市政府→莆田市政府"])
    }

    /// Far from any mention of the city, the page's own full form (漳州市人民政府) still places 市政府, and
    /// names the node as the page spells it.
    func testTheFullFormOnThePagePlacesAShortGovernment() {
        let names = organisations("漳州市人民政府印发了实施方案。方案共有十条。各区要抓好落实。今后，市政府将定期督查。")
        XCTAssertEqual(names, ["漳州市人民政府→漳州市人民政府", "市政府→漳州市人民政府"])
    }
}

/// A body's other name in brackets right after its name names the same node.
final class BracketedAliasCanonicaliserTests: XCTestCase {
    private func organisations(_ text: String) -> [String] {
        RecogniserTestSupport.mentions(text).filter { $0.type == .organisation }.map { "\($0.text)→\($0.canonical)" }
    }

    /// 厦门市信息中心（市信用管理中心）: the bracketed name, and its later mentions, are the body named
    /// before the bracket.
    func testTheBracketedNameIsAnAliasOfTheNameBeforeIt() {
        XCTAssertEqual(organisations("厦门市信息中心（市信用管理中心）发布通知。市信用管理中心要求各单位落实。"),
                       ["厦门市信息中心→厦门市信息中心", "市信用管理中心→厦门市信息中心", "市信用管理中心→厦门市信息中心"])
    }

    /// A bracket after something that is no body (a year) names no alias.
    func testABracketAfterNoBodyKeepsItsOwnName() {
        XCTAssertEqual(organisations("2018年（市信用管理中心）发布通知。"), ["市信用管理中心→市信用管理中心"])
    }
}

/// An addressed surname (韩局长) takes the name of the one full name of that surname in the document.
final class AddressedSurnameCanonicaliserTests: XCTestCase {
    private func persons(_ text: String) -> [String] {
        RecogniserTestSupport.mentions(text).filter { $0.type == .person }.map { "\($0.text)→\($0.canonical)" }
    }

    func testTheDocumentsOneFullNameNamesTheAddressedSurname() {
        XCTAssertEqual(persons("韩局长说，韩建国同志来了。"), ["韩→韩建国", "韩建国→韩建国"])
    }

    /// Two full names of the surname: which one is meant is unknown, so the form of address stays.
    func testTwoFullNamesLeaveTheFormOfAddress() {
        XCTAssertEqual(persons("韩建国和韩立新来了。韩局长说，欢迎。"), ["韩建国→韩建国", "韩立新→韩立新", "韩→韩局长"])
    }

    /// A foreign name that merely starts with the character is no full name of the surname.
    func testAForeignNameIsNoFullName() {
        XCTAssertEqual(persons("马先生说，马拉多纳·迭戈来了。").first, "马→马先生")
    }
}
