/// The mark drawn for a node.
enum NodeShape: Sendable {
    /// A dot: the usual mark.
    case circle(center: Point, radius: Double)
    /// A rounded rectangle holding its label: the entry the drawing is about.
    case rectangle(Box, cornerRadius: Double)

    /// The extent of the mark.
    var box: Box {
        switch self {
        case .circle(let center, let radius): Box(center: center, radius: radius)
        case .rectangle(let box, _): box
        }
    }

    /// Writes the `<circle>` or `<rect>`.
    func write(into writer: inout SVGWriter) {
        switch self {
        case .circle(let center, let radius):
            writer.empty(
                "circle",
                [("cx", SVGNumber.format(center.x)), ("cy", SVGNumber.format(center.y)), ("r", SVGNumber.format(radius))])
        case .rectangle(let box, let cornerRadius):
            writer.empty(
                "rect",
                [
                    ("x", SVGNumber.format(box.minX)), ("y", SVGNumber.format(box.minY)),
                    ("width", SVGNumber.format(box.width)), ("height", SVGNumber.format(box.height)),
                    ("rx", SVGNumber.format(cornerRadius)),
                ])
        }
    }
}
