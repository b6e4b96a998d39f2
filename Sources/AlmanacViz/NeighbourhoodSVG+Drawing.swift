extension NeighbourhoodSVG {
    /// Lines between neighbours, then the spokes, then the list headings.
    static func drawEdges(into writer: inout SVGWriter, layout: NeighbourhoodLayout, plan: NeighbourhoodPlan, names: [String]) {
        var row = [Int?](repeating: nil, count: names.count)
        for (i, item) in plan.items.enumerated() { row[item.node] = i }
        writer.open("g", [("class", "edges")])
        // Links between two neighbours: faint curves bowed towards the
        // middle, under the spokes, so they hint without crowding.
        for bundle in plan.between {
            guard let a = row[bundle.a], let b = row[bundle.b] else { continue }
            let curve = BowedCurve(from: layout.positions[a], to: layout.positions[b], nodeRadius: NeighbourhoodLayout.nodeRadius)
            writer.open("g", [("class", "edge edge-between")])
            writeTitle(of: bundle, names: names, into: &writer)
            curve.write(into: &writer, arrowAtStart: bundle.towardsA, arrowAtEnd: bundle.towardsB)
            writer.close("g")
        }
        for (i, item) in plan.items.enumerated() {
            guard let spoke = layout.spokes[i], let bundle = item.spoke else { continue }
            writer.begin("g")
            writer.attribute("class", bundle.mentionsOnly ? "edge edge-mention" : "edge")
            writer.endOpen()
            writeTitle(of: bundle, names: names, into: &writer)
            writeSpoke(spoke, outward: bundle.towardsB, inward: bundle.towardsA, into: &writer)
            writer.close("g")
        }
        writer.close("g")
        writer.open("g", [("class", "edge-labels")])
        for heading in layout.headings { heading.write(into: &writer, className: "edge-label") }
        writer.close("g")
    }

    /// The line, with an arrowhead at the dot for a relation the centre
    /// states, and one pointing back a little way along for a relation the
    /// neighbour states: the space at the dots keeps arrowheads apart.
    private static func writeSpoke(_ spoke: NeighbourhoodLayout.Spoke, outward: Bool, inward: Bool, into writer: inout SVGWriter) {
        let d = (spoke.end - spoke.start).normalized
        let to = outward ? spoke.end - d * (Arrowhead.length - 1) : spoke.end
        writer.begin("line")
        writer.attribute("x1", spoke.start.x)
        writer.attribute("y1", spoke.start.y)
        writer.attribute("x2", to.x)
        writer.attribute("y2", to.y)
        writer.endEmpty()
        if outward { Arrowhead.write(into: &writer, tip: spoke.end, direction: d) }
        if inward { Arrowhead.write(into: &writer, tip: spoke.end - d * (2 * Arrowhead.length + 4), direction: d * -1) }
    }

    /// "A → B: Leader; B → A: Mentions": the tooltip naming every edge of a line.
    private static func writeTitle(of bundle: NeighbourhoodPlan.Bundle, names: [String], into writer: inout SVGWriter) {
        writer.begin("title")
        writer.raw(">")
        for (k, edge) in bundle.edges.enumerated() {
            if k > 0 { writer.raw("; ") }
            writer.escaped(names[edge.from])
            writer.raw(" → ")
            writer.escaped(names[edge.to])
            if !edge.label.isEmpty {
                writer.raw(": ")
                writer.escaped(edge.label)
            }
        }
        writer.close("title")
    }

    /// The middle entry, then its neighbours in reading order.
    static func drawNodes(into writer: inout SVGWriter, layout: NeighbourhoodLayout, plan: NeighbourhoodPlan, input: NeighbourhoodInput, names: [String]) {
        writer.open("g", [("class", "nodes")])
        NodeMark.write(input.center, shape: layout.center, label: layout.centerLabel, extraClasses: ["center"], isCurrentPage: true, cleanLabel: names[0], into: &writer)
        for (i, item) in plan.items.enumerated() {
            NodeMark.write(
                input.neighbours[item.node - 1], shape: .circle(center: layout.positions[i], radius: NeighbourhoodLayout.nodeRadius),
                label: layout.names[i], cleanLabel: names[item.node], into: &writer)
        }
        writer.close("g")
    }
}
