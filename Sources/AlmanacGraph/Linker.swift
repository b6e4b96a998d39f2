import AlmanacContent
import AlmanacCore
import AlmanacMarkdown

/// Resolves every front-matter relation and wiki link, checks link types,
/// and builds typed backlinks, mentions and the wanted list.
public struct Linker: Sendable {
    public var config: SiteConfig

    public init(config: SiteConfig) { self.config = config }

    public func link(entries: [Entry], bodies: [RenderedBody], home: RenderedBody?, homePath: String = "content/index.md") -> LinkedSite {
        let index = LinkIndex(entries: entries)
        var diagnostics: [Diagnostic] = []
        var backlinkSets = Array(repeating: [String: [Int: Backlink]](), count: entries.count)
        var citedBy = Array(repeating: [CitingUse](), count: entries.count)
        var fieldCitations: [[[[ResolvedCitation]]]] = []
        var mentionMap = Array(repeating: [Int: [String]](), count: entries.count)
        var wanted: [String: WantedEntry] = [:]
        let hasSourceType = config.type(named: "source") != nil

        func want(_ title: String, from source: Int?, at location: SourceLocation) {
            let key = TextKey.normalize(title)
            wanted[key, default: WantedEntry(title: title, wantedBy: [])].wantedBy.append((source, location))
        }

        func resolve(_ target: String, at location: SourceLocation) -> Int? {
            switch index.resolve(target) {
            case .entry(let i): return i
            case .missing: return nil
            case .ambiguous(let candidates):
                let names = candidates.map { "\(entries[$0].id) (\(entries[$0].title))" }.joined(separator: ", ")
                diagnostics.append(.error(location, "ambiguous link '\(target)': it names \(names); link to one by folder/slug"))
                return nil
            }
        }

        var fieldTargets: [[[LinkTarget]]] = []
        for (i, entry) in entries.enumerated() {
            var perField: [[LinkTarget]] = []
            var perFieldCitations: [[[ResolvedCitation]]] = []
            for field in entry.fields {
                guard case .links(let refs) = field.value else { perField.append([]); perFieldCitations.append([]); continue }
                var targets: [LinkTarget] = []
                var citations: [[ResolvedCitation]] = []
                for ref in refs {
                    let cited = ref.qualifiers.sources.map { citation -> ResolvedCitation in
                        let j = resolve(citation.source, at: citation.location)
                        if let j, hasSourceType, entries[j].type != "source" {
                            diagnostics.append(.error(citation.location, "'\(citation.source)' is cited as a source, but it is a \(entries[j].type)"))
                        } else if j == nil, case .missing = index.resolve(citation.source) {
                            diagnostics.append(.warning(citation.location, "cited source '\(citation.source)' is no entry yet"))
                            want(citation.source, from: i, at: citation.location)
                        }
                        return ResolvedCitation(source: j, name: citation.source, locator: citation.locator)
                    }
                    citations.append(cited)
                    guard let j = resolve(ref.target, at: ref.location) else {
                        if case .missing = index.resolve(ref.target) {
                            diagnostics.append(.warning(ref.location, "'\(field.field.name)' names '\(ref.target)', which is no entry yet (shown as a red link)"))
                            want(ref.target, from: i, at: ref.location)
                        }
                        targets.append(.missing(ref.target))
                        continue
                    }
                    let allowed = field.field.targets
                    if !allowed.isEmpty && !allowed.contains(entries[j].type) {
                        diagnostics.append(.error(ref.location, "'\(field.field.name)' must link to \(allowed.joined(separator: " or ")), but '\(ref.target)' is a \(entries[j].type)"))
                    }
                    targets.append(.entry(j, anchor: nil))
                    let label = field.field.inverse ?? "\(field.field.label) of"
                    backlinkSets[j][label, default: [:]][i] = Backlink(source: i, qualifiers: ref.qualifiers, citations: cited)
                    if field.field.name == "sources" {
                        citedBy[j].append(CitingUse(entry: i, claim: nil, locator: nil))
                    }
                    for c in cited {
                        guard let s = c.source else { continue }
                        let status = ref.qualifiers.status.map { " (\($0))" } ?? ""
                        citedBy[s].append(CitingUse(entry: i, claim: "\(field.field.label): \(entries[j].title)\(status)", locator: c.locator))
                    }
                }
                perField.append(targets)
                perFieldCitations.append(citations)
            }
            fieldTargets.append(perField)
            fieldCitations.append(perFieldCitations)
        }

        func resolveBody(_ body: RenderedBody, source: Int?, path: String) -> [LinkTarget] {
            body.wikiLinks.map { link in
                let location = SourceLocation(path: path, line: link.line, column: link.column)
                if link.target.isEmpty {
                    let anchor = anchorIn(body.headings, link.fragment ?? "")
                    if anchor == nil { diagnostics.append(.warning(location, "no heading '\(link.fragment ?? "")' on this page")) }
                    return .sameEntry(anchor: anchor ?? Slug.anchor(link.fragment ?? ""))
                }
                guard let j = resolve(link.target, at: location) else {
                    if case .missing = index.resolve(link.target) { want(link.target, from: source, at: location) }
                    return .missing(link.target)
                }
                var anchor: String?
                if let fragment = link.fragment {
                    anchor = anchorIn(bodies[j].headings, fragment)
                    if anchor == nil {
                        diagnostics.append(.warning(location, "'\(entries[j].title)' has no heading '\(fragment)'"))
                    }
                }
                if let source, source != j {
                    mentionMap[j][source, default: []].append(link.sentence)
                    if hasSourceType, entries[j].type == "source" { citedBy[j].append(CitingUse(entry: source, claim: nil, locator: nil)) }
                }
                return .entry(j, anchor: anchor)
            }
        }

        var bodyTargets: [[LinkTarget]] = []
        for (i, body) in bodies.enumerated() {
            bodyTargets.append(resolveBody(body, source: i, path: entries[i].path))
        }
        let homeTargets = home.map { resolveBody($0, source: nil, path: homePath) } ?? []

        let titleKeys = entries.map { TextKey.normalize($0.title) }
        let byTitle: (Int, Int) -> Bool = { a, b in
            (titleKeys[a], entries[a].id) < (titleKeys[b], entries[b].id)
        }
        let backlinks = backlinkSets.map { groups in
            groups.map { group in
                BacklinkGroup(label: group.key, items: group.value.keys.sorted(by: byTitle).map { group.value[$0]! })
            }.sorted { $0.label < $1.label }
        }
        // One row per entry and claim, in entry order.
        let citedByList = citedBy.map { uses -> [CitingUse] in
            var seen = Set<CitingUse>()
            return uses.filter { seen.insert($0).inserted }.sorted { byTitle($0.entry, $1.entry) || ($0.entry == $1.entry && ($0.claim ?? "") < ($1.claim ?? "")) }
        }
        let mentions = mentionMap.map { map in
            map.keys.sorted(by: byTitle).map { Mention(source: $0, sentences: uniqued(map[$0]!)) }
        }
        let wantedList = wanted.values.sorted { ($1.wantedBy.count, TextKey.normalize($0.title)) < ($0.wantedBy.count, TextKey.normalize($1.title)) }
        return LinkedSite(
            entries: entries, bodies: bodies, fieldTargets: fieldTargets, fieldCitations: fieldCitations, citedBy: citedByList,
            bodyTargets: bodyTargets, home: home,
            homeTargets: homeTargets, backlinks: backlinks, mentions: mentions, wanted: wantedList, diagnostics: diagnostics)
    }

    func anchorIn(_ headings: [Heading], _ fragment: String) -> String? {
        let key = TextKey.normalize(fragment)
        let anchor = Slug.anchor(fragment)
        return headings.first { TextKey.normalize($0.text) == key || $0.id == anchor || $0.id == fragment }?.id
    }

    func uniqued(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
