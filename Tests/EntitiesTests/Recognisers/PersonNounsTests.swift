import XCTest
@testable import Entities

/// Specifications for the person-noun evidence left of a name: the scalar-keyed lookup must answer
/// exactly what the word lists say, wherever the noun sits in the sentence.
final class PersonNounsTests: XCTestCase {
    private func view(_ s: String, sentence: Range<Int>? = nil) -> SentenceView {
        let text = Array(s.unicodeScalars)
        return SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: sentence ?? 0..<text.count),
                            lexicon: Lexicon(entries: []))
    }

    func testStrongNounBeforeANameIsStrongEvidence() {
        // 妻子 ends at 2, 表演艺术家 (five scalars, the longest noun) at 5.
        XCTAssertEqual(PersonNouns.leftEvidence(view("妻子薛某"), endingAt: 2), 0.3)
        XCTAssertEqual(PersonNouns.leftEvidence(view("表演艺术家王某"), endingAt: 5), 0.3)
    }

    func testWeakNounIsWeakerEvidence() {
        XCTAssertEqual(PersonNouns.leftEvidence(view("村民张某"), endingAt: 2), 0.2)
    }

    func testStrongWinsOverWeakEndingAtTheSamePlace() {
        // 老艺术家 (strong) ends with 艺术家 (strong) and 家 ends no weak noun; 农民工人: 工人 is weak.
        XCTAssertEqual(PersonNouns.leftEvidence(view("老艺术家李某"), endingAt: 4), 0.3)
        XCTAssertEqual(PersonNouns.leftEvidence(view("农民工人李某"), endingAt: 4), 0.2)
    }

    func testNoNounNoEvidence() {
        XCTAssertEqual(PersonNouns.leftEvidence(view("会见张某"), endingAt: 2), 0)
        XCTAssertEqual(PersonNouns.leftEvidence(view("子张某"), endingAt: 1), 0)
        XCTAssertEqual(PersonNouns.leftEvidence(view("妻子"), endingAt: 0), 0)
    }

    func testANounMustLieInsideTheSentence() {
        // 妻子 straddles the sentence start (the sentence is 子薛某): no evidence.
        XCTAssertEqual(PersonNouns.leftEvidence(view("妻子薛某", sentence: 1..<4), endingAt: 2), 0)
        XCTAssertEqual(PersonNouns.leftEvidence(view("的妻子薛某", sentence: 1..<5), endingAt: 3), 0.3)
    }

    func testEveryListedNounIsFoundAtTheEndOfASentence() {
        for (words, evidence) in [(PersonNouns.strong, 0.3), (PersonNouns.weak, 0.2)] {
            for w in words {
                let v = view("他" + w)
                XCTAssertGreaterThanOrEqual(PersonNouns.leftEvidence(v, endingAt: v.range.upperBound), evidence, w)
            }
        }
    }

    /// Sport, show business and politics name people by their role in apposition too (外援, 主裁判,
    /// 女星, 领袖): a name right after one is a person where it alone would be too weak.
    func testRoleNounsOfSportAndPublicLifeIntroduceAName() {
        XCTAssertEqual(RecogniserTestSupport.names("一位阿根廷外援索林将球送入空门。", .person), ["索林"])
        XCTAssertEqual(RecogniserTestSupport.names("主裁判科利纳出示黄牌。", .person), ["科利纳"])
        XCTAssertEqual(PersonNouns.leftEvidence(view("当红女星某某"), endingAt: 4), 0.3)
        XCTAssertEqual(PersonNouns.leftEvidence(view("工党领袖某某"), endingAt: 4), 0.3)
        XCTAssertEqual(PersonNouns.leftEvidence(view("著名制片人某某"), endingAt: 5), 0.3)
        XCTAssertEqual(RecogniserTestSupport.names("中卫孙继海出场。", .person), ["孙继海"])
    }

    /// Professions of the arts, scholarship and business introduce a name the same way (建筑师, 历史学家,
    /// 企业家).
    func testProfessionsOfArtsScholarshipAndBusinessIntroduceAName() {
        XCTAssertEqual(RecogniserTestSupport.names("荷兰建筑师布洛克设计了这座楼。", .person), ["布洛克"])
        XCTAssertEqual(PersonNouns.leftEvidence(view("英国历史学家某某"), endingAt: 6), 0.3)
        XCTAssertEqual(PersonNouns.leftEvidence(view("著名企业家某某"), endingAt: 5), 0.3)
    }

    /// A noun in apposition that is also a weaker cue (作家) gives the noun's evidence, and the musicians and
    /// scholars of the arts pages (钢琴家, 数学家) stand before names as 作家 does.
    func testArtistsAndScholarsBeforeANameInApposition() {
        XCTAssertEqual(RecogniserTestSupport.names("作家郎朗在北京。", .person), ["郎朗"])
        XCTAssertEqual(RecogniserTestSupport.names("钢琴家郎朗在维也纳演出。", .person), ["郎朗"])
    }

    /// Young people and residents are named by such nouns too (少女, 青年, 居民, 网友): a name right after one
    /// is a person where its characters alone are too weak.
    func testYouthAndResidentNounsIntroduceAName() {
        XCTAssertEqual(RecogniserTestSupport.names("这位少女韩庸衍来自山区。", .person), ["韩庸衍"])
        XCTAssertEqual(RecogniserTestSupport.names("当地居民韩庸衍来自山区。", .person), ["韩庸衍"])
        XCTAssertEqual(RecogniserTestSupport.names("少年宫里很热闹。", .person), [])
    }

    /// A wife named after her husband (总统金大中和夫人李姬镐) stands in apposition to 夫人, as to 妻子.
    func testWifeNamedAfterHerHusband() {
        XCTAssertEqual(RecogniserTestSupport.names("总统和夫人李姬镐出席了宴会。", .person), ["李姬镐"])
    }
}
