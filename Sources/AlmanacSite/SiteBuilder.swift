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
        // Pages go to disk as they are rendered; the output is replaced only at the end.
        let staging = try OutputStaging(output: output)
        pipeline.sink = { staging.write($0) }
        let result = pipeline.run()
        if result.diagnostics.hasErrors {
            staging.discard()
            return .failed(result)
        }
        progress?(.writing, 0, 1)
        try staging.commit()
        return .built(result)
    }
}
