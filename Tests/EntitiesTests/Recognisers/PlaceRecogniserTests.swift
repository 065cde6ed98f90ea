import XCTest
@testable import Entities

/// Composed places: a name before a place suffix, chained along the administrative hierarchy.
final class PlaceRecogniserTests: XCTestCase {
    private func places(_ text: String) -> [String] { RecogniserTestSupport.names(text, .place) }

    func testTownshipAndVillageChainAfterADistrict() {
        XCTAssertEqual(places("入选名单的有洛江区罗溪镇钟山村。"), ["洛江区", "罗溪镇", "钟山村"])
    }

    func testTownshipStandsAloneAfterABracket() {
        XCTAssertEqual(places("入选4个（陈埭镇仙石村等）。"), ["陈埭镇", "仙石村"])
    }

    func testCountyNameTakesALowerLevelSuffix() {
        XCTAssertEqual(places("石狮市4个（永宁镇沙堤村等）。"), ["石狮市", "永宁镇", "沙堤村"])
    }

    func testASuffixThatEndsACommonWordMakesNoPlace() {
        XCTAssertEqual(places("福州二手车出口增长较快。"), ["福州"])
        XCTAssertEqual(places("该县有“桥头堡”之称。"), [])
    }

    func testNumberedHighwaysWithLineAreRoads() {
        XCTAssertEqual(places("车队沿国道205线北上。"), ["国道205线"])
        XCTAssertEqual(places("省道S301线全线通车。"), ["省道S301线"])
        XCTAssertEqual(places("沿国道205行驶。"), [])
    }

    func testOrdinaryWordsAreNotCountyShortForms() {
        XCTAssertEqual(places("政府拿出真金白银支持企业。"), [])
        XCTAssertEqual(places("大家同心同德、安居乐业。"), [])
    }

    func testCommonWordsAroundASuffixAreNotPlaces() {
        XCTAssertEqual(places("亚洲金融市场汇市下跌。"), ["亚洲"])
        XCTAssertEqual(places("西南地区东部将有阵雨。"), ["西南"])
    }
}
