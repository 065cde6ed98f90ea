import XCTest
@testable import Entities

/// Enterprises listed by short names before 等 and a head noun of companies (宏发、金顺等企业).
final class EnterpriseListRecogniserTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    /// The head noun after 等 makes every listed short name a company, an ordinary word (阳光) among
    /// them, and a numeral opening a name (四通) is no count.
    func testShortNamesBeforeACompanyHeadAreCompanies() {
        XCTAssertEqual(organisations("近年来，宏发、阳光、金顺等一批民营企业迅速成长。"), ["宏发", "阳光", "金顺"])
        XCTAssertEqual(organisations("包括鼎新、四通星海等国内软件厂商都参加了。"), ["鼎新", "四通星海"])
    }

    /// Ordinary words alone list trades (钢铁、水泥等企业); items opening on one character are parallel
    /// kinds (小炼焦、小化工); 等地 and 等国 end lists of places.
    func testTradesKindsAndPlacesAreNoCompanies() {
        XCTAssertEqual(organisations("钢铁、水泥等企业要节能减排。"), [])
        XCTAssertEqual(organisations("小炼焦、小化工等土小企业被关停。"), [])
        XCTAssertEqual(organisations("宏发、金顺等地企业纷纷转型。"), [])
    }

    /// People listed by forms of address (张总、王先生) are no companies, whatever head follows, and a
    /// head that opens a longer word (企业家) is no company head.
    func testPeopleAreNoCompanies() {
        XCTAssertEqual(organisations("张总、李总等公司负责人出席了会议。"), [])
        XCTAssertEqual(organisations("王先生、李女士等企业负责人出席了会议。"), [])
        XCTAssertEqual(organisations("宏发、金顺等企业家出席了会议。"), [])
    }
}
