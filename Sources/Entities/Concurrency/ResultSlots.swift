import Foundation

/// Result slots written by worker threads at distinct indices, read in index order once they are done:
/// work is shared out in any order, and the results come back in the input's order.
public final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ i: Int, _ value: T) { lock.lock(); slots[i] = value; lock.unlock() }

    /// The value set at `i`, nil while none is.
    public func get(_ i: Int) -> T? { lock.lock(); defer { lock.unlock() }; return slots[i] }
}
