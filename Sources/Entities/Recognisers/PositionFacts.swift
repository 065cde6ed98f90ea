/// What a sentence's dictionary matches say about one position of it (see `SentenceView`): which kinds
/// of entry end and start there, and where the common words (`word` or `stop`) around it run.
///
/// One value per position, in one array: the view built four parallel arrays per sentence, each an
/// allocation through the generic (unspecialised) path, and each retained again by every copy of the view.
struct PositionFacts {
    /// A bit per `LexiconKind` (`LexiconKind.bit`) with an entry ending here.
    var endMask: UInt32 = 0
    /// A bit per `LexiconKind` with an entry starting here.
    var startMask: UInt32 = 0
    /// The furthest end of a common word starting here, -1 when none does.
    var wordEndFrom: Int32 = -1
    /// The earliest start of a common word ending here, `Int32.max` when none does.
    var wordStartTo: Int32 = .max
}
