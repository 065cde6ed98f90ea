import Foundation

/// Every dictionary of a run, with one automaton over all multi-scalar surfaces, built once.
///
/// Single-scalar building blocks that would match almost every character (surnames, given-name
/// characters, transliteration characters) are kept out of the automaton in flat lookup tables instead.
///
/// A final class, not a struct: it is immutable, and every `SentenceView`, recogniser and canonicaliser
/// holds it, so a copy of a struct of some twenty arrays retained each of them (a `SentenceView` copy
/// cost ~800 instructions); a reference is one retain.
public final class Lexicon: Sendable {
    public let entries: [LexiconEntry]
    /// `entries[i].kind`, as a flat array: the recognisers ask for the kind of every match of every
    /// sentence, and reading it from the 100-byte entries copied (retained) each entry's strings.
    public let entryKinds: [LexiconKind]
    private let automaton: AhoCorasickAutomaton
    /// Pattern index `p` → indices into `entries` (one surface can have several kinds: 中 place and
    /// stop), as `patternEntryIDs[patternEntryStart[p] ..< patternEntryStart[p + 1]]`: one flat table
    /// instead of an array per pattern, which was ~60 k allocations at start-up.
    private let patternEntryIDs: [Int32]
    private let patternEntryStart: [Int32]
    /// Rank of single-scalar surnames (BMP only); 0 = not a surname. Lower rank = more frequent.
    private let surnameRank: [Int32]
    /// Compound surnames (欧阳, 司马 …) by their two scalars.
    private let compoundSurnames: [UInt64: Int32]
    /// Per BMP scalar: does some compound surname start with it? Asked for every Han character of every
    /// sentence, so the dictionary is consulted only for the few scalars that can start one.
    private let compoundSurnameFirst: [Bool]
    private let givenRank: [Int32]
    private let translitFlags: [Bool]
    /// Entries of the `surname` kind marked `rare` (ordinary words first, surnames second).
    private let rareSurname: [Bool]
    /// `entries[i].int("strength") ?? 1` for the suffix and cue kinds, read for every suffix of every
    /// sentence (a String-keyed lookup and an Int parse each time); 0 for the other kinds.
    private let suffixStrength: [Int]
    /// Organisation suffixes marked `named`: they close a name only after a name of its own (民主党), never
    /// after a kind of body (执政党). Read for every suffix of every sentence, as `suffixStrength` is.
    private let suffixNeedsName: [Bool]

    public init(entries: [LexiconEntry]) {
        self.entries = entries
        self.entryKinds = entries.map(\.kind)
        var surnameRank = [Int32](repeating: 0, count: 0x10000)
        var rare = [Bool](repeating: false, count: 0x10000)
        var compound: [UInt64: Int32] = [:]
        var givenRank = [Int32](repeating: 0, count: 0x10000)
        var translit = [Bool](repeating: false, count: 0x10000)
        // Every entry that goes into the automaton, in entry order, laid end to end in one scalar buffer;
        // the automaton collapses duplicate surfaces to their first occurrence, which saves hashing 60 k
        // Strings at start-up.
        var suffixStrength = [Int](repeating: 0, count: entries.count)
        var suffixNeedsName = [Bool](repeating: false, count: entries.count)
        var flat: [UInt32] = []
        var offsets: [Int] = [0]
        var patternEntry: [Int32] = []
        flat.reserveCapacity(entries.count * 4)
        offsets.reserveCapacity(entries.count + 1)
        patternEntry.reserveCapacity(entries.count)
        // By index, not `for e in entries`: a copy of each entry retained and released its four strings.
        for i in entries.indices {
            let kind = entries[i].kind
            switch kind {
            case .surname, .givenChar, .translit:
                // Building blocks: one or two scalars, kept in flat tables.
                var first: UInt32 = 0, second: UInt32 = 0, count = 0
                for u in entries[i].surface.unicodeScalars {
                    if count == 0 { first = u.value } else if count == 1 { second = u.value }
                    count += 1
                    if count > 2 { break }
                }
                let v = Int(first)
                switch kind {
                case .surname:
                    let rank = Int32(entries[i].int("rank") ?? 400)
                    if count == 1, first < 0x10000 {
                        if surnameRank[v] == 0 || rank < surnameRank[v] { surnameRank[v] = max(1, rank) }
                        if entries[i].has("rare") { rare[v] = true }
                    } else if count == 2 {
                        compound[UInt64(first) << 32 | UInt64(second)] = max(1, rank)
                    }
                case .givenChar:
                    if count == 1, first < 0x10000 {
                        let rank = Int32(entries[i].int("rank") ?? 3000)
                        if givenRank[v] == 0 || rank < givenRank[v] { givenRank[v] = max(1, rank) }
                    }
                default:
                    if count == 1, first < 0x10000 { translit[v] = true }
                }
            default:
                if kind == .orgSuffix || kind == .placeSuffix || kind == .programmeCue {
                    suffixStrength[i] = entries[i].int("strength") ?? 1
                    suffixNeedsName[i] = kind == .orgSuffix && entries[i].has("named")
                }
                for u in entries[i].surface.unicodeScalars { flat.append(u.value) }
                offsets.append(flat.count)
                patternEntry.append(Int32(i))
            }
        }
        let automaton = AhoCorasickAutomaton(scalars: flat, offsets: offsets)
        // Pattern index (first occurrence of a surface) → all its entries, in entry order: counted,
        // then placed (a counting sort keyed by pattern, stable in `k`, hence in entry order).
        var start = [Int32](repeating: 0, count: patternEntry.count + 1)
        for first in automaton.representative where first >= 0 { start[Int(first) + 1] += 1 }
        for p in 0..<patternEntry.count { start[p + 1] += start[p] }
        var next = start
        var ids = [Int32](repeating: 0, count: Int(start[patternEntry.count]))
        for (k, first) in automaton.representative.enumerated() where first >= 0 {
            ids[Int(next[Int(first)])] = patternEntry[k]
            next[Int(first)] += 1
        }
        self.automaton = automaton
        self.patternEntryIDs = ids
        self.patternEntryStart = start
        self.surnameRank = surnameRank
        self.compoundSurnames = compound
        var compoundFirst = [Bool](repeating: false, count: 0x10000)
        for key in compound.keys where key >> 32 < 0x10000 { compoundFirst[Int(key >> 32)] = true }
        self.compoundSurnameFirst = compoundFirst
        self.givenRank = givenRank
        self.translitFlags = translit
        self.rareSurname = rare
        self.suffixStrength = suffixStrength
        self.suffixNeedsName = suffixNeedsName
    }

