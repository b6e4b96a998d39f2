extension NeighbourhoodSVG {
    /// Spokes and links between neighbours, then all spoke labels on top of
    /// every line so no line crosses a label drawn before it.
    static func drawEdges(
        into writer: inout SVGWriter, layout: NeighbourhoodLayout, items: [NeighbourhoodLayout.Item],
        center: GraphNode, bundles: [EdgeBundle], names: [String: String]
    ) {
        var index: [String: Int] = [:]
        for (i, item) in items.enumerated() { index[item.node.id] = i }
        writer.open("g", [("class", "edges")])
        // Links between two neighbours: faint curves bowed towards the
        // middle, under the spokes, so they hint without crowding.
        for bundle in bundles where bundle.first != center.id && bundle.second != center.id {
            guard let a = index[bundle.first], let b = index[bundle.second] else { continue }
            let curve = BowedCurve(from: layout.positions[a], to: layout.positions[b], nodeRadius: NeighbourhoodLayout.nodeRadius)
            writer.open("g", [("class", "edge edge-between")])
            writer.text("title", Wording.edges(bundle.edges, labels: names))
            curve.write(into: &writer, arrowAtStart: bundle.towardsFirst, arrowAtEnd: bundle.towardsSecond)
            writer.close("g")
        }
        for (i, item) in items.enumerated() {
            guard let spoke = layout.spokes[i] else { continue }
            writer.open("g", [("class", "edge")])
            writer.text("title", Wording.edges(item.edges, labels: names))
            StraightEdge(start: spoke.start, end: spoke.end)
                .write(into: &writer, arrowAtStart: item.arrowAtCenter, arrowAtEnd: item.arrowAtNeighbour)
            writer.close("g")
        }
        writer.close("g")
        writer.open("g", [("class", "edge-labels")])
        for case let spoke? in layout.spokes {
            spoke.label?.write(into: &writer, className: "edge-label", backdrop: "label-bg")
        }
        writer.close("g")
    }

    /// The middle entry, then its neighbours in drawing order.
    static func drawNodes(
        into writer: inout SVGWriter, layout: NeighbourhoodLayout, items: [NeighbourhoodLayout.Item], center: GraphNode
    ) {
        writer.open("g", [("class", "nodes")])
        NodeMark(node: center, shape: layout.center, label: layout.centerLabel, extraClasses: ["center"], isCurrentPage: true)
            .write(into: &writer)
        for (i, item) in items.enumerated() {
            NodeMark(
                node: item.node,
                shape: .circle(center: layout.positions[i], radius: NeighbourhoodLayout.nodeRadius),
                label: layout.labels[i]
            ).write(into: &writer)
        }
        writer.close("g")
    }
}
