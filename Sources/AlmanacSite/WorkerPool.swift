import AlmanacContent
import AlmanacCore
import AlmanacMarkdown
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The Markdown stage in worker processes (`almanac markdown-worker`): the
/// parallelism libcmark-gfm allows (it is not thread-safe within one
/// process), and a wall around it — a worker that crashes (`abort()` on the
/// CVE-2023-22486 input) or runs past `timeout` is reported against the file
/// it was parsing, killed, replaced, and the rest goes on.
public final class WorkerPool: MarkdownStage, @unchecked Sendable {
    let executable: URL
    let arguments: [String]
    let count: Int
    let timeout: Double
    // Workers are taken and returned under the lock; each is used by one thread at a time.
    private let lock = NSLock()
    private var idle: [Worker] = []

    /// - Parameters:
    ///   - executable: the `almanac` binary; it runs `markdown-worker`.
    ///   - timeout: seconds a batch may take before its worker is killed (the
    ///     batch is then retried one entry at a time, each with this limit).
    public init(executable: URL, allowRawHTML: Bool, count: Int = ProcessInfo.processInfo.activeProcessorCount, timeout: Double = 10) {
        self.executable = executable
        self.arguments = ["markdown-worker"] + (allowRawHTML ? ["--raw-html"] : [])
        self.count = max(1, count)
        self.timeout = timeout
        // A worker that died makes writes to its pipe fail; without this the signal would end Almanac.
        signal(SIGPIPE, SIG_IGN)
    }

    /// A stage factory for `SiteSession`: this binary as the worker.
    public static func stage(executable: URL) -> @Sendable (SiteConfig) -> any MarkdownStage {
        { config in WorkerPool(executable: executable, allowRawHTML: config.allowRawHTML) }
    }

    deinit { for worker in idle { worker.stop() } }

    public func render(_ jobs: consuming [MarkdownJob], spill: SpillFile?) -> [Result<RenderedBody, Diagnostic>] {
        let results = Slots<Result<RenderedBody, Diagnostic>>(count: jobs.count)
        let batches = Self.batches(jobs)
        // Each batch is taken out when its turn comes, so a body's Markdown
        // is freed once rendered: a large wiki's worth of it is tens of MB.
        let pending = Slots(consume jobs)
        let next = Counter()
        let threads = min(count, max(1, batches.count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var worker = take()
            while let b = next.take(below: batches.count) {
                let batch = batches[b]
                let jobs = batch.map { pending.take($0)! }
                if let worker, case .bodies(let bodies) = exchange(jobs[...], on: worker, spill: spill) {
                    for (i, body) in zip(batch, bodies) { results[i] = .success(body) }
                    continue
                }
                // Something in the batch hung, crashed the parser or came back
                // unreadable: a fresh worker takes it again one entry at a
                // time, so the failure is reported against its own entry.
                worker?.stop()
                worker = Worker(executable: executable, arguments: arguments)
                for (i, job) in zip(batch, jobs) {
                    let outcome = worker.map { run(job, on: $0, spill: spill) } ?? .failure(.error(SourceLocation(path: job.path), "cannot start a Markdown worker process"))
                    if case .failure = outcome {
                        worker?.stop()
                        worker = Worker(executable: executable, arguments: arguments)
                    }
                    results[i] = outcome
                }
            }
            if let worker { give(worker) }
        }
        return results.all
    }

    /// Consecutive jobs in batches of about `batchBytes` of Markdown (at
    /// least one job each): one round trip per entry left the workers idle
    /// most of the time, waiting on the pipe.
    static func batches(_ jobs: [MarkdownJob], batchBytes: Int = 48 * 1024, maxJobs: Int = 32) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (i, job) in jobs.enumerated() {
            if i > start && (bytes + job.body.utf8.count > batchBytes || i - start >= maxJobs) {
                batches.append(start..<i)
                start = i
                bytes = 0
            }
            bytes += job.body.utf8.count
        }
        if start < jobs.count { batches.append(start..<jobs.count) }
        return batches
    }

    private func take() -> Worker? {
        if let worker = lock.withLock({ idle.popLast() }) { return worker }
        return Worker(executable: executable, arguments: arguments)
    }

    private func give(_ worker: Worker) { lock.withLock { idle.append(worker) } }

    /// How one request to a worker went.
    private enum Exchange {
        case bodies([RenderedBody])
        case notSent, unreadable, timedOut
        case closed(String)
    }

    /// Sends a batch and reads back its bodies.
    private func exchange(_ batch: ArraySlice<MarkdownJob>, on worker: Worker, spill: SpillFile?) -> Exchange {
        var request: [UInt8] = []
        request.reserveCapacity(batch.reduce(4) { $0 + 8 + $1.body.utf8.count })
        RenderedBodyCoder.int(batch.count, &request)
        for job in batch {
            RenderedBodyCoder.int(job.firstLine, &request)
            RenderedBodyCoder.string(job.body, &request)
        }
        guard worker.send(request) else { return .notSent }
        switch worker.receive(timeout: timeout) {
        case .bytes(let bytes): return RenderedBodyCoder.decodeBatch(bytes, count: batch.count, spill: spill).map { .bodies($0) } ?? .unreadable
        case .timedOut: return .timedOut
        case .closed(let status): return .closed(status)
        }
    }

