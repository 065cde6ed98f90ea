// Interim normaliser and splitter until the text layer lands (replaced on merge).
public struct ScriptConverter: Sendable {
    public static let empty = ScriptConverter()
}
public struct Normaliser: Sendable {
    public init(converter: ScriptConverter) {}
    public func normalise(_ doc: SourceDocument) -> NormalisedText { NormalisedText(identity: doc.scalars) }
}
public struct SentenceSplitter: Sendable {
    public init() {}
    public func split(_ text: NormalisedText) -> [Sentence] {
        var out: [Sentence] = []
        var start = 0
        var para = 0
        for (i, s) in text.scalars.enumerated() {
            if "。！？；\n".unicodeScalars.contains(s) {
                let end = s == "\n" ? i : i + 1
                if end > start { out.append(Sentence(index: out.count, paragraph: para, range: start..<end)) }
                if s == "\n" { para += 1 }
                start = i + 1
            }
        }
        if start < text.count { out.append(Sentence(index: out.count, paragraph: para, range: start..<text.count)) }
        return out
    }
}
import Foundation
public struct ReadError: Error, Sendable { public let path: String; public let reason: String; public var message: String { "\(path): \(reason)" } }
public enum TextEncodingChoice: String, Sendable, CaseIterable { case auto, utf8 = "utf-8", utf16le = "utf-16le", utf16be = "utf-16be", gb18030, big5 }
public struct CorpusReader: Sendable {
    public init(include: [String] = ["*.txt"], encoding: TextEncodingChoice = .auto) {}
    public func expand(_ paths: [String]) -> [Result<String, ReadError>] {
        var out: [Result<String, ReadError>] = []
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                for f in ((try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []).sorted() where f.hasSuffix(".txt") { out.append(.success(p + "/" + f)) }
            } else { out.append(.success(p)) }
        }
        return out
    }
    public func read(_ path: String) -> Result<SourceDocument, ReadError> {
        guard let d = FileManager.default.contents(atPath: path), let s = String(data: d, encoding: .utf8) else { return .failure(ReadError(path: path, reason: "cannot read")) }
        return .success(SourceDocument(id: path, text: s))
    }
    public func readLines(_ path: String) -> Result<[SourceDocument], ReadError> {
        read(path).map { d in
            var lines = d.text.components(separatedBy: "\n"); if lines.last == "" { lines.removeLast() }
            return lines.enumerated().map { SourceDocument(id: "\(path):\($0.offset + 1)", text: $0.element) }
        }
    }
}
extension ScriptConverter {
    public init(tableFile: URL) throws { self.init() }
    public func looksTraditional<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar { false }
    public func simplified(_ s: Unicode.Scalar) -> Unicode.Scalar { s }
    public func traditional(_ s: Unicode.Scalar) -> Unicode.Scalar { s }
}
