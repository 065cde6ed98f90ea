/// Normalises a document for matching and keeps the offset map back to the decoded text.
///
/// Passes, each recorded in the map (`NormalisedText.originStart/End`):
/// 1. cleaning: `HTMLReducer` for scraped HTML, `PlainTextCleaner` otherwise (line breaks,
///    full-width forms, controls, markdown residue);
/// 2. script: traditional → simplified when the document reads as traditional, else only for the
///    lines that do (mixed pages quote Hong Kong or Taiwan sources); one scalar for one scalar;
/// 3. `ColumnRepair`: breaks left by newspaper columns are removed.
/// Between 1 and 2, `NumeralZeroRepair` reads the circle ○ typeset for the numeral zero as 〇.
/// Scalars are only ever dropped or replaced in place, never reordered, so the map is monotone.
public struct Normaliser: Sendable {
    public let converter: ScriptConverter

    public init(converter: ScriptConverter) {
        self.converter = converter
    }

    public func normalise(_ doc: SourceDocument) -> NormalisedText {
        var buf = doc.isHTML ? HTMLReducer.reduce(doc.scalars) : PlainTextCleaner.clean(doc.scalars)
        NumeralZeroRepair.repair(&buf.scalars)
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
        let n = scalars.count
        converter.withFlags { flags in
            scalars.withUnsafeBufferPointer { buf in
                let width = ScriptConverter.flatEnd - ScriptConverter.flatBase
                var start = 0
                var t = 0, s = 0
                for i in 0...n {
                    let v = i < n ? buf[i].value : 0x0A
                    if v == 0x0A {
                        total.t += t
                        total.s += s
                        if t >= 2 && t > 2 * s { traditionalLines.append(start..<i) }
                        t = 0; s = 0
                        start = i + 1
                        continue
                    }
                    let k = v &- ScriptConverter.flatBase
                    if k < width {
                        let f = flags[Int(k)]
                        t &+= Int(f & 1)
                        s &+= Int(f >> 1)
                    }
                }
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
