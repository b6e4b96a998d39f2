/// What a neighbourhood drawing shows, worked out from its input by
/// position: which neighbours are kept, the line for each pair of nodes,
/// and the order the neighbours are listed in.
struct NeighbourhoodPlan {
    /// Every edge between one pair of nodes, drawn as one line.
    struct Bundle {
        /// The lesser and the greater of the two positions.
        var a: Int
        var b: Int
        /// Distinct, ordered by (from, to, label).
        var edges: [NeighbourhoodInput.Edge]
        var towardsB: Bool
        var towardsA: Bool
        /// Only links from prose, no typed relation.
        var mentionsOnly: Bool

        /// The line's heading: its typed relations, or for prose links alone
        /// their label, each name once, ordered ignoring case.
        var heading: String {
            Wording.relationNames(edges.filter { $0.isMention == mentionsOnly }.map(\.label))
        }
    }

    struct Item {
        /// Position in the input.
        var node: Int
        /// The line to the centre; nil when joined to other neighbours only.
        var spoke: Bundle?
        /// The list heading the item appears under.
        var heading: String
    }

    /// The kept neighbours, in reading order.
    var items: [Item] = []
    /// Lines between two kept neighbours.
    var between: [Bundle] = []
    /// Neighbours left out.
    var hidden = 0

    init(_ input: NeighbourhoodInput, limit: Int) {
        let count = input.neighbours.count + 1
        let edges = Self.distinctEdges(input.edges, count: count)
        // The best-connected neighbours are kept: degree, then reading order.
        var degree = Array(repeating: 0, count: count)
        for edge in edges {
            degree[edge.from] += 1
            degree[edge.to] += 1
        }
        // Names compared once, by one sort; every later order compares integers.
        let keys = input.neighbours.map(GraphNode.LabelKey.init)
        let byName = keys.indices.sorted { keys[$0] < keys[$1] }
        var nameRank = Array(repeating: 0, count: count)
        for (rank, k) in byName.enumerated() { nameRank[k + 1] = rank }
        let ranked = (1..<count).sorted { a, b in
            degree[a] != degree[b] ? degree[a] > degree[b] : nameRank[a] < nameRank[b]
        }
        let keptCount = min(ranked.count, max(limit, 0))
        hidden = ranked.count - keptCount
        var kept = Array(repeating: false, count: count)
        kept[0] = true
        for k in ranked.prefix(keptCount) { kept[k] = true }

        var spokes = [Bundle?](repeating: nil, count: count)
        for bundle in Self.bundles(edges.filter { kept[$0.from] && kept[$0.to] }) {
            if bundle.a == 0 { spokes[bundle.b] = bundle } else { between.append(bundle) }
        }
        items = ranked.prefix(keptCount).map { k in Item(node: k, spoke: spokes[k], heading: spokes[k]?.heading ?? "") }
        // Typed relations first, grouped by heading, then prose links, then
        // the rest; within a group by name.
        let headings = Array(Set(items.map(\.heading))).map { ($0.lowercased(), $0) }.sorted { $0 < $1 }.map(\.1)
        let headingRank = Dictionary(uniqueKeysWithValues: headings.enumerated().map { ($0.element, $0.offset) })
        let order = items.map { item in
            (item.spoke == nil ? 2 : item.spoke!.mentionsOnly ? 1 : 0, headingRank[item.heading]!, nameRank[item.node])
        }
        items = items.indices.sorted { order[$0] < order[$1] }.map { items[$0] }
    }

    /// In range, no self-loops, labels' white space normalized, each once,
    /// ordered by (from, to, kind, label).
    private static func distinctEdges(_ edges: [NeighbourhoodInput.Edge], count: Int) -> [NeighbourhoodInput.Edge] {
        var clean = edges.compactMap { edge -> NeighbourhoodInput.Edge? in
            guard edge.from != edge.to, (0..<count).contains(edge.from), (0..<count).contains(edge.to) else { return nil }
            var edge = edge
            edge.label = TextMetrics.normalizeSpace(edge.label)
            return edge
        }
        // Labels compared once, as ranks: the sorts below compare integers
        // instead of retaining and comparing strings.
        let labels = Array(Set(clean.map(\.label))).sorted()
        let rankOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($0.element, $0.offset) })
        for k in clean.indices { clean[k].labelRank = rankOf[clean[k].label]! }
        clean.sort { ($0.from, $0.to, $0.isMention ? 1 : 0, $0.labelRank) < ($1.from, $1.to, $1.isMention ? 1 : 0, $1.labelRank) }
        var previous: NeighbourhoodInput.Edge?
        return clean.filter { edge in
            defer { previous = edge }
            return edge != previous
        }
    }

    /// One bundle per pair of nodes, ordered by pair.
    private static func bundles(_ edges: [NeighbourhoodInput.Edge]) -> [Bundle] {
        // Whole keys, so the order does not rest on the sort being stable.
        let byPair = edges.sorted {
            (min($0.from, $0.to), max($0.from, $0.to), $0.from, $0.isMention ? 1 : 0, $0.labelRank)
                < (min($1.from, $1.to), max($1.from, $1.to), $1.from, $1.isMention ? 1 : 0, $1.labelRank)
        }
        var out: [Bundle] = []
        for edge in byPair {
            let (a, b) = (min(edge.from, edge.to), max(edge.from, edge.to))
            if out.last?.a != a || out.last?.b != b {
                out.append(Bundle(a: a, b: b, edges: [], towardsB: false, towardsA: false, mentionsOnly: true))
            }
            out[out.count - 1].edges.append(edge)
            if edge.from == a { out[out.count - 1].towardsB = true } else { out[out.count - 1].towardsA = true }
            if !edge.isMention { out[out.count - 1].mentionsOnly = false }
        }
        return out
    }
}
