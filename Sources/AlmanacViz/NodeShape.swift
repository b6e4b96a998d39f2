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
            writer.begin("circle")
            writer.attribute("cx", center.x)
            writer.attribute("cy", center.y)
            writer.attribute("r", radius)
            writer.endEmpty()
        case .rectangle(let box, let cornerRadius):
            writer.begin("rect")
            writer.attribute("x", box.minX)
            writer.attribute("y", box.minY)
            writer.attribute("width", box.width)
            writer.attribute("height", box.height)
            writer.attribute("rx", cornerRadius)
            writer.endEmpty()
        }
    }
}
