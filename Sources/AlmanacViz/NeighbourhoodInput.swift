/// A neighbourhood to draw, with edges by position instead of by id: node 0
/// is the centre and node `k` is `neighbours[k - 1]`. A caller that already
/// numbers its entries hands them over without a string to hash, and the
/// whole value is the key under which `serve` keeps the picture.
public struct NeighbourhoodInput: Sendable, Hashable {
    public struct Edge: Sendable, Hashable {
        public var from: Int
        public var to: Int
        public var label: String
        /// A link from prose rather than a typed relation.
        public var isMention: Bool
        /// The label's place among the drawing's labels, set by the plan
        /// so that its sorts compare integers; not part of the edge's identity.
        var labelRank = 0

        public static func == (a: Edge, b: Edge) -> Bool {
            a.from == b.from && a.to == b.to && a.isMention == b.isMention && a.label == b.label
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(from)
            hasher.combine(to)
            hasher.combine(label)
            hasher.combine(isMention)
        }

        public init(from: Int, to: Int, label: String, isMention: Bool = false) {
            self.from = from
            self.to = to
            self.label = label
            self.isMention = isMention
        }
    }

    public var center: GraphNode
    /// Distinct entries, none of them the centre.
    public var neighbours: [GraphNode]
    /// Edges to positions outside `0...neighbours.count`, and self-loops, are ignored.
    public var edges: [Edge]
    /// What the drawing shows, e.g. "Relations of Freedom of Russia Legion".
    public var title: String

    public init(center: GraphNode, neighbours: [GraphNode], edges: [Edge], title: String) {
        self.center = center
        self.neighbours = neighbours
        self.edges = edges
        self.title = title
    }

    /// From nodes and edges by id. Repeated neighbours and the centre are
    /// dropped (see ``NodeSelection/unique(_:excluding:)``), so the input's
    /// order makes no difference; edges to other ids are ignored.
    public init(center: GraphNode, neighbours: [GraphNode], edges: [GraphEdge], title: String) {
        let unique = NodeSelection.unique(neighbours, excluding: [center.id])
        var position = [center.id: 0]
        for (k, node) in unique.enumerated() { position[node.id] = k + 1 }
        self.init(
            center: center, neighbours: unique,
            edges: edges.compactMap { edge in
                guard let from = position[edge.from], let to = position[edge.to] else { return nil }
                return Edge(from: from, to: to, label: edge.label, isMention: edge.isMention)
            },
            title: title)
    }
}
