import AlmanacContent
import Foundation
import Synchronization
import AlmanacCore
import AlmanacGraph
import AlmanacSearch

/// Renders the linked site through the templates into output files.
public struct PageRenderer: Sendable {
    public var templates: TemplateSet
    public var config: SiteConfig
    public var home: HomePage
    /// Applied to every HTML page after rendering: `serve` adds its
    /// live-reload script here, so `build` output never has it.
    public var decorateHTML: (@Sendable (String) -> String)?
    /// RFC 3339 time of each source file's last commit, by path (feeds, sitemap).
    public var modified: [String: String] = [:]
    /// The maintenance report when the caller has it already; computed otherwise.
    public var report: MaintenanceReport?

    public init(templates: TemplateSet, config: SiteConfig, home: HomePage? = nil) {
        self.templates = templates
        self.config = config
        self.home = home ?? HomePage(title: config.title, summary: config.description.isEmpty ? nil : config.description)
    }

    /// Which pages to render; `all` is a full build.
    public struct Selection: Sendable {
        public var entries: Set<Int>
        public var typeIndexes: Set<String>
        public var home: Bool
        public var wanted: Bool
        /// The 404 page and the assets.
        public var fixed: Bool
        /// Pages made from listings of all entries: timeline, tags, alias
        /// pages, sitemap, feed.
        public var listings: Bool
        /// The maintenance page (it depends on every body's citations and links).
        public var maintenance: Bool
        /// The search index (it holds every body's text).
        public var search: Bool

        public init(entries: Set<Int>, typeIndexes: Set<String>, home: Bool, wanted: Bool, fixed: Bool, listings: Bool, maintenance: Bool, search: Bool) {
            self.entries = entries
            self.typeIndexes = typeIndexes
            self.home = home
            self.wanted = wanted
            self.fixed = fixed
            self.listings = listings
            self.maintenance = maintenance
            self.search = search
        }

        public static func all(_ site: LinkedSite, _ config: SiteConfig) -> Selection {
            Selection(entries: Set(site.entries.indices), typeIndexes: Set(config.types.map(\.name)), home: true, wanted: true, fixed: true, listings: true, maintenance: true, search: true)
        }
    }

    /// Every page and asset of the site, sorted by path.
    public func render(_ site: LinkedSite) -> [OutputFile] {
        render(site, .all(site, config))
    }

    /// One unit of rendering work; all of a build's run side by side.
    enum Job {
        case search, listings, maintenance, home, wanted, fixed
        case typeIndex(TypeSchema)
        case entry(Int)
    }

    /// The selected pages, sorted by path.
    public func render(_ site: LinkedSite, _ selection: Selection) -> [OutputFile] {
        let files = Mutex<[OutputFile]>([])
        _ = render(site, selection) { file in files.withLock { $0.append(file) } }
        return files.withLock { $0 }.sorted { $0.path < $1.path }
    }

    /// Hands each selected page to `sink` as soon as it is rendered (from
    /// any thread, in no set order) and keeps none; returns their paths, sorted.
    public func render(_ site: LinkedSite, _ selection: Selection, sink: @Sendable (OutputFile) -> Void) -> [String] {
        let context = PageContext(site: site, config: config, home: home, modified: modified)
        let work = jobs(selection)
        let paths = Slots<[String]>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { k in
            let files = run(work[k], site, context)
            for file in files { sink(file) }
            paths[k] = files.map(\.path)
        }
        return paths.all.flatMap { $0 }.sorted()
    }

    /// What the search index is built from: one document per entry.
    public func searchDocuments(_ site: LinkedSite) -> [SearchDocument] {
        PageContext(site: site, config: config, home: home, modified: modified).searchDocuments()
    }

