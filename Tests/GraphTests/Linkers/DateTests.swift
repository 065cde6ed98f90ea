import XCTest
import Entities
@testable import Graph

final class DateTests: XCTestCase {
    private func scan(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return DateExpression.scan(s, in: 0..<s.count).map { e in
            "\(e.kind.rawValue):\(e.year ?? 0)-\(e.month ?? 0)-\(e.day ?? 0)"
        }
    }

    func testExpressions() {
        XCTAssertEqual(scan("2023年11月8日上午"), ["absolute:2023-11-8"])
        XCTAssertEqual(scan("11月8日，今年7月，昨日，当天，日前"),
                       ["absolute:0-11-8", "thisYear:0-7-0", "yesterday:0-0-0", "sameDay:0-0-0", "vague:0-0-0"])
        XCTAssertEqual(scan("二〇二三年十一月二十日"), ["absolute:2023-11-20"])
    }

    func testNumbersThatAreNotDatesAreIgnored() {
        XCTAssertEqual(scan("投入1.8亿元，共25条措施，3年内完成，今年以来"), [])
        XCTAssertEqual(scan("13月5日"), [])
    }

    func testArticleDateFromDatelines() {
        let r = ArticleDateResolver()
        XCTAssertEqual(r.articleDate(in: TestDoc.make("泉州网11月6日讯 会议召开。"))?.text, "11月6日")
        XCTAssertEqual(r.articleDate(in: TestDoc.make("新华社北京2024年3月5日电 会议开幕。"))?.text, "2024-03-05")
        XCTAssertNil(r.articleDate(in: TestDoc.make("本报讯（记者 张力）昨日，会议召开。")))
    }

    func testArticleDateFromASignatureOrAnOpeningFullDate() {
        let r = ArticleDateResolver()
        XCTAssertEqual(r.articleDate(in: TestDoc.make("关于开展检查的通知。请各单位配合。\n某某局\n2023年9月4日"))?.text,
                       "2023-09-04")
        XCTAssertEqual(r.articleDate(in: TestDoc.make("2022年5月1日，活动启动。"))?.text, "2022-05-01")
    }

    func testResolutionNeverInventsAYear() {
        let r = ArticleDateResolver()
        let full = ArticleDate(year: 2023, month: 11, day: 1)
        let noYear = ArticleDate(month: 11, day: 1)
        func e(_ k: DateExpression.Kind, _ m: Int? = nil, _ d: Int? = nil) -> DateExpression {
            DateExpression(range: 0..<1, kind: k, month: m, day: d)
        }
        XCTAssertEqual(r.resolve(e(.yesterday), article: full)?.text, "2023-10-31")
        XCTAssertEqual(r.resolve(e(.yesterday), article: noYear)?.text, "10月31日")
        XCTAssertEqual(r.resolve(e(.absolute, 11, 8), article: full)?.text, "2023-11-08")
        XCTAssertEqual(r.resolve(e(.absolute, 11, 8), article: nil)?.text, "11月8日")
        XCTAssertEqual(r.resolve(e(.thisYear, 7), article: full)?.text, "2023-07")
        XCTAssertEqual(r.resolve(e(.thisYear, 7), article: nil)?.text, "7月")
        XCTAssertNil(r.resolve(e(.vague), article: full))
        XCTAssertNil(r.resolve(e(.yesterday), article: nil))
        XCTAssertEqual(r.resolve(e(.sameDay), article: full, previous: ArticleDate(year: 2023, month: 10, day: 9))?.text,
                       "2023-10-09")
        XCTAssertEqual(r.resolve(e(.absolute, 12, 28), article: ArticleDate(year: 2024, month: 1, day: 3))?.text,
                       "2023-12-28")
    }

    func testResolveARangeOfTheDocument() {
        let d = TestDoc.make("晨报2023年5月2日讯 昨天，活动举行。")
        let r = ArticleDateResolver()
        let article = r.articleDate(in: d)
        XCTAssertEqual(r.resolve(13..<15, in: d, article: article), "2023-05-01")
    }
}
