import Foundation
import XCTest

/// `graphctl query` on the graph of the bundled seeds, end to end through the built binary. Expected
/// answers come from reading the articles: 001 reports that 蔡战胜 received 庄志嘉 on 11月8日 with 姚飞
/// taking part, and that 张毅恭 is 泉州市委书记.
final class QueryEndToEndTests: XCTestCase {
    nonisolated(unsafe) static var directory = FileManager.default.temporaryDirectory
    static var graphPath: String { directory.appendingPathComponent("graph.json").path }

    override class func setUp() {
        super.setUp()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-query-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        _ = try? CLI.run(["build", "-q", "-o", graphPath], in: directory)
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: directory)
        super.tearDown()
    }

    /// The answer as (status, stdout, stderr); a missing binary fails the test through status -1.
    private func query(_ args: [String]) -> (status: Int32, stdout: String, stderr: String) {
        guard let r = try? CLI.run(["query"] + args + ["--graph", Self.graphPath], in: Self.directory) else {
            return (-1, "", "graphctl could not be run")
        }
        return (r.status, r.stdoutText, r.stderr)
    }

    private func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    func testMetListsTheConsulsMeetingWithDateAndEvidence() {
        let r = query(["met", "蔡战胜", "--tsv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let meeting = rows(r.stdout).first { $0.contains("蔡战胜") && $0.contains("庄志嘉") }
        XCTAssertNotNil(meeting, r.stdout)
        XCTAssertTrue(meeting?.contains("11月8日") ?? false, r.stdout)
        XCTAssertTrue(r.stdout.contains("會見") || r.stdout.contains("会见"), "the evidence sentence is shown: \(r.stdout)")
    }

    func testParticipantInTheMeetingMetTheGuestToo() {
        let r = query(["met", "姚飞", "--tsv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(rows(r.stdout).contains { $0.contains("姚飞") && $0.contains("庄志嘉") }, r.stdout)
    }

    func testRolesAcceptTraditionalNamesAndShowTheOrganisation() {
        let r = query(["roles", "張毅恭", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("\"市委书记\""), r.stdout)
        XCTAssertTrue(r.stdout.contains("\"泉州市委\""), r.stdout)
    }

    func testHoldersOfATitle() {
        let r = query(["holders", "市委书记", "--tsv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(rows(r.stdout).contains { $0.contains("张毅恭") && $0.contains("泉州市委") }, r.stdout)
    }

    func testUnknownNameSuggestsTheNearestOnOneLineAndFails() {
        let r = query(["roles", "张毅公"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("张毅恭"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
    }

    func testPathTopTimelineAndProgrammesAnswer() {
        let path = query(["path", "习近平", "张毅恭", "--tsv"])
        XCTAssertEqual(path.status, 0, path.stderr)
        XCTAssertTrue(path.stdout.contains("张毅恭"), path.stdout)
        let top = query(["top", "--type", "person", "--by", "mentions", "-n", "3", "--tsv"])
        XCTAssertEqual(rows(top.stdout).count, 4, "a header and three rows: \(top.stdout)")
        XCTAssertTrue(top.stdout.contains("习近平"), top.stdout)
        let timeline = query(["timeline", "蔡战胜", "--tsv"])
        XCTAssertTrue(timeline.stdout.contains("11月8日"), timeline.stdout)
        let programmes = query(["programmes", "泉州市", "--tsv"])
        XCTAssertTrue(programmes.stdout.contains("晋江经验"), programmes.stdout)
    }

    func testTableOutputAlignsChineseAsDoubleWidth() {
        let r = query(["roles", "张毅恭"])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertGreaterThanOrEqual(lines.count, 2, r.stdout)
        // The second column starts at the same display column on every line.
        func displayColumn(of text: String, in line: String) -> Int? {
            guard let range = line.range(of: text) else { return nil }
            return line[..<range.lowerBound].unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        }
        XCTAssertEqual(displayColumn(of: "title", in: lines[0]), displayColumn(of: "市委书记", in: lines[1]), r.stdout)
    }

    func testUsageErrorsExitTwo() {
        XCTAssertEqual(query(["frobnicate"]).status, 2)
        XCTAssertEqual(query(["met", "--json", "--tsv"]).status, 2)
    }
}