    /// The long single jobs first, so they overlap the entry pages instead
    /// of following them; then every entry page, spread over every core.
    func jobs(_ selection: Selection) -> [Job] {
        var jobs: [Job] = []
        if selection.search { jobs.append(.search) }
        if selection.listings { jobs.append(.listings) }
        if selection.maintenance { jobs.append(.maintenance) }
        if selection.home { jobs.append(.home) }
        if selection.wanted { jobs.append(.wanted) }
        if selection.fixed { jobs.append(.fixed) }
        for type in config.types where selection.typeIndexes.contains(type.name) { jobs.append(.typeIndex(type)) }
        return jobs + selection.entries.sorted().map { .entry($0) }
    }

    func run(_ job: Job, _ site: LinkedSite, _ context: PageContext) -> [OutputFile] {
        switch job {
        case .entry(let i):
            return [page(site.entries[i].outputPath, "entry", context.entryContext(i))]
        case .typeIndex(let type):
            return [
                page(type.folder + "/index.html", "index", context.indexContext(type)),
                page(type.folder + "/by-date.html", "index", context.indexContext(type, byDate: true)),
            ]
        case .listings:
            return listings(site, context)
        case .maintenance:
            let report = self.report ?? Maintenance.report(site, config: config, modified: modified)
            return [page("maintenance/index.html", "maintenance", context.maintenanceContext(report))]
        case .search:
            return SearchIndex.build(context.searchDocuments()).map { OutputFile(path: $0.path, bytes: $0.bytes) }
        case .home:
            return [page("index.html", "home", context.homeContext())]
        case .wanted:
            return [page("wanted/index.html", "wanted", context.wantedContext())]
        case .fixed:
            var notFound = context.common(path: "404.html", title: "Page not found", kind: "404", description: nil, canonicalPath: nil)
            if let base = config.baseURL { notFound["root"] = base }
            return [page("404.html", "404", notFound)] + templates.assets.map { OutputFile(path: "assets/" + $0.key, bytes: $0.value) }
        }
    }

    /// Timeline, tags, the graph and search pages, alias pages, and — with a
    /// base URL — sitemap, feed, robots.txt.
    func listings(_ site: LinkedSite, _ context: PageContext) -> [OutputFile] {
        var files: [OutputFile] = [page("timeline/index.html", "timeline", context.timelineContext(only: nil))]
        let dated = Set(Timeline.all(site).map { site.entries[$0.entry].type })
        for type in config.types where dated.contains(type.name) {
            files.append(page("timeline/\(type.name)/index.html", "timeline", context.timelineContext(only: type)))
        }
        files.append(page("tags/index.html", "tags", context.tagsContext()))
        files.append(page("graph/index.html", "graph", context.siteGraphContext()))
        files.append(page("search/index.html", "search", context.searchPageContext()))
        for tag in Tags.all(site) { files.append(page("tags/\(tag.slug)/index.html", "tag", context.tagContext(tag))) }
        for alias in AliasPages.all(site) {
            let (template, values) = context.aliasContext(alias)
            if template == "redirect" {
                files.append(OutputFile(path: alias.path, text: templates.render("redirect", values)))
            } else {
                files.append(page(alias.path, template, values))
            }
        }
        if let base = config.baseURL {
            files.append(OutputFile(path: "sitemap.xml", text: templates.render("sitemap", context.sitemapContext(base: base))))
            files.append(OutputFile(path: "atom.xml", text: templates.render("atom", context.feedContext(base: base))))
            files.append(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(base)sitemap.xml\n"))
        } else {
            files.append(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n"))
        }
        return files
    }

    /// One page: the kind's template, then the layout around it.
    func page(_ path: String, _ template: String, _ context: [String: Any]) -> OutputFile {
        var context = context
        context["content"] = templates.render(template, context)
        let html = templates.render("layout", context)
        return OutputFile(path: path, text: decorateHTML?(html) ?? html)
    }
}

/// The home page's own title and summary (from `content/index.md`).
public struct HomePage: Sendable {
    public var title: String
    public var summary: String?

    public init(title: String, summary: String?) {
        self.title = title
        self.summary = summary
    }
}

