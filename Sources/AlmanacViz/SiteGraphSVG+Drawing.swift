extension SiteGraphSVG {
    /// Edges of one drawing, sorted by what they join.
    struct EdgeKinds {
        /// Between two types: straight lines across the middle.
        var betweenTypes: [EdgeBundle] = []
        /// Between two entries: curves routed past their types.
        var betweenEntries: [EdgeBundle] = []
        /// Between an entry and a type that is not its own: straight lines.
        var entryToType: [EdgeBundle] = []
        /// Explicit edges between an entry (by index) and its own type, told
        /// in the tooltip of the membership line that is drawn anyway.
        var membership: [Int: EdgeBundle] = [:]
    }

    /// Membership lines, entry curves, other lines, then the labels that fit,
    /// on top of every line.
    static func drawEdges(into writer: inout SVGWriter, layout: SiteGraphLayout, bundles: [EdgeBundle]) {
        let kinds = sort(bundles, layout: layout)
        var names: [String: String] = [:]
        var points: [String: (center: Point, radius: Double)] = [:]
        for spot in layout.types {
            names[spot.node.id] = spot.node.cleanLabel
            points[spot.node.id] = (spot.center, spot.radius)
        }
        for spot in layout.entries {
            names[spot.node.id] = spot.node.cleanLabel
            points[spot.node.id] = (spot.center, spot.radius)
        }

        writer.open("g", [("class", "edges")])
        for (i, entry) in layout.entries.enumerated() {
            guard let t = entry.type else { continue }
            let type = layout.types[t]
            var tooltip = "\(type.node.cleanLabel): \(entry.node.cleanLabel)"
            if let explicit = kinds.membership[i] { tooltip += "; " + Wording.edges(explicit.edges, labels: names) }
            writer.open("g", [("class", "edge membership")])
            writer.text("title", tooltip)
            straight(from: type.center, type.radius, to: entry.center, entry.radius)
                .write(into: &writer, arrowAtStart: false, arrowAtEnd: false)
            writer.close("g")
        }
        var curves: [String: CubicCurve] = [:]
        for bundle in kinds.betweenEntries {
            let curve = bundledCurve(bundle, layout: layout)
            curves[bundle.first + "\n" + bundle.second] = curve
            writer.open("g", [("class", bundle.mentionsOnly ? "edge edge-mention" : "edge")])
            writer.text("title", Wording.edges(bundle.edges, labels: names))
            curve.write(into: &writer, arrowAtStart: bundle.towardsFirst, arrowAtEnd: bundle.towardsSecond)
            writer.close("g")
        }
        for bundle in kinds.entryToType + kinds.betweenTypes {
            guard let a = points[bundle.first], let b = points[bundle.second] else { continue }
            let kind = bundle.mentionsOnly ? "edge edge-mention" : kinds.betweenTypes.contains(bundle) ? "edge edge-types" : "edge"
            writer.open("g", [("class", kind)])
            writer.text("title", Wording.edges(bundle.edges, labels: names))
            straight(from: a.center, a.radius, to: b.center, b.radius)
                .write(into: &writer, arrowAtStart: bundle.towardsFirst, arrowAtEnd: bundle.towardsSecond)
            writer.close("g")
        }
        writer.close("g")

        var labels = GreedyLabels(
            obstacles: layout.types.flatMap { [Box(center: $0.center, radius: $0.radius), $0.label.box] }
                + layout.entries.map { Box(center: $0.center, radius: $0.radius) },
            maxDistance: layout.entryRing - 14)
        // Lines are named by their typed relations only: "Mentions" on most
        // of them would drown the relations out (the tooltip still says it).
        for bundle in kinds.betweenTypes where !bundle.relationLabel.isEmpty {
            guard let a = points[bundle.first], let b = points[bundle.second] else { continue }
            // The few links between types matter most: try a third of the way
            // from either end before giving up on the middle.
            for t in [0.5, 0.35, 0.65] {
                let point = a.center + (b.center - a.center) * t
                if labels.place(edgeText(bundle), at: point, fontSize: GraphFrame.baseFontSize) { break }
            }
        }
        // The busiest links first: they are the ones worth naming.
        let ranked = kinds.betweenEntries.filter { !$0.relationLabel.isEmpty }.sorted {
            $0.edges.count != $1.edges.count ? $0.edges.count > $1.edges.count : ($0.first, $0.second) < ($1.first, $1.second)
        }
        var named = 0
        for bundle in ranked where named < labelledEntryEdgeLimit {
            guard let curve = curves[bundle.first + "\n" + bundle.second] else { continue }
            if labels.place(edgeText(bundle), at: curve.midpoint, fontSize: GraphFrame.baseFontSize) { named += 1 }
        }
        writer.open("g", [("class", "edge-labels")])
        for label in labels.placed { label.write(into: &writer, className: "edge-label", backdrop: "label-bg") }
        writer.close("g")
    }

    /// Types, then entries.
    static func drawNodes(into writer: inout SVGWriter, layout: SiteGraphLayout) {
        writer.open("g", [("class", "nodes")])
        for spot in layout.types {
            NodeMark(
                node: spot.node, shape: .circle(center: spot.center, radius: spot.radius), label: spot.label,
                extraClasses: ["type"], labelBackdrop: "label-bg"
            ).write(into: &writer)
        }
        for spot in layout.entries {
            NodeMark(node: spot.node, shape: .circle(center: spot.center, radius: spot.radius), label: spot.label)
                .write(into: &writer)
        }
        writer.close("g")
    }

    private static func sort(_ bundles: [EdgeBundle], layout: SiteGraphLayout) -> EdgeKinds {
        var typeAt: [String: Int] = [:]
        var entryAt: [String: Int] = [:]
        for (i, spot) in layout.types.enumerated() { typeAt[spot.node.id] = i }
        for (i, spot) in layout.entries.enumerated() { entryAt[spot.node.id] = i }
        var kinds = EdgeKinds()
        for bundle in bundles {
            if typeAt[bundle.first] != nil && typeAt[bundle.second] != nil {
                kinds.betweenTypes.append(bundle)
            } else if entryAt[bundle.first] != nil && entryAt[bundle.second] != nil {
                kinds.betweenEntries.append(bundle)
            } else if let e = entryAt[bundle.first] ?? entryAt[bundle.second],
                let t = typeAt[bundle.first] ?? typeAt[bundle.second], layout.entries[e].type == t
            {
                kinds.membership[e] = bundle
            } else {
                kinds.entryToType.append(bundle)
            }
        }
        return kinds
    }

    /// A curve that leaves each entry towards the inner side of its type, so
    /// links between the same two types share a path and read as one bundle.
    private static func bundledCurve(_ bundle: EdgeBundle, layout: SiteGraphLayout) -> CubicCurve {
        let a = layout.entries.first { $0.node.id == bundle.first }!
        let b = layout.entries.first { $0.node.id == bundle.second }!
        func anchor(_ spot: SiteGraphLayout.EntrySpot) -> Point {
            guard let t = spot.type, layout.types.count > 1 else { return spot.direction * (layout.entryRing * 0.45) }
            return layout.types[t].center * 0.6
        }
        var (c1, c2) = (anchor(a), anchor(b))
        // Two entries of one type would share both control points and loop
        // back through the type; a shallow inward bow reads better.
        if c1 == c2 {
            c1 = a.direction * (layout.entryRing * 0.7)
            c2 = b.direction * (layout.entryRing * 0.7)
        }
        return CubicCurve(from: a.center, radius: a.radius, to: b.center, radius: b.radius, through: c1, c2)
    }

    private static func straight(from a: Point, _ ra: Double, to b: Point, _ rb: Double) -> StraightEdge {
        let d = (b - a).normalized
        return StraightEdge(start: a + d * (ra + 1), end: b - d * (rb + 1))
    }

    private static func edgeText(_ bundle: EdgeBundle) -> String {
        TextMetrics.fit(bundle.relationLabel, maxWidth: 150, fontSize: GraphFrame.baseFontSize)
    }
}
