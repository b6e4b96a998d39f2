import AlmanacCore
import Foundation

extension ConfigLoader {
    /// `almanac.yml` under `root` (the defaults when there is none), with
    /// `baseURL` (from `--base-url`) in place of `base_url` when given: the
    /// one place settings are read, for every command.
    public static func load(root: URL, baseURL: String? = nil) -> (SiteConfig, [Diagnostic]) {
        var (config, diagnostics) = read(root: root)
        if let baseURL { config.baseURL = SiteConfig.withTrailingSlash(baseURL) }
        return (config, diagnostics)
    }

    static func read(root: URL) -> (SiteConfig, [Diagnostic]) {
        let path = root.appendingPathComponent(fileName).path
        guard let data = FileManager.default.contents(atPath: path) else { return (SiteConfig(), []) }
        guard let text = String(validating: data, as: UTF8.self) else {
            return (SiteConfig(), [.error(SourceLocation(path: fileName), "almanac.yml is not valid UTF-8")])
        }
        return parse(text)
    }
}

extension SiteConfig {
    /// A base URL as links are made from it: ending in `/`.
    public static func withTrailingSlash(_ url: String) -> String { url.hasSuffix("/") ? url : url + "/" }
}
