/// Chooses which of the given nodes a drawing shows.
enum NodeSelection {
    /// One node per id, whatever the input order: where an id repeats, the
    /// least by (label, type, url) is kept. Ids in `excluded` are dropped.
    static func unique(_ nodes: [GraphNode], excluding excluded: Set<String> = []) -> [GraphNode] {
        let ordered = nodes.sorted {
            ($0.id, $0.label, $0.typeName, $0.url ?? "") < ($1.id, $1.label, $1.typeName, $1.url ?? "")
        }
        var seen = excluded
        return ordered.filter { seen.insert($0.id).inserted }
    }

    /// Number of distinct edges touching each node, counting only edges
    /// whose two ends are in `ids` (self-loops do not count).
    static func degrees(_ edges: [GraphEdge], within ids: Set<String>) -> [String: Int] {
        var degree: [String: Int] = [:]
        for edge in Set(edges) where edge.from != edge.to && ids.contains(edge.from) && ids.contains(edge.to) {
            degree[edge.from, default: 0] += 1
            degree[edge.to, default: 0] += 1
        }
        return degree
    }

    /// The `limit` nodes with the most edges (ties by label, then id), in
    /// that rank order, and how many were left out.
    static func mostConnected(
        _ nodes: [GraphNode], edges: [GraphEdge], within ids: Set<String>, limit: Int
    ) -> (kept: [GraphNode], hidden: Int) {
        let degree = degrees(edges, within: ids)
        // Keys worked out once, not in every comparison.
        let keys = nodes.map { (degree: degree[$0.id] ?? 0, label: GraphNode.LabelKey($0)) }
        let ranked = nodes.indices.sorted { a, b in
            keys[a].degree != keys[b].degree ? keys[a].degree > keys[b].degree : keys[a].label < keys[b].label
        }.map { nodes[$0] }
        let kept = Array(ranked.prefix(max(limit, 0)))
        return (kept, ranked.count - kept.count)
    }
}
