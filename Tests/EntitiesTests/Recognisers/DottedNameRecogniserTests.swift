import XCTest
@testable import Entities

/// Specifications for foreign full names joined by a name dot, written partly outside the transliteration
/// table (bundled dictionaries).
final class DottedNameRecogniserTests: XCTestCase {
    private func persons(_ text: String) -> [String] { RecogniserTestSupport.names(text, .person) }

    /// A verb word across the name's end that the text reads past (川·立派|出席 over 派出) neither closes
    /// the name early nor cuts it.
    func testVerbTheTextReadsPastLeavesTheNameWhole() {
        XCTAssertEqual(RecogniserTestSupport.names("泰国总理川·立派出席会议。", .person), ["川·立派"])
    }

    /// Both parts of a dotted name are the person's, whatever characters spell them: the office title
    /// before and the cue after bound it.
    func testADottedNameAfterATitleIsOnePerson() {
        XCTAssertEqual(persons("泰国副总理颂汶·乃差出席了会议。"), ["颂汶·乃差"])
        XCTAssertEqual(persons("他会见了川·立派。"), ["川·立派"])
    }

    /// A person noun before the name (牧师) and a verb after it (执导) stay outside it.
    func testANounBeforeAndAVerbAfterStayOutside() {
        XCTAssertEqual(persons("当年的牧师约翰·马汀留下了日记。"), ["约翰·马汀"])
        XCTAssertEqual(persons("影片由乔·科伦执导。"), ["乔·科伦"])
    }

    /// The dot also joins a place's or a body's name (…镇, …大学), an event to its host (中国·…交易会) and the
    /// words of a title (《春·夏》): none of those is a person.
    func testPlacesBodiesEventsAndTitlesAreNoPersons() {
        XCTAssertEqual(persons("他家住在康斯坦察县的尼·伯尔库镇。"), [])
        XCTAssertEqual(persons("他毕业于乔治·卡森大学。"), [])
        XCTAssertEqual(persons("中国·海峡项目成果交易会开幕。"), [])
        XCTAssertEqual(persons("电影《一代宗师·春秋》明年上映。"), [])
    }
}
