import AlmanacContent
import Foundation
import AlmanacCore
import AlmanacGraph
import AlmanacMarkdown
import AlmanacQuery
import AlmanacTemplate

/// Builds the values templates see (documented in docs/templates.md), as
/// `TemplateValue`s: a closed type the template engine reads without casts.
struct PageContext {
    let site: LinkedSite
    let config: SiteConfig
    let home: HomePage
    /// RFC 3339 time of the last commit of each source file, by path.
    let modified: [String: String]
    /// Entries per type name, counted once per render.
    let counts: [String: Int]
    /// Neighbourhood pictures kept between rebuilds (`serve`); nil draws each.
    let neighbourhoods: NeighbourhoodCache?
    /// The site's query blocks, checked, and the templates their results render through.
    var queries: SiteQueries?
    var templates: TemplateSet?
    static let generator = "Almanac \(AlmanacVersion.string)"

    init(site: LinkedSite, config: SiteConfig, home: HomePage, modified: [String: String] = [:], neighbourhoods: NeighbourhoodCache? = nil) {
        self.neighbourhoods = neighbourhoods
        self.site = site
        self.config = config
        self.home = home
        self.modified = modified
        self.counts = site.typeCounts
    }

    func url(of entry: Int, from root: String, anchor: String? = nil) -> String {
        root + site.entries[entry].id + "/index.html" + (anchor.map { "#" + $0 } ?? "")
    }

    /// The navigation is the same on every page at one depth with the same
    /// current section: shared under that key, it renders once for them all.
    func shareNav(_ nav: TemplateValue, root: String, currentType: String?, kind: String) -> TemplateValue {
        let type = currentType.flatMap { name in config.types.firstIndex { $0.name == name } }.map { $0 + 1 } ?? 0
        guard type < 1024 else { return nav }
        let section = kind == "timeline" ? 1 : kind == "tags" || kind == "tag" ? 2 : kind == "graph" ? 3 : 0
        return .shared(key: (root.utf8.count * 1024 + type) * 4 + section, nav)
    }

    func typeIndexURL(_ type: TypeSchema, from root: String) -> String { root + type.folder + "/index.html" }

    /// What every page has: site settings, navigation, the page's own header values.
    func common(path: String, title: String, kind: String, description: String?, canonicalPath: String?, currentType: String? = nil) -> TemplateObject {
        let root = RelativeURL.root(from: path)
        var nav: [TemplateObject] = config.types.filter { counts[$0.name, default: 0] > 0 }.map {
            ["plural": .text($0.plural), "url": .text(typeIndexURL($0, from: root)), "current": .bool($0.name == currentType)]
        }
        nav.append(["plural": "Timeline", "url": .text(root + "timeline/index.html"), "current": .bool(kind == "timeline")])
        nav.append(["plural": "Tags", "url": .text(root + "tags/index.html"), "current": .bool(kind == "tags" || kind == "tag")])
        nav.append(["plural": "Graph", "url": .text(root + "graph/index.html"), "current": .bool(kind == "graph")])
        var page: TemplateObject = ["title": .text(title), "kind": .text(kind), "path": .text(path), "is_home": .bool(kind == "home")]
        if let description, !description.isEmpty { page["description"] = .text(description) }
        if let base = config.baseURL, let canonicalPath { page["canonical"] = .text(base + canonicalPath) }
        var siteValues: TemplateObject = ["title": .text(config.title), "language": .text(config.language)]
        if !config.description.isEmpty { siteValues["description"] = .text(config.description) }
        if let base = config.baseURL { siteValues["base_url"] = .text(base) }
        return ["site": .object(siteValues), "page": .object(page), "root": .text(root), "nav": shareNav(nav.value, root: root, currentType: currentType, kind: kind),
                "generator": .text(PageContext.generator)]
    }

    /// HTML of a body with its wiki-link placeholders replaced by links.
    func bodyHTML(_ body: RenderedBody, targets: [LinkTarget], root: String) -> String {
        // Written as bytes: a page has dozens of links, and a String for
        // each piece of each was 2% of a build.
        WikiLinkToken.substitute(in: body.html) { index, out in
            guard index < body.wikiLinks.count, index < targets.count else { return }
            func raw(_ text: StaticString) { text.withUTF8Buffer { out.append(contentsOf: $0) } }
            func escaped(_ text: String) { HTML.appendEscaped(text, to: &out) }
            switch targets[index] {
            case .entry(let j, let anchor):
                // Link previews read these attributes; no request is needed, so they work from file://.
                let target = site.entries[j]
                raw("<a class=\"wikilink\" href=\"")
                escaped(root)
                escaped(target.id)
                raw("/index.html")
                if let anchor {
                    raw("#")
                    escaped(anchor)
                }
                raw("\" data-title=\"")
                escaped(target.title)
                raw("\" data-type=\"")
                escaped(config.type(named: target.type)?.label ?? target.type)
                raw("\"")
                if let summary = target.summary {
                    raw(" data-summary=\"")
                    escaped(summary)
                    raw("\"")
                }
                raw(">")
            case .sameEntry(let anchor):
                raw("<a class=\"wikilink\" href=\"#")
                escaped(anchor)
                raw("\">")
            case .missing(let name):
                raw("<a class=\"redlink\" title=\"No entry named ‘")
                escaped(name)
                raw("’ yet\">")
            }
            escaped(body.wikiLinks[index].displayText)
            raw("</a>")
        }
    }

