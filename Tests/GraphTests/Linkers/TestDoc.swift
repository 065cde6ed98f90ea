import Entities
@testable import Graph

/// Builds analysed documents for linker tests from plain text and the names in it, standing in for
/// the entity layer: every occurrence of each listed name becomes a mention (or title span), longest
/// names first, sentences split on 。！？ and newlines (a newline starts a paragraph), identity
/// normalisation.
enum TestDoc {
    static func make(_ text: String, id: String = "test.txt", persons: [String] = [], orgs: [String] = [],
                     places: [String] = [], titles: [String] = [], canonical: [String: String] = [:]) -> AnalysedDocument {
        let s = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        for i in s.indices {
            let c = s[i]
            if c == "\n" {
                if i > start { sentences.append(Sentence(index: sentences.count, paragraph: paragraph, range: start..<i)) }
                paragraph += 1
                start = i + 1
            } else if c == "。" || c == "！" || c == "？" {
                sentences.append(Sentence(index: sentences.count, paragraph: paragraph, range: start..<(i + 1)))
                start = i + 1
            }
        }
        if start < s.count { sentences.append(Sentence(index: sentences.count, paragraph: paragraph, range: start..<s.count)) }
        func sentence(of i: Int) -> Int { sentences.first { $0.range.contains(i) }?.index ?? 0 }

        func occurrences(_ names: [String]) -> [(Range<Int>, String)] {
            var taken: [Range<Int>] = []
            var out: [(Range<Int>, String)] = []
            for name in names.sorted(by: { $0.unicodeScalars.count > $1.unicodeScalars.count }) {
                let n = Array(name.unicodeScalars)
                guard !n.isEmpty, n.count <= s.count else { continue }
                for i in 0...(s.count - n.count) where Array(s[i..<(i + n.count)]) == n {
                    let r = i..<(i + n.count)
                    if taken.contains(where: { $0.overlaps(r) }) { continue }
                    taken.append(r)
                    out.append((r, name))
                }
            }
            return out
        }
        var mentions: [Mention] = []
        for (names, type) in [(persons, EntityType.person), (orgs, .organisation), (places, .place)] {
            for (r, name) in occurrences(names) {
                mentions.append(Mention(range: r, type: type, canonical: canonical[name] ?? name, rule: "test",
                                        confidence: 1, sentence: sentence(of: r.lowerBound)))
            }
        }
        let spans = occurrences(titles).map { r, name in
            TitleSpan(range: r, title: name, body: "", rank: nil, sentence: sentence(of: r.lowerBound))
        }
        let source = SourceDocument(id: id, scalars: s)
        return AnalysedDocument(source: source, text: NormalisedText(identity: s), sentences: sentences,
                                mentions: mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }, titles: spans)
    }

    /// Runs one linker over a document.
    static func run(_ linker: some RelationLinker, _ doc: AnalysedDocument, options: LinkOptions = .init()) -> [Relation] {
        linker.link(doc, context: LinkContext(document: doc, options: options))
    }
}

extension Relation {
    /// `source>target` (with `:title` for roles, `@date` when dated): compact for assertions.
    var brief: String {
        var out = source + ">" + target
        if let t = title { out += ":" + t }
        if let d = date { out += "@" + d }
        return out
    }
}

extension Array where Element == Relation {
    func briefs(_ type: RelationType) -> [String] { filter { $0.type == type }.map(\.brief).sorted() }
}
