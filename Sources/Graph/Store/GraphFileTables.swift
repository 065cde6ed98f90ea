import Foundation

/// The two tables of graph.json that rows refer to by number: strings, and evidence sentences (each
/// stored once). Both number their entries in order of first use, which is what makes the file the
/// same bytes for the same graph.
///
/// Several tables can number parts of a graph at once and be joined afterwards: `absorb` adds another
/// table's entries in that table's order, so numbering rows 0..<k here and rows k..<n in a fresh table,
/// then absorbing it, gives every entry the number one table numbering all rows in order would give.
struct GraphFileTables {
    private(set) var strings: [String] = []
    private var stringIndex: [UTF8Key: Int] = [:]

    /// Sentences are keyed by position only; the text is compared on a hit rather than hashed, since
    /// hashing hundreds of thousands of long sentences dominated save time.
    struct SentenceKey: Hashable, Sendable {
        var document: Int, sentence: Int, start: Int, end: Int
    }
    private var sentenceIndex: [SentenceKey: Int] = [:]
    /// Further sentences at a position already taken by another text (rare: only inconsistent input).
    private var sentenceOverflow: [SentenceKey: [Int]] = [:]
    /// The sentence table: `document` is a string number.
    private(set) var sentenceKeys: [SentenceKey] = []
    private(set) var sentenceTexts: [String] = []

    /// An edge's evidence comes sorted by document, and the edges of one pair of names repeat the same
    /// few documents: the last few documents' numbers are checked by bytes before the string table's
    /// hash lookup (an evidence's document id usually shares its storage with the others of its
    /// document, which `sameBytes` answers at once).
    private var recentDocuments = RecentValues(capacity: 16)

    /// Rules and titles come from small vocabularies and repeat from row to row: the last few are
    /// checked by bytes before the string table's hash lookup. (Dates vary too much to benefit.)
    private struct RecentValues {
        var capacity = 8
        var values: [(String, Int)] = []
        var next = 0
    }
    private var recentRules = RecentValues()
    private var recentTitles = RecentValues()

    mutating func reserve(strings: Int, sentences: Int) {
        stringIndex.reserveCapacity(strings)
        sentenceIndex.reserveCapacity(sentences)
    }

    mutating func intern(_ s: String) -> Int {
        let key = UTF8Key(s)
        if let i = stringIndex[key] { return i }
        let i = strings.count
        strings.append(s)
        stringIndex[key] = i
        return i
    }

    mutating func intern(_ s: String?) -> Int { s.map { intern($0) } ?? -1 }

    private mutating func internRepeated(_ s: String, _ recent: inout RecentValues) -> Int {
        // By index: `for (value, index) in recent.values` retained and released each value, and
        // threads numbering at once then contend for the same strings' reference counts.
        for k in recent.values.indices where GraphFileEncoder.sameBytes(recent.values[k].0, s) { return recent.values[k].1 }
        let index = intern(s)
        if recent.values.count < recent.capacity { recent.values.append((s, index)) } else {
            recent.values[recent.next] = (s, index)
            recent.next = (recent.next + 1) % recent.capacity
        }
        return index
    }

    mutating func internTitle(_ s: String?) -> Int {
        guard let s else { return -1 }
        var recent = recentTitles
        recentTitles = RecentValues()
        defer { recentTitles = recent }
        return internRepeated(s, &recent)
    }

    mutating func internRule(_ s: String) -> Int {
        var recent = recentRules
        recentRules = RecentValues()
        defer { recentRules = recent }
        return internRepeated(s, &recent)
    }

    /// The number of the sentence of `evidence[j]`, interning its document id. (An index, not the
    /// evidence: passing an element copied it, retaining and releasing its strings, and threads
    /// numbering at once then contended for the same strings' reference counts.)
    mutating func sentence(_ evidence: [Evidence], _ j: Int) -> Int {
        var recent = recentDocuments
        recentDocuments = RecentValues()
        let document = internRepeated(evidence[j].document, &recent)
        recentDocuments = recent
        return sentence(SentenceKey(document: document, sentence: evidence[j].sentence, start: evidence[j].start,
                                    end: evidence[j].end), text: evidence[j].text)
    }

    private mutating func sentence(_ key: SentenceKey, text: String) -> Int {
        let i = sentenceTexts.count
        if let first = sentenceIndex[key] {
            if GraphFileEncoder.sameBytes(sentenceTexts[first], text) { return first }
            for j in sentenceOverflow[key] ?? [] where GraphFileEncoder.sameBytes(sentenceTexts[j], text) { return j }
            sentenceOverflow[key, default: []].append(i)
        } else {
            sentenceIndex[key] = i
        }
        sentenceTexts.append(text)
        sentenceKeys.append(key)
        return i
    }

    /// Numbers for rows `range` of `edges`: each edge's title and date, and its evidence's sentences
    /// and rules.
    mutating func number(_ edges: [Edge], _ range: Range<Int>) -> EdgeNumbers {
        var numbers = EdgeNumbers()
        numbers.titleAndDate.reserveCapacity(range.count * 2)
        numbers.evidenceStart.reserveCapacity(range.count + 1)
        // By index: `for ev in e.evidence` copied each evidence (retaining and releasing its strings).
        for i in range {
            numbers.titleAndDate.append(Int32(internTitle(edges[i].title)))
            numbers.titleAndDate.append(Int32(intern(edges[i].date)))
            let evidence = edges[i].evidence
            for j in evidence.indices {
                numbers.sentenceAndRule.append(Int32(sentence(evidence, j)))
                numbers.sentenceAndRule.append(Int32(internRule(evidence[j].rule)))
            }
            numbers.evidenceStart.append(numbers.sentenceAndRule.count)
        }
        return numbers
    }

    /// Adds `other`'s strings and sentences (those not here yet) in `other`'s order, and returns what
    /// each of `other`'s numbers is here.
    mutating func absorb(_ other: GraphFileTables) -> Renumbering {
        var renumbering = Renumbering()
        renumbering.strings.reserveCapacity(other.strings.count)
        for s in other.strings { renumbering.strings.append(Int32(intern(s))) }
        renumbering.sentences.reserveCapacity(other.sentenceKeys.count)
        for (key, text) in zip(other.sentenceKeys, other.sentenceTexts) {
            var here = key
            here.document = Int(renumbering.strings[key.document])
            renumbering.sentences.append(Int32(sentence(here, text: text)))
        }
        return renumbering
    }
}

/// The table numbers of a range of edge rows, as `GraphFileTables.number` gives them.
struct EdgeNumbers: Sendable {
    /// Two per edge: the title's and the date's string numbers (-1: none).
    var titleAndDate: [Int32] = []
    /// The range's edge i has evidence pairs `evidenceStart[i] ..< evidenceStart[i + 1]` of `sentenceAndRule`.
    var evidenceStart: [Int] = [0]
    var sentenceAndRule: [Int32] = []
}

/// Another table's numbers as they are after `GraphFileTables.absorb`.
struct Renumbering: Sendable {
    var strings: [Int32] = []
    var sentences: [Int32] = []

    /// -1 (none) stays -1.
    func string(_ n: Int32) -> Int { n < 0 ? -1 : Int(strings[Int(n)]) }
    func sentence(_ n: Int32) -> Int { Int(sentences[Int(n)]) }
}
