/// The drawing on an entry page: the entry in the middle, the entries it
/// relates to or links with around it, one hop out.
public enum NeighbourhoodSVG {
    /// Most neighbours drawn; the best-connected are kept and a "+N more"
    /// note says how many were left out.
    public static let neighbourLimit = 24

    /// The CSS that colours the drawing (shared with ``SiteGraphSVG``); put
    /// it once in the site's stylesheet.
    public static let stylesheet = GraphStylesheet.css

    /// An inline `<svg>` element (no XML prolog) for embedding in an HTML page.
    ///
    /// - Parameters:
    ///   - center: the entry the page is about.
    ///   - neighbours: the entries one hop away; duplicates and `center` itself are ignored.
    ///   - edges: relations and links among `center` and `neighbours`, drawn
    ///     from `from` to `to` with `label` as the relation's name (e.g.
    ///     "Leader of", "Mentions"); edges to other ids are ignored.
    ///   - title: what the drawing shows, e.g. "Relations of Freedom of
    ///     Russia Legion"; the accessible name adds the number of entries.
    /// - Returns: the same string for the same input, whatever its order.
    public static func render(center: GraphNode, neighbours: [GraphNode], edges: [GraphEdge], title: String) -> String {
        let everyone = NodeSelection.unique(neighbours, excluding: [center.id])
        let allIds = Set(everyone.map(\.id)).union([center.id])
        let (kept, hidden) = NodeSelection.mostConnected(everyone, edges: edges, within: allIds, limit: neighbourLimit)
        let bundles = EdgeBundle.make(edges, within: Set(kept.map(\.id)).union([center.id]))
        let items = orderedItems(center: center, neighbours: kept, bundles: bundles)
        let layout = NeighbourhoodLayout(centerLabel: center.label, items: items)

        var bounds = layout.bounds
        var note: PlacedLabel?
        if hidden > 0 { (note, bounds) = GraphFrame.moreNote(hidden: hidden, below: bounds) }

        let heading = TextMetrics.normalizeSpace(title)
        var name = "\(heading.isEmpty ? Wording.relations(of: center.cleanLabel) : heading): \(Wording.entries(everyone.count))"
        if hidden > 0 { name += " \(Wording.shown(kept.count))" }

        var writer = SVGWriter()
        writer.open("svg", GraphFrame.attributes(kind: "graph-neighbourhood", bounds: bounds, name: name))
        writer.text("title", name)
        var names = [center.id: center.cleanLabel]
        for node in kept { names[node.id] = node.cleanLabel }
        drawEdges(into: &writer, layout: layout, items: items, center: center, bundles: bundles, names: names)
        drawNodes(into: &writer, layout: layout, items: items, center: center)
        note?.write(into: &writer, className: "graph-note")
        writer.close("svg")
        return writer.output
    }

    /// Neighbours in drawing order: joined to the middle first, grouped by
    /// relation name, then by label, so related entries sit together.
    static func orderedItems(center: GraphNode, neighbours: [GraphNode], bundles: [EdgeBundle]) -> [NeighbourhoodLayout.Item] {
        var spokeOf: [String: EdgeBundle] = [:]
        for bundle in bundles where bundle.first == center.id || bundle.second == center.id {
            spokeOf[bundle.other(than: center.id)] = bundle
        }
        let items = neighbours.map { node -> NeighbourhoodLayout.Item in
            guard let bundle = spokeOf[node.id] else {
                return .init(node: node, relation: "", hasSpoke: false, arrowAtNeighbour: false, arrowAtCenter: false)
            }
            let outward = bundle.first == center.id ? bundle.towardsSecond : bundle.towardsFirst
            let inward = bundle.first == center.id ? bundle.towardsFirst : bundle.towardsSecond
            return .init(node: node, relation: bundle.joinedLabel, hasSpoke: true, arrowAtNeighbour: outward, arrowAtCenter: inward, edges: bundle.edges)
        }
        // Keys worked out once, not in every comparison.
        let keys = items.map { (relation: ($0.hasSpoke ? 0 : 1, $0.relation.lowercased(), $0.relation), label: GraphNode.LabelKey($0.node)) }
        return items.indices.sorted { a, b in
            let (ka, kb) = (keys[a], keys[b])
            return ka.relation != kb.relation ? ka.relation < kb.relation : ka.label < kb.label
        }.map { items[$0] }
    }
}
