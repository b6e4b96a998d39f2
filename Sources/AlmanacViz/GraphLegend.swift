/// The key to the node colours: one dot and type name per type drawn,
/// in rows centred under the drawing, so colour is explained where it is used.
struct GraphLegend {
    struct Entry {
        var typeName: String
        var dot: Point
        var label: PlacedLabel
    }

    static let dotRadius = 5.0

    var entries: [Entry] = []
    /// The drawing's bounds grown to hold the legend.
    var bounds: Box

    /// `typeNames` in order of name, each once, below `bounds`.
    init(typeNames: [String], below bounds: Box) {
        let names = Array(Set(typeNames.map(TextMetrics.normalizeSpace).filter { !$0.isEmpty })).sorted()
        self.bounds = bounds
        guard !names.isEmpty else { return }
        let fontSize = GraphFrame.baseFontSize
        let texts = names.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let widths = texts.map { 2 * Self.dotRadius + 4 + TextMetrics.width($0, fontSize: fontSize) }
        // Rows as wide as the drawing, at least room for one entry.
        let room = max(bounds.width - 16, widths.max() ?? 0)
        var rows: [[Int]] = [[]]
        var used = 0.0
        for (k, w) in widths.enumerated() {
            if !rows[rows.count - 1].isEmpty && used + w > room {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(k)
            used += w + 16
        }
        var all = bounds
        for (r, row) in rows.enumerated() {
            let width = row.reduce(0.0) { $0 + widths[$1] } + Double(row.count - 1) * 16
            var x = (bounds.minX + bounds.maxX) / 2 - width / 2
            let y = bounds.maxY + 10 + Double(r) * 20
            for k in row {
                let dot = Point(x: x + Self.dotRadius, y: y)
                let label = PlacedLabel.horizontal(
                    texts[k], baseline: Point(x: x + 2 * Self.dotRadius + 4, y: y + 4), anchor: .start, fontSize: fontSize,
                    width: widths[k] - 2 * Self.dotRadius - 4)
                entries.append(Entry(typeName: names[k], dot: dot, label: label))
                all = all.union(Box(center: dot, radius: Self.dotRadius)).union(label.box)
                x += widths[k] + 16
            }
        }
        self.bounds = all.expanded(by: 6)
    }

    /// `<g class="legend-items">` with one `<g class="legend node-TYPE">` per type.
    func write(into writer: inout SVGWriter) {
        guard !entries.isEmpty else { return }
        writer.open("g", [("class", "legend-items"), ("aria-hidden", "true")])
        for entry in entries {
            writer.begin("g")
            writer.attribute("class", "legend " + CSSClass.node(typeName: entry.typeName))
            writer.endOpen()
            NodeShape.circle(center: entry.dot, radius: Self.dotRadius).write(into: &writer)
            entry.label.write(into: &writer, className: "legend-label")
            writer.close("g")
        }
        writer.close("g")
    }
}
