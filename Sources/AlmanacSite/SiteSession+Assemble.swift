import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacQuery
import AlmanacMarkdown
import AlmanacRender
import AlmanacSearch
import Foundation

extension SiteSession {
    /// Links everything (or relinks the edited entries) and renders the pages whose inputs changed.
    mutating func assemble(full: Bool, edited: Set<String>) -> Update {
        progress?(.linking, 0, 1)
        let linked: LinkedSite
        let touched: Set<Int>?
        if !full, let (site, affected) = relinkEdited(edited) {
            linked = site
            touched = affected
        } else {
            linked = linkAll()
            touched = nil
        }
        self.linked = linked
        let queries = SiteQueries(site: linked, config: config, homePath: homePath ?? "content/index.md")
        self.queries = queries
        var diagnostics = configDiagnostics + templateDiagnostics + loadDiagnostics + placementDiagnostics + queries.diagnostics
        for file in parsed.values { diagnostics += file.diagnostics }
        diagnostics += homeParsed?.diagnostics ?? []
        diagnostics += linked.diagnostics
        diagnostics = Array(Set(diagnostics)).sorted()
        if templateDiagnostics.hasErrors {
            // Templates that fail the page model render no page at all, and
            // nothing is recorded as rendered: the last good output stays.
            let result = BuildResult(files: [], fileCount: 0, diagnostics: diagnostics, entryCount: linked.entries.count,
                                     wantedCount: linked.wanted.count, report: .empty)
            return Update(changed: [], removed: [], result: result, rendered: 0, full: full)
        }

        progress?(.reports, 0, 1)
        var candidates: [Int]
        if let touched {
            for i in touched { facets[i] = PageSignatures.facets(of: i, in: linked, fileHash: fileHashes[i]) }
            for i in touched { latest[linked.entries[i].outputPath] = facets[i].page }
            PageSignatures.globals(linked, facets: facets, types: entryTypes, config: config, fileHashes: fileHashes, home: homeParsed, into: &latest)
            candidates = touched.sorted()
        } else if oneShot {
            // Every page is rendered once and never compared with a later build.
            (facets, entryTypes, latest) = ([], [], [:])
            candidates = Array(linked.entries.indices)
        } else {
            facets = PageSignatures.facets(linked, fileHashes: fileHashes)
            entryTypes = PageSignatures.typePositions(linked.entries, config)
            latest = PageSignatures.compute(linked, facets: facets, types: entryTypes, config: config, fileHashes: fileHashes, home: homeParsed)
            candidates = Array(linked.entries.indices)
        }
        if !oneShot {
            // A page with a query shows entries its own inputs do not name:
            // it is stale whenever what its queries find changes.
            for i in queries.entries {
                var h = Hasher()
                h.combine(facets[i].page)
                h.combine(queries.signature(of: i))
                latest[linked.entries[i].outputPath] = h.finalize()
            }
            if !queries.home.isEmpty {
                var h = Hasher()
                h.combine(latest["index.html"])
                h.combine(queries.signature(of: nil))
                latest["index.html"] = h.finalize()
            }
            candidates = Array(Set(candidates).union(queries.entries)).sorted()
        }
        // A new navigation (a type's first entry or last) changes every page.
        let everything = full || latest["nav"] != rendered["nav"]
        if everything { rendered = [:]; deferred = [] }
        var keys = Set(candidates.map { linked.entries[$0].outputPath }).union(deferred)
        keys.formUnion(["listings", "maintenance", "search", "index.html", "wanted/index.html", "nav"])
        keys.formUnion(config.types.map { "type:" + $0.name })
        var stale = oneShot ? keys : keys.filter { latest[$0] != rendered[$0] }
        deferred = []
        if deferOtherPages && !everything {
            // The edited entries' own pages now; the rest after the reload.
            let own = Set(edited.compactMap { entryIndex[$0].map { linked.entries[$0].outputPath } })
            deferred = stale.subtracting(own)
            stale = stale.intersection(own)
        }
        var selection = PageRenderer.Selection(keys: stale, site: linked, config: config, pages: pageIndex)
        selection.fixed = everything
        let (files, report) = render(selection, fullReport: full)
        for key in stale { rendered[key] = latest[key] }
        let (changed, removed) = record(files, selection, entriesChanged: touched == nil)
        let result = BuildResult(files: full ? files.compactMap(\.file) : changed, fileCount: files.count, diagnostics: diagnostics,
                                 entryCount: linked.entries.count, wantedCount: linked.wanted.count, report: full ? report ?? .empty : .empty)
        return Update(changed: changed, removed: removed, result: result, rendered: files.count, full: everything)
    }

