import XCTest
@testable import Graph

final class AtomicFileWriterTests: XCTestCase {
    func testFailedWriteLeavesPreviousFileIntact() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("graph.json")
        try AtomicFileWriter(destination: file).write("old")
        struct Boom: Error {}
        XCTAssertThrowsError(try AtomicFileWriter(destination: file).write { sink in
            sink.write("half")
            throw Boom()
        })
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "old")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        XCTAssertEqual(leftovers, ["graph.json"])
    }

    func testMissingDirectoryIsAClearError() {
        let file = URL(fileURLWithPath: "/nonexistent-graphctl-dir/out.graphml")
        XCTAssertThrowsError(try AtomicFileWriter(destination: file).write("x")) { error in
            XCTAssertTrue("\(error)".contains("does not exist"))
        }
    }
}
