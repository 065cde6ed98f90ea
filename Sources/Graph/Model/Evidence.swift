/// What proves an edge: the document, the sentence and its offsets, the rule that fired.
public struct Evidence: Hashable, Codable, Sendable {
    /// Document id (the path as given).
    public var document: String
    /// 0-based sentence index in the document.
    public var sentence: Int
    /// The sentence's Unicode scalar offsets in the decoded document, end exclusive.
    public var start: Int
    public var end: Int
    /// The sentence text as written (original characters).
    public var text: String
    /// The pattern that fired (`role:title-name`, `met:huijian`, `co_occurs:sentence` …).
    public var rule: String

    public init(document: String, sentence: Int, start: Int, end: Int, text: String, rule: String) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.rule = rule
    }
}
