import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacQuery
import AlmanacMarkdown
import AlmanacRender
import AlmanacSearch
import AlmanacTemplate
import Foundation

/// One entry file after the per-file stages (front matter, Markdown),
/// kept between rebuilds so that an edit re-parses only what changed.
struct ParsedFile: Sendable {
    var entry: Entry?
    var body: RenderedBody?
    var diagnostics: [Diagnostic]
    /// Hash of the file's text: what the page depends on from the file itself.
    var textHash: Int
}

/// The site as the pipeline last saw it. `build()` runs every stage;
/// `update(changed:)` re-parses the changed files, relinks what they touch,
/// and renders only the pages whose inputs changed (`serve` uses it).
public struct SiteSession: Sendable {
    public let root: URL
    public var baseURL: String?
    public var progress: ProgressHandler?
    public var decorateHTML: (@Sendable (String) -> String)?
    /// Sees each template's values before it renders (for tests).
    public var inspectValues: (@Sendable (_ template: String, _ values: TemplateValue) -> Void)?
    /// When true (`serve`), an update renders the pages of the edited files
    /// first and leaves every other page it touches to `refreshDeferred()`,
    /// so the open page reloads without waiting for the rest.
    public var deferOtherPages = false
    /// False for `check`: everything but rendering and writing pages.
    public var renderPages = true
    /// True when no update will follow (`build`, `check`): the page
    /// signatures, which only updates compare, are not worked out, and
    /// bodies' HTML and plain text, each read once, wait in a `SpillFile`
    /// until their page and search terms are made instead of all in memory
    /// at once (they stay in memory if no such file can be made).
    public var oneShot = false
    var spill: SpillFile?
    /// Takes each page as it is rendered (`build` writes it to the staging
    /// folder); pages are then not kept, and results list none.
    public var sink: (@Sendable (OutputFile) -> Void)?
    /// Makes the Markdown stage for a configuration; in-process by default.
    public var makeMarkdownStage: @Sendable (SiteConfig) -> any MarkdownStage = { InProcessMarkdown(allowRawHTML: $0.allowRawHTML) }
    var markdown: (any MarkdownStage)?

    var config = SiteConfig()
    var configDiagnostics: [Diagnostic] = []
    var templates: TemplateSet?
    var templateDiagnostics: [Diagnostic] = []
    var parsed: [String: ParsedFile] = [:]
    var loadDiagnostics: [Diagnostic] = []
    var homePath: String?
    var homeParsed: ParsedHome?
    /// Entries that may not be published under their name (reserved URLs).
    var placementDiagnostics: [Diagnostic] = []
    /// Index in `linked.entries` by source path.
    var entryIndex: [String: Int] = [:]
    /// Index in `linked.entries` by output path.
    var pageIndex: [String: Int] = [:]
    var fileHashes: [Int] = []
    /// Each entry's type by position in the configuration.
    var entryTypes: [Int] = []
    var facets: [PageSignatures.Facets] = []
    /// Signatures of the pages as last rendered, and as they are now.
    var rendered: [String: Int] = [:]
    var latest: [String: Int] = [:]
    /// Signature keys whose pages wait for `refreshDeferred()`.
    var deferred: Set<String> = []
    /// Output path → hash of the bytes last produced there.
    var produced: [String: Int] = [:]
    /// Paths of the listing pages (timeline, tags, alias pages, feeds, search index) last rendered.
    var listingPaths: Set<String> = []
    /// Entry pages, indexes, home, wanted, 404 and assets.
    var structural: Set<String> = []
    /// Updates reuse neighbourhood pictures whose input did not change;
    /// one-shot builds draw each once and keep none.
    let neighbourhoods = NeighbourhoodCache()
    /// `serve` keeps the search index between edits, so one edit re-indexes one entry.
    var searchIndex = IncrementalSearchIndex()
    /// The graph of the last build or update.
    public internal(set) var linked: LinkedSite?
    /// Its query blocks, checked, and the index they run on (made after each link).
    public internal(set) var queries: SiteQueries?
    /// Last commit time of each source file, read once per full build.
    var modified: [String: String] = [:]

    public init(root: URL, baseURL: String? = nil, progress: ProgressHandler? = nil) {
        self.root = root
        self.baseURL = baseURL
        self.progress = progress
    }

    /// What a build or an update produced.
    public struct Update: Sendable {
        /// Files that are new or whose bytes changed since the last build.
        public var changed: [OutputFile]
        /// Output paths the site no longer has.
        public var removed: [String]
        public var result: BuildResult
        /// Pages rendered (changed or not).
        public var rendered: Int
        public var full: Bool
    }

    /// Whether pages wait for `refreshDeferred()`.
    public var hasDeferredPages: Bool { !deferred.isEmpty }

    /// Runs every stage on every file.
    public mutating func build() -> Update {
        loadSettings()
        progress?(.loading, 0, 1)
        var folder = ContentLoader.load(siteRoot: root)
        loadDiagnostics = folder.diagnostics
        parsed = [:]
        spill = oneShot ? SpillFile() : nil
        progress?(.markdown, 0, folder.files.count)
        let paths = folder.files.map(\.path)
        // Handed over whole, so the parser can free each text once it is read.
        let sources = folder.files
        folder.files = []
        let (files, home) = parser.parse(consume sources, home: folder.home)
        for (path, result) in zip(paths, files) { parsed[path] = result }
        homePath = folder.home?.path
        homeParsed = home
        modified = GitDates.lastCommits(root: root)
        rendered = [:]
        deferred = []
        return assemble(full: true, edited: [])
    }

    /// Applies edits to the given paths (relative to the site folder:
    /// `content/groups/x.md`, `templates/entry.mustache`, `almanac.yml`).
    public mutating func update(changed paths: Set<String>) -> Update {
        if templates == nil || paths.contains(where: { !$0.hasPrefix("content/") }) {
            return build()
        }
        progress?(.markdown, 0, paths.count)
        for path in paths.sorted() where path.hasSuffix(".md") {
            guard let file = ContentLoader.loadFile(siteRoot: root, path: path) else {
                parsed[path] = nil
                if path == "content/index.md" { homePath = nil; homeParsed = nil }
                continue
            }
            switch file {
            case .failure(let d):
                parsed[path] = ParsedFile(entry: nil, body: nil, diagnostics: [d], textHash: 0)
            case .success(let source) where path == "content/index.md":
                homePath = path
                homeParsed = parser.parse([], home: source).1
            case .success(let source):
                parsed[path] = parser.parse([source], home: nil).0[0]
            }
        }
        return assemble(full: false, edited: paths.filter { $0.hasSuffix(".md") })
    }

    /// The per-file stages with this configuration's Markdown stage.
    var parser: FileParser { FileParser(config: config, markdown: markdown ?? InProcessMarkdown(allowRawHTML: config.allowRawHTML), spill: spill) }

    mutating func loadSettings() {
        let (config, diagnostics) = ConfigLoader.load(root: root, baseURL: baseURL)
        if markdown == nil || config.allowRawHTML != self.config.allowRawHTML { markdown = makeMarkdownStage(config) }
        self.config = config
        configDiagnostics = diagnostics
        let (templates, problems) = TemplateSet.load(siteRoot: root)
        self.templates = templates
        templateDiagnostics = problems
    }
}
