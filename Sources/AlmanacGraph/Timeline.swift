import AlmanacContent
import AlmanacCore

/// One dated thing: an entry's main date (`date`, with `end_date` as a
/// range) or another date field of it ("Founded").
public struct TimelineItem: Sendable, Hashable {
    public var entry: Int
    public var start: PartialDate
    public var end: PartialDate?
    /// The field's label for dates other than the main one; nil for `date`.
    public var label: String?
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

    /// An entry's own dates and the main dates of the entries related to it
    /// (the events it took part in, the group it leads).
    public static func related(to i: Int, in site: LinkedSite) -> [TimelineItem] {
        var neighbours = Set(site.backlinks[i].flatMap(\.sources))
        for field in site.fieldTargets[i] {
            for target in field { if case .entry(let j, _) = target { neighbours.insert(j) } }
        }
        neighbours.remove(i)
        let items = own(i, in: site) + neighbours.flatMap { own($0, in: site).filter { $0.label == nil } }
        return sorted(items, site)
    }

    static func sorted(_ items: [TimelineItem], _ site: LinkedSite) -> [TimelineItem] {
        let keyed = items.map { (item: $0, title: TextKey.normalize(site.entries[$0.entry].title)) }
        return keyed.sorted {
            ($0.item.start, $0.title, site.entries[$0.item.entry].id, $0.item.label ?? "") < ($1.item.start, $1.title, site.entries[$1.item.entry].id, $1.item.label ?? "")
        }.map(\.item)
    }
}

extension PartialDate {
    /// `March 2023` or `2022 – 2024`, by precision.
    public static func range(_ start: PartialDate, _ end: PartialDate?) -> String {
        guard let end else { return start.description }
        return "\(start) – \(end)"
    }
}
