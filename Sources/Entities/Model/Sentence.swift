/// A sentence of the normalised text. Sentences split on 。！？；… and paragraph breaks; quotes and
/// brackets are kept whole.
public struct Sentence: Hashable, Sendable {
    /// 0-based index within the document.
    public var index: Int
    /// 0-based paragraph index within the document.
    public var paragraph: Int
    /// Scalar range in the normalised text.
    public var range: Range<Int>

    public init(index: Int, paragraph: Int, range: Range<Int>) {
        self.index = index
        self.paragraph = paragraph
        self.range = range
    }
}
