/// The site-wide graph: how the entry types connect, and how the most
/// linked entries connect to each other and to their types.
public enum SiteGraphSVG {
    /// Most entries drawn; beyond it the best-connected are kept and a
    /// "+N more" note says how many were left out.
    public static let entryLimit = 48

    /// Most entry-to-entry edges given a drawn label; the rest name their
    /// relation in a tooltip only, so a busy graph stays readable.
    public static let labelledEntryEdgeLimit = 8

    /// The CSS that colours the drawing: the same as ``NeighbourhoodSVG/stylesheet``.
    public static let stylesheet = GraphStylesheet.css

    /// An inline `<svg>` element (no XML prolog) for embedding in an HTML page.
    ///
    /// - Parameters:
    ///   - types: one node per entry type (e.g. label "Groups", typeName
    ///     "group", url of the type's index); an entry belongs to the type
    ///     node with the same `typeName`.
    ///   - entries: the most linked entries (about 40); duplicates and ids
    ///     that are also type ids are ignored.
    ///   - edges: relations among entries, among types (e.g. the schema's
    ///     "leader" from group to person) or between an entry and a type.
    ///     Each entry is joined to its type without being told.
    ///   - title: what the drawing shows, e.g. "Graph of Resistance Wiki";
    ///     the accessible name adds the numbers of types and entries.
    ///   - counts: entries per type, by type node id: sizes the type's node
    ///     and is shown after its label, e.g. "Groups (12)".
    /// - Returns: the same string for the same input, whatever its order.
    public static func render(
        types: [GraphNode], entries: [GraphNode], edges: [GraphEdge], title: String, counts: [String: Int] = [:]
    ) -> String {
        let typeNodes = NodeSelection.unique(types).sorted(by: GraphNode.labelOrder)
        let typeIds = Set(typeNodes.map(\.id))
        let everyone = NodeSelection.unique(entries, excluding: typeIds)
        let (kept, hidden) = NodeSelection.mostConnected(
            everyone, edges: edges, within: typeIds.union(everyone.map(\.id)), limit: entryLimit)
        let bundles = EdgeBundle.make(edges, within: typeIds.union(kept.map(\.id)))
        let entryIds = Set(kept.map(\.id))
        let linksBetweenEntries = bundles.filter { entryIds.contains($0.first) && entryIds.contains($0.second) }
        let layout = SiteGraphLayout(
            types: typeNodes, counts: counts, entries: kept,
            degrees: NodeSelection.degrees(linksBetweenEntries.flatMap(\.edges), within: entryIds))

        var bounds = layout.bounds
        var note: PlacedLabel?
        if hidden > 0 { (note, bounds) = GraphFrame.moreNote(hidden: hidden, below: bounds) }
        let heading = TextMetrics.normalizeSpace(title)
        var name = "\(heading.isEmpty ? Wording.siteGraph : heading): \(Wording.types(typeNodes.count)), \(Wording.entries(everyone.count))"
        if hidden > 0 { name += " \(Wording.shown(kept.count))" }

        var writer = SVGWriter()
        writer.open("svg", GraphFrame.attributes(kind: "graph-site", bounds: bounds, name: name))
        writer.text("title", name)
        drawEdges(into: &writer, layout: layout, bundles: bundles)
        drawNodes(into: &writer, layout: layout)
        note?.write(into: &writer, className: "graph-note")
        writer.close("svg")
        return writer.output
    }
}
