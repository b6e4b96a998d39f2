import AlmanacContent
import AlmanacCore
import Foundation

/// `build` as one call: refuse a dangerous output, run the pipeline, and
/// replace the output only when there was no error.
public enum SiteBuilder {
    public enum Outcome: Sendable {
        /// The output now holds the new site.
        case built(BuildResult)
        /// Errors were found; the output was left as it was.
        case failed(BuildResult)
        /// The output folder was refused; nothing ran.
        case refused(String)
    }

    public static func build(root: URL, output: URL? = nil, baseURL: String? = nil, progress: ProgressHandler? = nil,
                             markdown: (@Sendable (SiteConfig) -> any MarkdownStage)? = nil) throws -> Outcome {
        let output = output ?? root.appendingPathComponent("public")
        if let refusal = OutputWriter.check(output: output, siteRoot: root) { return .refused(refusal.description) }
        var pipeline = SitePipeline(root: root, baseURL: baseURL, progress: progress)
        pipeline.makeMarkdownStage = markdown
        let result = pipeline.run()
        if result.diagnostics.hasErrors { return .failed(result) }
        try OutputWriter.write(result.files, to: output, progress: progress)
        return .built(result)
    }
}
