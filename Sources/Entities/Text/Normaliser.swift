/// Normalises a document for matching and keeps the offset map back to the decoded text.
///
/// Passes, each recorded in the map (`NormalisedText.originStart/End`):
/// 1. cleaning: `HTMLReducer` for scraped HTML, `PlainTextCleaner` otherwise (line breaks,
///    full-width forms, controls, markdown residue);
/// 2. script: traditional → simplified when the document reads as traditional, else only for the
///    lines that do (mixed pages quote Hong Kong or Taiwan sources); one scalar for one scalar;
/// 3. `ColumnRepair`: breaks left by newspaper columns are removed.
/// Scalars are only ever dropped or replaced in place, never reordered, so the map is monotone.
public struct Normaliser: Sendable {
    public let converter: ScriptConverter

    public init(converter: ScriptConverter) {
        self.converter = converter
    }

    public func normalise(_ doc: SourceDocument) -> NormalisedText {
        var buf = doc.isHTML ? HTMLReducer.reduce(doc.scalars) : PlainTextCleaner.clean(doc.scalars)
        let traditional = simplifyScript(&buf.scalars)
        ColumnRepair.repair(&buf)
        return buf.finish(originalCount: doc.scalars.count, wasTraditional: traditional)
    }

    /// Converts to simplified where the text reads as traditional; returns true when the whole
    /// document did. One counting pass; conversion only runs where needed.
    func simplifyScript(_ scalars: inout [Unicode.Scalar]) -> Bool {
        guard converter.count > 0 else { return false }
        var traditionalLines: [Range<Int>] = []
        var total = (t: 0, s: 0)
        var start = 0
        let n = scalars.count
        scalars.withUnsafeBufferPointer { buf in
            var i = 0
            while i <= n {
                if i == n || buf[i] == "\n" {
                    if i > start {
                        let c = converter.scriptCounts(buf[start..<i])
                        total.t += c.traditional
                        total.s += c.simplified
                        if c.traditional >= 2 && c.traditional > 2 * c.simplified { traditionalLines.append(start..<i) }
                    }
                    start = i + 1
                }
                i += 1
            }
        }
        if total.t >= 2 && total.t > 2 * total.s {
            converter.simplify(&scalars, 0..<n)
            return true
        }
        for r in traditionalLines { converter.simplify(&scalars, r) }
        return false
    }
}
