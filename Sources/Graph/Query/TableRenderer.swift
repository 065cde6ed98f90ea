/// Renders a `QueryResult` for people (aligned columns), for programs (`json`: an array of objects keyed
/// by column name) or for spreadsheets and `cut` (`tsv`).
public struct TableRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case table, json, tsv
    }

    public var format: Format

    public init(format: Format = .table) {
        self.format = format
    }

    public func render(_ result: QueryResult) -> String {
        switch format {
        case .table: return table(result)
        case .json: return json(result)
        case .tsv: return tsv(result)
        }
    }

    /// Columns padded to the widest cell (CJK counted as two columns), two spaces apart; the last
    /// column is not padded so lines carry no trailing spaces.
    private func table(_ r: QueryResult) -> String {
        let all = [r.columns] + r.rows.map { row in r.columns.indices.map { $0 < row.count ? clean(row[$0]) : "" } }
        var widths = [Int](repeating: 0, count: r.columns.count)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 {
                    line += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + 2)
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    private func tsv(_ r: QueryResult) -> String {
        var out = r.columns.map(clean).joined(separator: "\t") + "\n"
        for row in r.rows { out += row.map(clean).joined(separator: "\t") + "\n" }
        return out
    }

    private func json(_ r: QueryResult) -> String {
        var o: [UInt8] = [0x5B]
        for (k, row) in r.rows.enumerated() {
            o.append(contentsOf: Array((k == 0 ? "\n" : ",\n").utf8))
            o.append(0x7B)
            for (i, c) in r.columns.enumerated() {
                if i > 0 { o.append(0x2C) }
                JSONText.appendString(c, to: &o)
                o.append(0x3A)
                JSONText.appendString(i < row.count ? row[i] : "", to: &o)
            }
            o.append(0x7D)
        }
        o.append(contentsOf: Array((r.rows.isEmpty ? "]\n" : "\n]\n").utf8))
        return String(decoding: o, as: UTF8.self)
    }

    /// Tabs and line breaks inside a cell would break the layout: they become spaces.
    private func clean(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return String(s.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