    /// What an update may leave for later, in the order `serve` catches up.
    public enum DeferredGroup: Sendable, CaseIterable {
        /// Entry pages that link to or are linked from the edit, type indexes, home, wanted.
        case pages
        /// Timeline, tags, graph, alias pages, sitemap, feed.
        case listings
        case maintenance
        case search

        init(key: String) {
            switch key {
            case "listings": self = .listings
            case "maintenance": self = .maintenance
            case "search": self = .search
            default: self = .pages
            }
        }
    }

    /// Renders what an earlier update left for later (one group, or all).
    public mutating func refreshDeferred(_ group: DeferredGroup? = nil) -> (changed: [OutputFile], removed: [String]) {
        guard let linked, !deferred.isEmpty else { return ([], []) }
        let chosen = deferred.filter { group == nil || DeferredGroup(key: $0) == group }
        let stale = chosen.filter { latest[$0] != rendered[$0] }
        deferred.subtract(chosen)
        let selection = PageRenderer.Selection(keys: stale, site: linked, config: config, pages: pageIndex)
        let (files, _) = render(selection, fullReport: false)
        for key in stale { rendered[key] = latest[key] }
        return record(files, selection, entriesChanged: false)
    }

    /// Entry pages edited in place: relinks each edited entry alone. Nil when
    /// an edit adds, removes or renames an entry (or the home page), or
    /// changes what links resolve to: then everything is relinked.
    mutating func relinkEdited(_ edited: Set<String>) -> (LinkedSite, Set<Int>)? {
        guard var site = linked, !edited.isEmpty else { return nil }
        // The only reference, so the arrays change in place instead of being copied.
        linked = nil
        var affected: Set<Int> = []
        let linker = Linker(config: config)
        for path in edited.sorted() {
            guard let e = entryIndex[path], let file = parsed[path], let entry = file.entry, let body = file.body,
                let touched = linker.relink(&site, entry: e, to: entry, body: body)
            else { return nil }
            fileHashes[e] = file.textHash
            affected.formUnion(touched)
        }
        return (site, affected)
    }

