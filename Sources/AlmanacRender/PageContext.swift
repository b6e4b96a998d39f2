import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacMarkdown

/// Builds the values templates see (documented in docs/templates.md).
/// Dictionaries rather than structs: swift-mustache reads them without
/// reflection (FACTS.md: 2.5× faster than Mirror).
struct PageContext {
    let site: LinkedSite
    let config: SiteConfig
    let home: HomePage
    /// RFC 3339 time of the last commit of each source file, by path.
    let modified: [String: String]
    /// Entries per type name, counted once per render.
    let counts: [String: Int]
    static let generator = "Almanac \(AlmanacVersion.string)"

    init(site: LinkedSite, config: SiteConfig, home: HomePage, modified: [String: String] = [:]) {
        self.site = site
        self.config = config
        self.home = home
        self.modified = modified
        self.counts = site.typeCounts
    }

    func url(of entry: Int, from root: String, anchor: String? = nil) -> String {
        root + site.entries[entry].id + "/index.html" + (anchor.map { "#" + $0 } ?? "")
    }

    func typeIndexURL(_ type: TypeSchema, from root: String) -> String { root + type.folder + "/index.html" }

    /// What every page has: site settings, navigation, the page's own header values.
    func common(path: String, title: String, kind: String, description: String?, canonicalPath: String?, currentType: String? = nil) -> [String: Any] {
        let root = RelativeURL.root(from: path)
        var nav: [[String: Any]] = config.types.filter { counts[$0.name, default: 0] > 0 }.map {
            ["plural": $0.plural, "url": typeIndexURL($0, from: root), "current": $0.name == currentType]
        }
        nav.append(["plural": "Timeline", "url": root + "timeline/index.html", "current": kind == "timeline"])
        nav.append(["plural": "Tags", "url": root + "tags/index.html", "current": kind == "tags" || kind == "tag"])
        nav.append(["plural": "Graph", "url": root + "graph/index.html", "current": kind == "graph"])
        var page: [String: Any] = ["title": title, "kind": kind, "path": path, "is_home": kind == "home"]
        if let description, !description.isEmpty { page["description"] = description }
        if let base = config.baseURL, let canonicalPath { page["canonical"] = base + canonicalPath }
        var siteValues: [String: Any] = ["title": config.title, "language": config.language]
        if !config.description.isEmpty { siteValues["description"] = config.description }
        if let base = config.baseURL { siteValues["base_url"] = base }
        return ["site": siteValues, "page": page, "root": root, "nav": nav, "generator": PageContext.generator]
    }

    /// HTML of a body with its wiki-link placeholders replaced by links.
    func bodyHTML(_ body: RenderedBody, targets: [LinkTarget], root: String) -> String {
        WikiLinkToken.substitute(in: body.html) { index in
            guard index < body.wikiLinks.count, index < targets.count else { return "" }
            let label = HTML.escape(body.wikiLinks[index].displayText)
            switch targets[index] {
            case .entry(let j, let anchor):
                // Link previews read these attributes; no request is needed, so they work from file://.
                let target = site.entries[j]
                let type = HTML.escape(config.type(named: target.type)?.label ?? target.type)
                let summary = target.summary.map { " data-summary=\"\(HTML.escape($0))\"" } ?? ""
                return "<a class=\"wikilink\" href=\"\(HTML.escape(url(of: j, from: root, anchor: anchor)))\" data-title=\"\(HTML.escape(target.title))\" data-type=\"\(type)\"\(summary)>\(label)</a>"
            case .sameEntry(let anchor):
                return "<a class=\"wikilink\" href=\"#\(HTML.escape(anchor))\">\(label)</a>"
            case .missing(let name):
                return "<a class=\"redlink\" title=\"No entry named ‘\(HTML.escape(name))’ yet\">\(label)</a>"
            }
        }
    }

