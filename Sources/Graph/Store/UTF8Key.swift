/// A string compared and hashed by its UTF-8 bytes. Swift's `String` hashing and equality follow
/// canonical equivalence, which costs a normalisation pass on every non-ASCII string; interning
/// hundreds of thousands of Chinese sentences that way dominated save time. Byte identity is also what
/// a string table needs: the file stores bytes.
struct UTF8Key: Hashable {
    let string: String

    init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
    }

    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        GraphFileEncoder.sameBytes(a.string, b.string)
    }
}
