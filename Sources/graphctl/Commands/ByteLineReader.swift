import Foundation

/// Reads a file or stdin as lines of bytes, one block at a time, so `build --from-jsonl` holds a block
/// and a line of its input, never the whole of it (record files are as large as the corpus).
/// Lines end at LF; a CR before it stays on the line (JSON readers skip it as whitespace).
struct ByteLineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private let blockSize: Int

    init(handle: FileHandle, blockSize: Int = 1 << 20) {
        self.handle = handle
        self.blockSize = max(1, blockSize)
    }

    /// The next line without its LF, or nil at the end of the input. Throws when reading fails.
    mutating func next() throws -> [UInt8]? {
        while true {
            if let i = buffer[position...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<i])
                position = i + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            buffer.removeSubrange(..<position)
            position = 0
            if let data = try handle.read(upToCount: blockSize), !data.isEmpty {
                buffer.append(contentsOf: data)
            } else {
                atEnd = true
            }
        }
    }
}
