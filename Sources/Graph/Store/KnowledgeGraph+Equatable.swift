/// Graphs compare equal when nodes, edges and documents are equal: what round-trip and merge tests need.
extension KnowledgeGraph: Equatable {
    public static func == (a: KnowledgeGraph, b: KnowledgeGraph) -> Bool {
        a.nodes == b.nodes && a.edges == b.edges && a.documents == b.documents
    }
}
