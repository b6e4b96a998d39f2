import AlmanacContent
import AlmanacCore
import AlmanacMarkdown
import Foundation

/// Resolves every front-matter relation and wiki link, checks link types,
/// and builds typed backlinks, mentions and the wanted list.
public struct Linker: Sendable {
    public var config: SiteConfig

    public init(config: SiteConfig) { self.config = config }

    public func link(entries: [Entry], bodies: [RenderedBody], home: RenderedBody?, homePath: String = "content/index.md") -> LinkedSite {
        let index = LinkIndex(entries: entries)
        // Each entry's links depend only on the names of all: resolve them on every core.
        let resolved = Slots<Outgoing>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { i in
            resolved[i] = self.outgoing(of: i, entries: entries, bodies: bodies, index: index)
        }
        let links = resolved.all
        let homeLinks = home.map { resolveBody($0, source: nil, path: homePath, entries: entries, bodies: bodies, index: index) } ?? Outgoing()
        var incoming = Array(repeating: [Int](), count: entries.count)
        for (i, outgoing) in links.enumerated() {
            for j in outgoing.targets.sorted() { incoming[j].append(i) }
        }
        var site = LinkedSite(
            entries: entries, bodies: bodies, fieldTargets: links.map(\.fieldTargets), fieldCitations: links.map(\.fieldCitations),
            citedBy: [], bodyTargets: links.map(\.bodyTargets), home: home, homeTargets: homeLinks.bodyTargets,
            backlinks: [], mentions: [], wanted: [], diagnostics: [])
        site.index = index
        site.outgoing = links
        site.homeLinks = homeLinks
        site.incoming = incoming
        site.titleKeys = entries.map { TextKey.normalize($0.title) }
        let gathered = Slots<(backlinks: [BacklinkGroup], citedBy: [CitingUse], mentions: [Mention])>(count: entries.count)
        let linked = site
        DispatchQueue.concurrentPerform(iterations: entries.count) { j in gathered[j] = linked.collect(into: j) }
        let collected = gathered.all
        site.backlinks = collected.map(\.backlinks)
        site.citedBy = collected.map(\.citedBy)
        site.mentions = collected.map(\.mentions)
        site.wanted = site.wantedList()
        site.diagnostics = site.allDiagnostics()
        return site
    }

    /// Replaces entry `e` with an edited version of itself, in place, and
    /// returns the entries whose pages may show the change; nil (and `site`
    /// untouched) when the edit changes what names resolve to (title,
    /// aliases, slug, type) or the headings others may link to: then the
    /// whole site must be linked again.
    public func relink(_ site: inout LinkedSite, entry e: Int, to entry: Entry, body: RenderedBody) -> Set<Int>? {
        guard let index = site.index, e < site.outgoing.count else { return nil }
        let old = site.entries[e]
        guard old.id == entry.id, old.title == entry.title, old.aliases == entry.aliases, old.slug == entry.slug, old.type == entry.type,
            site.bodies[e].headings == body.headings
        else { return nil }
        site.entries[e] = entry
        site.bodies[e] = body
        let before = site.outgoing[e]
        let after = outgoing(of: e, entries: site.entries, bodies: site.bodies, index: index)
        site.outgoing[e] = after
        site.fieldTargets[e] = after.fieldTargets
        site.fieldCitations[e] = after.fieldCitations
        site.bodyTargets[e] = after.bodyTargets
        let (was, now) = (before.targets, after.targets)
        for j in was.subtracting(now) { site.incoming[j].removeAll { $0 == e } }
        for j in now.subtracting(was) {
            let k = site.incoming[j].firstIndex { $0 > e } ?? site.incoming[j].count
            site.incoming[j].insert(e, at: k)
        }
        let touched = was.union(now)
        for j in touched {
            let c = site.collect(into: j)
            site.backlinks[j] = c.backlinks
            site.citedBy[j] = c.citedBy
            site.mentions[j] = c.mentions
        }
        if before.wants != after.wants { site.wanted = site.wantedList() }
        site.diagnostics = site.allDiagnostics()
        // Pages that link here show its summary and dates; pages it links to list it.
        return touched.union(site.incoming[e]).union([e])
    }

