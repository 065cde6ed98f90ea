import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands command-line inputs into documents.
///
/// Inputs are files, directories (walked recursively, entries sorted by name so runs are
/// reproducible, files kept when their name matches one of the include globs; hidden entries are
/// skipped like ripgrep does) and `-` for stdin. Nothing here crashes on bad input: missing paths,
/// unreadable files, broken symlinks and symlink loops become `ReadError` items that the CLI
/// reports while it carries on with the rest.
public struct CorpusReader: Sendable {
    public let include: [GlobPattern]
    public let encoding: TextEncodingChoice

    public init(include: [String] = ["*.txt"], encoding: TextEncodingChoice = .auto) {
        self.include = include.map(GlobPattern.init)
        self.encoding = encoding
    }

    // MARK: Expanding inputs

    /// The input list in a deterministic order: each element is a path to read or an error to
    /// report. Paths named explicitly are kept whatever their name; include globs filter directory
    /// walks only.
    public func expand(_ paths: [String]) -> [Result<String, ReadError>] {
        var out: [Result<String, ReadError>] = []
        for path in paths {
            if path == "-" { out.append(.success(path)); continue }
            switch kind(of: path) {
            case .failure(let e): out.append(.failure(e))
            case .success(.directory):
                var visited: Set<String> = []
                let before = out.count
                walk(path, visited: &visited, into: &out)
                // A directory that yields nothing is almost always a wrong --include or a wrong folder:
                // say so rather than finish "successfully" with no documents.
                if out.count == before {
                    let globs = include.map(\.pattern).joined(separator: ", ")
                    out.append(.failure(ReadError(path: path, reason: "no files matching \(globs) (use --include GLOB)")))
                }
            case .success(.file), .success(.special): out.append(.success(path))
            }
        }
        return out
    }

    /// `special`: a FIFO, socket or device. Named explicitly it is read (`<(command)` is a FIFO); met
    /// in a directory walk it is reported, because opening a FIFO nobody writes to blocks forever.
    private enum Kind { case file, directory, special }

    /// What a path is after following symlinks; errors name the reason (loop, broken link, missing).
    private func kind(of path: String) -> Result<Kind, ReadError> {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .failure(ReadError(path: path, reason: Self.errnoReason())) }
        let isLink = (st.st_mode & S_IFMT) == S_IFLNK
        if isLink {
            guard stat(path, &st) == 0 else {
                let code = errno
                if code == ELOOP { return .failure(ReadError(path: path, reason: "symlink loop")) }
                if code == ENOENT { return .failure(ReadError(path: path, reason: "broken symlink")) }
                return .failure(ReadError(path: path, reason: Self.errnoReason(code)))
            }
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return .success(.directory)
        case S_IFREG: return .success(.file)
        default: return .success(.special)
        }
    }

    private func walk(_ dir: String, visited: inout Set<String>, into out: inout [Result<String, ReadError>]) {
        guard let real = Self.realPath(dir) else {
            out.append(.failure(ReadError(path: dir, reason: Self.errnoReason())))
            return
        }
        guard visited.insert(real).inserted else {
            out.append(.failure(ReadError(path: dir, reason: "symlink loop (directory already visited)")))
            return
        }
        defer { visited.remove(real) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir)
        } catch {
            out.append(.failure(ReadError(path: dir, reason: "cannot list directory")))
            return
        }
        let base = dir.hasSuffix("/") ? dir : dir + "/"
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        where !name.hasPrefix(".") {
            let child = base + name
            switch kind(of: child) {
            case .failure(let e): out.append(.failure(e))
            case .success(.directory): walk(child, visited: &visited, into: &out)
            case .success(.special):
                if include.isEmpty || include.contains(where: { $0.matches(name) }) {
                    out.append(.failure(ReadError(path: child, reason: "not a regular file")))
                }
            case .success(.file):
                if include.isEmpty || include.contains(where: { $0.matches(name) }) { out.append(.success(child)) }
            }
        }
    }

    // MARK: Reading

    /// Reads and decodes one path (`-` = stdin). `id` is the path as given; `isHTML` is set for
    /// scraped HTML so the normaliser hides markup.
    public func read(_ path: String) -> Result<SourceDocument, ReadError> {
        let bytes: [UInt8]
        switch Self.readBytes(path) {
        case .failure(let e): return .failure(e)
        case .success(let b): bytes = b
        }
        do {
            let (scalars, name) = try TextDecoder.decode(bytes, path: path, encoding: encoding)
            return .success(SourceDocument(id: path, scalars: scalars, encoding: name,
                                           isHTML: Self.looksLikeHTML(scalars[...])))
        } catch let e as ReadError {
            return .failure(e)
        } catch {
            return .failure(ReadError(path: path, reason: "cannot decode"))
        }
    }

    /// `--lines` mode: each input line is a document with id `PATH:LINE` (1-based; `-:LINE` for
    /// stdin). Every line gets a document, blank ones too; a final line break does not start another
    /// line; CRLF and lone CR end lines too. Offsets are relative to the line.
    public func readLines(_ path: String) -> Result<[SourceDocument], ReadError> {
        let doc: SourceDocument
        switch read(path) {
        case .failure(let e): return .failure(e)
        case .success(let d): doc = d
        }
        let s = doc.scalars
        var docs: [SourceDocument] = []
        var start = 0, i = 0, line = 1
        func emit(_ end: Int) {
            let slice = s[start..<end]
            docs.append(SourceDocument(id: "\(path):\(line)", scalars: Array(slice), encoding: doc.encoding,
                                       isHTML: Self.looksLikeHTML(slice)))
            line += 1
        }
        while i < s.count {
            let v = s[i].value
            if v == 0x0A || v == 0x0D {
                emit(i)
                i += (v == 0x0D && i + 1 < s.count && s[i + 1].value == 0x0A) ? 2 : 1
                start = i
            } else {
                i += 1
            }
        }
        if start < s.count { emit(s.count) }
        return .success(docs)
    }

    /// Scraped HTML: optional whitespace, then `<` opening a tag, comment or doctype, and a `>` later.
    static func looksLikeHTML(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = s.startIndex
        while i < s.endIndex, s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r" || s[i] == "\u{FEFF}" { i += 1 }
        guard i + 1 < s.endIndex, s[i] == "<" else { return false }
        let next = s[i + 1]
        guard next == "!" || next == "?" || next == "/" || (next.value | 0x20 >= 0x61 && next.value | 0x20 <= 0x7A)
        else { return false }
        return s[(i + 1)...].contains(">")
    }

    // MARK: POSIX helpers

    static func errnoReason(_ code: Int32 = errno) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first else { return "error \(code)" }
        return first.lowercased() + text.dropFirst()
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buffer, count)
        #else
        return Darwin.read(fd, buffer, count)
        #endif
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Whole-file read with the errno reason on failure (`FileManager.contents` hides why).
    static func readBytes(_ path: String) -> Result<[UInt8], ReadError> {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(ReadError(path: path, reason: errnoReason())) }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            return .failure(ReadError(path: path, reason: "is a directory"))
        }
        var bytes: [UInt8] = []
        if fd != 0, st.st_size > 0 { bytes.reserveCapacity(Int(st.st_size)) }
        // A file of known size reads through a chunk no longer than the file (and one byte, to see the
        // end in the second read): zeroing a 64 KB chunk cost more than reading a 15 KB document.
        let chunkSize = fd != 0 && st.st_size > 0 ? min(1 << 16, Int(st.st_size) + 1) : 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(path: path, reason: errnoReason()))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .success(bytes)
    }
}
