import Foundation

/// Reports which files under a site changed, as paths relative to the site
/// folder. Editors save in bursts (atomic renames, swap files, a checkout
/// of hundreds of files): a burst arrives as one batch.
public protocol FileWatcher: Sendable {
    /// Batches of changed paths until the stream is cancelled.
    func changes() -> AsyncStream<Set<String>>
}

/// What a watcher looks at in a site: `content/`, `templates/` and
/// `almanac.yml`, minus hidden files, editor swap and backup files.
public enum WatchedPaths {
    public static let folders = ["content", "templates"]
    public static let files = ["almanac.yml"]

    public static func isRelevant(_ relative: String) -> Bool {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasPrefix("#") || name.hasSuffix(".tmp") {
            return false
        }
        if files.contains(relative) { return true }
        return folders.contains { relative.hasPrefix($0 + "/") }
    }

    /// The best watcher for this system: inotify on Linux, else polling.
    public static func watcher(siteRoot: URL) -> any FileWatcher {
        #if os(Linux)
        if let inotify = InotifyWatcher(siteRoot: siteRoot) { return inotify }
        #endif
        return PollingWatcher(siteRoot: siteRoot)
    }
}

/// Collects events until the burst is over: `quiet` without a new event, or
/// `longest` after the first one.
struct Coalescer {
    var quiet: Duration = .milliseconds(20)
    var longest: Duration = .milliseconds(400)
}
