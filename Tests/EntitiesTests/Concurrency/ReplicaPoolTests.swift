import Foundation
import XCTest
@testable import Entities

/// A replica per thread working at once, never one shared by two threads, none made for one thread.
final class ReplicaPoolTests: XCTestCase {
    final class Replica: @unchecked Sendable {
        let serial: Int
        var users = 0
        init(_ serial: Int) { self.serial = serial }
    }

    /// What the threads saw, behind one lock.
    final class Log: @unchecked Sendable {
        let lock = NSLock()
        var made = 0
        var held: [Int] = []
    }

    func testOneThreadOnlyEverUsesTheFirst() {
        let first = Replica(0)
        let pool = ReplicaPool(first) { XCTFail("no replica needed"); return Replica(-1) }
        for _ in 0..<100 { XCTAssertTrue(pool.withReplica { $0 } === first) }
        XCTAssertEqual(pool.count, 1)
    }

    /// Three threads inside at once (each waits until all three are in) hold three different replicas;
    /// afterwards the three are reused, not made again.
    func testThreadsWorkingAtOnceHoldDifferentReplicas() {
        let log = Log(), lock = log.lock
        let pool = ReplicaPool(Replica(0)) { lock.lock(); defer { lock.unlock() }; log.made += 1; return Replica(log.made) }
        func overlap(_ threads: Int) -> [Int] {
            let inside = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchGroup()
            log.held = []
            for _ in 0..<threads {
                done.enter()
                Thread {
                    pool.withReplica { r in
                        lock.lock(); r.users += 1; let alone = r.users == 1; log.held.append(r.serial); lock.unlock()
                        XCTAssertTrue(alone, "replica \(r.serial) used by two threads at once")
                        inside.signal()
                        release.wait()
                        lock.lock(); r.users -= 1; lock.unlock()
                    }
                    done.leave()
                }.start()
            }
            for _ in 0..<threads { XCTAssertEqual(inside.wait(timeout: .now() + 10), .success) }
            for _ in 0..<threads { release.signal() }
            XCTAssertEqual(done.wait(timeout: .now() + 10), .success)
            return log.held.sorted()
        }
        XCTAssertEqual(overlap(3), [0, 1, 2])
        XCTAssertEqual(overlap(3), [0, 1, 2], "the idle replicas are reused")
        XCTAssertEqual(pool.count, 3)
    }
}
