import XCTest
@testable import Entities

/// Office titles as the pipeline reads them with the bundled title dictionary.
final class TitleRecogniserTests: XCTestCase {
    private func titles(_ text: String) -> [String] {
        guard let pipeline = RecogniserTestSupport.pipeline else { XCTFail("the bundled dictionaries did not load"); return [] }
        return pipeline.analyse(SourceDocument(id: "t", scalars: Array(text.unicodeScalars), isHTML: false)).titles.map(\.title)
    }

    /// Cabinet ministers styled 大臣 by portfolio (经济大臣, 农林水产大臣), a special assistant, and an acting
    /// minister are offices.
    func testMinistersAssistantsAndActingHeads() {
        XCTAssertEqual(titles("卢森堡经济大臣戈贝尔斯出席。"), ["经济大臣"])
        XCTAssertEqual(titles("日本农林水产大臣表示反对。"), ["农林水产大臣"])
        XCTAssertEqual(titles("总统特别助理发表讲话。"), ["总统", "特别助理"])
        XCTAssertTrue(titles("他被任命为内务部代理部长。").contains { $0.hasSuffix("代理部长") })
    }

    /// A Japanese party's secretary-general (干事长), an attorney general styled 检察总长, a UN high
    /// commissioner and the head of a mine are offices.
    func testSecretaryGeneralAttorneyGeneralHighCommissionerAndMineHead() {
        XCTAssertEqual(titles("自民党干事长森田一郎说。"), ["干事长"])
        XCTAssertEqual(titles("菲律宾检察总长表示将起诉。"), ["检察总长"])
        XCTAssertEqual(titles("联合国难民事务高级专员发表声明。"), ["高级专员"])
        XCTAssertEqual(titles("煤矿矿长王大山被免职。"), ["矿长"])
    }

    /// The head of a special administrative region (行政长官) and a chief justice are offices; 特首 is not
    /// listed, since it reads across a country's last character (科威|特首|相).
    func testChiefExecutiveAndChiefJustice() {
        XCTAssertEqual(titles("澳门特别行政区行政长官岑浩辉出席活动。"), ["行政长官"])
        XCTAssertEqual(titles("美国联邦最高法院首席大法官罗伯茨表示。"), ["首席大法官"])
        XCTAssertEqual(titles("科威特首相萨阿德会见客人。"), ["首相"])
    }

    /// Japan's ministers in the press's short style (外相, 藏相, 通产相) are offices, and the name after one
    /// is a person's, not a place ending in 村 (外相高村 is no village).
    func testJapaneseMinistersShortStyle() {
        XCTAssertEqual(titles("日本外相高村正彦说。"), ["外相"])
        XCTAssertEqual(titles("日本藏相宫泽喜一说。"), ["藏相"])
        XCTAssertEqual(RecogniserTestSupport.names("他在会见日本外相高村时表示。", .place), ["日本"])
        XCTAssertEqual(titles("他们互相帮助。"), [])
    }

    /// Singapore's 内阁资政 (minister mentor) is an office.
    func testMinisterMentorIsAnOffice() {
        XCTAssertEqual(titles("新加坡内阁资政李光耀在会见时说。"), ["内阁资政"])
    }

    /// A listed company's board chair is styled 董事会主席 or 董事局主席: one office, not 主席 alone.
    func testBoardChairIsOneOffice() {
        XCTAssertEqual(titles("腾讯公司董事会主席兼首席执行官马化腾出席。"), ["董事会主席", "首席执行官"])
    }

    /// A company's deputy general manager is written 副总 for short, and a supervisor 主管: offices, and
    /// the name after them is a person's. A longer title still wins (副总理).
    func testShortDeputyManagerAndSupervisor() {
        XCTAssertEqual(titles("公司常务副总钱晓明介绍说。"), ["常务副总"])
        XCTAssertEqual(titles("医院医务主管韦兰德表示。"), ["主管"])
        XCTAssertEqual(titles("新任副总理出席。"), ["副总理"])
        XCTAssertEqual(RecogniserTestSupport.names("公司常务副总钱晓明说。", .person), ["钱晓明"])
    }
}
