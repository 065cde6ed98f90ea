import Entities

/// One family of relations (roles, meetings, visits …). Linkers are independent and stateless so the
/// extractor can run them in any order and tests can exercise each one alone.
public protocol RelationLinker: Sendable {
    /// Relations this linker finds in `doc`; `context` holds what every linker shares (sentence views,
    /// resolved dates, the discourse focus), computed once per document.
    func link(_ doc: AnalysedDocument, context: LinkContext) -> [Relation]
}
