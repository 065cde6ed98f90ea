import XCTest
@testable import Entities

/// Company short names: a two-character brand and an industry word (宏达光电), with strict boundaries
/// so that descriptions of a trade (光电产业, 大数据, 消费电子) stay out.
final class CompanyShortNameRecogniserTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    /// Only this recogniser's proposals, with the real dictionaries.
    private func proposals(_ sentence: String) -> [String] {
        guard let lexicon = RecogniserTestSupport.pipeline?.lexicon else { XCTFail("no dictionaries"); return [] }
        let text = Array(sentence.unicodeScalars)
        let view = SentenceView(text: text, sentence: Sentence(index: 0, paragraph: 0, range: 0..<text.count),
                                lexicon: lexicon)
        var out: [Candidate] = []
        CompanyShortNameRecogniser().propose(in: view, into: &out)
        return out.map(\.canonical)
    }

    func testEnumeratedShortNamesAreCompanies() {
        XCTAssertEqual(organisations("参会企业包括宏达光电、金顺电子等。"), ["宏达光电", "金顺电子"])
    }

    /// A three-character name of the word list before an industry word is a brand (施耐德 电气), not a person.
    func testWordListNameBeforeAnIndustryWordIsABrand() {
        XCTAssertEqual(organisations("施耐德电气、法拉电子均实现快速增长。"), ["施耐德电气", "法拉电子"])
        XCTAssertEqual(RecogniserTestSupport.names("施耐德电气、法拉电子均实现快速增长。", .person), [])
    }

    /// Finance, property and consumer trades close short names too (珠宝, 证券, 地产).
    func testFinancePropertyAndConsumerTrades() {
        XCTAssertEqual(organisations("明牌珠宝、华泰证券发布公告。"), ["明牌珠宝", "华泰证券"])
    }

    /// An industry word opening an office or a longer word (通讯|员) closes no brand: 杨莉 is a reporter.
    func testIndustryWordOpeningATitleIsNoBrand() {
        XCTAssertEqual(proposals("记者杨莉通讯员王明报道"), [])
    }

    func testShortNameAfterAVerbIsACompany() {
        XCTAssertEqual(organisations("记者走访了宏发钨业。"), ["宏发钨业"])
    }

    /// 法 (France) and 华 (China) are one-character abbreviations, not places inside the brand.
    func testOneCharacterAbbreviationInsideTheBrandDoesNotBlockIt() {
        XCTAssertEqual(proposals("法拉电子和科华数据均实现增长。"), ["法拉电子", "科华数据"])
    }

    /// A regional qualifier in brackets right after the short name is part of it; a bracket holding no
    /// known place is not.
    func testBracketedRegionalQualifierBelongsToTheName() {
        XCTAssertEqual(organisations("代表团参观了宏达光电(漳州)的生产线。"), ["宏达光电(漳州)"])
        XCTAssertEqual(organisations("代表团参观了宏达光电(二期)的生产线。"), ["宏达光电"])
    }

    func testIndustryFollowedByAHeadNounIsADescription() {
        XCTAssertEqual(proposals("大力发展光电产业。"), [])
    }

    func testCommonWordBeforeTheIndustryIsNoBrand() {
        XCTAssertEqual(proposals("这是消费电子的新机遇。"), [])
        XCTAssertEqual(proposals("推动大数据与电子信息融合。"), [])
    }

    func testCountedIndustryIsNoName() {
        XCTAssertEqual(proposals("全市新增三个电子项目。"), [])
    }

    /// A brand and a trade before the company's own suffix name the company whole, where the suffix (公司,
    /// 厂) is too weak to close an unanchored name by itself; broad trades (贸易, 投资) count there.
    func testBrandAndTradeBeforeACompanySuffixNameTheCompany() {
        XCTAssertEqual(organisations("据了解，富天贸易公司的有关负责人昨天表示"), ["富天贸易公司"])
        XCTAssertEqual(organisations("记者日前来到亚德投资公司采访。"), ["亚德投资公司"])
        XCTAssertEqual(organisations("由海康制药厂投资兴建的大楼已经竣工。"), ["海康制药厂"])
        XCTAssertEqual(organisations("去年，远环实业公司实现利税五千万元。"), ["远环实业公司"])
    }

    /// Who runs a business (村办, 校办, 国营) or how many there are is no brand, and a works' head (厂长) ends
    /// the name before the suffix.
    func testOwnershipCountAndOfficeAreNoCompanyName() {
        XCTAssertEqual(proposals("他说，村办服装厂的经营情况良好。"), [])
        XCTAssertEqual(proposals("他说，校办印刷厂的经营情况良好。"), [])
        XCTAssertEqual(proposals("他说，两家贸易公司的经营情况良好。"), [])
        XCTAssertEqual(proposals("海康制药厂厂长李明说，今年产值翻番。"), ["海康制药厂"])
        XCTAssertEqual(proposals("海康制药厂长李明说，今年产值翻番。"), [])
    }
}

/// Companies named by a two-character brand and a corporate suffix alone (bundled dictionaries).
final class BrandCompanyTests: XCTestCase {
    private func organisations(_ text: String) -> [String] { RecogniserTestSupport.names(text, .organisation) }

    /// A brand that is no common word, after a clean edge, closes a company with 公司 or 集团 anywhere in
    /// the clause; descriptions (合资公司, 上市公司), counts (两国公司) and pairs of countries (美日公司) do not.
    func testBrandAndCorporateSuffixNameACompany() {
        XCTAssertEqual(organisations("记者从恒丰公司获悉，这项工作已经全面展开。"), ["恒丰公司"])
        XCTAssertEqual(organisations("他于一九九二年调到长虹公司工作。"), ["长虹公司"])
        XCTAssertEqual(organisations("他在一家合资公司工作。"), [])
        XCTAssertEqual(organisations("许多上市公司业绩下滑。"), [])
        XCTAssertEqual(organisations("两国公司签订协议。"), [])
        XCTAssertEqual(organisations("美日公司之间的竞争很激烈。"), [])
    }
}
