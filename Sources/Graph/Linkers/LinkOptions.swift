/// Which span of text counts as "together" for `co_occurs`.
public enum CoOccurrenceWindow: String, Sendable, CaseIterable, Codable {
    case sentence
    case paragraph
    case document
}

/// Knobs of the relation extractor, kept small and value-typed so they can be passed from the CLI.
public struct LinkOptions: Sendable, Hashable {
    /// The window in which two entities co-occur.
    public var window: CoOccurrenceWindow
    /// A co-occurring pair is reported only when it shares at least this many windows in the document.
    public var minWeight: Int

    public init(window: CoOccurrenceWindow = .sentence, minWeight: Int = 1) {
        self.window = window
        self.minWeight = max(1, minWeight)
    }
}
