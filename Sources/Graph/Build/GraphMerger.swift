/// Merges saved graphs (e.g. built from separate batches of documents) into one.
///
/// Nodes are matched by (type, name), edges by (source, target, relation, title); aliases, titles,
/// documents and evidence are unions, mentions are summed, dates and ranks take the minimum, and the
/// weight is recounted from the merged evidence. Because each step is a union, sum or minimum, the
/// merge is associative and commutative: any grouping of the same graphs saves to the same bytes.
/// Mentions of a document present in two inputs are counted twice; merge graphs of disjoint batches.
/// Homonym labels are taken as they are: persons are not re-split across inputs. Batches built with the
/// corpus's `HomonymTable` already carry the whole corpus's labels, and then merge into exactly the
/// whole build; batches built alone do so only when no person's name splits across them.
public enum GraphMerger {
    public static func merge(_ graphs: [KnowledgeGraph]) -> KnowledgeGraph {
        var acc = GraphAccumulator()
        for g in graphs {
            for d in g.documents { acc.addDocument(d) }
            for n in g.nodes {
                acc.addNode(NodeKey(type: n.type, name: n.name), aliases: n.aliases,
                            traditional: n.traditionalAliases, titles: n.titles, mentions: n.mentions,
                            documents: n.documents, attributes: n.attributes)
            }
            for e in g.edges {
                guard g.nodes.indices.contains(e.source), g.nodes.indices.contains(e.target) else { continue }
                let s = g.nodes[e.source], t = g.nodes[e.target]
                acc.addEdge(source: NodeKey(type: s.type, name: s.name), target: NodeKey(type: t.type, name: t.name),
                            relation: e.relation, title: e.title, rank: e.rank, date: e.date, evidence: e.evidence)
            }
        }
        return acc.graph()
    }
}
