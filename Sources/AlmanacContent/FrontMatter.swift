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
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .success(SplitSource(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        for index in 1..<lines.count where lines[index].trimmingTrailingSpaces == "---" || lines[index].trimmingTrailingSpaces == "..." {
            let yaml = lines[1..<index].joined(separator: "\n")
            let body = lines[(index + 1)...].joined(separator: "\n")
            return .success(SplitSource(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: index + 2))
        }
        return .failure(.error(SourceLocation(path: path, line: 1, column: 1), "front matter opened with '---' is never closed (add a line '---' after the last field)"))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}

