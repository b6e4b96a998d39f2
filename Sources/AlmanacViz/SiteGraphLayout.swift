/// Where everything in the site graph goes: the types on an inner ring and
/// each type's entries on an outer ring, in a sector facing their type, so
/// an entry sits next to its type and entries of a type sit together.
///
/// Sectors are as wide as the type has entries (one slot each, one empty
/// slot between types); rings start small and grow until nothing overlaps.
struct SiteGraphLayout: Sendable {
    /// A type node with its place.
    struct TypeSpot: Sendable {
        var node: GraphNode
        var center: Point
        var radius: Double
        var label: PlacedLabel
    }

    /// An entry node with its place; `type` indexes `types`, nil when no type node matches.
    struct EntrySpot: Sendable {
        var node: GraphNode
        var center: Point
        var radius: Double
        var direction: Point
        var label: PlacedLabel
        var type: Int?
    }

    static let typeFontSize = 13.0
    static let entryLabelWidth = 210.0
    static let typeLabelWidth = 170.0

    var types: [TypeSpot] = []
    var entries: [EntrySpot] = []
    var entryRing = 0.0
    var bounds = Box(minX: 0, minY: 0, maxX: 0, maxY: 0)

    /// - Parameters:
    ///   - types: sorted, one per id.
    ///   - counts: entries per type id, for size and label; absent means unknown.
    ///   - entries: the entries to draw, one per id.
    ///   - degrees: links per entry, for dot size.
    init(types: [GraphNode], counts: [String: Int], entries: [GraphNode], degrees: [String: Int]) {
        let slots = SiteGraphSlots(types: types, entries: entries)
        let step = 2 * Double.pi / Double(max(slots.total, 1))
        func direction(_ slot: Double) -> Point { Point.unit(angle: -Double.pi / 2 + (slot + 0.5) * step) }

        let typeDirections = Self.typeAngles(sectors: slots.sectors, step: step).map { Point.unit(angle: $0) }
        let radii = types.map { type -> Double in
            // Area grows with the count, so the radius with its square root.
            guard let count = counts[type.id] else { return 14 }
            return min(30, 10 + 2.5 * Double(max(count, 0)).squareRoot())
        }
        let texts = types.map { type -> String in
            let label = TextMetrics.fit(type.label, maxWidth: Self.typeLabelWidth, fontSize: Self.typeFontSize, bold: true)
            return counts[type.id].map { "\(label) (\($0))" } ?? label
        }
        // What the outer ring needs for its own sake: dots and radial labels
        // on neighbouring slots clear of each other.
        var ring = 240.0
        if slots.total >= 3 {
            ring = max(ring, 11 / Trig.sinCos(step / 2).sin, (GraphFrame.baseFontSize + 2) / Trig.sinCos(min(step, Double.pi / 2)).sin)
        }
        // Types at least half-way out, so their dots and labels have room and
        // the lines to their entries are short enough to follow.
        if !types.isEmpty {
            placeTypes(types, directions: typeDirections, radii: radii, texts: texts, minimumRing: types.count == 1 ? 0 : ring * 0.55)
        }
        ring = max(ring, (self.types.map(\.radius).max() ?? 0) + typeRingRadius + 80)
        for spot in self.types {
            let b = spot.label.box
            for corner in [Point(x: b.minX, y: b.minY), Point(x: b.maxX, y: b.minY), Point(x: b.minX, y: b.maxY), Point(x: b.maxX, y: b.maxY)] {
                ring = max(ring, corner.length + 40)
            }
        }
        entryRing = ring.rounded(.up)

        self.entries = slots.entries.map { entry, slot, type in
            let u = direction(Double(slot))
            let radius = 5 + min(4, Double(degrees[entry.id] ?? 0).squareRoot())
            let text = TextMetrics.fit(entry.label, maxWidth: Self.entryLabelWidth, fontSize: GraphFrame.baseFontSize)
            let label = PlacedLabel.along(
                text, origin: u * (entryRing + radius + 4), direction: u, anchor: .start, fontSize: GraphFrame.baseFontSize)
            return EntrySpot(node: entry, center: u * entryRing, radius: radius, direction: u, label: label, type: type)
        }

        var all = Box(center: .zero, radius: 10)
        for spot in self.types { all = all.union(Box(center: spot.center, radius: spot.radius)).union(spot.label.box) }
        for spot in self.entries { all = all.union(Box(center: spot.center, radius: spot.radius)).union(spot.label.box) }
        bounds = all.expanded(by: 8)
    }

    /// Each type's angle: half-way between the middle of its sector (so it
    /// faces its entries) and an even spread (so types with few entries do
    /// not crowd each other), the spread turned to match the sectors on average.
    static func typeAngles(sectors: [(first: Int, last: Int)], step: Double) -> [Double] {
        guard !sectors.isEmpty else { return [] }
        let facing = sectors.map { -Double.pi / 2 + (Double($0.first + $0.last) / 2 + 0.5) * step }
        let spread = 2 * Double.pi / Double(sectors.count)
        let even = sectors.indices.map { -Double.pi / 2 + (Double($0) + 0.5) * spread }
        let turn = zip(facing, even).map { $0 - $1 }.reduce(0, +) / Double(sectors.count)
        return zip(facing, even).map { ($0 + $1 + turn) / 2 }
    }

    /// How far the type nodes sit from the middle.
    var typeRingRadius: Double { types.map { $0.center.length }.max() ?? 0 }

    /// Puts the types on the smallest ring where their dots and labels all clear each other.
    private mutating func placeTypes(
        _ nodes: [GraphNode], directions: [Point], radii: [Double], texts: [String], minimumRing: Double
    ) {
        let largest = radii.max() ?? 0
        // One type sits in the middle; two or more start where neighbouring dots just clear.
        var ring = nodes.count == 1 ? 0 : max(minimumRing, (largest + 6) / Trig.sinCos(Double.pi / Double(nodes.count)).sin)
        for attempt in 0..<400 {
            let centers = directions.map { $0 * ring }
            let dots = zip(centers, radii).map { Box(center: $0, radius: $1) }
            var spots: [TypeSpot] = []
            var clear = true
            for i in nodes.indices {
                for j in nodes.indices where j > i && centers[i].distance(to: centers[j]) < radii[i] + radii[j] + 8 {
                    clear = false
                }
                let outward = nodes.count == 1 ? Point(x: 0, y: 1) : directions[i]
                let candidates = LabelCandidates.around(
                    texts[i], center: centers[i], radius: radii[i], outward: outward, fontSize: Self.typeFontSize, bold: true)
                let fits = candidates.first { label in
                    let padded = label.box.expanded(by: 4)
                    return !dots.enumerated().contains { $0.offset != i && padded.intersects($0.element) }
                        && !spots.contains { padded.intersects($0.label.box) }
                }
                if fits == nil { clear = false }
                spots.append(TypeSpot(node: nodes[i], center: centers[i], radius: radii[i], label: fits ?? candidates[0]))
            }
            // The cap only guards a bug: growing the ring always separates fixed-size labels.
            if clear || attempt == 399 {
                types = spots
                return
            }
            // Growing by a fraction keeps the number of attempts small even
            // for a schema with hundreds of types.
            ring = ring * 1.05 + 8
        }
    }
}
