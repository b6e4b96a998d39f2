import AlmanacCore
import AlmanacMarkdown

/// One body to render, with where it comes from for diagnostics.
public struct MarkdownJob: Sendable {
    public var body: String
    public var firstLine: Int
    public var path: String
}

/// How the Markdown stage runs: in this process (one parser at a time,
/// since libcmark-gfm is not thread-safe) or in worker processes, which also
/// contain a parser that crashes or hangs on hostile input.
public protocol MarkdownStage: Sendable {
    /// Results in the order of `jobs`; a body the parser could not finish is
    /// a diagnostic naming the file. With `spill`, each body's HTML and
    /// plain text are set aside in it as the body is made (kept in memory
    /// where the file cannot take them).
    func render(_ jobs: consuming [MarkdownJob], spill: SpillFile?) -> [Result<RenderedBody, Diagnostic>]
}

extension MarkdownStage {
    public func render(_ jobs: consuming [MarkdownJob]) -> [Result<RenderedBody, Diagnostic>] {
        render(jobs, spill: nil)
    }
}

/// The Markdown stage in this process.
public struct InProcessMarkdown: MarkdownStage {
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool) { self.allowRawHTML = allowRawHTML }

    public func render(_ jobs: consuming [MarkdownJob], spill: SpillFile?) -> [Result<RenderedBody, Diagnostic>] {
        let renderer = MarkdownRenderer(allowRawHTML: allowRawHTML)
        return jobs.map { job in
            let body = renderer.render(job.body, firstLine: job.firstLine)
            return .success(spill.map { body.spilled(to: $0) } ?? body)
        }
    }
}

extension RenderedBody {
    /// This body with its HTML and plain text written to `file` (one write),
    /// or as it is when the file cannot take them.
    func spilled(to file: SpillFile) -> RenderedBody {
        var bytes = Array(html.utf8)
        let htmlCount = bytes.count
        bytes.append(contentsOf: plainText.utf8)
        guard let offset = bytes.withUnsafeBytes({ file.append($0) }) else { return self }
        var body = self
        body.storedHTML = StoredText(spilled: file, offset: offset, count: htmlCount)
        body.storedPlainText = StoredText(spilled: file, offset: offset + htmlCount, count: bytes.count - htmlCount)
        return body
    }
}
