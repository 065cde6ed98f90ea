import XCTest
import Entities
@testable import Graph

/// Arbitrary text and arbitrary spans must never crash a linker: cues at the very start or end of a
/// sentence, spans overlapping anything, empty sentences.
final class LinkerRobustnessTests: XCTestCase {
    private struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(n, 1)))
        }
    }

    private static let alphabet = Array("会见陪同下在访问华来到赴调研考察参观看望的一行、和与，。：（）记者讯电本报月日年昨当天1２三十前兼市委书记长他 ".unicodeScalars)

    func testRandomDocumentsNeverCrashAndStayDeterministic() {
        var g = Generator(state: 42)
        for round in 0..<300 {
            let n = g.next(60)
            let s = (0..<n).map { _ in Self.alphabet[g.next(Self.alphabet.count)] }
            var sentences: [Sentence] = []
            var start = 0
            for i in s.indices where s[i] == "。" || i == s.count - 1 {
                sentences.append(Sentence(index: sentences.count, paragraph: sentences.count / 2, range: start..<(i + 1)))
                start = i + 1
            }
            var mentions: [Mention] = []
            var titles: [TitleSpan] = []
            for _ in 0..<g.next(8) where n > 0 {
                let a = g.next(n), b = min(n, a + 1 + g.next(4))
                let type = EntityType.allCases[g.next(4)]
                mentions.append(Mention(range: a..<b, type: type, canonical: "E\(g.next(5))", rule: "fuzz", confidence: 1))
            }
            for _ in 0..<g.next(3) where n > 0 {
                let a = g.next(n), b = min(n, a + 1 + g.next(3))
                titles.append(TitleSpan(range: a..<b, title: ["市长", "记者", "书记"][g.next(3)]))
            }
            let doc = AnalysedDocument(source: SourceDocument(id: "fuzz\(round)", scalars: s),
                                       text: NormalisedText(identity: s), sentences: sentences,
                                       mentions: mentions, titles: titles)
            for window in CoOccurrenceWindow.allCases {
                let x = RelationExtractor(options: LinkOptions(window: window))
                XCTAssertEqual(x.relations(in: doc), x.relations(in: doc))
            }
        }
    }

    func testSentenceRangesPastTheEndAreClamped() {
        let s = Array("李国强会见王小华。".unicodeScalars)
        let doc = AnalysedDocument(source: SourceDocument(id: "x", scalars: s), text: NormalisedText(identity: s),
                                   sentences: [Sentence(index: 0, paragraph: 0, range: 0..<40)],
                                   mentions: [Mention(range: 0..<3, type: .person, canonical: "李国强", rule: "t", confidence: 1),
                                              Mention(range: 5..<8, type: .person, canonical: "王小华", rule: "t", confidence: 1)])
        XCTAssertEqual(RelationExtractor().relations(in: doc).briefs(.met), ["李国强>王小华"])
    }
}
