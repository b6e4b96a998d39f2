import AlmanacSite
import ArgumentParser
import Foundation

/// `--site DIR`, shared by every command.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The wiki's folder (holding content/).")
    var site: String = "."

    var root: URL { URL(fileURLWithPath: site).standardizedFileURL }
}

extension SiteOptions {
    /// The one pipeline every command runs, with Markdown in worker
    /// processes (so a crashing input cannot take `graph` or `query` down either).
    func session(baseURL: String? = nil, progress: ProgressHandler? = nil) -> SiteSession {
        SiteSession(root: root, baseURL: baseURL, progress: progress, markdown: MarkdownStageChoice.factory)
    }
}