    func entryContext(_ i: Int) -> [String: Any] {
        let entry = site.entries[i]
        let type = config.type(named: entry.type)!
        var context = common(path: entry.outputPath, title: entry.title, kind: "entry", description: entry.summary ?? config.description,
                             canonicalPath: entry.id + "/", currentType: entry.type)
        let root = context["root"] as! String
        var infobox: [[String: Any]] = []
        var notes = ClaimNotes()
        for (f, field) in entry.fields.enumerated() {
            var values: [[String: Any]] = []
            switch field.value {
            case .text(let s), .number(let s): values = [value(text: s)]
            case .date(let d): values = [value(text: d.description)]
            case .url(let u): values = [value(text: u, url: u, external: true)]
            case .links(let refs):
                for (k, ref) in refs.enumerated() {
                    var v: [String: Any]
                    switch site.fieldTargets[i][f][k] {
                    case .entry(let j, _): v = value(text: site.entries[j].title, url: url(of: j, from: root))
                    default: v = value(text: ref.target, missing: true)
                    }
                    qualify(&v, ref.qualifiers, site.fieldCitations[i][f][k], notes: &notes, root: root)
                    values.append(v)
                }
            }
            guard !values.isEmpty else { continue }
            values[values.count - 1]["last"] = true
            infobox.append(["label": field.field.label, "values": values])
        }
        let body = site.bodies[i]
        // A source's citations get their own section; the plain "Cited by" relation would repeat it.
        let groups = site.citedBy[i].isEmpty ? site.backlinks[i] : site.backlinks[i].filter { $0.label != SiteConfig.sourcesInverse }
        let backlinks: [[String: Any]] = groups.map { group in
            ["label": group.label, "entries": group.items.map { item -> [String: Any] in
                let j = item.source
                var v: [String: Any] = ["title": site.entries[j].title, "url": url(of: j, from: root), "type_label": config.type(named: site.entries[j].type)?.label ?? ""]
                qualify(&v, item.qualifiers, item.citations, notes: &notes, root: root)
                return v
            }]
        }
        let citedBy = citedByContext(i, root: root)
        let mentions: [[String: Any]] = site.mentions[i].map { m in
            ["title": site.entries[m.source].title, "url": url(of: m.source, from: root), "sentences": m.sentences]
        }
        let toc: [[String: Any]] = body.headings.filter { $0.level <= 4 }.map { ["level": $0.level, "id": $0.id, "text": $0.text] }
        let related = Timeline.related(to: i, in: site)
        let graph = neighbourhoodSVG(i, root: root)
        var aliases: [[String: Any]] = entry.aliases.map { ["text": $0, "last": false] }
        if !aliases.isEmpty { aliases[aliases.count - 1]["last"] = true }
        var values: [String: Any] = [
            "title": entry.title, "slug": entry.slug, "id": entry.id, "type": entry.type, "type_label": type.label,
            "type_url": typeIndexURL(type, from: root), "path": entry.path,
            "aliases": aliases, "has_aliases": !aliases.isEmpty,
            "tags": entry.tags.map { ["name": $0, "url": root + "tags/\(Slug.fileName($0))/index.html"] }, "has_tags": !entry.tags.isEmpty,
            "timeline": timelineYears(related, root: root), "has_timeline": !related.isEmpty,
            "infobox": infobox, "has_infobox": !infobox.isEmpty,
            "body": bodyHTML(body, targets: site.bodyTargets[i], root: root),
            "toc": toc, "has_toc": toc.count >= 2,
            "backlinks": backlinks, "has_backlinks": !backlinks.isEmpty,
            "mentions": mentions, "has_mentions": !mentions.isEmpty,
            "graph": graph ?? "", "has_graph": graph != nil,
            "claim_notes": notes.items, "has_claim_notes": !notes.items.isEmpty,
            "cited_by": citedBy, "has_cited_by": !citedBy.isEmpty,
        ]
        if let summary = entry.summary { values["summary"] = summary }
        if let date = entry.date { values["date"] = ["iso": date.iso, "text": date.description] }
        context["entry"] = values
        return context
    }

    func value(text: String, url: String? = nil, external: Bool = false, missing: Bool = false) -> [String: Any] {
        var v: [String: Any] = ["text": text, "missing": missing, "plain": url == nil && !missing, "external": external, "last": false, "qualified": false]
        v["url"] = url ?? Absent()
        return v
    }

    func indexContext(_ type: TypeSchema, byDate: Bool = false) -> [String: Any] {
        let path = type.folder + (byDate ? "/by-date.html" : "/index.html")
        var context = common(path: path, title: type.plural, kind: "index", description: "\(type.plural) in \(config.title)",
                             canonicalPath: type.folder + "/", currentType: type.name)
        let root = context["root"] as! String
        let keys = Dictionary(uniqueKeysWithValues: site.entries.indices.filter { site.entries[$0].type == type.name }.map { ($0, TextKey.normalize(site.entries[$0].title)) })
        var members = keys.keys.sorted { (keys[$0]!, site.entries[$0].id) < (keys[$1]!, site.entries[$1].id) }
        let hasDates = members.contains { site.entries[$0].date != nil }
        if byDate {
            // Undated entries last; among dated ones, earliest first.
            let undated = PartialDate(year: Int.max)
            members.sort { a, b in
                (site.entries[a].date ?? undated, keys[a]!, site.entries[a].id) < (site.entries[b].date ?? undated, keys[b]!, site.entries[b].id)
            }
        }
        let items: [[String: Any]] = members.map { j in
            let e = site.entries[j]
            var item: [String: Any] = ["title": e.title, "url": url(of: j, from: root)]
            if let s = e.summary { item["summary"] = s }
            if let d = e.date { item["date"] = ["iso": d.iso, "text": d.description] }
            return item
        }
        context["index"] = [
            "title": type.plural, "type": type.name, "count": items.count, "one": items.count == 1, "entries": items,
            "has_dates": hasDates, "by_date": byDate, "by_name_url": root + type.folder + "/index.html", "by_date_url": root + type.folder + "/by-date.html",
        ]
        return context
    }

    func homeContext() -> [String: Any] {
        var context = common(path: "index.html", title: home.title, kind: "home", description: home.summary ?? config.description, canonicalPath: "")
        let root = context["root"] as! String
        let types: [[String: Any]] = config.types.filter { counts[$0.name, default: 0] > 0 }.map {
            ["plural": $0.plural, "url": typeIndexURL($0, from: root), "count": counts[$0.name, default: 0]]
        }
        var home: [String: Any] = ["title": self.home.title, "types": types, "entry_count": site.entries.count, "has_body": site.home != nil]
        if let summary = self.home.summary { home["summary"] = summary }
        if let body = site.home { home["body"] = bodyHTML(body, targets: site.homeTargets, root: root) }
        context["home"] = home
        return context
    }

    func wantedContext() -> [String: Any] {
        var context = common(path: "wanted/index.html", title: "Wanted entries", kind: "wanted", description: nil, canonicalPath: "wanted/")
        let root = context["root"] as! String
        let items: [[String: Any]] = site.wanted.map { w in
            var by: [[String: Any]] = w.wantedBy.map { source, location in
                let title = source.map { site.entries[$0].title } ?? config.title
                let link = source.map { url(of: $0, from: root) } ?? root + "index.html"
                return ["title": title, "url": link, "location": "\(location.line):\(location.column)", "last": false]
            }
            by[by.count - 1]["last"] = true
            return ["title": w.title, "count": w.wantedBy.count, "wanted_by": by]
        }
        context["wanted"] = ["items": items, "has_items": !items.isEmpty, "count": items.count]
        return context
    }
}
