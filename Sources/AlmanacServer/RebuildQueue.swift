import Dispatch

/// Where `serve` runs its rebuilds: one serial dispatch queue of its own, off
/// Swift's cooperative pool (two threads on a 2-core machine), so requests
/// and event streams never wait behind a rebuild's synchronous work.
enum RebuildQueue {
    static let queue = DispatchQueue(label: "almanac.serve.rebuild", qos: .userInitiated)

    /// Runs `work` on the queue and waits for it without holding a thread of the pool.
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }
}
