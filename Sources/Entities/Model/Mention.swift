/// One occurrence of an entity in a document.
///
/// Ranges are Unicode scalar offsets into the *normalised* text (`NormalisedText.scalars`), end
/// exclusive; `AnalysedDocument.originalRange(of:)` maps them back to the text as decoded, which is
/// what every output reports.
public struct Mention: Hashable, Sendable {
    /// Scalar range in the normalised text.
    public var range: Range<Int>
    public var type: EntityType
    /// Canonical (simplified) name of the entity this mention denotes: the node name.
    public var canonical: String
    /// Which dictionary or pattern produced it (`dict:places`, `pattern:title-name`, …).
    public var rule: String
    /// 0…1; used by the resolver and reported by `extract`.
    public var confidence: Double
    /// Index of the sentence that holds the mention.
    public var sentence: Int

    public init(range: Range<Int>, type: EntityType, canonical: String, rule: String,
                confidence: Double, sentence: Int = 0) {
        self.range = range
        self.type = type
        self.canonical = canonical
        self.rule = rule
        self.confidence = confidence
        self.sentence = sentence
    }
}

extension Mention {
    /// A bare surname with its form of address (赵先生, 钱某) that the document gives no full name for: a
    /// person mention for `extract`, but no node of the graph, where every article's 钱某 would meet.
    public var isAddressOnly: Bool {
        type == .person && rule == AddressedSurnameRecogniser.rule
    }
}

/// An office title found in the text (书记, 市委副书记, 总领事 …), kept beside the mentions so the role
/// linker can pair it with a person and the body it belongs to.
public struct TitleSpan: Hashable, Sendable {
    public var range: Range<Int>
    /// The title as the role reports it, simplified, body-type word kept, place dropped (市委书记).
    public var title: String
    /// The kind of body the title belongs to, from the title dictionary: `party` (市委), `government`
    /// (市 for 市长), `organisation`, or "" when unknown.
    public var body: String
    /// Rank from the title dictionary (lower is more senior); nil when the dictionary has none.
    public var rank: Int?
    public var sentence: Int

    public init(range: Range<Int>, title: String, body: String = "", rank: Int? = nil, sentence: Int = 0) {
        self.range = range
        self.title = title
        self.body = body
        self.rank = rank
        self.sentence = sentence
    }
}