    func entryContext(_ i: Int) -> TemplateObject {
        let entry = site.entries[i]
        let type = config.type(named: entry.type)!
        var context = common(path: entry.outputPath, title: entry.title, kind: "entry", description: entry.summary ?? config.description,
                             canonicalPath: entry.id + "/", currentType: entry.type)
        let root = context.root
        var infobox: [TemplateObject] = []
        let body = site.bodies[i]
        let html = withQueries(bodyHTML(body, targets: site.bodyTargets[i], root: root), entry: i, root: root)
        let (lead, rest) = LeadSplit.split(html)
        // Counted in the whole body: with unbalanced raw HTML the lead is all of it.
        var notes = ClaimNotes(after: LeadSplit.footnoteCount(html))
        for (f, field) in entry.fields.enumerated() {
            var values: [TemplateObject] = []
            switch field.value {
            case .text(let s), .number(let s): values = [value(text: s)]
            case .date(let d): values = [value(text: d.description)]
            case .url(let u): values = [value(text: u, url: u, external: true)]
            case .links(let refs):
                for (k, ref) in refs.enumerated() {
                    var v: TemplateObject
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
            infobox.append(["label": .text(field.field.label), "values": values.value])
        }
        // A source's citations get their own section; the plain "Cited by" relation would repeat it.
        let groups = site.citedBy[i].isEmpty ? site.backlinks[i] : site.backlinks[i].filter { $0.label != SiteConfig.sourcesInverse }
        let backlinks: [TemplateObject] = groups.map { group in
            ["label": .text(group.label), "entries": group.items.map { item -> TemplateObject in
                let j = item.source
                var v: TemplateObject = ["title": .text(site.entries[j].title), "url": .text(url(of: j, from: root)), "type_label": .text(config.type(named: site.entries[j].type)?.label ?? "")]
                qualify(&v, item.qualifiers, item.citations, notes: &notes, root: root)
                return v
            }.value]
        }
        let citedBy = citedByContext(i, root: root)
        let mentions: [TemplateObject] = site.mentions[i].map { m in
            ["title": .text(site.entries[m.source].title), "url": .text(url(of: m.source, from: root)), "sentences": .list(m.sentences.map(TemplateValue.text))]
        }
        let toc: [TemplateObject] = body.headings.filter { $0.level <= 4 }.map { ["level": .int($0.level), "id": .text($0.id), "text": .text($0.text)] }
        let related = Timeline.related(to: i, in: site)
        let graph = neighbourhoodSVG(i, root: root)
        var aliases: [TemplateObject] = entry.aliases.map { ["text": .text($0), "last": false] }
        if !aliases.isEmpty { aliases[aliases.count - 1]["last"] = true }
        var values: TemplateObject = [
            "title": .text(entry.title), "slug": .text(entry.slug), "id": .text(entry.id), "type": .text(entry.type), "type_label": .text(type.label),
            "type_url": .text(typeIndexURL(type, from: root)), "path": .text(entry.path),
            "aliases": aliases.value, "has_aliases": .bool(!aliases.isEmpty),
            "tags": entry.tags.map { ["name": .text($0), "url": .text(root + "tags/\(Slug.fileName($0))/index.html")] as TemplateObject }.value, "has_tags": .bool(!entry.tags.isEmpty),
            "timeline": timelineYears(related, root: root, current: i).value,
            // The entry's own dates alone are in its infobox already.
            "has_timeline": .bool(related.contains { $0.entry != i }),
            "infobox": infobox.value, "has_infobox": .bool(!infobox.isEmpty),
            "body": .text(html), "lead": .text(lead), "rest": .text(rest), "has_rest": .bool(!rest.isEmpty || !notes.isEmpty),
            "toc": toc.value, "has_toc": .bool(toc.count >= 2),
            "backlinks": backlinks.value, "has_backlinks": .bool(!backlinks.isEmpty),
            "mentions": mentions.value, "has_mentions": .bool(!mentions.isEmpty),
            "graph": .utf8(graph ?? []), "has_graph": .bool(graph != nil),
            "claim_notes": notes.items.value, "has_claim_notes": .bool(!notes.isEmpty), "claim_notes_start": .int(notes.start),
            "cited_by": citedBy.value, "has_cited_by": .bool(!citedBy.isEmpty),
        ]
        if let summary = entry.summary { values["summary"] = .text(summary) }
        if let date = entry.date { values["date"] = ["iso": .text(date.iso), "text": .text(date.description)] }
        context["entry"] = .object(values)
        return context
    }

    func value(text: String, url: String? = nil, external: Bool = false, missing: Bool = false) -> TemplateObject {
        ["text": .text(text), "missing": .bool(missing), "plain": .bool(url == nil && !missing), "external": .bool(external), "last": false, "qualified": false,
         "url": .optional(url)]
    }

    func indexContext(_ type: TypeSchema, byDate: Bool = false) -> TemplateObject {
        let path = type.folder + (byDate ? "/by-date.html" : "/index.html")
        var context = common(path: path, title: type.plural, kind: "index", description: "\(type.plural) in \(config.title)",
                             canonicalPath: type.folder + "/", currentType: type.name)
        let root = context.root
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
        let items: [TemplateObject] = members.map { j in
            let e = site.entries[j]
            var item: TemplateObject = ["title": .text(e.title), "url": .text(url(of: j, from: root))]
            if let s = e.summary { item["summary"] = .text(s) }
            if let d = e.date { item["date"] = ["iso": .text(d.iso), "text": .text(d.description)] }
            return item
        }
        context["index"] = [
            "title": .text(type.plural), "type": .text(type.name), "count": .int(items.count), "one": .bool(items.count == 1), "entries": items.value,
            "has_dates": .bool(hasDates), "by_date": .bool(byDate), "by_name_url": .text(root + type.folder + "/index.html"), "by_date_url": .text(root + type.folder + "/by-date.html"),
        ]
        return context
    }

    /// The 404 page, which a host serves at any missing URL, at any depth:
    /// its links stay relative (right when the file is opened directly), and
    /// when it is served, a `<base>` written first in `<head>` makes them
    /// resolve from the site's root path — the path of `base_url`, else `/`.
    func notFoundContext() -> TemplateObject {
        var context = common(path: "404.html", title: "Page not found", kind: "404", description: nil, canonicalPath: nil)
        guard case .object(var page)? = context["page"] else { return context }
        page["site_path"] = .text(Self.sitePath(config.baseURL))
        context["page"] = .object(page)
        return context
    }

    /// The path of `base_url` (`/wiki/`), `/` without one; only characters
    /// that need no escaping in a script's string literal.
    static func sitePath(_ baseURL: String?) -> String {
        guard let base = baseURL, let url = URLComponents(string: base) else { return "/" }
        var path = url.percentEncodedPath
        if !path.hasSuffix("/") { path += "/" }
        if !path.hasPrefix("/") { path = "/" + path }
        let safe = path.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "/-._~%".unicodeScalars.contains($0)) }
        return safe ? path : "/"
    }

