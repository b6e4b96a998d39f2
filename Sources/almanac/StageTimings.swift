import AlmanacSite
import Foundation
import Synchronization

/// `--timings`: when each stage of a build began, to print how long each took.
final class StageTimings: Sendable {
    private let marks = Mutex<[(BuildStage, Date)]>([])

    /// Wraps a progress handler (or none) so that stage changes are timed.
    func observing(_ inner: ProgressHandler?) -> ProgressHandler {
        { [self] stage, done, total in
            marks.withLock { marks in
                if marks.last?.0 != stage { marks.append((stage, Date())) }
            }
            inner?(stage, done, total)
        }
    }

    /// "Loading 12 ms · Markdown 1.20 s · …", each stage until the next one or `end`.
    func summary(until end: Date = Date()) -> String {
        let marks = self.marks.withLock { $0 }
        return marks.indices.map { k in
            let stop = k + 1 < marks.count ? marks[k + 1].1 : end
            return "\(marks[k].0.rawValue) \(format(stop.timeIntervalSince(marks[k].1)))"
        }.joined(separator: " · ")
    }
}
