import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacTemplate

extension PageContext {
    /// RFC 3339 time of an entry's last change: `updated:` from front
    /// matter, else the last commit that touched its file.
    func updated(_ i: Int) -> String? {
        let entry = site.entries[i]
        if let date = entry.updated { return PageContext.rfc3339(date) }
        return modified[entry.path]
    }

    static func rfc3339(_ date: PartialDate) -> String {
        date.earliestDay + "T00:00:00Z"
    }

    /// `sitemap.xml`: every page a crawler should see, absolute.
    func sitemapContext(base: String) -> TemplateObject {
        var urls: [TemplateObject] = [["loc": .text(base)]]
        for type in config.types where counts[type.name, default: 0] > 0 { urls.append(["loc": .text(base + type.folder + "/")]) }
        urls.append(["loc": .text(base + "timeline/")])
        urls.append(["loc": .text(base + "tags/")])
        let order = site.entries.indices.sorted { site.entries[$0].id < site.entries[$1].id }
        for i in order {
            var url: TemplateObject = ["loc": .text(base + site.entries[i].id + "/")]
            if let date = updated(i) { url["lastmod"] = .text(String(date.prefix(10))) }
            urls.append(url)
        }
        return ["sitemap": ["urls": urls.value], "site": ["title": .text(config.title)]]
    }

    /// `atom.xml`: the most recently changed entries first.
    func feedContext(base: String) -> TemplateObject {
        let dated = site.entries.indices.map { ($0, updated($0) ?? "1970-01-01T00:00:00Z") }
            .sorted { ($1.1, site.entries[$0.0].id) < ($0.1, site.entries[$1.0].id) }
            .prefix(100)
        let entries: [TemplateObject] = dated.map { i, date in
            let e = site.entries[i]
            var item: TemplateObject = ["title": .text(e.title), "url": .text(base + e.id + "/"), "updated": .text(date), "type": .text(e.type),
                                        "type_label": .text(config.type(named: e.type)?.label ?? e.type)]
            if let s = e.summary { item["summary"] = .text(s) }
            return item
        }
        var siteValues: TemplateObject = ["title": .text(config.title), "language": .text(config.language)]
        if !config.description.isEmpty { siteValues["description"] = .text(config.description) }
        return [
            "site": .object(siteValues), "generator": .text(PageContext.generator),
            "feed": ["id": .text(base), "self": .text(base + "atom.xml"), "home": .text(base), "updated": .text(dated.first?.1 ?? "1970-01-01T00:00:00Z"), "entries": entries.value],
        ]
    }
}
