import AlmanacContent
import AlmanacCore
import AlmanacGraph

/// The site's entries by what queries select on, built once per build, so
/// a query looks its candidates up instead of reading every entry.
public struct QueryIndex: Sendable {
    let site: LinkedSite
    public let config: SiteConfig
    let byType: [String: [Int]]
    /// By `TextKey` of the tag.
    let byTag: [String: [Int]]
    /// Field name → target → the entries whose field names it, in order.
    let linkedBy: [String: [Int: [Int]]]
    /// Per date field (and `date`, each entry's own), the entries with one, by it.
    let byDate: [String: [(date: PartialDate, entry: Int)]]
    /// Entries with a claim of each status.
    let byStatus: [String: [Int]]
    /// Statuses of each entry's claims.
    let statuses: [Set<String>]

    public init(site: LinkedSite, config: SiteConfig, indexed: Bool = true) {
        self.site = site
        self.config = config
        guard indexed else {
            (byType, byTag, linkedBy, byDate, byStatus, statuses) = ([:], [:], [:], [:], [:], [])
            return
        }
        var byType: [String: [Int]] = [:]
        var byTag: [String: [Int]] = [:]
        var linkedBy: [String: [Int: [Int]]] = [:]
        var byDate: [String: [(date: PartialDate, entry: Int)]] = [:]
        var byStatus: [String: [Int]] = [:]
        var statuses: [Set<String>] = []
        statuses.reserveCapacity(site.entries.count)
        for (i, entry) in site.entries.enumerated() {
            byType[entry.type, default: []].append(i)
            for tag in Set(entry.tags.map(TextKey.normalize)) { byTag[tag, default: []].append(i) }
            if let date = entry.date { byDate["date", default: []].append((date, i)) }
            for field in entry.fields {
                if case .date(let d) = field.value, field.field.name != "date" { byDate[field.field.name, default: []].append((d, i)) }
            }
            var own = Set<String>()
            for (f, field) in entry.fields.enumerated() {
                guard case .links(let refs) = field.value else { continue }
                for (k, target) in site.fieldTargets[i][f].enumerated() {
                    if case .entry(let j, _) = target, linkedBy[field.field.name]?[j]?.last != i { linkedBy[field.field.name, default: [:]][j, default: []].append(i) }
                    if k < refs.count, let status = refs[k].qualifiers.status { own.insert(status.lowercased()) }
                }
            }
            for status in own { byStatus[status, default: []].append(i) }
            statuses.append(own)
        }
        for key in byDate.keys { byDate[key]!.sort { ($0.date, $0.entry) < ($1.date, $1.entry) } }
        (self.byType, self.byTag, self.linkedBy, self.byDate, self.byStatus, self.statuses) = (byType, byTag, linkedBy, byDate, byStatus, statuses)
    }

    /// The entries `entry`'s relation `field` names, in order.
    func targets(of entry: Int, field: String) -> [(target: Int, qualifiers: Qualifiers)] {
        var out: [(Int, Qualifiers)] = []
        for (f, value) in site.entries[entry].fields.enumerated() where value.field.name == field {
            guard case .links(let refs) = value.value else { continue }
            for (k, target) in site.fieldTargets[entry][f].enumerated() {
                if case .entry(let j, _) = target { out.append((j, k < refs.count ? refs[k].qualifiers : Qualifiers())) }
            }
        }
        return out
    }

    /// The entries related to `entry` by any relation, either way.
    func related(to entry: Int) -> [Int] {
        var out = Set<Int>()
        for targets in site.fieldTargets[entry] { for case .entry(let j, _) in targets where j != entry { out.insert(j) } }
        for group in site.backlinks[entry] { for item in group.items where item.source != entry { out.insert(item.source) } }
        return out.sorted()
    }

    /// The dated entries for which `date op value` holds, found by binary
    /// search: earlier, within and later than `value` are three runs of `byDate`.
    func dated(_ field: String, _ op: Comparison, _ value: PartialDate) -> [Int] {
        let byDate = byDate[field] ?? []
        let start = partition(byDate) { !QueryEngine.before($0, value) }
        let end = partition(byDate) { !QueryEngine.before($0, value) && !QueryEngine.within($0, value) }
        let ranges: [Range<Int>]
        switch op {
        case .less: ranges = [0..<start]
        case .lessOrEqual: ranges = [0..<end]
        case .equal: ranges = [start..<end]
        case .notEqual: ranges = [0..<start, end..<byDate.count]
        case .greater: ranges = [end..<byDate.count]
        case .greaterOrEqual: ranges = [start..<byDate.count]
        }
        return ranges.flatMap { byDate[$0].map(\.entry) }.sorted()
    }

    /// The first position of `byDate` where `holds` is true (it stays true after).
    private func partition(_ byDate: [(date: PartialDate, entry: Int)], _ holds: (PartialDate) -> Bool) -> Int {
        var (low, high) = (0, byDate.count)
        while low < high {
            let mid = (low + high) / 2
            if holds(byDate[mid].date) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
