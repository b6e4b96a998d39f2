import AlmanacContent
import AlmanacCore

/// One dated thing: an entry's main date (`date`, with `end_date` as a
/// range) or another date field of it ("Founded").
public struct TimelineItem: Sendable, Hashable {
    public var entry: Int
    public var start: PartialDate
    public var end: PartialDate?
    /// The field's label for dates other than the main one, or the
    /// relation's for a dated relation ("Signatory of"); nil for `date`.
    public var label: String?
    /// A dated relation's `~2022`: the date is not certain.
    public var approximate = false
}

/// Everything dated in the site, in order.
public enum Timeline {
    /// The dated items of one entry.
    public static func own(_ i: Int, in site: LinkedSite) -> [TimelineItem] {
        let entry = site.entries[i]
        var dates: [(FieldSchema, PartialDate)] = []
        for field in entry.fields { if case .date(let d) = field.value { dates.append((field.field, d)) } }
        let main = dates.first { $0.0.name == "date" }?.1
        let end = dates.first { $0.0.name == "end_date" }?.1
        var items: [TimelineItem] = []
        if let main { items.append(TimelineItem(entry: i, start: main, end: end.flatMap { $0 > main ? $0 : nil }, label: nil)) }
        for (field, date) in dates where field.name != "date" && !(field.name == "end_date" && main != nil) {
            items.append(TimelineItem(entry: i, start: date, end: nil, label: field.label))
        }
        return items
    }

    /// Every dated item of the site, sorted by date, then title.
    public static func all(_ site: LinkedSite) -> [TimelineItem] {
        sorted(site.entries.indices.flatMap { own($0, in: site) }, site)
    }

    /// An entry's own dates, its dated relations (the `from:`/`to:` of a
    /// relation either way: "Signatory of" the Irpin Declaration from 31
    /// August 2022), and the main dates of the entries related to it (the
    /// events it took part in, the group it leads).
    public static func related(to i: Int, in site: LinkedSite) -> [TimelineItem] {
        var items = own(i, in: site)
        var neighbours = Set<Int>()
        var datedWith = Set<TimelineItem.Key>()
        func relation(_ qualifiers: Qualifiers, with j: Int, label: String) {
            neighbours.insert(j)
            guard let item = dated(qualifiers, with: j, label: label) else { return }
            items.append(item)
            datedWith.insert(item.key)
        }
        for (f, field) in site.entries[i].fields.enumerated() {
            guard case .links(let refs) = field.value, f < site.fieldTargets[i].count else { continue }
            for (ref, target) in zip(refs, site.fieldTargets[i][f]) {
                if case .entry(let j, _) = target, j != i { relation(ref.qualifiers, with: j, label: field.field.label) }
            }
        }
        for group in site.backlinks[i] {
            for link in group.items where link.source != i { relation(link.qualifiers, with: link.source, label: group.label) }
        }
        // A neighbour's own date is left out where a dated relation already
        // puts that entry at that date.
        for j in neighbours {
            items += own(j, in: site).filter { $0.label == nil && !datedWith.contains($0.key) }
        }
        return sorted(items, site)
    }

    /// The row a relation's dates make: from its start (or its end, when only
    /// that is known) to its end.
    static func dated(_ qualifiers: Qualifiers, with j: Int, label: String) -> TimelineItem? {
        switch (qualifiers.from, qualifiers.to) {
        case let (from?, to):
            let end = to.flatMap { $0.date > from.date ? $0.date : nil }
            return TimelineItem(entry: j, start: from.date, end: end, label: label, approximate: from.approximate || to?.approximate == true)
        case let (nil, to?):
            return TimelineItem(entry: j, start: to.date, end: nil, label: label + " (ended)", approximate: to.approximate)
        default:
            return nil
        }
    }

    static func sorted(_ items: [TimelineItem], _ site: LinkedSite) -> [TimelineItem] {
        let keyed = items.map { (item: $0, title: TextKey.normalize(site.entries[$0.entry].title)) }
        return keyed.sorted {
            ($0.item.start, $0.title, site.entries[$0.item.entry].id, $0.item.label ?? "") < ($1.item.start, $1.title, site.entries[$1.item.entry].id, $1.item.label ?? "")
        }.map(\.item)
    }
}

extension TimelineItem {
    /// What makes two rows the same place on a timeline.
    struct Key: Hashable {
        var entry: Int
        var start: PartialDate
    }

    var key: Key { Key(entry: entry, start: start) }
}

extension PartialDate {
    /// `March 2023` or `2022 – 2024`, by precision.
    public static func range(_ start: PartialDate, _ end: PartialDate?) -> String {
        guard let end else { return start.description }
        return "\(start) – \(end)"
    }
}
