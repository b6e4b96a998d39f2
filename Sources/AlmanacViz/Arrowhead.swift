/// The triangle at the receiving end of an edge.
///
/// Drawn as a plain path rather than an SVG `<marker>`: markers need ids,
/// which could clash when several drawings share a page, and some
/// renderers colour them apart from the line.
enum Arrowhead {
    static let length = 8.0
    static let halfWidth = 4.0

    /// The path data of an arrowhead whose point is at `tip`, pointing along `direction`.
    static func path(tip: Point, direction: Point) -> String {
        let d = direction.normalized
        let base = tip - d * length
        let side = d.perpendicular * halfWidth
        let corners = [tip, base + side, base - side].map { "\(SVGNumber.format($0.x)) \(SVGNumber.format($0.y))" }
        return "M\(corners[0]) L\(corners[1]) L\(corners[2]) Z"
    }

    /// Writes the arrowhead as `<path class="arrow">`.
    static func write(into writer: inout SVGWriter, tip: Point, direction: Point) {
        writer.empty("path", [("class", "arrow"), ("d", path(tip: tip, direction: direction))])
    }
}
