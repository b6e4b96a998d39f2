import Foundation
import Synchronization

/// `--timings`: when each stage of a build began, to print how long each
/// took and how much memory the process had needed by its end.
public final class StageTimings: Sendable {
    private let marks = Mutex<[(stage: BuildStage, start: Date, peak: Int?)]>([])

    public init() {}

    /// Forgets earlier stages (between the rebuilds of a preview).
    public func reset() { marks.withLock { $0 = [] } }

    /// Wraps a progress handler (or none) so that stage changes are timed.
    public func observing(_ inner: ProgressHandler?) -> ProgressHandler {
        { [self] stage, done, total in
            marks.withLock { marks in
                if marks.last?.stage != stage { marks.append((stage, Date(), Self.peakResidentBytes())) }
            }
            inner?(stage, done, total)
        }
    }

    /// "Loading 12 ms, 80 MiB · Markdown 1.20 s, 250 MiB · …": each stage
    /// until the next one or `end`, and the peak resident memory by then
    /// (where the system reports it).
    public func summary(until end: Date = Date()) -> String {
        let marks = self.marks.withLock { $0 }
        let last = Self.peakResidentBytes()
        return marks.indices.map { k in
            let next = k + 1 < marks.count ? marks[k + 1] : nil
            let time = Elapsed.text((next?.start ?? end).timeIntervalSince(marks[k].start), msDecimals: 1)
            let peak = (next != nil ? next?.peak : last).map { ", \($0 >> 20) MiB" } ?? ""
            return "\(marks[k].stage.rawValue) \(time)\(peak)"
        }.joined(separator: " · ")
    }

    /// The process's peak resident set size so far (`VmHWM`), on Linux.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}
