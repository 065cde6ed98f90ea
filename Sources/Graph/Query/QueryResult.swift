import Entities

/// The answer to a query: a table of strings for display (`TableRenderer`) plus the graph elements
/// behind each row for programs that want structure rather than text.
public struct QueryResult: Hashable, Sendable {
    public var columns: [String]
    public var rows: [[String]]
    /// Per row, the edge it reports (index into `KnowledgeGraph.edges`), or nil.
    public var edges: [Int?]
    /// Per row, the node it reports (index into `KnowledgeGraph.nodes`), or nil.
    public var nodes: [Int?]
    /// For `path`: the hops in order.
    public var hops: [PathHop]

    public init(columns: [String], rows: [[String]] = [], edges: [Int?] = [], nodes: [Int?] = [],
                hops: [PathHop] = []) {
        self.columns = columns
        self.rows = rows
        self.edges = edges
        self.nodes = nodes
        self.hops = hops
    }

    mutating func append(_ row: [String], edge: Int? = nil, node: Int? = nil) {
        rows.append(row)
        edges.append(edge)
        nodes.append(node)
    }
}

/// One step of a path: from a node to the next over an edge (followed in either direction).
public struct PathHop: Hashable, Sendable {
    public var from: Int
    public var to: Int
    public var edge: Int
    public var relation: RelationType
    /// The edge's first evidence sentence.
    public var evidence: Evidence?
}

/// How `top` ranks nodes.
public enum NodeRanking: String, CaseIterable, Sendable {
    case degree, mentions, betweenness
}

/// A name a query could not use; `description` is one line for stderr.
public enum QueryError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Several nodes fit the name: pick one of these.
    case ambiguous(String, candidates: [String])
    /// No node fits; the nearest names by edit distance (at most 5).
    case unknown(String, suggestions: [String])

    public var description: String {
        switch self {
        case let .ambiguous(name, candidates):
            return "\"\(name)\" is ambiguous: \(candidates.joined(separator: ", "))"
        case let .unknown(name, suggestions):
            return suggestions.isEmpty ? "no entity named \"\(name)\""
                : "no entity named \"\(name)\"; did you mean \(suggestions.joined(separator: ", "))?"
        }
    }
}