    /// One entry, with what went wrong said against it.
    private func run(_ job: MarkdownJob, on worker: Worker, spill: SpillFile?) -> Result<RenderedBody, Diagnostic> {
        let location = SourceLocation(path: job.path, line: job.firstLine)
        switch exchange([job][...], on: worker, spill: spill) {
        case .bodies(let bodies):
            return .success(bodies[0])
        case .notSent:
            return .failure(.error(location, "the Markdown worker stopped before this entry (crashed on the previous one?)"))
        case .unreadable:
            return .failure(.error(location, "the Markdown worker sent back an unreadable result"))
        case .timedOut:
            return .failure(.error(location, "Markdown parsing took longer than \(Int(timeout)) s and was stopped: the body probably hits one of cmark-gfm's slow inputs (CVE-2023-22484, -24824, -26485); simplify it"))
        case .closed(let status):
            return .failure(.error(location, "cmark-gfm crashed on this entry (\(status)); this library version aborts on some inputs (CVE-2023-22486): simplify the body, or update libcmark-gfm"))
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func take(below limit: Int) -> Int? {
            lock.withLock {
                guard value < limit else { return nil }
                value += 1
                return value - 1
            }
        }
    }
}

/// One worker process and its two pipes.
///
/// Started with `posix_spawn` rather than Foundation's `Process`: on Linux,
/// `Process` learns that a child exited when a socket it passes to the child
/// closes, and a worker started at the same moment on another thread can
/// inherit that socket (swift-corelibs-foundation issue 4795). Then
/// `waitUntilExit()` on a killed worker waited for the other worker to end,
/// and a build could hang at its end. Here both pipes are close-on-exec, and
/// the worker is reaped with `waitpid`.
final class Worker: @unchecked Sendable {
    let pid: pid_t
    /// Our ends of the worker's stdin and stdout.
    let input: Int32
    let output: Int32
    private var reaped: Int32?

    enum Reply { case bytes([UInt8]), timedOut, closed(String) }

    /// Held while pipes are made and a worker spawned: a worker spawned on
    /// another thread in between could inherit pipe ends that are not yet
    /// close-on-exec (Glibc's module does not offer `pipe2`).
    private static let spawning = NSLock()

    init?(executable: URL, arguments: [String]) {
        guard let (pid, input, output) = Self.spawning.withLock({ Self.spawn(executable, arguments) }) else { return nil }
        (self.pid, self.input, self.output) = (pid, input, output)
    }

    private static func spawn(_ executable: URL, _ arguments: [String]) -> (pid_t, Int32, Int32)? {
        var toWorker: [Int32] = [-1, -1], fromWorker: [Int32] = [-1, -1]
        guard pipe(&toWorker) == 0 else { return nil }
        guard pipe(&fromWorker) == 0 else {
            toWorker.forEach { close($0) }
            return nil
        }
        for fd in toWorker + fromWorker { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 leaves the copies open across exec; every other descriptor of ours closes.
        posix_spawn_file_actions_adddup2(&actions, toWorker[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromWorker[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The worker starts with default signals and none blocked, whatever
        // the spawning thread had (SIGPIPE is ignored here).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable.path, &actions, &attributes, argv, environ)
        close(toWorker[0])
        close(fromWorker[1])
        guard status == 0 else {
            close(toWorker[1])
            close(fromWorker[0])
            return nil
        }
        return (child, toWorker[1], fromWorker[0])
    }

    func send(_ bytes: [UInt8]) -> Bool {
        var framed: [UInt8] = []
        RenderedBodyCoder.int(bytes.count, &framed)
        framed += bytes
        // A dead worker makes write fail with EPIPE, not kill us: SIGPIPE is ignored in `markdown-worker` users.
        return framed.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(input, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }

    func receive(timeout: Double) -> Reply {
        let deadline = Date().addingTimeInterval(timeout)
        guard let header = read(4, until: deadline) else { return failure(deadline) }
        let length = Int(UInt32(header[0]) | UInt32(header[1]) << 8 | UInt32(header[2]) << 16 | UInt32(header[3]) << 24)
        guard let body = read(length, until: deadline) else { return failure(deadline) }
        return .bytes(body)
    }

    private func failure(_ deadline: Date) -> Reply {
        if Date() >= deadline {
            stop()
            return .timedOut
        }
        // Its stdout closed: it has exited or is about to. A second's grace,
        // then it is killed, so this never waits on a worker that lingers.
        let status = reap(graceSeconds: 1)
        close(input)
        close(output)
        let killedBy = status & 0x7F
        return .closed(killedBy != 0 ? "signal \(killedBy)" : "exit status \((status >> 8) & 0xFF)")
    }

    private func read(_ count: Int, until deadline: Date) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return nil }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining * 1000, 1_000)))
            if ready == 0 { continue }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress! + offset, count - offset) }
            if n <= 0 { return nil }
            offset += n
        }
        return bytes
    }

    /// Kills the worker (if it still runs) and reaps it.
    func stop() {
        guard reaped == nil else { return }
        kill(pid, SIGKILL)
        _ = reap(graceSeconds: 0)
        close(input)
        close(output)
    }

    /// The worker's wait status, waiting up to `graceSeconds` before killing it.
    private func reap(graceSeconds: Double) -> Int32 {
        if let reaped { return reaped }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(graceSeconds)
        while true {
            let done = waitpid(pid, &status, graceSeconds > 0 ? WNOHANG : 0)
            if done == pid { break }
            if done < 0 && errno != EINTR { break }
            if done == 0 {
                if Date() >= deadline {
                    kill(pid, SIGKILL)
                    continue
                }
                usleep(5_000)
            }
        }
        reaped = status
        return status
    }
}
