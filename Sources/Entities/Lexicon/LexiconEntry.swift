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
    /// `file:line`, for `--explain` and error messages.
    public var origin: String

    public init(surface: String, kind: LexiconKind, canonical: String? = nil,
                attributes: [String: String] = [:], origin: String = "") {
        self.surface = surface
        self.kind = kind
        self.canonical = canonical.flatMap { $0.isEmpty ? nil : $0 } ?? surface
        self.attributes = attributes
        self.origin = origin
    }

    /// A bare flag (`abbr`) or a key with any value.
    public func has(_ flag: String) -> Bool { attributes[flag] != nil }

    public func int(_ key: String) -> Int? { attributes[key].flatMap { Int($0) } }
}
