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
    /// a diagnostic naming the file.
    func render(_ jobs: consuming [MarkdownJob]) -> [Result<RenderedBody, Diagnostic>]
}

/// The Markdown stage in this process.
public struct InProcessMarkdown: MarkdownStage {
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool) { self.allowRawHTML = allowRawHTML }

    public func render(_ jobs: consuming [MarkdownJob]) -> [Result<RenderedBody, Diagnostic>] {
        let renderer = MarkdownRenderer(allowRawHTML: allowRawHTML)
        return jobs.map { .success(renderer.render($0.body, firstLine: $0.firstLine)) }
    }
}
