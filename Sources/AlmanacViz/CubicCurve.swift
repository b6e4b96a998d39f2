/// A cubic Bézier edge between two nodes, steered through two control
/// points; the site graph routes edges through their types' side of the
/// middle so edges between the same two types run together in a bundle.
struct CubicCurve {
    var start: Point
    var control1: Point
    var control2: Point
    var end: Point

    /// From the edge of a node at `a` (radius `ra`) to the edge of one at `b`.
    init(from a: Point, radius ra: Double, to b: Point, radius rb: Double, through c1: Point, _ c2: Point) {
        control1 = c1
        control2 = c2
        start = a + (c1 - a).normalized * (ra + 1)
        end = b + (c2 - b).normalized * (rb + 1)
    }

    /// The point halfway along the parameter (t = ½).
    var midpoint: Point { (start + control1 * 3 + control2 * 3 + end) * 0.125 }

    /// Writes `<path class="curve">` and the arrowheads, the curve's ends
    /// drawn back from the arrows' points.
    func write(into writer: inout SVGWriter, arrowAtStart: Bool, arrowAtEnd: Bool) {
        let startDirection = (start - control1).normalized
        let endDirection = (end - control2).normalized
        let from = arrowAtStart ? start - startDirection * (Arrowhead.length - 1) : start
        let to = arrowAtEnd ? end - endDirection * (Arrowhead.length - 1) : end
        let points = [from, control1, control2, to].map { "\(SVGNumber.format($0.x)) \(SVGNumber.format($0.y))" }
        writer.empty("path", [("class", "curve"), ("d", "M\(points[0]) C\(points[1]) \(points[2]) \(points[3])")])
        if arrowAtStart { Arrowhead.write(into: &writer, tip: start, direction: startDirection) }
        if arrowAtEnd { Arrowhead.write(into: &writer, tip: end, direction: endDirection) }
    }
}
