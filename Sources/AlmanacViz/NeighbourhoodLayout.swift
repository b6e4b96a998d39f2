/// Where everything in a neighbourhood drawing goes: the entry in the middle,
/// its neighbours on one ring (or two, alternating, when there are many),
/// each joined to the middle by a spoke that carries the relation's name.
///
/// The rings start as small as the spoke labels allow and grow in steps
/// until no label, node or spoke runs into another: plain arithmetic, so
/// the same input always gives the same picture.
struct NeighbourhoodLayout: Sendable {
    /// A neighbour to place; items go clockwise from the top in the order given.
    struct Item: Sendable {
        var node: GraphNode
        /// The text on its spoke; empty for none.
        var relation: String
        /// Whether it is joined to the middle at all.
        var hasSpoke: Bool
        var arrowAtNeighbour: Bool
        var arrowAtCenter: Bool
        /// The relations its spoke stands for, named in the spoke's tooltip.
        var edges: [GraphEdge] = []
    }

    /// A line from the middle entry to one neighbour.
    struct Spoke: Sendable {
        /// On the edge of the middle entry's box.
        var start: Point
        /// On the edge of the neighbour's dot.
        var end: Point
        var label: PlacedLabel?
    }

    static let nodeRadius = 9.0
    static let fontSize = GraphFrame.baseFontSize
    static let centerFontSize = 14.0
    static let labelWidth = 150.0
    static let centerLabelWidth = 240.0
    static let relationWidth = 130.0
    /// More neighbours than this go on two rings.
    static let singleRingLimit = 10

    var center: NodeShape
    var centerLabel: PlacedLabel
    var positions: [Point] = []
    var labels: [PlacedLabel] = []
    /// One per item; nil for an item without a spoke.
    var spokes: [Spoke?] = []
    /// Everything drawn, with a margin.
    var bounds: Box

    init(centerLabel text: String, items: [Item]) {
        let shown = TextMetrics.fit(text, maxWidth: Self.centerLabelWidth, fontSize: Self.centerFontSize, bold: true)
        let halfWidth = TextMetrics.width(shown, fontSize: Self.centerFontSize, bold: true) / 2 + 12
        let box = Box(minX: -halfWidth, minY: -15, maxX: halfWidth, maxY: 15)
        center = .rectangle(box, cornerRadius: 6)
        centerLabel = .horizontal(
            shown, baseline: Point(x: 0, y: Self.centerFontSize * 0.35), anchor: .middle,
            fontSize: Self.centerFontSize, bold: true)
        bounds = box
        guard !items.isEmpty else {
            bounds = box.expanded(by: 8)
            return
        }
        let geometry = Geometry(items: items, centerBox: box)
        var ring = geometry.smallestInnerRadius()
        var gap = 40.0
        // Each step moves every ring out; labels keep their size, so the
        // picture always comes apart eventually. The cap only guards a bug.
        var stuck: Int?
        for _ in 0..<400 {
            if let placed = geometry.place(innerRadius: ring, ringGap: gap, stuck: &stuck) {
                self.apply(placed)
                return
            }
            ring += 6
            gap += 2
        }
        if let placed = geometry.place(innerRadius: ring, ringGap: gap, force: true, stuck: &stuck) { apply(placed) }
    }

    private mutating func apply(_ placed: Geometry.Placement) {
        positions = placed.positions
        labels = placed.labels
        spokes = placed.spokes
        var all = center.box
        for p in positions { all = all.union(Box(center: p, radius: Self.nodeRadius)) }
        for label in labels { all = all.union(label.box) }
        for case let spoke? in spokes { if let label = spoke.label { all = all.union(label.box) } }
        bounds = all.expanded(by: 8)
    }
}
