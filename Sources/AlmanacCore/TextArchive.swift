import Foundation

/// A folder written as one text, Hugo-style: `-- path --` starts each file.
/// Test sites are written inline this way, so a test shows its whole input.
public enum TextArchive {
    /// Parses the archive into (path, contents) pairs, in order.
    public static func parse(_ archive: String) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        var current: String?
        var lines: [Substring] = []
        func flush() {
            if let current { files.append((current, lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))) }
        }
        for line in archive.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                current = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else if current != nil {
                lines.append(line)
            }
        }
        flush()
        return files.map { file in
            var text = file.text
            while text.hasSuffix("\n\n") { text.removeLast() }
            return (file.path, text)
        }
    }

    /// Writes the archive into a new temporary folder and returns it.
    public static func write(_ archive: String, into folder: URL? = nil) throws -> URL {
        let root = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("almanac-test-\(UUID().uuidString)")
        for file in parse(archive) {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }
}
