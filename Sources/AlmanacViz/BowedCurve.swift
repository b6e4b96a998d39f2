/// A quadratic curve between two nodes, bowed towards the middle of the
/// drawing (the origin), so it stays off the straight spokes and labels
/// around the rim.
struct BowedCurve {
    var start: Point
    var control: Point
    var end: Point

    /// From the edge of the node at `a` to the edge of the node at `b`.
    init(from a: Point, to b: Point, nodeRadius: Double, pull: Double = 0.55) {
        control = (a + b) * (0.5 * (1 - pull))
        start = a + (control - a).normalized * (nodeRadius + 2)
        end = b + (control - b).normalized * (nodeRadius + 2)
    }

    /// The middle of the curve (t = ½).
    var midpoint: Point { (start + control * 2 + end) * 0.25 }

    /// Writes `<path class="curve">` and the arrowheads, the curve's ends
    /// drawn back from the arrows' points.
    func write(into writer: inout SVGWriter, arrowAtStart: Bool, arrowAtEnd: Bool) {
        let startDirection = (start - control).normalized
        let endDirection = (end - control).normalized
        let from = arrowAtStart ? start - startDirection * (Arrowhead.length - 1) : start
        let to = arrowAtEnd ? end - endDirection * (Arrowhead.length - 1) : end
        writer.begin("path")
        writer.attribute("class", "curve")
        writer.startAttribute("d")
        writer.raw("M")
        writer.point(from)
        writer.raw(" Q")
        writer.point(control)
        writer.raw(" ")
        writer.point(to)
        writer.endAttribute()
        writer.endEmpty()
        if arrowAtStart { Arrowhead.write(into: &writer, tip: start, direction: startDirection) }
        if arrowAtEnd { Arrowhead.write(into: &writer, tip: end, direction: endDirection) }
    }
}
