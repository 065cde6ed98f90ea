import XCTest
@testable import Entities

/// A place that opens a government body is a name of its own inside the body's name (seeds-gold.md);
/// a place inside a company's or a university's name is not, nor is an organisation inside another.
final class NestedPlaceTests: XCTestCase {
    func testPlaceOpeningAGovernmentBodyIsNestedInIt() {
        let m = RecogniserTestSupport.mentions("黄岛海关加强了监管。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["黄岛海关"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), ["黄岛"])
    }

    func testPlaceInsideAUniversityOrCompanyIsNotNested() {
        XCTAssertEqual(RecogniserTestSupport.names("他毕业于厦门大学。", .place), [])
        XCTAssertEqual(RecogniserTestSupport.names("福建速易停科技有限公司成立了。", .place), [])
    }

    func testOrganisationInsideAnotherIsNotNested() {
        XCTAssertEqual(RecogniserTestSupport.names("国务院发展研究中心发布报告。", .organisation), ["国务院发展研究中心"])
    }

    /// 行署 (a prefecture's administrative office) is a government body: its place is nested in it.
    func testPrefectureOfficeIsAGovernmentBody() {
        let m = RecogniserTestSupport.mentions("阿克苏行署召开会议。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["阿克苏行署"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), ["阿克苏"])
    }

    /// A workers' cultural palace is an organisation named after its district, not a government body.
    func testCulturalPalaceIsAnOrganisationWithoutNestedPlace() {
        let m = RecogniserTestSupport.mentions("思明区工人文化宫举办展览。")
        XCTAssertEqual(m.filter { $0.type == .organisation }.map(\.text), ["思明区工人文化宫"])
        XCTAssertEqual(m.filter { $0.type == .place }.map(\.text), [])
    }
}
