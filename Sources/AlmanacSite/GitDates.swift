import Foundation

/// When each file was last committed, from one `git log` for the whole
/// site (not one per file): feed and sitemap dates for entries whose front
/// matter has no `updated:`.
enum GitDates {
    /// RFC 3339 times by path relative to `root`; empty outside a git work tree.
    static func lastCommits(root: URL) -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path, "log", "--format=@%ct", "--name-only", "--relative", "--", "content"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return [:] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [:] }
        var dates: [String: String] = [:]
        var current: String?
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("@"), let seconds = TimeInterval(line.dropFirst()) {
                current = formatter.string(from: Date(timeIntervalSince1970: seconds))
            } else if let current, dates[String(line)] == nil {
                // Newest commits come first: the first time a path appears is its last change.
                dates[String(line)] = current
            }
        }
        return dates
    }
}
