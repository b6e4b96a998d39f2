import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacMarkdown
import AlmanacRender
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
/// `update(changed:)` re-parses the changed files, relinks, and renders only
/// the pages whose inputs changed (`serve` uses it).
public struct SiteSession: Sendable {
    public let root: URL
    public var baseURL: String?
    public var progress: ProgressHandler?
    public var decorateHTML: (@Sendable (String) -> String)?
    /// When true (`serve`), an update leaves the search index for
    /// `refreshSearch()`, so the reload does not wait for it.
    public var deferSearch = false
    /// Whether the search index is behind the pages.
    public private(set) var searchPending = false
    /// False for `check`: everything but rendering and writing pages.
    public var renderPages = true
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
    var signatures: [String: Int] = [:]
    /// Output path → hash of the bytes last produced there.
    var produced: [String: Int] = [:]
    /// Paths of the listing pages (timeline, tags, alias pages, feeds) last rendered.
    var listingPaths: Set<String> = []
    /// The graph of the last build or update.
    public private(set) var linked: LinkedSite?
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

    /// Runs every stage on every file.
    public mutating func build() -> Update {
        loadSettings()
        progress?(.loading, 0, 1)
        let folder = ContentLoader.load(siteRoot: root)
        loadDiagnostics = folder.diagnostics
        parsed = [:]
        progress?(.markdown, 0, folder.files.count)
        let (files, home) = parser.parse(folder.files, home: folder.home)
        for (file, result) in zip(folder.files, files) { parsed[file.path] = result }
        homePath = folder.home?.path
        homeParsed = home
        modified = GitDates.lastCommits(root: root)
        signatures = [:]
        return assemble(full: true)
    }

    /// Applies edits to the given paths (relative to the site folder:
    /// `content/groups/x.md`, `templates/entry.mustache`, `almanac.yml`).
    public mutating func update(changed paths: Set<String>) -> Update {
        if templates == nil || paths.contains(where: { !$0.hasPrefix("content/") }) {
            return build()
        }
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
        return assemble(full: false)
    }

    /// Brings a deferred search index up to date: the files that changed
    /// and the index files that are gone.
    public mutating func refreshSearch() -> (changed: [OutputFile], removed: [String]) {
        guard searchPending, let linked, let templates else { return ([], []) }
        searchPending = false
        var renderer = PageRenderer(templates: templates, config: config)
        renderer.modified = modified
        let files = renderer.render(linked, PageRenderer.Selection(entries: [], typeIndexes: [], home: false, wanted: false, fixed: false, listings: false, maintenance: false, search: true))
        var changed: [OutputFile] = []
        for file in files where produced[file.path] != file.bytes.hashValue {
            produced[file.path] = file.bytes.hashValue
            changed.append(file)
        }
        let isSearchIndex: (String) -> Bool = { $0.hasPrefix("search/") && $0 != "search/index.html" }
        let now = Set(files.map(\.path))
        let removed = listingPaths.filter { isSearchIndex($0) && !now.contains($0) }.sorted()
        listingPaths = listingPaths.filter { !isSearchIndex($0) }.union(now)
        for path in removed { produced[path] = nil }
        return (changed, removed)
    }

    /// The per-file stages with this configuration's Markdown stage.
    var parser: FileParser { FileParser(config: config, markdown: markdown ?? InProcessMarkdown(allowRawHTML: config.allowRawHTML)) }

    mutating func loadSettings() {
        var (config, diagnostics) = SitePipeline.loadConfig(root: root)
        if let baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        if markdown == nil || config.allowRawHTML != self.config.allowRawHTML { markdown = makeMarkdownStage(config) }
        self.config = config
        configDiagnostics = diagnostics
        let (templates, problems) = TemplateSet.load(siteRoot: root)
        self.templates = templates
        templateDiagnostics = problems
    }