    /// Every entry, in path order, linked from scratch.
    mutating func linkAll() -> LinkedSite {
        var entries: [Entry] = []
        var bodies: [RenderedBody] = []
        var hashes: [Int] = []
        placementDiagnostics = []
        let typeFolders = Set(config.types.map { $0.folder.lowercased() })
        for path in parsed.keys.sorted() {
            let file = parsed[path]!
            guard let entry = file.entry, let body = file.body else { continue }
            if entry.folder.isEmpty, config.takesTopLevel(entry.slug) {
                placementDiagnostics.append(.error(SourceLocation(path: entry.path), "the URL /\(entry.slug)/ is taken by a generated page; rename the file"))
                continue
            }
            // A folder of generated pages (content/tags/x.md with a `type:`)
            // would put the entry where a tag's page or the search index goes.
            if let top = entry.folder.split(separator: "/").first.map({ $0.lowercased() }), Slug.reservedNames.contains(top) {
                placementDiagnostics.append(.error(SourceLocation(path: entry.path), "the URL /\(entry.id)/ is inside /\(top)/, which holds generated pages; move the file"))
                continue
            }
            if typeFolders.contains(entry.folder.lowercased()), Slug.reservedInTypeFolder.contains(entry.slug.lowercased()) {
                placementDiagnostics.append(.error(SourceLocation(path: entry.path), "the URL /\(entry.id)/ would be a folder named like the type's index page \(entry.folder)/\(entry.slug); rename the file"))
                continue
            }
            entries.append(entry)
            bodies.append(body)
            hashes.append(file.textHash)
        }
        fileHashes = hashes
        entryIndex = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.path, $0) })
        pageIndex = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.outputPath, $0) })
        var paths = Set(entries.map(\.outputPath)).union(["index.html", "wanted/index.html", "404.html"])
        paths.formUnion(config.types.flatMap { [$0.folder + "/index.html", $0.folder + "/by-date.html"] })
        paths.formUnion(templates!.assets.keys.map { "assets/" + $0 })
        structural = paths
        return Linker(config: config).link(entries: entries, bodies: bodies, home: homeParsed?.body, homePath: homePath ?? "content/index.md")
    }

    /// A rendered file as the session tracks it; the bytes only when no sink took them.
    struct Rendered {
        var path: String
        var hash: Int
        var file: OutputFile?
    }

    /// The selected pages, and the maintenance report when it was made.
    mutating func render(_ selection: PageRenderer.Selection, fullReport: Bool) -> ([Rendered], MaintenanceReport?) {
        guard let linked else { return ([], nil) }
        var renderer = makeRenderer()
        // One report for the page and for `check`; updates that leave the page alone skip it.
        let report = fullReport || selection.maintenance ? Maintenance.report(linked, config: config, modified: modified) : nil
        renderer.report = report
        progress?(.rendering, 0, 1)
        guard renderPages else { return ([], report) }
        if let sink {
            return (renderer.render(linked, selection, sink: sink).map { Rendered(path: $0, hash: 0, file: nil) }, report)
        }
        var pages = selection
        var index: [Rendered] = []
        if deferOtherPages && selection.search {
            // A preview keeps the index: an edit re-indexes the edited entries
            // and rewrites only the shards they touch.
            pages.search = false
            let (files, changed) = searchIndex.update(renderer.searchDocuments(linked))
            index = files.map { file in
                let known = changed.contains(file.path) ? nil : produced[file.path]
                return Rendered(path: file.path, hash: known ?? file.bytes.hashValue, file: OutputFile(path: file.path, bytes: file.bytes))
            }
        }
        return (index + renderer.render(linked, pages).map { Rendered(path: $0.path, hash: $0.bytes.hashValue, file: $0) }, report)
    }

    /// The renderer of this session's pages, set up as a build sets it up.
    func makeRenderer() -> PageRenderer {
        var renderer = PageRenderer(templates: templates!, config: config, home: homeParsed.map { HomePage(title: $0.title ?? config.title, summary: $0.summary) })
        if homeParsed?.summary == nil { renderer.home.summary = config.description.isEmpty ? nil : config.description }
        renderer.decorateHTML = decorateHTML
        renderer.inspect = inspectValues
        if !oneShot { renderer.neighbourhoods = neighbourhoods }
        renderer.queries = queries
        renderer.modified = modified
        return renderer
    }

    /// The steps of an entry page apart, after `build()`, for the render micro-benchmark.
    public func renderProbe() -> RenderProbe? {
        linked.map { RenderProbe(renderer: makeRenderer(), site: $0) }
    }

    /// Notes what was rendered; returns the files whose bytes changed and
    /// the paths the site no longer has.
    mutating func record(_ files: [Rendered], _ selection: PageRenderer.Selection, entriesChanged: Bool) -> (changed: [OutputFile], removed: [String]) {
        // Each kind of listing page replaces its own paths when re-rendered.
        let rendered = Set(files.map(\.path).filter { !structural.contains($0) })
        let isSearchIndex: (String) -> Bool = { $0.hasPrefix("search/") && $0 != "search/index.html" }
        let isMaintenance: (String) -> Bool = { $0 == "maintenance/index.html" || $0 == "disputed/index.html" }
        if selection.search { listingPaths = listingPaths.filter { !isSearchIndex($0) }.union(rendered.filter(isSearchIndex)) }
        if selection.maintenance { listingPaths = listingPaths.filter { !isMaintenance($0) }.union(rendered.filter(isMaintenance)) }
        if selection.listings {
            let other: (String) -> Bool = { !isSearchIndex($0) && !isMaintenance($0) }
            listingPaths = listingPaths.filter { !other($0) }.union(rendered.filter(other))
        }
        var changed: [OutputFile] = []
        for file in files {
            if produced[file.path] != file.hash, let bytes = file.file { changed.append(bytes) }
            produced[file.path] = file.hash
        }
        guard entriesChanged || selection.search || selection.listings || selection.maintenance else { return (changed, []) }
        let present = structural.union(listingPaths)
        let removed = produced.keys.filter { !present.contains($0) }.sorted()
        for path in removed { produced[path] = nil }
        return (changed, removed)
    }
}

extension PageRenderer.Selection {
    /// The pages named by signature keys (entry output paths, "listings", "type:…", …).
    init(keys: Set<String>, site: LinkedSite, config: SiteConfig, pages: [String: Int]) {
        let entries = Set(keys.compactMap { pages[$0] })
        self.init(
            entries: entries, typeIndexes: Set(config.types.map(\.name).filter { keys.contains("type:" + $0) }),
            home: keys.contains("index.html"), wanted: keys.contains("wanted/index.html"), fixed: false,
            listings: keys.contains("listings"), maintenance: keys.contains("maintenance"), search: keys.contains("search"))
    }
}