    func homeContext() -> TemplateObject {
        var context = common(path: "index.html", title: home.title, kind: "home", description: home.summary ?? config.description, canonicalPath: "")
        let root = context.root
        let types: [TemplateObject] = config.types.filter { counts[$0.name, default: 0] > 0 }.map {
            ["plural": .text($0.plural), "url": .text(typeIndexURL($0, from: root)), "count": .int(counts[$0.name, default: 0])]
        }
        var home: TemplateObject = ["title": .text(self.home.title), "types": types.value, "entry_count": .int(site.entries.count), "has_body": .bool(site.home != nil)]
        if let summary = self.home.summary { home["summary"] = .text(summary) }
        if let body = site.home {
            let html = withQueries(bodyHTML(body, targets: site.homeTargets, root: root), entry: nil, root: root)
            let (text, notes) = LeadSplit.footnotes(html)
            home["body"] = .text(html)
            home["text"] = .text(text)
            if !notes.isEmpty { home["footnotes"] = .text(notes) }
        }
        context["home"] = .object(home)
        return context
    }

    func wantedContext() -> TemplateObject {
        var context = common(path: "wanted/index.html", title: "Wanted entries", kind: "wanted", description: nil, canonicalPath: "wanted/")
        let root = context.root
        let items: [TemplateObject] = site.wanted.map { w in
            var by: [TemplateObject] = w.wantedBy.map { source, location in
                let title = source.map { site.entries[$0].title } ?? config.title
                let link = source.map { url(of: $0, from: root) } ?? root + "index.html"
                return ["title": .text(title), "url": .text(link), "location": .text("\(location.line):\(location.column)"), "last": false]
            }
            by[by.count - 1]["last"] = true
            return ["title": .text(w.title), "count": .int(w.wantedBy.count), "wanted_by": by.value]
        }
        context["wanted"] = ["items": items.value, "has_items": .bool(!items.isEmpty), "count": .int(items.count)]
        return context
    }
}