    /// Whether the organisation suffix `id` closes a name only after a name of its own (`named`).
    @inline(__always)
    public func needsName(suffixEntry id: Int) -> Bool { suffixNeedsName[id] }

    /// `entries[id].int("strength") ?? 1`, from a table for suffixes and cues.
    @inline(__always)
    public func strength(ofEntry id: Int) -> Int {
        let kind = entryKinds[id]
        if kind == .orgSuffix || kind == .placeSuffix || kind == .programmeCue { return suffixStrength[id] }
        return entries[id].int("strength") ?? 1
    }

    /// Loads every `*.tsv` below `directory` (sorted, so the result does not depend on the file system's
    /// order), skipping `script/` (the traditional→simplified table has its own format), then `extra` files.
    public static func load(directory: URL, extra: [URL] = []) throws -> Lexicon {
        Lexicon(entries: try loadEntries(directory: directory, extra: extra))
    }

    /// The entries `load(directory:extra:)` would index, without building the automaton (callers that
    /// add `--dict` / `--stop` entries build the lexicon once, from everything).
    ///
    /// With `threads` above one the files are cut into pieces of whole lines parsed on that many threads
    /// (start-up is a quarter of a short run, and parsing most of start-up); the entries and any error
    /// are the ones a sequential parse gives, in the same order.
    public static func loadEntries(directory: URL, extra: [URL] = [], threads: Int = 1) throws -> [LexiconEntry] {
        var files: [URL] = []
        if let e = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) {
            for case let url as URL in e where url.pathExtension == "tsv" {
                if url.pathComponents.contains("script") { continue }
                files.append(url)
            }
        }
        files.sort { $0.path < $1.path }
        let urls = files + extra
        var entries: [LexiconEntry] = []
        guard threads > 1 else {
            for f in urls {
                let bytes = try DictionaryFile.readBytes(f)
                try DictionaryFile.parse(bytes, name: f.path, piece: DictionaryFile.Piece(range: 0..<bytes.count, linesBefore: 0),
                                         into: &entries)
            }
            return entries
        }
        // Pieces of about 64 KB, taken in turn by the threads from a shared counter.
        var work: [(bytes: [UInt8], name: String, piece: DictionaryFile.Piece)] = []
        for f in urls {
            let bytes = try DictionaryFile.readBytes(f)
            for piece in DictionaryFile.pieces(bytes, count: max(1, bytes.count / 65_536)) {
                work.append((bytes, f.path, piece))
            }
        }
        let jobs = work
        let results = ResultSlots<Result<[LexiconEntry], Error>>(count: jobs.count)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: min(threads, jobs.count)) { _ in
            while true {
                let i = next.increment()
                if i >= jobs.count { break }
                let job = jobs[i]
                results.set(i, Result { try DictionaryFile.parse(job.bytes, name: job.name, piece: job.piece) })
            }
        }
        // Every piece has its slot filled by now; the first error in piece order is the one thrown.
        var count = 0
        for i in jobs.indices { count += (try? results.get(i)?.get())?.count ?? 0 }
        entries.reserveCapacity(count)
        for i in jobs.indices { entries += try results.get(i)?.get() ?? [] }
        return entries
    }

    /// One dictionary hit: `entries` indexes `Lexicon.entries` (a slice of the lexicon's shared table).
    public struct Match: Sendable {
        public var start: Int
        public var end: Int
        public var entries: ArraySlice<Int32>
    }

    /// The entries of automaton pattern `p`, in entry order.
    @inline(__always)
    private func entryIDs(ofPattern p: Int) -> ArraySlice<Int32> {
        patternEntryIDs[Int(patternEntryStart[p])..<Int(patternEntryStart[p + 1])]
    }

    /// Every dictionary surface found in `range` of `text`, ordered by start, then longer first.
    public func matches(in text: [Unicode.Scalar], range: Range<Int>) -> [Match] {
        var out: [Match] = []
        // About one match per two scalars of news text: one allocation for most sentences, where
        // growing the array from empty reallocated it some six times.
        out.reserveCapacity(range.count)
        automaton.forEachMatch(in: text, range: range) { s, e, p in
            out.append(Match(start: s, end: e, entries: entryIDs(ofPattern: p)))
        }
        out.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        return out
    }

    /// Entries whose surface is exactly `text[range]`.
    public func exact(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [LexiconEntry] {
        guard let p = automaton.exactMatch(text, range) else { return [] }
        return entryIDs(ofPattern: p).map { entries[Int($0)] }
    }

    /// Entries of `kind` whose surface is exactly `text[range]`: copies only those (per candidate, most
    /// spans have none, where `exact(_:_:)` followed by a filter copies every entry of the surface).
    public func exact(_ kind: LexiconKind, _ text: [Unicode.Scalar], _ range: Range<Int>) -> [LexiconEntry] {
        guard let p = automaton.exactMatch(text, range) else { return [] }
        var out: [LexiconEntry] = []
        for e in entryIDs(ofPattern: p) where entryKinds[Int(e)] == kind { out.append(entries[Int(e)]) }
        return out
    }

    public func exact(_ surface: String) -> [LexiconEntry] {
        let s = Array(surface.unicodeScalars)
        return exact(s, 0..<s.count)
    }

    /// Administrative places (province, prefecture, county) with exactly the surface `text[range]`.
    public func administrativePlaces(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [LexiconEntry] {
        exact(.place, text, range).filter { Lexicon.administrativeLevels.contains($0.attributes["level"] ?? "") }
    }

    public static let administrativeLevels: Set<String> = ["province", "prefecture", "county"]

    /// Whether the administrative place lies in one of `outer` (canonical names), up to two levels up
    /// (东丰县 in 辽源市 in 吉林省). A short form (开原) carries no parent: its full name's entry does.
    public func lies(_ place: LexiconEntry, in outer: [String]) -> Bool {
        func parentOf(_ name: String) -> String? {
            exact(name).first { $0.kind == .place && $0.attributes["in"] != nil }?.attributes["in"]
        }
        var parent = place.attributes["in"] ?? parentOf(place.canonical)
        for _ in 0..<2 {
            guard let p = parent else { return false }
            if outer.contains(p) { return true }
            parent = parentOf(p)
        }
        return false
    }

    /// Whether `surface` is vetoed by a stop entry.
    public func isStopWord(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        hasEntry(.stop, text, range)
    }

    /// Whether some entry of `kind` has exactly the surface `text[range]`, without copying entries
    /// (called per candidate: `exact(_:_:)` copies every matching entry with its strings).
    public func hasEntry(_ kind: LexiconKind, _ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let p = automaton.exactMatch(text, range) else { return false }
        for e in entryIDs(ofPattern: p) where entryKinds[Int(e)] == kind { return true }
        return false
    }

    /// Whether some entry of `kind` with exactly the surface `text[range]` satisfies `predicate(entry)`
    /// (`entry` indexes `entries`), without copying any entry.
    @inline(__always)
    public func hasEntry(_ kind: LexiconKind, _ text: [Unicode.Scalar], _ range: Range<Int>,
                         where predicate: (_ entry: Int) -> Bool) -> Bool {
        guard let p = automaton.exactMatch(text, range) else { return false }
        for e in entryIDs(ofPattern: p) where entryKinds[Int(e)] == kind && predicate(Int(e)) { return true }
        return false
    }

    /// The first of `ids` (indices into `entries`, as in a `Match`) whose entry is of `kind`, without
    /// copying any entry.
    @inline(__always)
    public func firstEntry(_ kind: LexiconKind, among ids: ArraySlice<Int32>) -> Int? {
        for e in ids where entryKinds[Int(e)] == kind { return Int(e) }
        return nil
    }

    /// Surname rank of one scalar (0 = not a surname).
    @inline(__always)
    public func surnameRank(_ s: Unicode.Scalar) -> Int {
        s.value < 0x10000 ? Int(surnameRank[Int(s.value)]) : 0
    }

    @inline(__always)
    public func isRareSurname(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && rareSurname[Int(s.value)]
    }

    /// Rank of a compound surname starting at `a b` (0 = none).
    @inline(__always)
    public func compoundSurnameRank(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        if a.value < 0x10000 && !compoundSurnameFirst[Int(a.value)] { return 0 }
        return Int(compoundSurnames[UInt64(a.value) << 32 | UInt64(b.value)] ?? 0)
    }

    /// Rank of a given-name character (0 = not listed).
    @inline(__always)
    public func givenCharRank(_ s: Unicode.Scalar) -> Int {
        s.value < 0x10000 ? Int(givenRank[Int(s.value)]) : 0
    }

    @inline(__always)
    public func isTransliterationChar(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && translitFlags[Int(s.value)]
    }
}
