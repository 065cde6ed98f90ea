import XCTest
@testable import Entities

/// Chinese and Japanese names from surname + given name, scored by context.
final class PersonNameRecogniserTests: XCTestCase {
    private func persons(_ text: String) -> [String] { RecogniserTestSupport.names(text, .person) }

    func testJapaneseSurnameAloneBeforeASpeechVerb() {
        XCTAssertEqual(persons("小渊还表示，两国应加强合作。"), ["小渊"])
    }

    func testJapaneseFullNameWithThreeCharacterGivenName() {
        XCTAssertEqual(persons("首相桥本龙太郎会见了代表团。"), ["桥本龙太郎"])
    }

    func testJapaneseSurnameWithoutEvidenceIsNotAName() {
        XCTAssertEqual(persons("这座桥本来就很旧。"), [])
    }

    func testAdverbIsNotTheEndOfAGivenName() {
        XCTAssertFalse(persons("村山也表示赞成。").contains("村山也"))
    }

    func testGivenNameThatIsAPlaceIsNotAName() {
        XCTAssertEqual(persons("代表团到山东和青岛考察。"), [])
    }

    func testConjunctionSurnameInsideASentenceIsTheConjunction() {
        XCTAssertFalse(persons("女王和明仁天皇乘坐马车进入广场。").contains("和明仁"))
    }
}
