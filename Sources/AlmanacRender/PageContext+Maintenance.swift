import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacTemplate

extension PageContext {
    func maintenanceContext(_ report: MaintenanceReport) -> TemplateObject {
        var context = common(path: "maintenance/index.html", title: "Maintenance", kind: "maintenance",
                             description: "What to write, source and revise next.", canonicalPath: "maintenance/")
        let root = context.root
        let ids = Dictionary(uniqueKeysWithValues: site.entries.enumerated().map { ($1.id, $0) })
        func rows(_ items: [MaintenanceReport.Item]) -> [TemplateObject] {
            items.map { item in
                var row: TemplateObject = ["title": .text(item.title)]
                if let i = ids[item.id] { row["url"] = .text(url(of: i, from: root)) }
                if let d = item.detail { row["detail"] = .text(d) }
                if let l = item.location { row["location"] = .text(l.description) }
                return row
            }
        }
        let sections: [(String, String, [MaintenanceReport.Item])] = [
            ("wanted", "Wanted entries", report.wanted), ("orphans", "Orphans: nothing links here", report.orphans),
            ("dead-ends", "Dead ends: they link nowhere", report.deadEnds),
            ("unsourced", "Unsourced claims: relations without a citation", report.unsourcedClaims),
            ("uncited", "Paragraphs without a citation", report.uncitedParagraphs),
            ("collisions", "Names shared by several entries", report.aliasCollisions),
            ("stale", "Not edited for \(config.staleAfterDays) days", report.stale),
            ("single-source", "Resting on a single source", report.singleSource),
        ]
        context["maintenance"] = ["sections": sections.map { id, title, items in
            ["id": .text(id), "title": .text(title), "count": .int(items.count), "items": rows(items).value, "empty": .bool(items.isEmpty)] as TemplateObject
        }.value]
        return context
    }
}
