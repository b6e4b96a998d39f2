import AlmanacContent
import AlmanacCore
import AlmanacGraph
import Foundation

/// A hash of everything a page shows, per page: two builds give a page the
/// same signature exactly when it would render the same, so an update
/// renders only the pages whose signature changed.
///
/// Entry pages are hashed one by one (`facets`), and the pages that list
/// every entry combine per-entry hashes, so an edit re-hashes only the
/// entries it touches.
enum PageSignatures {
    /// An entry's own page, and what listing pages show of it.
    struct Facets: Sendable, Equatable {
        var page: Int
        /// Timeline, tags, alias pages, feeds, the graph page.
        var listing: Int
        /// The maintenance page: also citations, uncited paragraphs, relations.
        var maintenance: Int
        /// The type's index pages: title, summary, date.
        var typeIndex: Int
    }

    /// What a page shows of an entry it links to: the link, its preview
    /// (summary) and, in timelines, its dates.
    static func describe(_ entry: Entry, into hasher: inout Hasher) {
        hasher.combine(entry.id)
        hasher.combine(entry.title)
        hasher.combine(entry.type)
        hasher.combine(entry.summary)
        for field in entry.fields { if case .date(let d) = field.value { hasher.combine(field.field.name); hasher.combine(d) } }
    }

    static func describe(_ target: LinkTarget, _ entries: [Entry], into hasher: inout Hasher) {
        switch target {
        case .entry(let j, let anchor):
            describe(entries[j], into: &hasher)
            hasher.combine(anchor)
        case .sameEntry(let anchor): hasher.combine(anchor)
        case .missing(let name): hasher.combine("missing:" + name)
        }
    }

    static func facets(of i: Int, in site: LinkedSite, fileHash: Int) -> Facets {
        let entries = site.entries
        let entry = entries[i]
        var h = Hasher()
        h.combine(fileHash)
        for field in site.fieldTargets[i] { for t in field { describe(t, entries, into: &h) } }
        for field in site.fieldCitations[i] {
            for cites in field { for c in cites { if let s = c.source { describe(entries[s], into: &h) } } }
        }
        for t in site.bodyTargets[i] { describe(t, entries, into: &h) }
        for group in site.backlinks[i] {
            h.combine(group.label)
            for item in group.items {
                h.combine(item)
                describe(entries[item.source], into: &h)
                for c in item.citations { if let s = c.source { describe(entries[s], into: &h) } }
            }
        }
        for mention in site.mentions[i] {
            describe(entries[mention.source], into: &h)
            h.combine(mention.sentences)
        }
        for use in site.citedBy[i] {
            h.combine(use)
            describe(entries[use.entry], into: &h)
        }
        var listing = Hasher()
        for t in site.bodyTargets[i] { describe(t, entries, into: &listing) }
        describe(entry, into: &listing)
        listing.combine(entry.tags)
        listing.combine(entry.aliases)
        listing.combine(entry.updated)
        let listingHash = listing.finalize()
        var maintenance = Hasher()
        maintenance.combine(listingHash)
        maintenance.combine(site.bodies[i].uncitedParagraphLines)
        for field in site.fieldTargets[i] { for t in field { describe(t, entries, into: &maintenance) } }
        for field in site.fieldCitations[i] { for cites in field { maintenance.combine(cites.count) } }
        // The disputed claims page shows each claim's status, note, period and sources.
        for field in entry.fields { if case .links(let refs) = field.value { for ref in refs { maintenance.combine(ref.qualifiers) } } }
        var typeIndex = Hasher()
        typeIndex.combine(entry.id)
        typeIndex.combine(entry.title)
        typeIndex.combine(entry.summary)
        typeIndex.combine(entry.date)
        return Facets(page: h.finalize(), listing: listingHash, maintenance: maintenance.finalize(), typeIndex: typeIndex.finalize())
    }

    /// Every entry's facets, on every core.
    static func facets(_ site: LinkedSite, fileHashes: [Int]) -> [Facets] {
        let slots = Slots<Facets>(count: site.entries.count)
        DispatchQueue.concurrentPerform(iterations: site.entries.count) { i in
            slots[i] = facets(of: i, in: site, fileHash: fileHashes[i])
        }
        return slots.all
    }

    /// Signatures by page: entry pages by output path, the others by name
    /// ("listings", "maintenance", "search", "type:…", "nav", "index.html", "wanted/index.html").
    static func compute(_ site: LinkedSite, facets: [Facets], types: [Int], config: SiteConfig, fileHashes: [Int], home: ParsedHome?) -> [String: Int] {
        var signatures: [String: Int] = [:]
        signatures.reserveCapacity(site.entries.count + 16)
        for (i, entry) in site.entries.enumerated() { signatures[entry.outputPath] = facets[i].page }
        globals(site, facets: facets, types: types, config: config, fileHashes: fileHashes, home: home, into: &signatures)
        return signatures
    }

    /// Each entry's type as its position in `config.types` (-1 for none):
    /// integers, so that combining facets per type costs no string hashing.
    static func typePositions(_ entries: [Entry], _ config: SiteConfig) -> [Int] {
        let position = Dictionary(config.types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        return entries.map { position[$0.type] ?? -1 }
    }

    /// The signatures of the pages that list every entry, from the entries' facets.
    static func globals(_ site: LinkedSite, facets: [Facets], types: [Int], config: SiteConfig, fileHashes: [Int], home: ParsedHome?, into signatures: inout [String: Int]) {
        signatures["search"] = fileHashes.hashValue
        signatures["listings"] = facets.map(\.listing).hashValue
        var maintenance = Hasher()
        maintenance.combine(signatures["listings"])
        maintenance.combine(facets.map(\.maintenance))
        signatures["maintenance"] = maintenance.finalize()
        var byType = Array(repeating: Hasher(), count: config.types.count)
        for (i, t) in types.enumerated() where t >= 0 { byType[t].combine(facets[i].typeIndex) }
        let counts = site.typeCounts
        for (t, type) in config.types.enumerated() {
            signatures["type:" + type.name] = counts[type.name, default: 0] > 0 ? byType[t].finalize() : 0
        }
        // The navigation on every page lists the types that have entries.
        signatures["nav"] = config.types.filter { counts[$0.name, default: 0] > 0 }.map(\.name).hashValue
        var homeHasher = Hasher()
        homeHasher.combine(home?.title)
        homeHasher.combine(home?.summary)
        homeHasher.combine(home?.body)
        for t in site.homeTargets { describe(t, site.entries, into: &homeHasher) }
        homeHasher.combine(config.types.map { counts[$0.name, default: 0] })
        signatures["index.html"] = homeHasher.finalize()
        var wanted = Hasher()
        for w in site.wanted {
            wanted.combine(w.title)
            for by in w.wantedBy {
                wanted.combine(by.source.map { site.entries[$0].id })
                wanted.combine(by.source.map { site.entries[$0].title })
                wanted.combine(by.location)
            }
        }
        signatures["wanted/index.html"] = wanted.finalize()
    }
}
