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
        String(decoding: render(NeighbourhoodInput(center: center, neighbours: neighbours, edges: edges, title: title)), as: UTF8.self)
    }

    /// The drawing of `input` as UTF-8 bytes, for a page buffer.
    public static func render(_ input: NeighbourhoodInput) -> [UInt8] {
        let plan = NeighbourhoodPlan(input, limit: neighbourLimit)
        let items = plan.items.map { item in
            NeighbourhoodLayout.Item(
                name: input.neighbours[item.node - 1].label, heading: item.heading, hasSpoke: item.spoke != nil,
                arrowAtNeighbour: item.spoke?.towardsB ?? false, arrowAtCenter: item.spoke?.towardsA ?? false)
        }
        let layout = NeighbourhoodLayout(centerLabel: input.center.label, items: items)

        // Every node's tooltip names its type too, so the key is for sighted
        // readers only and hidden from assistive technology.
        let legend = GraphLegend(typeNames: [input.center.typeName] + plan.items.map { input.neighbours[$0.node - 1].typeName }, below: layout.bounds)
        var bounds = legend.bounds
        var note: PlacedLabel?
        if plan.hidden > 0 { (note, bounds) = GraphFrame.moreNote(hidden: plan.hidden, below: bounds) }

        let heading = TextMetrics.normalizeSpace(input.title)
        var name = "\(heading.isEmpty ? Wording.relations(of: input.center.cleanLabel) : heading): \(Wording.entries(input.neighbours.count))"
        if plan.hidden > 0 { name += " \(Wording.shown(plan.items.count))" }

        var writer = SVGWriter()
        writer.open("svg", GraphFrame.attributes(kind: "graph-neighbourhood", bounds: bounds, name: name))
        writer.text("title", name)
        let names = [input.center.cleanLabel] + input.neighbours.map(\.cleanLabel)
        drawEdges(into: &writer, layout: layout, plan: plan, names: names)
        drawNodes(into: &writer, layout: layout, plan: plan, input: input, names: names)
        legend.write(into: &writer)
        note?.write(into: &writer, className: "graph-note")
        writer.close("svg")
        return writer.bytes
    }
}
