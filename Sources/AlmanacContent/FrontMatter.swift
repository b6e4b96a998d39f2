import AlmanacCore
import Foundation

/// A source file cut into its YAML front matter and Markdown body, keeping
/// where each starts so that positions can be reported in the whole file.
public struct SplitSource: Sendable {
    /// The YAML between the fences, or nil when the file has none.
    public var yaml: String?
    /// Line of the file on which the YAML's first line stands.
    public var yamlFirstLine: Int
    public var body: String
    /// Line of the file on which the body's first line stands.
    public var bodyFirstLine: Int
}

public enum FrontMatter {
    /// Splits `---\n…\n---\n` off the top of a file. A byte-order mark and
    /// CRLF line ends are accepted; an opening fence without a closing one
    /// is an error at the opening fence.
    public static func split(_ raw: String, path: String) -> Result<SplitSource, Diagnostic> {
        var text = raw
        // Byte tests: `hasPrefix` and `contains` on String normalise and
        // search through Foundation, and were a fifth of reading a file.
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst() }
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Line by line over UTF-8: splitting the whole file into Characters
        // (grapheme breaking) was a tenth of a large build.
        let utf8 = text.utf8
        func lineEnd(_ start: String.Index) -> String.Index { utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex }
        func isFence(_ start: String.Index, _ end: String.Index, _ mark: UInt8) -> Bool {
            var bytes = utf8[start..<end]
            while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
            return bytes.count == 3 && bytes.allSatisfy { $0 == mark }
        }
        let firstEnd = lineEnd(utf8.startIndex)
        guard isFence(utf8.startIndex, firstEnd, 0x2D), firstEnd < utf8.endIndex else {
            if isFence(utf8.startIndex, firstEnd, 0x2D) {
                return .failure(.error(SourceLocation(path: path, line: 1, column: 1), "front matter opened with '---' is never closed (add a line '---' after the last field)"))
            }
            return .success(SplitSource(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        let yamlStart = utf8.index(after: firstEnd)
        var start = yamlStart
        var line = 2
        while true {
            let end = lineEnd(start)
            if isFence(start, end, 0x2D) || isFence(start, end, 0x2E) {
                // The YAML ends before the newline that precedes the fence.
                let yaml = start == yamlStart ? "" : String(text[yamlStart..<utf8.index(before: start)])
                let body = end == utf8.endIndex ? "" : String(text[utf8.index(after: end)...])
                return .success(SplitSource(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: line + 1))
            }
            if end == utf8.endIndex { break }
            start = utf8.index(after: end)
            line += 1
        }
        return .failure(.error(SourceLocation(path: path, line: 1, column: 1), "front matter opened with '---' is never closed (add a line '---' after the last field)"))
    }
}
