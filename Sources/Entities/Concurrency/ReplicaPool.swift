import Foundation

/// Copies of one read-only value handed out one per worker thread at a time: at most as many exist as
/// threads ever used the pool at once, and a single thread only ever uses the first.
///
/// Why not share the value: the pipeline is immutable, but every use of a shared class instance or
/// array buffer retains and releases it, and two cores incrementing one reference count bounce its
/// cache line between them. Measured on this project's bench corpus (10×, `extract -j 2`): one shared
/// pipeline cost 2.18 s of CPU against 1.74 s on one thread; one pipeline per worker, 1.83 s. A replica
/// costs memory (21 MB for the bundled dictionaries) and one more dictionary load on the worker that first
/// needs it.
public final class ReplicaPool<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [Value]
    private var made = 1
    private let make: () -> Value

    /// `first` is used before any other; `make` builds another when every existing one is in use.
    public init(_ first: Value, make: @escaping () -> Value) {
        idle = [first]
        self.make = make
    }

    /// How many replicas exist (the first included).
    public var count: Int { lock.lock(); defer { lock.unlock() }; return made }

    /// Runs `body` with a replica no other thread is using meanwhile (unless `make` handed back an existing
    /// one, which the value being read-only allows: sharing is only slower).
    public func withReplica<R>(_ body: (Value) throws -> R) rethrows -> R {
        lock.lock()
        let taken = idle.popLast()
        if taken == nil { made += 1 }
        lock.unlock()
        let value = taken ?? make()
        defer { lock.lock(); idle.append(value); lock.unlock() }
        return try body(value)
    }
}
