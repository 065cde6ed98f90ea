import XCTest
@testable import Entities

/// Specifications for countries read as national teams: only the clause shape of a sports report makes
/// a country an organisation; everywhere else it stays a place (bundled dictionaries).
final class CountryTeamRecogniserTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }
    private func places(_ text: String) -> [String] { RecogniserTestSupport.names(text, .place) }

    override func setUpWithError() throws {
        try XCTSkipIf(RecogniserTestSupport.pipeline == nil, "bundled dictionaries not found")
    }

    func testGroupDrawListsTeams() {
        XCTAssertEqual(organisations("抽签结果揭晓：b组的法国、荷兰、智利。"), ["法国", "荷兰", "智利"])
        XCTAssertEqual(places("抽签结果揭晓：b组的法国、荷兰、智利。"), [])
    }

    func testListOfOpponentsEndingInTeamsListsTeams() {
        XCTAssertEqual(organisations("她们将迎战日本、泰国等强队。"), ["日本", "泰国"])
    }

    func testCountryCoordinatedWithATeamIsATeam() {
        XCTAssertEqual(organisations("其中，法国和荷兰队实力最强。"), ["法国", "荷兰队"])
    }

    func testOpponentOfAMatchVerbInAMatchReportIsATeam() {
        XCTAssertEqual(organisations("他们在半决赛中击败意大利。"), ["意大利"])
        // The country of the opposing player is a place.
        XCTAssertEqual(organisations("他在半决赛中击败意大利的罗西。"), [])
        // Without a match in the sentence the verb may be a war's or an election's.
        XCTAssertEqual(organisations("盟军最终击败德国。"), [])
    }

    func testCountriesElsewhereStayPlaces() {
        XCTAssertEqual(places("中国、法国、荷兰三国签署协议。"), ["中国", "法国", "荷兰"])
        XCTAssertEqual(organisations("中国、法国、荷兰三国签署协议。"), [])
    }

    /// A player's name after the country (击败法国|皮尔斯) makes the player the opponent: the country is
    /// the player's, a place, and the player a person.
    func testCountryBeforeTheOpposingPlayerIsAPlace() {
        let text = "第二轮比赛中，德国施特芬以2比0击败法国皮尔斯。"
        XCTAssertEqual(organisations(text), [])
        XCTAssertEqual(places(text), ["德国", "法国"])
        XCTAssertEqual(RecogniserTestSupport.names(text, .person), ["施特芬", "皮尔斯"])
    }

    /// `A vs B` is a fixture: a country or city right against the `vs` is its team (罗马vs切沃), with a
    /// space or a full stop too (法国 VS 巴西, 中国vs.美国). A product code (VS2010) is no fixture, and the
    /// same city elsewhere stays a place.
    func testSidesOfAFixtureAreTeams() {
        XCTAssertEqual(organisations("本轮焦点：米兰vs罗马。"), ["米兰", "罗马"])
        XCTAssertEqual(organisations("法国 VS 巴西"), ["法国", "巴西"])
        XCTAssertEqual(organisations("中国vs.美国的比赛将在周日进行。"), ["中国", "美国"])
        XCTAssertEqual(organisations("他用VS2010在罗马编程。"), [])
        XCTAssertEqual(places("他用VS2010在罗马编程。"), ["罗马"])
    }

    /// In a match report a city is its club as the object of a match verb (战胜|米兰) or as the subject
    /// right before the verb or its ground (米兰|主场…); after a locative (在罗马|战胜) or before 的 and a
    /// player (击败罗马的|选手) it stays the city.
    func testCityAsASideOfAMatchIsATeam() {
        XCTAssertEqual(organisations("本场比赛都灵主场战胜米兰。"), ["都灵", "米兰"])
        XCTAssertEqual(organisations("他们在罗马战胜了对手，赢得比赛。"), [])
        XCTAssertEqual(organisations("他们在决赛中击败罗马的选手。"), [])
    }
}
