import AlmanacContent
import AlmanacCore
import AlmanacGraph

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
    func sitemapContext(base: String) -> [String: Any] {
        var urls: [[String: Any]] = [["loc": base]]
        for type in config.types where counts[type.name, default: 0] > 0 { urls.append(["loc": base + type.folder + "/"]) }
        urls.append(["loc": base + "timeline/"])
        urls.append(["loc": base + "tags/"])
        let order = site.entries.indices.sorted { site.entries[$0].id < site.entries[$1].id }
        for i in order {
            var url: [String: Any] = ["loc": base + site.entries[i].id + "/"]
            if let date = updated(i) { url["lastmod"] = String(date.prefix(10)) }
            urls.append(url)
        }
        return ["sitemap": ["urls": urls], "site": ["title": config.title]]
    }

    /// `atom.xml`: the most recently changed entries first.
    func feedContext(base: String) -> [String: Any] {
        let dated = site.entries.indices.map { ($0, updated($0) ?? "1970-01-01T00:00:00Z") }
            .sorted { ($1.1, site.entries[$0.0].id) < ($0.1, site.entries[$1.0].id) }
            .prefix(100)
        let entries: [[String: Any]] = dated.map { i, date in
            let e = site.entries[i]
            var item: [String: Any] = ["title": e.title, "url": base + e.id + "/", "updated": date, "type": e.type,
                                       "type_label": config.type(named: e.type)?.label ?? e.type]
            if let s = e.summary { item["summary"] = s }
            return item
        }
        var siteValues: [String: Any] = ["title": config.title, "language": config.language]
        if !config.description.isEmpty { siteValues["description"] = config.description }
        return [
            "site": siteValues, "generator": PageContext.generator,
            "feed": ["id": base, "self": base + "atom.xml", "home": base, "updated": dated.first?.1 ?? "1970-01-01T00:00:00Z", "entries": entries],
        ]
    }
}
