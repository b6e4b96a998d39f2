import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacTemplate

extension PageContext {
    /// Timeline items grouped by year, for the timeline page and entry pages.
    /// `current`: the entry whose page this is; its own rows are not links.
    func timelineYears(_ items: [TimelineItem], root: String, current page: Int? = nil) -> [TemplateObject] {
        var years: [TemplateObject] = []
        var current: (year: Int, items: [TemplateObject])?
        for item in items {
            let entry = site.entries[item.entry]
            var value: TemplateObject = [
                "date": .text((item.approximate ? "c. " : "") + PartialDate.range(item.start, item.end)), "iso": .text(item.start.iso),
                "precision": .text("\(item.start.precision)"), "is_range": .bool(item.end != nil),
                "title": .text(entry.title), "url": .text(url(of: item.entry, from: root)),
                "type": .text(entry.type), "type_label": .text(config.type(named: entry.type)?.label ?? entry.type),
            ]
            if let label = item.label { value["label"] = .text(label) }
            if item.entry == page { value["is_self"] = true }
            if item.approximate { value["approximate"] = true }
            if let summary = entry.summary { value["summary"] = .text(summary) }
            if current?.year != item.start.year {
                if let c = current { years.append(["year": .int(c.year), "items": c.items.value]) }
                current = (item.start.year, [])
            }
            current!.items.append(value)
        }
        if let c = current { years.append(["year": .int(c.year), "items": c.items.value]) }
        return years
    }

    /// `timeline/index.html`, or `timeline/<type>/index.html` for one type;
    /// `all` is `Timeline.all(site)`, sorted once for every timeline page.
    func timelineContext(only type: TypeSchema?, all: [TimelineItem]) -> TemplateObject {
        let path = type.map { "timeline/\($0.name)/index.html" } ?? "timeline/index.html"
        let title = type.map { "Timeline: \($0.plural)" } ?? "Timeline"
        var context = common(path: path, title: title, kind: "timeline", description: "Everything dated in \(config.title), in order.",
                             canonicalPath: String(path.dropLast("index.html".count)))
        let root = context.root
        let items = type.map { t in all.filter { site.entries[$0.entry].type == t.name } } ?? all
        let datedTypes = Set(all.map { site.entries[$0.entry].type })
        let filters: [TemplateObject] = [["label": "All", "url": .text(root + "timeline/index.html"), "current": .bool(type == nil)]]
            + config.types.filter { datedTypes.contains($0.name) }.map {
                ["label": .text($0.plural), "url": .text(root + "timeline/\($0.name)/index.html"), "current": .bool($0.name == type?.name)]
            }
        context["timeline"] = ["title": .text(title), "years": timelineYears(items, root: root).value, "count": .int(items.count), "has_items": .bool(!items.isEmpty), "filters": filters.value]
        return context
    }
}

extension PageContext {
    func tagsContext() -> TemplateObject {
        var context = common(path: "tags/index.html", title: "Tags", kind: "tags", description: "Every tag in \(config.title).", canonicalPath: "tags/")
        let root = context.root
        context["tags"] = ["items": Tags.all(site).map { ["name": .text($0.name), "url": .text(root + "tags/\($0.slug)/index.html"), "count": .int($0.entries.count)] as TemplateObject }.value]
        return context
    }

    func tagContext(_ tag: Tag) -> TemplateObject {
        let path = "tags/\(tag.slug)/index.html"
        var context = common(path: path, title: "Tag: \(tag.name)", kind: "tag", description: "Entries tagged \(tag.name).", canonicalPath: "tags/\(tag.slug)/")
        let root = context.root
        context["tag"] = ["name": .text(tag.name), "count": .int(tag.entries.count), "all_url": .text(root + "tags/index.html"), "entries": listItems(tag.entries, root: root).value]
        return context
    }

    /// Entries as the lists of index, tag and disambiguation pages show them.
    func listItems(_ indices: [Int], root: String) -> [TemplateObject] {
        indices.map { j in
            let e = site.entries[j]
            var item: TemplateObject = ["title": .text(e.title), "url": .text(url(of: j, from: root)), "type_label": .text(config.type(named: e.type)?.label ?? e.type)]
            if let s = e.summary { item["summary"] = .text(s) }
            if let d = e.date { item["date"] = ["iso": .text(d.iso), "text": .text(d.description)] }
            return item
        }
    }

    /// A redirect (one entry) or a disambiguation page (several).
    func aliasContext(_ page: AliasPage) -> (template: String, context: TemplateObject) {
        let canonical = String(page.path.dropLast("index.html".count))
        if page.entries.count == 1 {
            let target = page.entries[0]
            var context = common(path: page.path, title: site.entries[target].title, kind: "redirect", description: nil, canonicalPath: nil)
            let root = context.root
            var redirect: TemplateObject = ["alias": .text(page.alias), "title": .text(site.entries[target].title), "url": .text(url(of: target, from: root))]
            if let base = config.baseURL { redirect["canonical"] = .text(base + site.entries[target].id + "/") }
            context["redirect"] = .object(redirect)
            return ("redirect", context)
        }
        var context = common(path: page.path, title: page.alias, kind: "disambiguation", description: "‘\(page.alias)’ may refer to several entries.", canonicalPath: canonical)
        let root = context.root
        context["disambiguation"] = ["alias": .text(page.alias), "entries": listItems(page.entries, root: root).value]
        return ("disambiguation", context)
    }
}
