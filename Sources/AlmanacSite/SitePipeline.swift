import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacMarkdown
import AlmanacRender
import Foundation

/// What one run of the pipeline produced.
public struct BuildResult: Sendable {
    public var files: [OutputFile]
    public var diagnostics: [Diagnostic]
    public var entryCount: Int
    public var wantedCount: Int
}

/// The pipeline: load → parse front matter → Markdown → link → render.
/// Writing is left to `OutputWriter`, so `check` runs the same code.
public struct SitePipeline: Sendable {
    public var root: URL
    public var progress: ProgressHandler?
    /// Overrides `base_url` from almanac.yml.
    public var baseURL: String?

    public init(root: URL, baseURL: String? = nil, progress: ProgressHandler? = nil) {
        self.root = root
        self.baseURL = baseURL
        self.progress = progress
    }

    /// Top-level names taken by generated pages; an entry at the root of
    /// content/ may not use them.
    static let reservedNames: Set<String> = ["assets", "wanted", "index", "404", "search", "tags", "timeline", "graph"]

    public func loadConfig() -> (SiteConfig, [Diagnostic]) {
        let path = root.appendingPathComponent(ConfigLoader.fileName).path
        guard let data = FileManager.default.contents(atPath: path) else { return (SiteConfig(), []) }
        guard let text = String(validating: data, as: UTF8.self) else {
            return (SiteConfig(), [.error(SourceLocation(path: ConfigLoader.fileName), "almanac.yml is not valid UTF-8")])
        }
        var (config, diagnostics) = ConfigLoader.parse(text)
        if let baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        return (config, diagnostics)
    }

    public func run() -> BuildResult {
        var (config, diagnostics) = loadConfig()
        if config.title.isEmpty { config.title = "Almanac" }
        progress?(.loading, 0, 1)
        let folder = ContentLoader.load(siteRoot: root)
        diagnostics += folder.diagnostics

        let decoder = EntryDecoder(config: config)
        var entries: [Entry] = []
        entries.reserveCapacity(folder.files.count)
        let typeFolders = Set(config.types.map(\.folder))
        for file in folder.files {
            let (entry, problems) = decoder.decode(file)
            diagnostics += problems
            guard let entry else { continue }
            if entry.folder.isEmpty, SitePipeline.reservedNames.contains(entry.slug.lowercased()) || typeFolders.contains(entry.slug) {
                diagnostics.append(.error(SourceLocation(path: entry.path), "the URL /\(entry.slug)/ is taken by a generated page; rename the file"))
                continue
            }
            entries.append(entry)
        }

        let renderer = MarkdownRenderer(allowRawHTML: config.allowRawHTML)
        var bodies: [RenderedBody] = []
        bodies.reserveCapacity(entries.count)
        for (n, entry) in entries.enumerated() {
            bodies.append(renderer.render(entry.body, firstLine: entry.bodyFirstLine))
            if n % 256 == 0 { progress?(.markdown, n, entries.count) }
        }
        var home: RenderedBody?
        var homeTitle: String?
        var homeSummary: String?
        if let homeFile = folder.home {
            switch FrontMatter.split(homeFile.text, path: homeFile.path) {
            case .success(let split):
                if let yaml = split.yaml {
                    switch YAMLReader.read(yaml, path: homeFile.path, firstLine: split.yamlFirstLine) {
                    case .failure(let d): diagnostics.append(d)
                    case .success(.some(.mapping(let pairs, _))):
                        for pair in pairs {
                            switch (pair.key, pair.value.string) {
                            case ("title", let value?): homeTitle = value
                            case ("summary", let value?): homeSummary = value
                            default: diagnostics.append(.error(pair.keyLocation, "the home page takes only 'title' and 'summary'"))
                            }
                        }
                    case .success(.none): break
                    case .success(.some(let other)): diagnostics.append(.error(other.location, "front matter must be a mapping of fields, not \(other.kindName)"))
                    }
                }
                home = renderer.render(split.body, firstLine: split.bodyFirstLine)
            case .failure(let d): diagnostics.append(d)
            }
        }

        progress?(.linking, 0, 1)
        let linked = Linker(config: config).link(entries: entries, bodies: bodies, home: home)
        diagnostics += linked.diagnostics

        progress?(.rendering, 0, 1)
        let (templates, templateProblems) = TemplateSet.load(siteRoot: root)
        diagnostics += templateProblems
        let homePage = HomePage(title: homeTitle ?? config.title, summary: homeSummary ?? (config.description.isEmpty ? nil : config.description))
        let files = PageRenderer(templates: templates, config: config, home: homePage).render(linked)
        return BuildResult(files: files, diagnostics: Array(Set(diagnostics)).sorted(), entryCount: entries.count, wantedCount: linked.wanted.count)
    }
}
