import XCTest
@testable import Entities

/// Rivers, mountains, seas, celestial bodies and historical states are places (places-geo.tsv).
final class GeographicPlacesTests: XCTestCase {
    func testRiversAndThePeople() {
        let places = RecogniserTestSupport.names("长江和黄河哺育了中华民族。", .place)
        XCTAssertEqual(places, ["长江", "黄河", "中华"])
    }

    func testHistoricalStatesAndPlanets() {
        let places = RecogniserTestSupport.names("苏联解体后，南斯拉夫也分裂了。", .place)
        XCTAssertEqual(places, ["苏联", "南斯拉夫"])
        XCTAssertEqual(RecogniserTestSupport.names("人类只有一个地球。", .place), ["地球"])
    }

    /// The sun, the planets and the galaxy are places as the earth is; one opening a longer word is that
    /// word's head (太阳能 is solar power).
    func testSunPlanetsAndGalaxy() {
        XCTAssertEqual(RecogniserTestSupport.names("探测器飞越木星后奔向土星。", .place), ["木星", "土星"])
        XCTAssertEqual(RecogniserTestSupport.names("太阳是银河系中的一颗恒星。", .place), ["太阳", "银河系"])
        XCTAssertEqual(RecogniserTestSupport.names("村里装上了太阳能路灯。", .place), [])
    }

    /// The classical names of provinces (齐鲁 Shandong, 荆楚 Hubei, 巴蜀 Sichuan) are places, and still
    /// name a paper or a studio with its suffix (齐鲁晚报, 潇湘电影制片厂).
    func testClassicalNamesOfProvinces() {
        XCTAssertEqual(RecogniserTestSupport.names("齐鲁大地春意盎然，荆楚儿女奋勇抗洪。", .place), ["齐鲁", "荆楚"])
        XCTAssertEqual(RecogniserTestSupport.names("巴蜀文化源远流长。", .place), ["巴蜀"])
        XCTAssertEqual(RecogniserTestSupport.names("据齐鲁晚报报道，潇湘电影制片厂开机。", .organisation), ["齐鲁晚报", "潇湘电影制片厂"])
    }

    /// A lake, a bay and a dam of national fame are places; the dam's name, which a person's reading took
    /// (葛 + 洲坝), also anchors the works' company (葛洲坝集团).
    func testLakeBayAndDam() {
        XCTAssertEqual(RecogniserTestSupport.names("他们来到洱海考察。", .place), ["洱海"])
        XCTAssertEqual(RecogniserTestSupport.names("大亚湾核电站运行良好。", .place), ["大亚湾"])
        XCTAssertEqual(RecogniserTestSupport.names("他们来到葛洲坝考察。", .place), ["葛洲坝"])
        XCTAssertEqual(RecogniserTestSupport.names("他们来到葛洲坝考察。", .person), [])
        XCTAssertEqual(RecogniserTestSupport.names("葛洲坝集团承建了这项工程。", .organisation), ["葛洲坝集团"])
    }

    func testMountainIsNotAForeignPerson() {
        XCTAssertEqual(RecogniserTestSupport.names("喜马拉雅山很高。", .person), [])
        XCTAssertEqual(RecogniserTestSupport.names("喜马拉雅山很高。", .place), ["喜马拉雅山"])
    }
}
