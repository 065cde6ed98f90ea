import XCTest
@testable import Entities

/// Foreign names left in Latin script are persons only where the text around them says so; acronyms,
/// brands and words joined to others are no names.
final class LatinNameRecogniserTests: XCTestCase {
    private func persons(_ text: String) -> [String] { RecogniserTestSupport.names(text, .person) }

    func testCapitalisedNameBesideAPersonCueIsAPerson() {
        XCTAssertEqual(persons("好莱坞制片人Steven宣布了消息。"), ["Steven"])
        XCTAssertEqual(persons("你好，Berg先生。"), ["Berg"])
        XCTAssertEqual(persons("著名设计师Mark Jacobs说。"), ["Mark Jacobs"])
    }

    /// Without a cue a capitalised word may be a studio or a product as well as a person.
    func testCapitalisedWordWithoutACueIsNoName() {
        XCTAssertEqual(persons("Relic推出了新作。"), [])
    }

    func testAcronymsBrandsAndJoinedWordsAreNoNames() {
        XCTAssertEqual(persons("制片人CAPCOM说。"), [])
        XCTAssertEqual(persons("制片人iPhone说。"), [])
        XCTAssertEqual(persons("制片人PlayStation说。"), [])
        XCTAssertEqual(persons("Take-Two表示同意。"), [])
    }

    /// A full stop closes the name; letters after it make an abbreviation.
    func testAFullStopEndsTheName() {
        XCTAssertEqual(persons("好莱坞制片人Steven."), ["Steven"])
    }
}
