import Foundation

/// The homonym labels of a whole corpus: for each document, the persons whose name the corpus splits
/// (李刚 → 李刚（泉州市委）) and the label they carry in that document.
///
/// Why it exists: homonym resolution needs every document's offices for a name, so graphs built from
/// separate batches cannot decide it alone, and `merge` keeps the labels it is given. A distributed
/// build first computes this table from all records (a few strings per person and document), then
/// hands it to every partial build: the partial graphs then merge into exactly the whole build.
///
/// JSON: `{"format":"graphctl.homonyms","version":1,"labels":{DOCUMENT_ID:{NAME:LABEL,…},…}}`, keys sorted.
public struct HomonymTable: Sendable, Equatable {
    public static let format = "graphctl.homonyms"
    public static let version = 1

    /// Document id → (canonical person name → label). Only documents and names that are relabelled.
    public var labels: [String: [String: String]]

    public init(labels: [String: [String: String]] = [:]) {
        self.labels = labels
    }

    /// What the JSON text is not, in one line.
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(jsonData data: Data) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FormatError(description: "not a JSON object")
        }
        guard object["format"] as? String == HomonymTable.format else {
            throw FormatError(description: "not a homonym table (format is not \(HomonymTable.format))")
        }
        guard let version = object["version"] as? Int, version <= HomonymTable.version else {
            throw FormatError(description: "homonym table version \(object["version"] ?? "missing") is newer than this graphctl reads (\(HomonymTable.version))")
        }
        guard let labels = object["labels"] as? [String: [String: String]] else {
            throw FormatError(description: "labels must map document ids to name → label objects")
        }
        self.labels = labels
    }

    /// The table as JSON, keys sorted, so the same corpus always gives the same bytes.
    public func jsonData() -> Data {
        let object: [String: Any] = ["format": HomonymTable.format, "version": HomonymTable.version, "labels": labels]
        var data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        data.append(0x0A)
        return data
    }
}

/// Collects what the homonym table needs from each record (each person's offices in the document: a few
/// strings) and nothing else, so the first reduce of a distributed build stays small whatever the corpus.
public struct HomonymTableBuilder {
    private var documents: [(id: String, offices: [String: Set<HomonymResolver.Office>])] = []

    public init() {}

    public mutating func add(_ record: DocumentRecord) {
        documents.append((record.id, HomonymResolver.offices(in: record)))
    }

    /// The table of every record added, resolved as `GraphBuilder.build` resolves them: clusters in
    /// document-id order, ties in call order.
    public func table() -> HomonymTable {
        let ids = documents.map(\.id)
        let (order, resolver) = HomonymResolver.inDocumentOrder(ids: ids) { documents[$0].offices }
        return resolver.table(order: order, ids: ids)
    }
}
