/// A node as drawn: shape, label and tooltip, linked when it has a URL.
struct NodeMark: Sendable {
    var node: GraphNode
    var shape: NodeShape
    var label: PlacedLabel
    /// Classes after `node node-<type>`, e.g. `center`.
    var extraClasses: [String] = []
    /// Marks the link as the page being read (`aria-current="page"`).
    var isCurrentPage = false
    /// Class of a solid backing behind the label, for labels that lines run under.
    var labelBackdrop: String? = nil

    /// Writes `<a href>` (or `<g>` without a URL) holding a `<title>` with
    /// the full label and type, the shape, and the label text.
    ///
    /// The `<title>` is the link's accessible name and the tooltip that
    /// shows the label in full when the drawn one is shortened.
    func write(into writer: inout SVGWriter) {
        var classes = "node " + CSSClass.node(typeName: node.typeName)
        for extra in extraClasses { classes += " " + extra }
        let element = node.url == nil ? "g" : "a"
        writer.begin(element)
        if let url = node.url { writer.attribute("href", url) }
        writer.attribute("class", classes)
        if isCurrentPage && node.url != nil { writer.attribute("aria-current", "page") }
        writer.endOpen()
        writer.text("title", node.titleText)
        shape.write(into: &writer)
        label.write(into: &writer, className: "node-label", backdrop: labelBackdrop)
        writer.close(element)
    }
}
