/// Why an input could not be read.
///
/// The CLI reports these and carries on with the other inputs, so a bad file in a corpus costs one
/// line on stderr, not the run. `message` is that line: `"<path>: <reason>"`.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as the user gave it (or as the directory walk produced it).
    public let path: String
    /// A short, lower-case reason without the path (`"no such file or directory"`).
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// One line for stderr.
    public var message: String { "\(path): \(reason)" }

    public var description: String { message }
}