    /// Links everything and renders the pages whose inputs changed.
    mutating func assemble(full: Bool) -> Update {
        var diagnostics = configDiagnostics + templateDiagnostics + loadDiagnostics
        var entries: [Entry] = []
        var bodies: [RenderedBody] = []
        var hashes: [Int] = []
        let typeFolders = Set(config.types.map(\.folder))
        for path in parsed.keys.sorted() {
            let file = parsed[path]!
            diagnostics += file.diagnostics
            guard let entry = file.entry, let body = file.body else { continue }
            if entry.folder.isEmpty, SitePipeline.reservedNames.contains(entry.slug.lowercased()) || typeFolders.contains(entry.slug) {
                diagnostics.append(.error(SourceLocation(path: entry.path), "the URL /\(entry.slug)/ is taken by a generated page; rename the file"))
                continue
            }
            entries.append(entry)
            bodies.append(body)
            hashes.append(file.textHash)
        }
        diagnostics += homeParsed?.diagnostics ?? []
        progress?(.linking, 0, 1)
        let linked = Linker(config: config).link(entries: entries, bodies: bodies, home: homeParsed?.body, homePath: homePath ?? "content/index.md")
        diagnostics += linked.diagnostics
        diagnostics = Array(Set(diagnostics)).sorted()
        self.linked = linked

        progress?(.reports, 0, 1)
        let newSignatures = PageSignatures.compute(linked, config: config, fileHashes: hashes, home: homeParsed)
        var selection = PageRenderer.Selection.all(linked, config)
        let isFull = full || newSignatures["nav"] != signatures["nav"]
        if !isFull {
            selection.entries = Set(linked.entries.indices.filter { newSignatures[linked.entries[$0].outputPath] != signatures[linked.entries[$0].outputPath] })
            selection.typeIndexes = Set(config.types.map(\.name).filter { newSignatures["type:" + $0] != signatures["type:" + $0] })
            selection.home = newSignatures["index.html"] != signatures["index.html"]
            selection.wanted = newSignatures["wanted/index.html"] != signatures["wanted/index.html"]
            selection.fixed = false
            selection.listings = newSignatures["listings"] != signatures["listings"]
            selection.maintenance = newSignatures["maintenance"] != signatures["maintenance"]
            selection.search = newSignatures["search"] != signatures["search"]
            if deferSearch && selection.search {
                // `serve` sends the reload first and refreshes the index after.
                selection.search = false
                searchPending = true
            }
        }
        signatures = newSignatures
        var renderer = PageRenderer(templates: templates!, config: config, home: homeParsed.map { HomePage(title: $0.title ?? config.title, summary: $0.summary) })
        if homeParsed?.summary == nil { renderer.home.summary = config.description.isEmpty ? nil : config.description }
        renderer.decorateHTML = decorateHTML
        renderer.modified = modified
        // One report for the page and for `check`; updates that leave the page alone skip it.
        let report = full || selection.maintenance ? Maintenance.report(linked, config: config, modified: modified) : nil
        renderer.report = report
        progress?(.rendering, 0, 1)
        let files = renderPages ? renderer.render(linked, selection) : []
        var structural = Set(linked.entries.map(\.outputPath)).union(["index.html", "wanted/index.html", "404.html"])
        structural.formUnion(config.types.flatMap { [$0.folder + "/index.html", $0.folder + "/by-date.html"] })
        structural.formUnion(templates!.assets.keys.map { "assets/" + $0 })
        // Each kind of listing page replaces its own paths when re-rendered.
        let rendered = Set(files.map(\.path)).subtracting(structural)
        let isSearchIndex: (String) -> Bool = { $0.hasPrefix("search/") && $0 != "search/index.html" }
        let isMaintenance: (String) -> Bool = { $0 == "maintenance/index.html" }
        if selection.search { listingPaths = listingPaths.filter { !isSearchIndex($0) }.union(rendered.filter(isSearchIndex)) }
        if selection.maintenance { listingPaths = listingPaths.filter { !isMaintenance($0) }.union(rendered.filter(isMaintenance)) }
        if selection.listings {
            let other: (String) -> Bool = { !isSearchIndex($0) && !isMaintenance($0) }
            listingPaths = listingPaths.filter { !other($0) }.union(rendered.filter(other))
        }

        var changed: [OutputFile] = []
        for file in files {
            let hash = file.bytes.hashValue
            if produced[file.path] != hash { changed.append(file) }
            produced[file.path] = hash
        }
        let present = structural.union(listingPaths)
        let removed = produced.keys.filter { !present.contains($0) }.sorted()
        for path in removed { produced[path] = nil }
        let result = BuildResult(files: full ? files : changed, diagnostics: diagnostics, entryCount: entries.count, wantedCount: linked.wanted.count,
                                 report: full ? report ?? .empty : .empty)
        return Update(changed: changed, removed: removed, result: result, rendered: files.count, full: isFull)
    }
}
