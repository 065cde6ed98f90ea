/// A shell-style file-name pattern for `--include` (`*.txt`, `2023-??-*.md`, `*.[tT][xX][tT]`).
///
/// Matched against the file name only (not the directory part), like `find -name`; `*` and `?` never
/// cross a `/`. Written here rather than calling `fnmatch` so the behaviour is the same on every
/// platform.
public struct GlobPattern: Sendable, Hashable {
    public let pattern: String
    private let p: [Unicode.Scalar]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.p = Array(pattern.unicodeScalars)
    }

    public func matches(_ name: String) -> Bool {
        let s = Array(name.unicodeScalars)
        // Iterative wildcard matching with one backtrack point for the last `*`.
        var pi = 0, si = 0
        var starP = -1, starS = 0
        while si < s.count {
            if pi < p.count, p[pi] == "*" {
                starP = pi; starS = si; pi += 1
                continue
            }
            if pi < p.count, let next = matchOne(at: pi, s[si]) {
                pi = next; si += 1
                continue
            }
            guard starP >= 0, s[starS] != "/" else { return false }
            starS += 1; si = starS; pi = starP + 1
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    /// Matches one pattern element at `pi` against `c`; returns the index after the element.
    private func matchOne(at pi: Int, _ c: Unicode.Scalar) -> Int? {
        switch p[pi] {
        case "?": return c == "/" ? nil : pi + 1
        case "[":
            var i = pi + 1
            var negate = false
            if i < p.count, p[i] == "!" || p[i] == "^" { negate = true; i += 1 }
            var matched = false
            var first = true
            while i < p.count, p[i] != "]" || first {
                first = false
                if i + 2 < p.count, p[i + 1] == "-", p[i + 2] != "]" {
                    if p[i].value <= c.value && c.value <= p[i + 2].value { matched = true }
                    i += 3
                } else {
                    if p[i] == c { matched = true }
                    i += 1
                }
            }
            guard i < p.count else { return p[pi] == c ? pi + 1 : nil }  // unclosed `[` is literal
            return matched != negate ? i + 1 : nil
        case "\\" where pi + 1 < p.count:
            return p[pi + 1] == c ? pi + 2 : nil
        default:
            return p[pi] == c ? pi + 1 : nil
        }
    }
}
