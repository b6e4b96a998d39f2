/// Batches of changed paths waiting for the rebuild loop, merged: the loop
/// checks between the steps of slow, deferred work whether a newer edit is
/// waiting, and serves that first.
actor PendingEdits {
    private var paths: Set<String> = []
    private var waiter: CheckedContinuation<Set<String>?, Never>?
    private var finished = false

    func add(_ batch: Set<String>) {
        if let waiter {
            self.waiter = nil
            waiter.resume(returning: batch)
        } else {
            paths.formUnion(batch)
        }
    }

    func finish() {
        finished = true
        waiter?.resume(returning: nil)
        waiter = nil
    }

    var isEmpty: Bool { paths.isEmpty }

    /// Everything waiting, or the next batch; nil once the watcher has stopped.
    func next() async -> Set<String>? {
        if !paths.isEmpty {
            defer { paths = [] }
            return paths
        }
        if finished { return nil }
        return await withCheckedContinuation { waiter = $0 }
    }
}
