import AlmanacContent
import Foundation
import Synchronization
import AlmanacCore
import AlmanacGraph
import AlmanacQuery
import AlmanacSearch
import AlmanacTemplate

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
    /// The maintenance report, made once by the caller; the maintenance page shows it.
    public var report: MaintenanceReport?
    /// The site's query blocks, checked once by the caller; nil renders them as nothing.
    public var queries: SiteQueries?
    /// Neighbourhood pictures kept from earlier renders (`serve`); nil draws each anew.
    public var neighbourhoods: NeighbourhoodCache?
    /// Sees each template's values before it renders (tests hold them to `PageModel`).
    public var inspect: (@Sendable (_ template: String, _ values: TemplateValue) -> Void)?
    /// Fragments the same on many pages (the navigation at each depth),
    /// rendered once by this renderer: one per build or update, since what
    /// they show (which types have entries) can change between them.
    let fragments = FragmentCache()

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
    indirect enum Job {
        case search, listings, maintenance, home, wanted, fixed
        case typeIndex(TypeSchema)
        case entry(Int)
        /// Jobs run one after another on one thread.
        case inTurn([Job])
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
        let context = {
            var context = PageContext(site: site, config: config, home: home, modified: modified, neighbourhoods: neighbourhoods)
            context.queries = queries
            context.templates = templates
            return context
        }()
        let work = jobs(selection)
        let paths = Slots<[String]>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { k in
            var written: [String] = []
            run(work[k], site, context) { file in
                written.append(file.path)
                sink(file)
            }
            paths[k] = written
        }
        return paths.all.flatMap { $0 }.sorted()
    }

    /// What the search index is built from: one document per entry.
    public func searchDocuments(_ site: LinkedSite) -> [SearchDocument] {
        PageContext(site: site, config: config, home: home, modified: modified).searchDocuments()
    }

    /// The long single jobs first, so they overlap the entry pages instead
    /// of following them; then every entry page, spread over every core.
    /// The long ones take turns on one thread: each holds a site-wide
    /// structure while it runs, and side by side they set the build's peak memory.
    func jobs(_ selection: Selection) -> [Job] {
        var jobs: [Job] = []
        var long: [Job] = []
        if selection.search { long.append(.search) }
        if selection.listings { long.append(.listings) }
        if selection.maintenance { long.append(.maintenance) }
        if !long.isEmpty { jobs.append(long.count == 1 ? long[0] : .inTurn(long)) }
        if selection.home { jobs.append(.home) }
        if selection.wanted { jobs.append(.wanted) }
        if selection.fixed { jobs.append(.fixed) }
        for type in config.types where selection.typeIndexes.contains(type.name) { jobs.append(.typeIndex(type)) }
        return jobs + selection.entries.sorted().map { .entry($0) }
    }

    /// Renders a job's files, handing each to `emit` as soon as it is made.
    func run(_ job: Job, _ site: LinkedSite, _ context: PageContext, emit: (OutputFile) -> Void) {
        switch job {
        case .entry(let i):
            emit(page(site.entries[i].outputPath, "entry", context.entryContext(i)))
        case .typeIndex(let type):
            emit(page(type.folder + "/index.html", "index", context.indexContext(type)))
            emit(page(type.folder + "/by-date.html", "index", context.indexContext(type, byDate: true)))
        case .listings:
            listings(site, context, emit: emit)
        case .maintenance:
            // Made once by the caller, which reports it to `check` as well.
            guard let report else { break }
            emit(page("maintenance/index.html", "maintenance", context.maintenanceContext(report)))
            // The claims' statuses are part of what the maintenance pass reads.
            emit(page("disputed/index.html", "disputed", context.disputedContext()))
        case .search:
            for file in SearchIndex.build(context.searchDocuments()) { emit(OutputFile(path: file.path, bytes: file.bytes)) }
        case .home:
            emit(page("index.html", "home", context.homeContext()))
        case .wanted:
            emit(page("wanted/index.html", "wanted", context.wantedContext()))
        case .fixed:
            emit(page("404.html", "404", context.notFoundContext()))
            for (path, bytes) in templates.assets { emit(OutputFile(path: "assets/" + path, bytes: bytes)) }
        case .inTurn(let jobs):
            for job in jobs { run(job, site, context, emit: emit) }
        }
    }

    /// Timeline, tags, the graph and search pages, alias pages, and — with a
    /// base URL — sitemap, feed, robots.txt.
    func listings(_ site: LinkedSite, _ context: PageContext, emit: (OutputFile) -> Void) {
        // Sorted once: every timeline page filters the same list.
        let timeline = Timeline.all(site)
        emit(page("timeline/index.html", "timeline", context.timelineContext(only: nil, all: timeline)))
        let dated = Set(timeline.map { site.entries[$0.entry].type })
        for type in config.types where dated.contains(type.name) {
            emit(page("timeline/\(type.name)/index.html", "timeline", context.timelineContext(only: type, all: timeline)))
        }
        emit(page("tags/index.html", "tags", context.tagsContext()))
        emit(page("graph/index.html", "graph", context.siteGraphContext()))
        emit(page("search/index.html", "search", context.searchPageContext()))
        for tag in Tags.all(site) { emit(page("tags/\(tag.slug)/index.html", "tag", context.tagContext(tag))) }
        for alias in AliasPages.all(site, config: config) {
            let (template, values) = context.aliasContext(alias)
            if template == "redirect" {
                emit(OutputFile(path: alias.path, bytes: bytes("redirect", values)))
            } else {
                emit(page(alias.path, template, values))
            }
        }
        if let base = config.baseURL {
            emit(OutputFile(path: "sitemap.xml", bytes: bytes("sitemap", context.sitemapContext(base: base))))
            emit(OutputFile(path: "atom.xml", bytes: bytes("atom", context.feedContext(base: base))))
            emit(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(base)sitemap.xml\n"))
        } else {
            emit(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n"))
        }
    }

    /// One page: the kind's template, then the layout around it.
    /// The page's own template and the layout each render into one byte
    /// buffer; the page becomes a `String` only for `decorateHTML` (serve).
    func page(_ path: String, _ template: String, _ context: TemplateObject) -> OutputFile {
        var context = context
        context["content"] = .utf8(bytes(template, context, capacity: 16_384))
        let html = bytes("layout", context, capacity: 32_768)
        guard let decorateHTML else { return OutputFile(path: path, bytes: html) }
        return OutputFile(path: path, text: decorateHTML(String(decoding: html, as: UTF8.self)))
    }

    /// `template` rendered with `values`, as the output file's bytes.
    func bytes(_ template: String, _ values: TemplateObject, capacity: Int = 4096) -> [UInt8] {
        let values = TemplateValue.object(values)
        inspect?(template, values)
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        templates.render(template, values, into: &out, fragments: fragments)
        return out
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

