import AlmanacContent
import AlmanacCore
import AlmanacGraph
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

/// How `publish(to:)` ended.
public enum BuildOutcome: Sendable {
    /// The output now holds the new site.
    case built(BuildResult)
    /// Errors were found; the output was left as it was.
    case failed(BuildResult)
    /// The output folder was refused; nothing ran.
    case refused(String)
}

/// The one-shot runs of the session, one per command: `build` publishes,
/// `check`, `graph` and `query` link without rendering. `serve` keeps the
/// session and calls `update(changed:)`.
extension SiteSession {
    /// Every stage but rendering and writing: every diagnostic and report is
    /// still found, and `linked` and `queries` hold the graph afterwards.
    public mutating func check() -> BuildResult {
        renderPages = false
        oneShot = true
        sink = nil
        return build().result
    }

    /// `build`: refuses a dangerous output, renders every page straight to
    /// a staging folder, and replaces the output only when there was no error.
    /// Consuming: nothing is kept of a published build.
    public consuming func publish(to output: URL? = nil) throws -> BuildOutcome {
        let output = output ?? root.appendingPathComponent("public")
        if let refusal = OutputWriter.check(output: output, siteRoot: root) { return .refused(refusal.description) }
        let staging = try OutputStaging(output: output)
        renderPages = true
        oneShot = true
        sink = { staging.write($0) }
        let result = build().result
        if result.diagnostics.hasErrors {
            staging.discard()
            return .failed(result)
        }
        progress?(.writing, 0, 1)
        try staging.commit()
        return .built(result)
    }

    /// A one-shot session with its Markdown stage (worker processes from the CLI).
    public init(root: URL, baseURL: String? = nil, progress: ProgressHandler? = nil,
                markdown: (@Sendable (SiteConfig) -> any MarkdownStage)?) {
        self.init(root: root, baseURL: baseURL, progress: progress)
        if let markdown { makeMarkdownStage = markdown }
    }
}
