/// All edges between one pair of nodes, drawn as one line.
///
/// Two entries often relate in both directions ("leader" one way,
/// "Mentions" the other) or twice the same way; one line with every label
/// and an arrowhead at each end that receives an edge reads better than
/// parallel lines.
struct EdgeBundle: Sendable, Equatable {
    /// The lesser of the two node ids.
    var first: String
    /// The greater of the two node ids.
    var second: String
    /// The distinct non-empty labels, sorted case-insensitively.
    var labels: [String]
    /// Some edge runs from `first` to `second`.
    var towardsSecond: Bool
    /// Some edge runs from `second` to `first`.
    var towardsFirst: Bool
    /// The distinct edges in the bundle, sorted.
    var edges: [GraphEdge]

    /// The labels as one text, e.g. "Leader of · Mentions".
    var joinedLabel: String { labels.joined(separator: " · ") }

    /// Only links from prose: drawn faint, and not named on the line.
    var mentionsOnly: Bool { edges.allSatisfy(\.isMention) }

    /// The typed relations' labels, e.g. "Leader of": what a line is named by.
    var relationLabel: String {
        Wording.relationNames(edges.filter { !$0.isMention }.map { TextMetrics.normalizeSpace($0.label) })
    }

    /// The other end of the bundle, seen from `id`.
    func other(than id: String) -> String { id == first ? second : first }

    /// Bundles the edges whose two ends are both in `ids`, leaving out
    /// self-loops and duplicates; sorted by (first, second).
    static func make(_ edges: [GraphEdge], within ids: Set<String>) -> [EdgeBundle] {
        var byPair: [Pair: [GraphEdge]] = [:]
        for edge in Set(edges) where edge.from != edge.to && ids.contains(edge.from) && ids.contains(edge.to) {
            byPair[Pair(edge.from, edge.to), default: []].append(edge)
        }
        // Sorted here so that nothing below depends on dictionary order.
        return byPair.keys.sorted().map { pair in
            let members = byPair[pair]!.sorted(by: Self.edgeOrder)
            let labels = Set(members.map { TextMetrics.normalizeSpace($0.label) }.filter { !$0.isEmpty })
            return EdgeBundle(
                first: pair.first, second: pair.second,
                labels: labels.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) },
                towardsSecond: members.contains { $0.from == pair.first },
                towardsFirst: members.contains { $0.from == pair.second },
                edges: members)
        }
    }

    private static func edgeOrder(_ a: GraphEdge, _ b: GraphEdge) -> Bool {
        (a.from, a.to, a.label) < (b.from, b.to, b.label)
    }

    /// An unordered pair of ids, stored in order.
    private struct Pair: Hashable, Comparable {
        let first: String
        let second: String

        init(_ a: String, _ b: String) {
            (first, second) = a < b ? (a, b) : (b, a)
        }

        static func < (l: Pair, r: Pair) -> Bool { (l.first, l.second) < (r.first, r.second) }
    }
}
