/// The triangle at the receiving end of an edge.
///
/// Drawn as a plain path rather than an SVG `<marker>`: markers need ids,
/// which could clash when several drawings share a page, and some
/// renderers colour them apart from the line.
enum Arrowhead {
    static let length = 8.0
    static let halfWidth = 4.0

    /// The corners of an arrowhead whose point is at `tip`, pointing along `direction`.
    static func corners(tip: Point, direction: Point) -> (Point, Point, Point) {
        let d = direction.normalized
        let base = tip - d * length
        let side = d.perpendicular * halfWidth
        return (tip, base + side, base - side)
    }

    /// Writes the arrowhead as `<path class="arrow" d="M… L… L… Z">`.
    static func write(into writer: inout SVGWriter, tip: Point, direction: Point) {
        let (a, b, c) = corners(tip: tip, direction: direction)
        // Constant markup as whole pieces: two of these per line of every drawing.
        writer.raw("<path class=\"arrow\" d=\"M")
        writer.point(a)
        writer.raw(" L")
        writer.point(b)
        writer.raw(" L")
        writer.point(c)
        writer.raw(" Z\"/>\n")
    }
}
