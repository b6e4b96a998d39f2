import AlmanacContent
import AlmanacCore
import Foundation

/// What an editor should look at next, beyond errors: the maintenance
/// reports of the site (a static page and part of `check --format json`).
public struct MaintenanceReport: Sendable, Codable, Hashable {
    public struct Item: Sendable, Codable, Hashable {
        /// The entry's id, or for wanted entries the missing name.
        public var id: String
        public var title: String
        public var detail: String?
        public var location: SourceLocation?
    }

    /// Missing entries, most wanted first (detail: how many links).
    public var wanted: [Item]
    /// Entries nothing links to.
    public var orphans: [Item]
    /// Entries that link nowhere.
    public var deadEnds: [Item]
    /// Relation values without a citation.
    public var unsourcedClaims: [Item]
    /// Body paragraphs without a footnote.
    public var uncitedParagraphs: [Item]
    /// Names shared by several entries (ambiguous if used in a link).
    public var aliasCollisions: [Item]
    /// Entries not edited for longer than `stale_after_days`.
    public var stale: [Item]
    /// Entries resting on one source (detail: its title): a reference work
    /// checks each claim against more than one.
    public var singleSource: [Item] = []

    /// No reports (updates under `serve`, which shows them on the page only).
    public static let empty = MaintenanceReport(wanted: [], orphans: [], deadEnds: [], unsourcedClaims: [], uncitedParagraphs: [], aliasCollisions: [], stale: [])

    public var counts: [(String, Int)] {
        [("wanted entries", wanted.count), ("orphans", orphans.count), ("dead ends", deadEnds.count),
         ("unsourced claims", unsourcedClaims.count), ("uncited paragraphs", uncitedParagraphs.count),
         ("alias collisions", aliasCollisions.count), ("stale entries", stale.count), ("single-source entries", singleSource.count)]
    }
}

public enum Maintenance {
    /// - Parameter modified: RFC 3339 time of each file's last commit. "Now"
    ///   for staleness is the newest of those, so the report depends only on
    ///   the input and two builds of one commit agree.
    public static func report(_ site: LinkedSite, config: SiteConfig, modified: [String: String]) -> MaintenanceReport {
        let entries = site.entries
        var incoming = Array(repeating: false, count: entries.count)
        var outgoing = Array(repeating: false, count: entries.count)
        for (i, groups) in site.backlinks.enumerated() where !groups.isEmpty { incoming[i] = true }
        for (i, mentions) in site.mentions.enumerated() where !mentions.isEmpty { incoming[i] = true }
        for i in entries.indices {
            let fields = site.fieldTargets[i].joined().contains { if case .entry = $0 { return true } else { return false } }
            let body = site.bodyTargets[i].contains { if case .entry = $0 { return true } else { return false } }
            outgoing[i] = fields || body
        }
        func item(_ i: Int, _ detail: String? = nil, _ location: SourceLocation? = nil) -> MaintenanceReport.Item {
            .init(id: entries[i].id, title: entries[i].title, detail: detail, location: location ?? SourceLocation(path: entries[i].path))
        }
        var unsourced: [MaintenanceReport.Item] = []
        for (i, entry) in entries.enumerated() {
            for (f, field) in entry.fields.enumerated() where field.field.name != "sources" {
                guard case .links(let refs) = field.value else { continue }
                for (k, ref) in refs.enumerated() where ref.qualifiers.sources.isEmpty {
                    // The target's title, as the reader knows it, not the slug written.
                    var target = ref.target
                    if k < site.fieldTargets[i][f].count, case .entry(let j, _) = site.fieldTargets[i][f][k] { target = entries[j].title }
                    unsourced.append(item(i, "\(field.field.label): \(target)", ref.location))
                }
            }
        }
        let uncited = entries.indices.flatMap { i in
            site.bodies[i].uncitedParagraphLines.map { item(i, "paragraph without a citation", SourceLocation(path: entries[i].path, line: $0)) }
        }
        let collisions = LinkIndex(entries: entries).collisions.map { key, members in
            MaintenanceReport.Item(id: key, title: key, detail: members.map { entries[$0].id }.joined(separator: ", "), location: nil)
        }
        let formatter = ISO8601DateFormatter()
        let times = entries.map { e -> Date? in
            if let u = e.updated { return formatter.date(from: u.earliestDay + "T00:00:00Z") }
            return modified[e.path].flatMap { formatter.date(from: $0) }
        }
        let now = times.compactMap { $0 }.max()
        let stale = entries.indices.compactMap { i -> MaintenanceReport.Item? in
            guard let now, let t = times[i] else { return nil }
            let days = Int(now.timeIntervalSince(t) / 86_400)
            return days > config.staleAfterDays ? item(i, "not edited for \(days) days") : nil
        }
        let wanted = site.wanted.map { w in
            MaintenanceReport.Item(id: w.title, title: w.title, detail: "\(w.wantedBy.count) link\(w.wantedBy.count == 1 ? "" : "s")", location: w.wantedBy.first?.location)
        }
        var report = MaintenanceReport(
            wanted: wanted,
            orphans: entries.indices.filter { !incoming[$0] }.map { item($0) },
            deadEnds: entries.indices.filter { !outgoing[$0] }.map { item($0) },
            unsourcedClaims: unsourced, uncitedParagraphs: uncited, aliasCollisions: collisions, stale: stale)
        report.singleSource = singleSource(site, config: config).map { i, source in item(i, "cites only \(entries[source].title)") }
        return report
    }

    /// Entries, other than sources, whose citations — the `sources` field,
    /// the sources of qualified relations and links in the text to source
    /// entries — name exactly one source entry, with it.
    static func singleSource(_ site: LinkedSite, config: SiteConfig) -> [(entry: Int, source: Int)] {
        let sourceTypes = Set(config.types.filter { $0.folder == "sources" || $0.name == "source" }.map(\.name))
        guard !sourceTypes.isEmpty else { return [] }
        let isSource = site.entries.map { sourceTypes.contains($0.type) }
        var out: [(Int, Int)] = []
        for i in site.entries.indices where !isSource[i] {
            var cited = Set<Int>()
            for targets in site.fieldTargets[i] { for case .entry(let j, _) in targets where isSource[j] { cited.insert(j) } }
            for field in site.fieldCitations[i] { for cites in field { for c in cites { if let s = c.source { cited.insert(s) } } } }
            for case .entry(let j, _) in site.bodyTargets[i] where isSource[j] { cited.insert(j) }
            if cited.count == 1 { out.append((i, cited.first!)) }
        }
        return out
    }
}
