import Foundation

/// A counter shared by worker threads: each `increment()` hands out the next index exactly once.
public final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    public init() {}

    /// The current value, then one more for the next caller.
    public func increment() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
}