    /// Resolves entry `i`'s relations, citations and wiki links.
    func outgoing(of i: Int, entries: [Entry], bodies: [RenderedBody], index: LinkIndex) -> Outgoing {
        var out = Outgoing()
        let entry = entries[i]
        let hasSourceType = config.type(named: "source") != nil
        for field in entry.fields {
            guard case .links(let refs) = field.value else { out.fieldTargets.append([]); out.fieldCitations.append([]); continue }
            var targets: [LinkTarget] = []
            var citations: [[ResolvedCitation]] = []
            for ref in refs {
                let cited = ref.qualifiers.sources.map { citation -> ResolvedCitation in
                    let j = resolve(citation.source, at: citation.location, entries: entries, index: index, into: &out)
                    if let j, hasSourceType, entries[j].type != "source" {
                        out.diagnostics.append(.error(citation.location, "'\(citation.source)' is cited as a source, but it is a \(entries[j].type)"))
                    } else if j == nil, case .missing = index.resolve(citation.source) {
                        out.diagnostics.append(.warning(citation.location, "cited source '\(citation.source)' is no entry yet"))
                        out.wants.append(.init(title: citation.source, location: citation.location))
                    }
                    return ResolvedCitation(source: j, name: citation.source, locator: citation.locator)
                }
                citations.append(cited)
                guard let j = resolve(ref.target, at: ref.location, entries: entries, index: index, into: &out) else {
                    if case .missing = index.resolve(ref.target) {
                        out.diagnostics.append(.warning(ref.location, "'\(field.field.name)' names '\(ref.target)', which is no entry yet (shown as a red link)"))
                        out.wants.append(.init(title: ref.target, location: ref.location))
                    }
                    targets.append(.missing(ref.target))
                    continue
                }
                let allowed = field.field.targets
                if !allowed.isEmpty && !allowed.contains(entries[j].type) {
                    out.diagnostics.append(.error(ref.location, "'\(field.field.name)' must link to \(allowed.joined(separator: " or ")), but '\(ref.target)' is a \(entries[j].type)"))
                }
                targets.append(.entry(j, anchor: nil))
                let label = field.field.inverse ?? "\(field.field.label) of"
                out.contributions.append(.init(target: j, kind: .backlink(label: label, Backlink(source: i, qualifiers: ref.qualifiers, citations: cited))))
                if field.field.name == "sources" {
                    out.contributions.append(.init(target: j, kind: .citation(CitingUse(entry: i, claim: nil, locator: nil))))
                }
                for c in cited {
                    guard let s = c.source else { continue }
                    let status = ref.qualifiers.status.map { " (\($0))" } ?? ""
                    out.contributions.append(.init(target: s, kind: .citation(CitingUse(entry: i, claim: "\(field.field.label): \(entries[j].title)\(status)", locator: c.locator))))
                }
            }
            out.fieldTargets.append(targets)
            out.fieldCitations.append(citations)
        }
        let body = resolveBody(bodies[i], source: i, path: entry.path, entries: entries, bodies: bodies, index: index)
        out.bodyTargets = body.bodyTargets
        out.diagnostics += body.diagnostics
        out.wants += body.wants
        out.contributions += body.contributions
        return out
    }

    /// A body's wiki links (`source` is nil for the home page, which adds no mentions).
    func resolveBody(_ body: RenderedBody, source: Int?, path: String, entries: [Entry], bodies: [RenderedBody], index: LinkIndex) -> Outgoing {
        var out = Outgoing()
        let hasSourceType = config.type(named: "source") != nil
        out.bodyTargets = body.wikiLinks.map { link in
            let location = SourceLocation(path: path, line: link.line, column: link.column)
            if link.target.isEmpty {
                let anchor = anchorIn(body.headings, link.fragment ?? "")
                if anchor == nil { out.diagnostics.append(.warning(location, "no heading '\(link.fragment ?? "")' on this page")) }
                return .sameEntry(anchor: anchor ?? Slug.anchor(link.fragment ?? ""))
            }
            guard let j = resolve(link.target, at: location, entries: entries, index: index, into: &out) else {
                if case .missing = index.resolve(link.target) { out.wants.append(.init(title: link.target, location: location)) }
                return .missing(link.target)
            }
            var anchor: String?
            if let fragment = link.fragment {
                anchor = anchorIn(j == source ? body.headings : bodies[j].headings, fragment)
                if anchor == nil {
                    out.diagnostics.append(.warning(location, "'\(entries[j].title)' has no heading '\(fragment)'"))
                }
            }
            if let source, source != j {
                out.contributions.append(.init(target: j, kind: .mention(link.sentence)))
                if hasSourceType, entries[j].type == "source" {
                    out.contributions.append(.init(target: j, kind: .citation(CitingUse(entry: source, claim: nil, locator: nil))))
                }
            }
            return .entry(j, anchor: anchor)
        }
        return out
    }

    func resolve(_ target: String, at location: SourceLocation, entries: [Entry], index: LinkIndex, into out: inout Outgoing) -> Int? {
        switch index.resolve(target) {
        case .entry(let i): return i
        case .missing: return nil
        case .ambiguous(let candidates):
            let names = candidates.map { "\(entries[$0].id) (\(entries[$0].title))" }.joined(separator: ", ")
            out.diagnostics.append(.error(location, "ambiguous link '\(target)': it names \(names); link to one by folder/slug"))
            return nil
        }
    }

    func anchorIn(_ headings: [Heading], _ fragment: String) -> String? {
        let key = TextKey.normalize(fragment)
        let anchor = Slug.anchor(fragment)
        return headings.first { TextKey.normalize($0.text) == key || $0.id == anchor || $0.id == fragment }?.id
    }
}
