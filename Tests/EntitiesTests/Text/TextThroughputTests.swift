import Foundation
import XCTest
@testable import Entities

/// Throughput of normalise + split on simplified text. Skipped unless GRAPHCTL_PERF=1; run it in
/// release mode:
/// `GRAPHCTL_PERF=1 swift test -c release -Xswiftc -enable-testing --disable-swift-testing --filter TextThroughputTests`
final class TextThroughputTests: XCTestCase {
    func testNormaliseAndSplitThroughput() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["GRAPHCTL_PERF"] == "1", "set GRAPHCTL_PERF=1")
        let docs = try ["000", "002", "003", "004"].map {
            SourceDocument(id: $0, scalars: Array(try TextTestSupport.seed($0).unicodeScalars))
        }
        let normaliser = Normaliser(converter: TextTestSupport.converter)
        let splitter = SentenceSplitter()
        var scalars = 0, sentences = 0
        let start = Date()
        for _ in 0..<1000 {
            for d in docs {
                let t = normaliser.normalise(d)
                sentences += splitter.split(t).count
                scalars += d.scalars.count
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "normalise+split: %d scalars in %.3f s = %.1f M scalars/s (%d sentences)",
                     scalars, seconds, Double(scalars) / seconds / 1e6, sentences))
    }
}
