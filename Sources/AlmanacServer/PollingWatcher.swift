import Foundation

/// Portable watcher: compares modification times and sizes every interval.
/// Used where inotify is not available (macOS, some container file systems).
public struct PollingWatcher: FileWatcher {
    let siteRoot: URL
    let interval: Duration

    public init(siteRoot: URL, interval: Duration = .milliseconds(250)) {
        self.siteRoot = siteRoot
        self.interval = interval
    }

    public func changes() -> AsyncStream<Set<String>> {
        let root = siteRoot
        let interval = interval
        return AsyncStream { continuation in
            let task = Task {
                var previous = PollingWatcher.scan(root)
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    let current = PollingWatcher.scan(root)
                    var changed = Set<String>()
                    for (path, stamp) in current where previous[path] != stamp { changed.insert(path) }
                    for path in previous.keys where current[path] == nil { changed.insert(path) }
                    previous = current
                    if !changed.isEmpty { continuation.yield(changed) }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    struct Stamp: Equatable {
        var modified: Date
        var size: Int
    }

    static func scan(_ root: URL) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let fm = FileManager.default
        func record(_ relative: String) {
            guard WatchedPaths.isRelevant(relative),
                let attributes = try? fm.attributesOfItem(atPath: root.appendingPathComponent(relative).path),
                attributes[.type] as? FileAttributeType != .typeDirectory
            else { return }
            stamps[relative] = Stamp(modified: attributes[.modificationDate] as? Date ?? .distantPast, size: (attributes[.size] as? Int) ?? 0)
        }
        for file in WatchedPaths.files { record(file) }
        for folder in WatchedPaths.folders {
            guard let walker = fm.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let relative as String in walker { record(folder + "/" + relative) }
        }
        return stamps
    }
}
