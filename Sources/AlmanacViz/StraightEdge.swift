/// A straight edge between two points already on the edges of their nodes.
struct StraightEdge {
    var start: Point
    var end: Point

    /// Writes the `<line>`, stopped short of each arrowhead so the line's
    /// end does not blunt the arrow's point, and the arrowheads.
    func write(into writer: inout SVGWriter, arrowAtStart: Bool, arrowAtEnd: Bool) {
        let d = (end - start).normalized
        let from = arrowAtStart ? start + d * (Arrowhead.length - 1) : start
        let to = arrowAtEnd ? end - d * (Arrowhead.length - 1) : end
        writer.begin("line")
        writer.attribute("x1", from.x)
        writer.attribute("y1", from.y)
        writer.attribute("x2", to.x)
        writer.attribute("y2", to.y)
        writer.endEmpty()
        if arrowAtStart { Arrowhead.write(into: &writer, tip: start, direction: d * -1) }
        if arrowAtEnd { Arrowhead.write(into: &writer, tip: end, direction: d) }
    }
}
