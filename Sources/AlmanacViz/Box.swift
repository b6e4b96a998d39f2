/// An axis-aligned rectangle: the estimated extent of a node or a label,
/// used to keep things apart and to size the `viewBox`.
struct Box: Sendable, Equatable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The square around a circle.
    init(center: Point, radius: Double) {
        self.init(minX: center.x - radius, minY: center.y - radius, maxX: center.x + radius, maxY: center.y + radius)
    }

    /// The smallest box holding all `points` (which must not be empty).
    init(covering points: [Point]) {
        self.init(minX: points[0].x, minY: points[0].y, maxX: points[0].x, maxY: points[0].y)
        for p in points.dropFirst() {
            minX = min(minX, p.x)
            minY = min(minY, p.y)
            maxX = max(maxX, p.x)
            maxY = max(maxY, p.y)
        }
    }

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    /// Grown by `margin` on every side (shrunk if negative).
    func expanded(by margin: Double) -> Box {
        Box(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
    }

    func union(_ other: Box) -> Box {
        Box(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// True when the interiors overlap (touching edges do not count).
    func intersects(_ other: Box) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// True when the segment from `a` to `b` passes through the box
    /// (Liang–Barsky clipping).
    func intersects(segmentFrom a: Point, to b: Point) -> Bool {
        let d = b - a
        var low = 0.0
        var high = 1.0
        // The four edges in a fixed order, unrolled: layouts call this
        // hundreds of times per drawing, and an array per call showed up.
        return Self.clip(-d.x, a.x - minX, &low, &high) && Self.clip(d.x, maxX - a.x, &low, &high)
            && Self.clip(-d.y, a.y - minY, &low, &high) && Self.clip(d.y, maxY - a.y, &low, &high)
    }

    /// One Liang–Barsky step: narrows `low...high`, false once it is empty.
    @inline(__always)
    private static func clip(_ p: Double, _ q: Double, _ low: inout Double, _ high: inout Double) -> Bool {
        if p == 0 { return !(q < 0) }
        let t = q / p
        if p < 0 { low = max(low, t) } else { high = min(high, t) }
        return !(low > high)
    }

    /// The `viewBox` attribute value for this box.
    var viewBox: String {
        [minX, minY, width, height].map { SVGNumber.format($0) }.joined(separator: " ")
    }
}
