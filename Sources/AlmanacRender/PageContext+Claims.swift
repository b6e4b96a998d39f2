import AlmanacContent
import AlmanacCore
import AlmanacGraph

/// The numbered citations of an entry page's relations, shown under the
/// infobox: each distinct (source, locator) gets one number.
struct ClaimNotes {
    var items: [[String: Any]] = []
    private var numbers: [String: Int] = [:]

    mutating func number(for key: String, _ make: () -> [String: Any]) -> Int {
        if let n = numbers[key] { return n }
        let n = items.count + 1
        numbers[key] = n
        var item = make()
        item["n"] = n
        items.append(item)
        return n
    }
}

extension PageContext {
    /// Adds status, period, note and citation numbers to a relation value.
    func qualify(_ v: inout [String: Any], _ q: Qualifiers, _ citations: [ResolvedCitation], notes: inout ClaimNotes, root: String) {
        v["status"] = q.status ?? Absent()
        // The first status (confirmed) is the unmarked one.
        v["marked"] = q.status.map { $0 != config.statuses.first } as Any? ?? Absent()
        v["period"] = q.period ?? Absent()
        v["note"] = q.note ?? Absent()
        let cites: [[String: Any]] = citations.map { c in
            let title = c.source.map { site.entries[$0].title } ?? c.name
            let text = title + (c.locator.map { ", \($0)" } ?? "")
            let n = notes.number(for: "\(c.source.map(String.init) ?? c.name)|\(c.locator ?? "")") {
                var note: [String: Any] = ["text": text, "id": ""]
                note["url"] = c.source.map { url(of: $0, from: root) } ?? Absent()
                return note
            }
            return ["n": n, "title": text]
        }
        v["citations"] = cites
        v["has_citations"] = !cites.isEmpty
        v["qualified"] = q.status != nil || q.period != nil || q.note != nil || !cites.isEmpty
    }

    /// A source entry's "Cited in" list: each citing entry and what it cites this for.
    func citedByContext(_ i: Int, root: String) -> [[String: Any]] {
        var rows: [[String: Any]] = []
        var current: (entry: Int, claims: [[String: Any]])?
        for use in site.citedBy[i] {
            if current?.entry != use.entry {
                if let c = current { rows.append(citedRow(c.entry, c.claims, root: root)) }
                current = (use.entry, [])
            }
            if let claim = use.claim {
                current!.claims.append(["text": claim + (use.locator.map { " — \($0)" } ?? "")])
            }
        }
        if let c = current { rows.append(citedRow(c.entry, c.claims, root: root)) }
        return rows
    }

    private func citedRow(_ entry: Int, _ claims: [[String: Any]], root: String) -> [String: Any] {
        ["title": site.entries[entry].title, "url": url(of: entry, from: root),
         "type_label": config.type(named: site.entries[entry].type)?.label ?? "", "claims": claims, "has_claims": !claims.isEmpty]
    }
}
