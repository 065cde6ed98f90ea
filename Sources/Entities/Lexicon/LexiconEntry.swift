/// What a dictionary line says a surface form is.
public enum LexiconKind: String, CaseIterable, Sendable {
    // Entities: a match is a mention candidate.
    case person, organisation, place, programme
    // Building blocks the pattern recognisers use.
    case surname
    case givenChar = "given_char"
    case title
    case body
    case orgSuffix = "org_suffix"
    case placeSuffix = "place_suffix"
    case programmeCue = "programme_cue"
    case personCue = "person_cue"
    case honorific
    case translit
    case translitSeparator = "translit_sep"
    /// A common foreign surname or given name in transliteration (琼斯, 约翰): evidence that a short
    /// run of transliteration characters is a name, not a name itself.
    case namePart = "name_part"
    /// A veto: this surface is never an entity (小雨, 多云, 方面 …).
    case stop
    /// A common word that is not a name: segmentation evidence against a name that cuts it in two.
    case word

    /// A bit per kind (its declaration order), for the per-position kind masks of `SentenceView`:
    /// a switch, not `allCases.firstIndex`, because it is asked for every match of every sentence.
    @inline(__always)
    public var bit: UInt32 {
        switch self {
        case .person: return 1 << 0
        case .organisation: return 1 << 1
        case .place: return 1 << 2
        case .programme: return 1 << 3
        case .surname: return 1 << 4
        case .givenChar: return 1 << 5
        case .title: return 1 << 6
        case .body: return 1 << 7
        case .orgSuffix: return 1 << 8
        case .placeSuffix: return 1 << 9
        case .programmeCue: return 1 << 10
        case .personCue: return 1 << 11
        case .honorific: return 1 << 12
        case .translit: return 1 << 13
        case .translitSeparator: return 1 << 14
        case .stop: return 1 << 15
        case .word: return 1 << 16
        case .namePart: return 1 << 17
        }
    }

    /// The entity type of an entity kind, nil for building blocks.
    public var entityType: EntityType? {
        switch self {
        case .person: return .person
        case .organisation: return .organisation
        case .place: return .place
        case .programme: return .programme
        default: return nil
        }
    }
}

/// One dictionary line: `surface<TAB>kind<TAB>canonical<TAB>attributes`.
public struct LexiconEntry: Hashable, Sendable {
    public var surface: String
    public var kind: LexiconKind
    /// The simplified canonical name this surface stands for (the surface itself when the file gives none).
    public var canonical: String
    public var attributes: [String: String]

    /// A party or state body (`gov`, or `body=party`): the organisations that nest inside a composed
    /// name or a programme's title, and whose meetings are conferences.
    public var isPartyOrStateBody: Bool {
        kind == .organisation && (has("gov") || attributes["body"] == "party")
    }
    /// `file:line`, for `--explain` and error messages.
    ///
    /// Spelled on demand from the file's name (one string shared by every entry of the file) and the
    /// line number: start-up parses ~60 k lines, and a `file:line` string of its own per entry (too long
    /// to be stored inline) was an allocation per line, made for the rare error message or test that reads it.
    public var origin: String {
        get { originLine > 0 ? DictionaryFile.origin(Array(originFile.utf8) + [0x3A], Int(originLine)) : originFile }
        set { originFile = newValue; originLine = 0 }
    }
    /// The whole origin when `originLine` is 0, else the file part.
    private var originFile: String
    private var originLine: Int32

    public init(surface: String, kind: LexiconKind, canonical: String? = nil,
                attributes: [String: String] = [:], origin: String = "") {
        self.surface = surface
        self.kind = kind
        self.canonical = canonical.flatMap { $0.isEmpty ? nil : $0 } ?? surface
        self.attributes = attributes
        self.originFile = origin
        self.originLine = 0
    }

    /// An entry from line `line` (1-based) of `file`; `origin` reads `file:line`.
    init(surface: String, kind: LexiconKind, canonical: String, attributes: [String: String],
         file: String, line: Int) {
        // Every field assigned once (delegating to the public initialiser and patching the origin
        // copied the entry again, per dictionary line).
        self.surface = surface
        self.kind = kind
        self.canonical = canonical.isEmpty ? surface : canonical
        self.attributes = attributes
        if line > 0 && line <= Int(Int32.max) {
            originFile = file
            originLine = Int32(line)
        } else {
            originFile = "\(file):\(line)"
            originLine = 0
        }
    }

    /// Equal as before the origin was stored in two parts: same fields, same `file:line` text.
    public static func == (a: LexiconEntry, b: LexiconEntry) -> Bool {
        a.surface == b.surface && a.kind == b.kind && a.canonical == b.canonical && a.attributes == b.attributes
            && (a.originFile == b.originFile && a.originLine == b.originLine || a.origin == b.origin)
    }

    public func hash(into h: inout Hasher) {
        h.combine(surface)
        h.combine(kind)
        h.combine(canonical)
        h.combine(attributes)
        h.combine(origin)
    }

    /// A bare flag (`abbr`) or a key with any value.
    public func has(_ flag: String) -> Bool { attributes[flag] != nil }

    public func int(_ key: String) -> Int? { attributes[key].flatMap { Int($0) } }
}
