import AlmanacContent
import AlmanacCore
import AlmanacGraph

extension PageContext {
    func maintenanceContext(_ report: MaintenanceReport) -> [String: Any] {
        var context = common(path: "maintenance/index.html", title: "Maintenance", kind: "maintenance",
                             description: "What to write, source and revise next.", canonicalPath: "maintenance/")
        let root = context["root"] as! String
        let ids = Dictionary(uniqueKeysWithValues: site.entries.enumerated().map { ($1.id, $0) })
        func rows(_ items: [MaintenanceReport.Item]) -> [[String: Any]] {
            items.map { item in
                var row: [String: Any] = ["title": item.title]
                if let i = ids[item.id] { row["url"] = url(of: i, from: root) }
                if let d = item.detail { row["detail"] = d }
                if let l = item.location { row["location"] = l.description }
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
        ]
        context["maintenance"] = ["sections": sections.map { id, title, items in
            ["id": id, "title": title, "count": items.count, "items": rows(items), "empty": items.isEmpty] as [String: Any]
        }]
        return context
    }
}
