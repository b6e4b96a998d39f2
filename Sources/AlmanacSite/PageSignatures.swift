import AlmanacContent
import AlmanacGraph

/// A hash of everything a page shows, per page: two builds give a page the
/// same signature exactly when it would render the same, so an update
/// renders only the pages whose signature changed.
enum PageSignatures {
    static func compute(_ site: LinkedSite, config: SiteConfig, fileHashes: [Int], home: ParsedHome?) -> [String: Int] {
        var signatures: [String: Int] = [:]
        let entries = site.entries
        func describe(_ target: LinkTarget, into hasher: inout Hasher) {
            switch target {
            case .entry(let j, let anchor):
                hasher.combine(entries[j].id)
                hasher.combine(entries[j].title)
                hasher.combine(entries[j].type)
                hasher.combine(anchor)
            case .sameEntry(let anchor): hasher.combine(anchor)
            case .missing(let name): hasher.combine("missing:" + name)
            }
        }
        func describe(_ j: Int, into hasher: inout Hasher) {
            hasher.combine(entries[j].id)
            hasher.combine(entries[j].title)
            hasher.combine(entries[j].type)
        }
        for i in entries.indices {
            var h = Hasher()
            h.combine(fileHashes[i])
            for field in site.fieldTargets[i] { for t in field { describe(t, into: &h) } }
            for t in site.bodyTargets[i] { describe(t, into: &h) }
            for group in site.backlinks[i] {
                h.combine(group.label)
                for j in group.sources { describe(j, into: &h) }
            }
            for mention in site.mentions[i] {
                describe(mention.source, into: &h)
                h.combine(mention.sentences)
            }
            signatures[entries[i].outputPath] = h.finalize()
        }
        // Timeline, tags, alias pages, feeds and the graph page list every
        // entry by these; the search index also holds the text; the
        // maintenance page also reads citations, paragraphs and links.
        signatures["search"] = fileHashes.hashValue
        var listings = Hasher()
        for targets in site.bodyTargets { for t in targets { describe(t, into: &listings) } }
        for entry in entries {
            listings.combine(entry.id)
            listings.combine(entry.title)
            listings.combine(entry.type)
            listings.combine(entry.summary)
            listings.combine(entry.tags)
            listings.combine(entry.aliases)
            listings.combine(entry.updated)
            for field in entry.fields { if case .date(let d) = field.value { listings.combine(field.field.name); listings.combine(d) } }
        }
        signatures["listings"] = listings.finalize()
        var maintenance = Hasher()
        maintenance.combine(signatures["listings"])
        for (i, body) in site.bodies.enumerated() {
            maintenance.combine(body.uncitedParagraphLines)
            for field in site.fieldTargets[i] { for t in field { describe(t, into: &maintenance) } }
            for field in site.fieldCitations[i] { for cites in field { maintenance.combine(cites.count) } }
        }
        signatures["maintenance"] = maintenance.finalize()
        var byType: [String: Hasher] = [:]
        var counts: [String: Int] = [:]
        for entry in entries {
            byType[entry.type, default: Hasher()].combine(entry.id)
            byType[entry.type]!.combine(entry.title)
            byType[entry.type]!.combine(entry.summary)
            byType[entry.type]!.combine(entry.date)
            counts[entry.type, default: 0] += 1
        }
        for type in config.types {
            signatures["type:" + type.name] = byType[type.name]?.finalize() ?? 0
        }
        // The navigation on every page lists the types that have entries.
        signatures["nav"] = config.types.filter { counts[$0.name, default: 0] > 0 }.map(\.name).hashValue
        var homeHasher = Hasher()
        homeHasher.combine(home?.title)
        homeHasher.combine(home?.summary)
        homeHasher.combine(home?.body)
        for t in site.homeTargets { describe(t, into: &homeHasher) }
        homeHasher.combine(config.types.map { counts[$0.name, default: 0] })
        signatures["index.html"] = homeHasher.finalize()
        var wanted = Hasher()
        for w in site.wanted {
            wanted.combine(w.title)
            for by in w.wantedBy {
                wanted.combine(by.source.map { entries[$0].id })
                wanted.combine(by.source.map { entries[$0].title })
                wanted.combine(by.location)
            }
        }
        signatures["wanted/index.html"] = wanted.finalize()
        return signatures
    }
}
