import Dispatch
import Foundation

/// Removes `AtomicFileWriter`'s temporary files when the run is interrupted (SIGINT, SIGTERM, SIGHUP),
/// then lets the signal end the process as usual. Without it ^C mid-export left a half-written hidden
/// file beside the output. The signals are handled by dispatch sources on a queue, not in signal
/// context, so taking a lock and calling `unlink` is safe. (SIGKILL cannot be caught: the next write
/// into the directory removes files left by processes that no longer exist; see `removeStale`.)
///
/// Process-wide by nature (signals are), hence the one shared instance.
public final class InterruptCleanup: @unchecked Sendable {
    public static let shared = InterruptCleanup()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []

    /// Installs the handlers once; the CLI calls it at start-up.
    public func install() {
        lock.lock(); defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                for p in paths { unlink(p) }
                paths.removeAll()
                lock.unlock()
                signal(sig, SIG_DFL)
                raise(sig)
            }
            source.resume()
            sources.append(source)
        }
    }

    func register(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
    func unregister(_ path: String) { lock.lock(); paths.remove(path); lock.unlock() }

    /// Removes `.graphctl-tmp-PID-…` files in `directory` whose process no longer runs (killed with
    /// SIGKILL or by a power cut mid-write). Best effort: errors are ignored.
    static func removeStale(in directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(AtomicFileWriter.temporaryPrefix) {
            let rest = name.dropFirst(AtomicFileWriter.temporaryPrefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink(directory.appendingPathComponent(name).path)
            }
        }
    }
}
