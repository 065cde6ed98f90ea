import XCTest
@testable import Entities

/// Specifications for a surname addressed by a form of address or an office, its given name left unsaid
/// (赵先生, 钱某, 韩局长): the surname alone is the person mention, as newswire annotation marks it, and
/// the canonical name keeps the form of address (bundled dictionaries).
final class AddressedSurnameRecogniserTests: XCTestCase {
    private func persons(_ text: String) -> [String] { RecogniserTestSupport.names(text, .person) }
    private func canonicals(_ text: String) -> [String] {
        RecogniserTestSupport.mentions(text).filter { $0.type == .person }.map(\.canonical)
    }

    override func setUpWithError() throws {
        try XCTSkipIf(RecogniserTestSupport.pipeline == nil, "bundled dictionaries not found")
    }

    func testASurnameBeforeAFormOfAddressIsTheName() {
        XCTAssertEqual(persons("昨天赵先生来到医院。"), ["赵"])
        XCTAssertEqual(canonicals("昨天赵先生来到医院。"), ["赵先生"])
        XCTAssertEqual(persons("孙老师看了作业后笑了。"), ["孙"])
        XCTAssertEqual(persons("邻居钱某被叫来作证。"), ["钱"])
        // Beyond the census's top hundred (汤, 常), but not a surname the list marks rare (应).
        XCTAssertEqual(persons("汤先生和常女士都来了。"), ["汤", "常"])
        XCTAssertEqual(persons("应国务院总理的邀请，他将来访。"), [])
    }

    /// An office is a form of address too (韩局长); but 任 before an office is "to serve as".
    func testASurnameBeforeAnOfficeIsTheName() {
        XCTAssertEqual(persons("韩局长说，工作还要加强。"), ["韩"])
        XCTAssertEqual(persons("他被派往该县任县长。"), [])
        // The word list holding the surname and its office as one word (江主席) makes it no less the person.
        XCTAssertEqual(persons("江主席在会上讲了话。"), ["江"])
    }

    /// 老 after a surname alone addresses an elder (冯老), and is no given name; 老 opening a word (老板)
    /// addresses nobody.
    func testOldAloneAddressesAnElder() {
        XCTAssertEqual(persons("冯老说，画画要静下心来。"), ["冯"])
        XCTAssertEqual(persons("李老板说，生意不好做。"), [])
    }

    /// 老 or 小 before a common surname is the familiar form of address (老孙, 小赵): the surname is the name.
    func testTheFamiliarFormNamesTheSurname() {
        XCTAssertEqual(persons("老孙的女儿要考大学了。"), ["孙"])
        XCTAssertEqual(persons("小赵说，他不去了。"), ["赵"])
        XCTAssertEqual(canonicals("小赵说，他不去了。"), ["小赵"])
        // Not where a word runs on (小时候, 老黄牛) or a given name may follow (小李明天: 李 goes on).
        XCTAssertEqual(persons("小时候他很穷。"), [])
        XCTAssertEqual(persons("这头老黄牛很壮。"), [])
        XCTAssertFalse(persons("小李明天来。").contains("李"))
    }

    /// 某 as "some" (于某种, 在某个) names nobody.
    func testSomeBeforeAClassifierIsNoName() {
        XCTAssertEqual(persons("这取决于某种条件。"), [])
    }

    /// A surname character that ends another word (对于, 历史) or is a preposition (向局长汇报) is not
    /// addressed.
    func testACharacterEndingAnotherWordIsNoSurname() {
        XCTAssertEqual(persons("对于先生们的意见，大家都很重视。"), [])
        XCTAssertEqual(persons("他向局长汇报了情况。"), [])
        XCTAssertEqual(persons("江苏省长出席会议。"), [])
        // A word running from the character into the address (养老, 古老) makes it no surname.
        XCTAssertEqual(persons("企业为职工缴纳养老保险。"), [])
        XCTAssertEqual(persons("这是一座古老的城市。"), [])
    }
}
