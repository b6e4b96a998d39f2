/// Places edge labels one by one, in priority order, skipping any that would
/// cover something already there: where edges are many, only some get a
/// label, and every edge still names its relation in its tooltip.
struct GreedyLabels {
    /// Boxes labels must keep clear of.
    var obstacles: [Box]
    /// Labels must stay inside this distance from the middle.
    var maxDistance: Double
    private(set) var placed: [PlacedLabel] = []

    init(obstacles: [Box], maxDistance: Double) {
        self.obstacles = obstacles
        self.maxDistance = maxDistance
    }

    /// Puts `text` centred on `point` if it fits; returns whether it did.
    @discardableResult
    mutating func place(_ text: String, at point: Point, fontSize: Double) -> Bool {
        let label = PlacedLabel.horizontal(
            text, baseline: Point(x: point.x, y: point.y + fontSize * 0.3), anchor: .middle, fontSize: fontSize)
        let padded = label.box.expanded(by: 3)
        let b = label.box
        let corners = [Point(x: b.minX, y: b.minY), Point(x: b.maxX, y: b.minY), Point(x: b.minX, y: b.maxY), Point(x: b.maxX, y: b.maxY)]
        guard corners.allSatisfy({ $0.length <= maxDistance }),
            !obstacles.contains(where: { padded.intersects($0) }),
            !placed.contains(where: { padded.intersects($0.box) })
        else { return false }
        placed.append(label)
        return true
    }
}
