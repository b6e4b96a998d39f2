/// Where everything in a neighbourhood drawing goes: the entry in the
/// middle, its neighbours listed in two columns, right then left, under
/// headings that name the relation, each joined to the middle by a line.
///
/// Closed form, one pass: every row has its own height, names read
/// outwards from their dots, and lines fan from the middle box to the dots
/// on the inner side of each column, so nothing can overlap and nothing is
/// tried twice. The same input always gives the same picture.
struct NeighbourhoodLayout: Sendable {
    /// A neighbour to place, in reading order.
    struct Item: Sendable {
        /// Its name as it is to be drawn (shortened here when too long).
        var name: String
        /// The heading it is listed under; a new one starts where it changes.
        var heading: String
        var hasSpoke: Bool
        var arrowAtNeighbour: Bool
        var arrowAtCenter: Bool
    }

    /// A line from the middle entry to one neighbour.
    struct Spoke: Sendable {
        /// On the side of the middle entry's box.
        var start: Point
        /// On the edge of the neighbour's dot.
        var end: Point
    }

    static let nodeRadius = 8.0
    static let fontSize = GraphFrame.baseFontSize
    static let centerFontSize = 14.0
    static let nameWidth = 260.0
    static let centerLabelWidth = 240.0
    static let rowHeight = 22.0
    static let headingHeight = 20.0
    /// Between a dot and its name.
    static let nameGap = 6.0

    var center: NodeShape
    var centerLabel: PlacedLabel
    var positions: [Point] = []
    var names: [PlacedLabel] = []
    var headings: [PlacedLabel] = []
    /// One per item; nil for an item without a spoke.
    var spokes: [Spoke?] = []
    /// Everything drawn, with a margin.
    var bounds: Box

    init(centerLabel text: String, items: [Item]) {
        let shown = TextMetrics.fit(text, maxWidth: Self.centerLabelWidth, fontSize: Self.centerFontSize, bold: true)
        let halfWidth = TextMetrics.width(shown, fontSize: Self.centerFontSize, bold: true) / 2 + 12
        let box = Box(minX: -halfWidth, minY: -15, maxX: halfWidth, maxY: 15)
        center = .rectangle(box, cornerRadius: 6)
        centerLabel = .horizontal(
            shown, baseline: Point(x: 0, y: Self.centerFontSize * 0.35), anchor: .middle,
            fontSize: Self.centerFontSize, bold: true)
        var all = box

        // Rows from the top of each column: the right one takes the first half.
        let split = (items.count + 1) / 2
        var rowY = Array(repeating: 0.0, count: items.count)
        var headingRows: [(text: String, y: Double, column: Int)] = []
        var heights = [0.0, 0.0]
        for (column, range) in [0..<split, split..<items.count].enumerated() {
            var y = 0.0
            var previous: String?
            for i in range {
                if items[i].heading != previous && !items[i].heading.isEmpty {
                    headingRows.append((items[i].heading, y + 15, column))
                    y += Self.headingHeight
                }
                previous = items[i].heading
                rowY[i] = y + Self.rowHeight / 2
                y += Self.rowHeight
            }
            heights[column] = y
        }
        // Taller columns stand further out, so their lines fan less steeply.
        let columnX = halfWidth + min(70 + 0.3 * max(heights[0], heights[1]), 260)
        let r = Self.nodeRadius
        let textOffset = r + Self.nameGap
        for (i, item) in items.enumerated() {
            let column = i < split ? 0 : 1
            let side = column == 0 ? 1.0 : -1.0
            let p = Point(x: side * columnX, y: rowY[i] - heights[column] / 2)
            positions.append(p)
            let name = TextMetrics.fitted(item.name, maxWidth: Self.nameWidth, fontSize: Self.fontSize)
            let label = PlacedLabel.horizontal(
                name.text, baseline: Point(x: p.x + side * textOffset, y: p.y + 4), anchor: side > 0 ? .start : .end,
                fontSize: Self.fontSize, width: name.width)
            names.append(label)
            all = all.union(Box(center: p, radius: r)).union(label.box)
            guard item.hasSpoke else {
                spokes.append(nil)
                continue
            }
            // Starts spread over the box's side, in the dots' order, so no two lines cross.
            let start = Point(x: side * (halfWidth + 2), y: min(max(p.y * 0.08, -11), 11))
            let u = (p - start).normalized
            spokes.append(Spoke(start: start, end: p - u * (r + 2)))
        }
        for row in headingRows {
            let side = row.column == 0 ? 1.0 : -1.0
            let text = TextMetrics.fitted(row.text, maxWidth: Self.nameWidth, fontSize: Self.fontSize)
            let label = PlacedLabel.horizontal(
                text.text, baseline: Point(x: side * (columnX + textOffset), y: row.y - heights[row.column] / 2),
                anchor: side > 0 ? .start : .end, fontSize: Self.fontSize, width: text.width)
            headings.append(label)
            all = all.union(label.box)
        }
        bounds = all.expanded(by: 8)
    }
}
