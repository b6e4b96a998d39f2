import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacTemplate

/// The numbered citations of an entry page's relations, shown under the
/// infobox: each distinct (source, locator) gets one number.
struct ClaimNotes {
    var items: [TemplateObject] = []
    private var numbers: [String: Int] = [:]

    mutating func number(for key: String, _ make: () -> TemplateObject) -> Int {
        if let n = numbers[key] { return n }
        let n = items.count + 1
        numbers[key] = n
        var item = make()
        item["n"] = .int(n)
        items.append(item)
        return n
    }
}

extension PageContext {
    /// Adds status, period, note and citation numbers to a relation value.
    func qualify(_ v: inout TemplateObject, _ q: Qualifiers, _ citations: [ResolvedCitation], notes: inout ClaimNotes, root: String) {
        v["status"] = .optional(q.status)
        // The first status (confirmed) is the unmarked one.
        v["marked"] = q.status.map { .bool($0 != config.statuses.first) } ?? .absent
        v["period"] = .optional(q.period)
        v["note"] = .optional(q.note)
        let cites: [TemplateObject] = citations.map { c in
            let title = c.source.map { site.entries[$0].title } ?? c.name
            let text = title + (c.locator.map { ", \($0)" } ?? "")
            let n = notes.number(for: "\(c.source.map(String.init) ?? c.name)|\(c.locator ?? "")") {
                ["text": .text(text), "id": "", "url": .optional(c.source.map { url(of: $0, from: root) })]
            }
            return ["n": .int(n), "title": .text(text)]
        }
        v["citations"] = cites.value
        v["has_citations"] = .bool(!cites.isEmpty)
        v["qualified"] = .bool(q.status != nil || q.period != nil || q.note != nil || !cites.isEmpty)
    }

    /// A source entry's "Cited in" list: each citing entry and what it cites this for.
    func citedByContext(_ i: Int, root: String) -> [TemplateObject] {
        var rows: [TemplateObject] = []
        var current: (entry: Int, claims: [TemplateObject])?
        for use in site.citedBy[i] {
            if current?.entry != use.entry {
                if let c = current { rows.append(citedRow(c.entry, c.claims, root: root)) }
                current = (use.entry, [])
            }
            if let claim = use.claim {
                current!.claims.append(["text": .text(claim + (use.locator.map { " — \($0)" } ?? ""))])
            }
        }
        if let c = current { rows.append(citedRow(c.entry, c.claims, root: root)) }
        return rows
    }

    private func citedRow(_ entry: Int, _ claims: [TemplateObject], root: String) -> TemplateObject {
        ["title": .text(site.entries[entry].title), "url": .text(url(of: entry, from: root)),
         "type_label": .text(config.type(named: site.entries[entry].type)?.label ?? ""), "claims": claims.value, "has_claims": .bool(!claims.isEmpty)]
    }
}
