import XCTest
import Entities
@testable import Graph

final class DocumentRecordTests: XCTestCase {
    func testJSONLineRoundTrips() throws {
        for record in GraphFixtures.news + GraphFixtures.homonyms {
            XCTAssertEqual(try DocumentRecord(jsonLine: record.jsonLine()), record)
        }
    }

    func testJSONLineIsCompactOrderedAndKeepsChineseReadable() throws {
        let line = GraphFixtures.news[0].jsonLine()
        XCTAssertTrue(line.hasPrefix(#"{"schema":"graphctl.document/1","id":"a.txt","date":"2023-11-08","sentences":2,"characters":40,"entities":[{"canonical":"张三丰","type":"person","aliases":["張三豐"],"mentions":2,"#), line)
        XCTAssertFalse(line.contains("\n"))
        XCTAssertFalse(line.contains("\\u"))
        XCTAssertTrue(line.contains(#""attributes":{"gov":"1"}"#))
        XCTAssertTrue(line.contains(#""evidence":{"document":"a.txt","sentence":0,"start":0,"end":21,"text":"泉州市委书记张三丰十一月八日会见了王小明。","rule":"role:org-title-name"}"#))
        XCTAssertEqual(line, GraphFixtures.news[0].jsonLine(), "deterministic")
    }

    func testEscapesQuotesAndControlCharacters() throws {
        let r = DocumentRecord(id: "q\"uote\\d\n.txt\u{1}")
        XCTAssertTrue(r.jsonLine().contains(#""id":"q\"uote\\d\n.txt\u0001""#))
        XCTAssertEqual(try DocumentRecord(jsonLine: r.jsonLine()), r)
    }

    func testRejectsOtherSchemasAndBrokenLines() {
        XCTAssertThrowsError(try DocumentRecord(jsonLine: #"{"schema":"other/2","id":"x"}"#)) { error in
            XCTAssertTrue("\(error)".contains("other/2"))
        }
        XCTAssertThrowsError(try DocumentRecord(jsonLine: #"{"schema":"graphctl.document/1"}"#)) { error in
            XCTAssertTrue("\(error)".contains("missing key \"id\""), "\(error)")
        }
        XCTAssertThrowsError(try DocumentRecord(jsonLine: #"{"id":"x","#))
    }
}
