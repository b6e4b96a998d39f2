import Foundation
import Synchronization

/// `--timings`: when each stage of a build began, to print how long each took.
public final class StageTimings: Sendable {
    private let marks = Mutex<[(BuildStage, Date)]>([])

    public init() {}

    /// Forgets earlier stages (between the rebuilds of a preview).
    public func reset() { marks.withLock { $0 = [] } }

    /// Wraps a progress handler (or none) so that stage changes are timed.
    public func observing(_ inner: ProgressHandler?) -> ProgressHandler {
        { [self] stage, done, total in
            marks.withLock { marks in
                if marks.last?.0 != stage { marks.append((stage, Date())) }
            }
            inner?(stage, done, total)
        }
    }

    /// "Loading 12 ms · Markdown 1.20 s · …", each stage until the next one or `end`.
    public func summary(until end: Date = Date()) -> String {
        let marks = self.marks.withLock { $0 }
        return marks.indices.map { k in
            let stop = k + 1 < marks.count ? marks[k + 1].1 : end
            return "\(marks[k].0.rawValue) " + Elapsed.text(stop.timeIntervalSince(marks[k].1), msDecimals: 1)
        }.joined(separator: " · ")
    }
}
