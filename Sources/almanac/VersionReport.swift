import AlmanacMarkdown
import AlmanacRender

/// `almanac --version`: ours and the linked cmark-gfm's, with a warning
/// when that one lacks the 2023 security fixes (fixed in 0.29.0.gfm.13).
enum VersionReport {
    static var text: String {
        let cmark = MarkdownRenderer.libraryVersion
        var lines = ["almanac \(AlmanacVersion.string)", "cmark-gfm \(cmark)"]
        if isOlderThanFixed(cmark) {
            lines.append("warning: cmark-gfm \(cmark) is older than 0.29.0.gfm.13 and lacks fixes for CVE-2023-22483, -22484, -22486, -24824, -26485, -37463 (slow or crashing inputs); Almanac caps entry size, but prefer a newer library")
        }
        return lines.joined(separator: "\n")
    }

    static func isOlderThanFixed(_ version: String) -> Bool {
        let numbers = version.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.lexicographicallyPrecedes([0, 29, 0, 13])
    }
}
