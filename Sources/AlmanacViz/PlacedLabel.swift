/// A label with its position decided: horizontal, or read along a line.
struct PlacedLabel: Sendable {
    /// The text drawn (possibly shortened with "…").
    var text: String
    /// The anchor point: on the baseline for horizontal text, on the line
    /// the text is centred on for text along a direction.
    var origin: Point
    /// Unit reading direction for text along a line; nil for horizontal text.
    var direction: Point?
    var anchor: TextAnchor
    var fontSize: Double
    var bold = false
    /// Estimated extent, for collision checks and the `viewBox`.
    var box: Box

    /// Horizontal text whose baseline passes through `baseline`.
    static func horizontal(
        _ text: String, baseline: Point, anchor: TextAnchor, fontSize: Double, bold: Bool = false, width known: Double? = nil
    ) -> PlacedLabel {
        let width = known ?? TextMetrics.width(text, fontSize: fontSize, bold: bold)
        let left = baseline.x + anchor.offset(forWidth: width)
        let box = Box(
            minX: left, minY: baseline.y - fontSize * 0.82,
            maxX: left + width, maxY: baseline.y + fontSize * 0.25)
        return PlacedLabel(
            text: text, origin: baseline, direction: nil, anchor: anchor, fontSize: fontSize, bold: bold, box: box)
    }

    /// Text read along `direction`, centred across the line through `origin`.
    ///
    /// Text pointing left would be upside down, so it is turned half a turn
    /// and its anchor swapped: the text still starts where `anchor` says,
    /// seen from `origin` looking along `direction`.
    static func along(
        _ text: String, origin: Point, direction: Point, anchor: TextAnchor, fontSize: Double, width known: Double? = nil
    ) -> PlacedLabel {
        let (reading, turned) = Self.reading(direction)
        let placedAnchor = turned ? (anchor == .start ? .end : anchor == .end ? .start : .middle) : anchor
        let width = known ?? TextMetrics.width(text, fontSize: fontSize)
        let start = placedAnchor.offset(forWidth: width)
        let across = reading.perpendicular
        let corners = [(start, -0.5), (start + width, -0.5), (start, 0.62), (start + width, 0.62)].map { along, side in
            origin + reading * along + across * (side * fontSize)
        }
        return PlacedLabel(
            text: text, origin: origin, direction: reading, anchor: placedAnchor, fontSize: fontSize,
            box: Box(covering: corners))
    }

    /// The unit direction text along `direction` reads in, and whether it
    /// was turned half a turn to stay upright.
    static func reading(_ direction: Point) -> (direction: Point, turned: Bool) {
        let reading = direction.normalized
        // Straight up or down counts as upside down only when pointing down,
        // so vertical labels all read bottom to top.
        if reading.x < -1e-9 || (abs(reading.x) <= 1e-9 && reading.y > 0) { return (reading * -1, true) }
        return (reading, false)
    }

    /// Writes the `<text>` element with the given class.
    ///
    /// With `backdrop`, a rectangle of that class goes behind the text: a
    /// line running under a label shows through the gaps between words even
    /// with a halo, so labels that sit on lines get a solid backing.
    func write(into writer: inout SVGWriter, className: String, backdrop: String? = nil) {
        if let d = direction {
            writer.begin("g")
            writer.startAttribute("transform")
            writer.raw("matrix(")
            writer.number(d.x, decimals: 4)
            writer.raw(" ")
            writer.number(d.y, decimals: 4)
            writer.raw(" ")
            writer.number(-d.y, decimals: 4)
            writer.raw(" ")
            writer.number(d.x, decimals: 4)
            writer.raw(" ")
            writer.point(origin)
            writer.raw(")")
            writer.endAttribute()
            writer.endOpen()
            if let backdrop {
                let width = TextMetrics.width(text, fontSize: fontSize, bold: bold)
                let left = anchor.offset(forWidth: width)
                let local = Box(minX: left, minY: -fontSize * 0.5, maxX: left + width, maxY: fontSize * 0.5)
                writeBackdrop(into: &writer, className: backdrop, local)
            }
            writer.begin("text")
            writer.attribute("class", className)
            // Drops the baseline below the line so the letters sit centred on it.
            writer.attribute("y", fontSize * 0.35)
        } else {
            if let backdrop { writeBackdrop(into: &writer, className: backdrop, box) }
            writer.begin("text")
            writer.attribute("class", className)
            writer.attribute("x", origin.x)
            writer.attribute("y", origin.y)
        }
        if anchor != .start { writer.attribute("text-anchor", anchor.rawValue) }
        // Sizes are attributes, not CSS, because the layout measured the
        // text at these sizes; a page style must not silently change them.
        if fontSize != GraphFrame.baseFontSize { writer.attribute("font-size", fontSize) }
        if bold { writer.attribute("font-weight", "bold") }
        writer.endText("text", text)
        if direction != nil { writer.close("g") }
    }

    private func writeBackdrop(into writer: inout SVGWriter, className: String, _ box: Box) {
        let padded = box.expanded(by: 2)
        writer.begin("rect")
        writer.attribute("class", className)
        writer.attribute("x", padded.minX)
        writer.attribute("y", padded.minY)
        writer.attribute("width", padded.width)
        writer.attribute("height", padded.height)
        writer.attribute("rx", "3")
        writer.endEmpty()
    }
}
