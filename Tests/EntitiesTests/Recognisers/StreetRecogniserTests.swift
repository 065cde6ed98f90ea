import XCTest
@testable import Entities

/// Streets known by a house number, a junction or a direction after their place (bundled dictionaries).
final class StreetRecogniserTests: XCTestCase {
    private func places(_ text: String) -> [String] { RecogniserTestSupport.names(text, .place) }

    /// A house number after the street makes the name before it a street, even one that is a common word.
    func testHouseNumberMakesAStreet() {
        XCTAssertEqual(places("他家住在解放路一号。"), ["解放路"])
        XCTAssertEqual(places("公司设在光明路108号。"), ["光明路"])
    }

    /// The name starts after a common word, never inside one (家住|解放路, not 住解放路).
    func testStreetNameStartsAfterACommonWord() {
        XCTAssertEqual(places("他家住解放路1号。"), ["解放路"])
    }

    /// Two streets joined before a junction word are both streets.
    func testJunctionOfTwoStreets() {
        XCTAssertEqual(places("人民路与建设路交叉口发生了交通事故。"), ["人民路", "建设路"])
    }

    /// A direction after a dictionary place names a section of the street named after it, one name; no
    /// other place opens with that section (东路步行街).
    func testDirectionAfterAPlaceIsOneStreet() {
        XCTAssertEqual(places("南京东路步行街人头攒动。"), ["南京东路"])
        XCTAssertEqual(places("事故发生在延安西路与华山路交叉口。"), ["延安西路", "华山路"])
    }

    /// The city before the street is its own place (北京|金融大街).
    func testCityBeforeTheStreetStaysApart() {
        XCTAssertEqual(places("记者来到北京金融大街18号。"), ["北京", "金融大街"])
    }

    /// Without a number, a junction or a direction, a name before 路 is a phrase: the way home, life's road,
    /// a metro line.
    func testNoEvidenceNoStreet() {
        XCTAssertEqual(places("我们沿着回家的路走了很久。"), [])
        XCTAssertEqual(places("他在人生路上不断探索。"), [])
        XCTAssertEqual(places("地铁2号线将于年底开通。"), [])
    }
}
