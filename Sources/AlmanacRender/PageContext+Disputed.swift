import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacTemplate

extension PageContext {
    /// `disputed/index.html`: every relation whose claim carries a status
    /// other than the first (unmarked) one — claimed, alleged, disputed —
    /// grouped by status, with its note, period and every source cited for it.
    func disputedContext() -> TemplateObject {
        var context = common(path: "disputed/index.html", title: "Disputed and unconfirmed claims", kind: "disputed",
                             description: "Every relation in \(config.title) whose claim is not confirmed, with the sources on each side.",
                             canonicalPath: "disputed/")
        let root = context.root
        let marked = Array(config.statuses.dropFirst())
        var byStatus: [String: [TemplateObject]] = [:]
        for (i, entry) in site.entries.enumerated() {
            for (f, field) in entry.fields.enumerated() {
                guard case .links(let refs) = field.value else { continue }
                for (k, ref) in refs.enumerated() {
                    guard let status = ref.qualifiers.status?.lowercased(), marked.contains(status) else { continue }
                    var claim: TemplateObject = [
                        "entry": .text(entry.title), "entry_url": .text(url(of: i, from: root)),
                        "relation": .text(field.field.label), "status": .text(status),
                        "target_url": "", "linked": false,
                    ]
                    if k < site.fieldTargets[i][f].count, case .entry(let j, _) = site.fieldTargets[i][f][k] {
                        (claim["target"], claim["target_url"], claim["linked"]) = (.text(site.entries[j].title), .text(url(of: j, from: root)), true)
                    } else {
                        claim["target"] = .text(ref.target)
                    }
                    claim["note"] = .optional(ref.qualifiers.note)
                    claim["period"] = .optional(ref.qualifiers.period)
                    let citations = k < site.fieldCitations[i][f].count ? site.fieldCitations[i][f][k] : []
                    var sources: [TemplateObject] = citations.map { c in
                        [
                            "title": .text(c.source.map { site.entries[$0].title } ?? c.name), "locator": .optional(c.locator),
                            "url": .text(c.source.map { url(of: $0, from: root) } ?? ""), "linked": .bool(c.source != nil), "last": false,
                        ]
                    }
                    if !sources.isEmpty { sources[sources.count - 1]["last"] = true }
                    claim["sources"] = sources.value
                    claim["has_sources"] = .bool(!sources.isEmpty)
                    byStatus[status, default: []].append(claim)
                }
            }
        }
        // The strongest doubt first: the configured order, reversed (disputed, alleged, claimed).
        let groups: [TemplateObject] = marked.reversed().compactMap { status in
            guard let claims = byStatus[status] else { return nil }
            return ["status": .text(status), "heading": .text(status.prefix(1).uppercased() + status.dropFirst()), "count": .int(claims.count),
                    "claims": claims.value]
        }
        let total = byStatus.values.reduce(0) { $0 + $1.count }
        context["disputed"] = [
            "groups": groups.value, "count": .int(total), "has_claims": .bool(total > 0),
            "statuses": .text(marked.joined(separator: ", ")),
        ]
        return context
    }
}
