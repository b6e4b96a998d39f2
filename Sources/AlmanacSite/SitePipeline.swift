import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacMarkdown
import AlmanacRender
import Foundation

/// What one run of the pipeline produced.
public struct BuildResult: Sendable {
    /// The files, unless a sink took them as they were made.
    public var files: [OutputFile]
    /// How many files the build made.
    public var fileCount: Int
    public var diagnostics: [Diagnostic]
    public var entryCount: Int
    public var wantedCount: Int
    /// Orphans, dead ends, unsourced claims and the other maintenance reports.
    public var report: MaintenanceReport
}

/// The pipeline: load → parse front matter → Markdown → link → render.
/// Writing is left to `OutputWriter`, so `check` runs the same code.
public struct SitePipeline: Sendable {
    public var root: URL
    public var progress: ProgressHandler?
    /// Overrides `base_url` from almanac.yml.
    public var baseURL: String?
    /// Makes the Markdown stage (worker processes in the CLI); in-process when nil.
    public var makeMarkdownStage: (@Sendable (SiteConfig) -> any MarkdownStage)?
    /// Takes each file as it is rendered instead of the result holding them.
    public var sink: (@Sendable (OutputFile) -> Void)?

    public init(root: URL, baseURL: String? = nil, progress: ProgressHandler? = nil) {
        self.root = root
        self.baseURL = baseURL
        self.progress = progress
    }

    public func loadConfig() -> (SiteConfig, [Diagnostic]) {
        ConfigLoader.load(root: root, baseURL: baseURL)
    }

    /// Runs every stage; writes nothing. Without `render`, pages are not
    /// rendered either (`check`): every diagnostic and report is still found.
    public func run(render: Bool = true) -> BuildResult {
        var session = SiteSession(root: root, baseURL: baseURL, progress: progress)
        session.renderPages = render
        session.oneShot = true
        session.sink = sink
        if let makeMarkdownStage { session.makeMarkdownStage = makeMarkdownStage }
        return session.build().result
    }
}
