import AlmanacContent
import AlmanacCore
import AlmanacGraph

extension PageContext {
    /// Timeline items grouped by year, for the timeline page and entry pages.
    func timelineYears(_ items: [TimelineItem], root: String) -> [[String: Any]] {
        var years: [[String: Any]] = []
        var current: (year: Int, items: [[String: Any]])?
        for item in items {
            let entry = site.entries[item.entry]
            var value: [String: Any] = [
                "date": PartialDate.range(item.start, item.end), "iso": item.start.iso,
                "precision": "\(item.start.precision)", "is_range": item.end != nil,
                "title": entry.title, "url": url(of: item.entry, from: root),
                "type": entry.type, "type_label": config.type(named: entry.type)?.label ?? entry.type,
            ]
            if let label = item.label { value["label"] = label }
            if let summary = entry.summary { value["summary"] = summary }
            if current?.year != item.start.year {
                if let c = current { years.append(["year": c.year, "items": c.items]) }
                current = (item.start.year, [])
            }
            current!.items.append(value)
        }
        if let c = current { years.append(["year": c.year, "items": c.items]) }
        return years
    }

    /// `timeline/index.html`, or `timeline/<type>/index.html` for one type;
    /// `all` is `Timeline.all(site)`, sorted once for every timeline page.
    func timelineContext(only type: TypeSchema?, all: [TimelineItem]) -> [String: Any] {
        let path = type.map { "timeline/\($0.name)/index.html" } ?? "timeline/index.html"
        let title = type.map { "Timeline: \($0.plural)" } ?? "Timeline"
        var context = common(path: path, title: title, kind: "timeline", description: "Everything dated in \(config.title), in order.",
                             canonicalPath: String(path.dropLast("index.html".count)))
        let root = context["root"] as! String
        let items = type.map { t in all.filter { site.entries[$0.entry].type == t.name } } ?? all
        let datedTypes = Set(all.map { site.entries[$0.entry].type })
        let filters: [[String: Any]] = [["label": "All", "url": root + "timeline/index.html", "current": type == nil]]
            + config.types.filter { datedTypes.contains($0.name) }.map {
                ["label": $0.plural, "url": root + "timeline/\($0.name)/index.html", "current": $0.name == type?.name]
            }
        context["timeline"] = ["title": title, "years": timelineYears(items, root: root), "count": items.count, "filters": filters]
        return context
    }
}

extension PageContext {
    func tagsContext() -> [String: Any] {
        var context = common(path: "tags/index.html", title: "Tags", kind: "tags", description: "Every tag in \(config.title).", canonicalPath: "tags/")
        let root = context["root"] as! String
        context["tags"] = ["items": Tags.all(site).map { ["name": $0.name, "url": root + "tags/\($0.slug)/index.html", "count": $0.entries.count] }]
        return context
    }

    func tagContext(_ tag: Tag) -> [String: Any] {
        let path = "tags/\(tag.slug)/index.html"
        var context = common(path: path, title: "Tag: \(tag.name)", kind: "tag", description: "Entries tagged \(tag.name).", canonicalPath: "tags/\(tag.slug)/")
        let root = context["root"] as! String
        context["tag"] = ["name": tag.name, "count": tag.entries.count, "all_url": root + "tags/index.html", "entries": listItems(tag.entries, root: root)]
        return context
    }

    /// Entries as the lists of index, tag and disambiguation pages show them.
    func listItems(_ indices: [Int], root: String) -> [[String: Any]] {
        indices.map { j in
            let e = site.entries[j]
            var item: [String: Any] = ["title": e.title, "url": url(of: j, from: root), "type_label": config.type(named: e.type)?.label ?? e.type]
            if let s = e.summary { item["summary"] = s }
            if let d = e.date { item["date"] = ["iso": d.iso, "text": d.description] }
            return item
        }
    }

    /// A redirect (one entry) or a disambiguation page (several).
    func aliasContext(_ page: AliasPage) -> (template: String, context: [String: Any]) {
        let canonical = String(page.path.dropLast("index.html".count))
        if page.entries.count == 1 {
            let target = page.entries[0]
            var context = common(path: page.path, title: site.entries[target].title, kind: "redirect", description: nil, canonicalPath: nil)
            let root = context["root"] as! String
            var redirect: [String: Any] = ["alias": page.alias, "title": site.entries[target].title, "url": url(of: target, from: root)]
            if let base = config.baseURL { redirect["canonical"] = base + site.entries[target].id + "/" }
            context["redirect"] = redirect
            return ("redirect", context)
        }
        var context = common(path: page.path, title: page.alias, kind: "disambiguation", description: "‘\(page.alias)’ may refer to several entries.", canonicalPath: canonical)
        let root = context["root"] as! String
        context["disambiguation"] = ["alias": page.alias, "entries": listItems(page.entries, root: root)]
        return ("disambiguation", context)
    }
}
