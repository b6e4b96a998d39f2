import Testing

@testable import AlmanacViz

@Suite struct NeighbourhoodLayoutTests {
    /// Centres of the drawn dots and the centre box, read back from the SVG.
    private func marks(_ count: Int) throws -> (dots: [(x: Double, y: Double, r: Double)], box: Box) {
        let (neighbours, edges) = Samples.neighbourhood(count)
        let svg = NeighbourhoodSVG.render(center: Samples.center, neighbours: neighbours, edges: edges, title: "R")
        let root = try #require(SVGTree.parse(svg))
        let dots = try root.withClass("node").flatMap { $0.elements("circle") }.map { c in
            (try #require(c.number("cx")), try #require(c.number("cy")), try #require(c.number("r")))
        }
        let rect = try #require(root.elements("rect").first { $0.attributes["class"] == nil })
        let x = try #require(rect.number("x"))
        let y = try #require(rect.number("y"))
        let box = Box(minX: x, minY: y, maxX: x + (try #require(rect.number("width"))), maxY: y + (try #require(rect.number("height"))))
        return (dots, box)
    }

    @Test(arguments: 0...24)
    func nodesNeverOverlap(count: Int) throws {
        let (dots, box) = try marks(count)
        #expect(dots.count == count)
        for (i, a) in dots.enumerated() {
            for b in dots[(i + 1)...] {
                let distance = Point(x: a.x - b.x, y: a.y - b.y).length
                #expect(distance >= a.r + b.r, "dots \(a) and \(b) overlap for \(count) neighbours")
            }
            #expect(!Box(center: Point(x: a.x, y: a.y), radius: a.r).intersects(box))
        }
    }

    /// Items under a new heading every third row, with long names.
    private func items(_ count: Int) -> [NeighbourhoodLayout.Item] {
        (0..<count).map {
            NeighbourhoodLayout.Item(
                name: $0 % 4 == 3 ? "International Legion of Territorial Defence of Ukraine \($0)" : "Entry \($0)",
                heading: "Relation \($0 / 3)", hasSpoke: $0 % 7 != 6, arrowAtNeighbour: true, arrowAtCenter: $0 % 2 == 0)
        }
    }

    @Test(arguments: 1...24)
    func textKeepsClearOfTextDotsAndLines(count: Int) {
        let layout = NeighbourhoodLayout(centerLabel: Samples.center.label, items: items(count))
        let texts = layout.names.map(\.box) + layout.headings.map(\.box)
        let dots = layout.positions.map { Box(center: $0, radius: NeighbourhoodLayout.nodeRadius) }
        for (i, text) in texts.enumerated() {
            #expect(!text.intersects(layout.center.box))
            for (j, other) in texts.enumerated() where j > i {
                #expect(!text.intersects(other), "texts \(i) and \(j) overlap for \(count)")
            }
            for dot in dots { #expect(!text.intersects(dot)) }
            for case let spoke? in layout.spokes {
                #expect(!text.intersects(segmentFrom: spoke.start, to: spoke.end), "a line crosses text \(i) for \(count)")
            }
            #expect(layout.bounds.union(text) == layout.bounds)
        }
    }

    @Test(arguments: 2...24)
    func linesNeverCrossAndEndAtTheirDots(count: Int) {
        let layout = NeighbourhoodLayout(centerLabel: Samples.center.label, items: items(count))
        let drawn = layout.spokes.enumerated().compactMap { i, spoke in spoke.map { (i, $0) } }
        for (i, spoke) in drawn {
            #expect(spoke.end.distance(to: layout.positions[i]) <= NeighbourhoodLayout.nodeRadius + 2.01)
            #expect(abs(spoke.start.x) <= layout.center.box.maxX + 2.01)
            for (j, other) in drawn where j > i {
                #expect(!Self.cross(spoke, other), "lines \(i) and \(j) cross for \(count)")
            }
        }
    }

    /// Whether two segments properly cross (sharing no end).
    private static func cross(_ a: NeighbourhoodLayout.Spoke, _ b: NeighbourhoodLayout.Spoke) -> Bool {
        func side(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let d1 = side(a.start, a.end, b.start), d2 = side(a.start, a.end, b.end)
        let d3 = side(b.start, b.end, a.start), d4 = side(b.start, b.end, a.end)
        return d1 * d2 < 0 && d3 * d4 < 0
    }

    @Test func aHeadingStartsEachRunOfARelationInEachColumn() {
        let layout = NeighbourhoodLayout(centerLabel: "C", items: items(12))
        // Six items a column: relations 0 and 1 on the right, 2 and 3 on the left.
        #expect(layout.headings.map(\.text) == ["Relation 0", "Relation 1", "Relation 2", "Relation 3"])
        #expect(layout.positions.prefix(6).allSatisfy { $0.x > 0 })
        #expect(layout.positions.suffix(6).allSatisfy { $0.x < 0 })
        // Each heading sits above the first row it names.
        #expect(layout.headings[0].origin.y < layout.positions[0].y)
        #expect(layout.headings[1].origin.y < layout.positions[3].y && layout.headings[1].origin.y > layout.positions[2].y)
    }

    @Test func relationsComeFirstGroupedByNameThenProseLinksThenTheRest() {
        let center = Samples.center
        let nodes = ["Delta", "alpha", "Charlie", "bravo", "Echo", "foxtrot"].enumerated().map {
            GraphNode(id: "n\($0.offset)", label: $0.element, typeName: "person", url: nil)
        }
        let input = NeighbourhoodInput(
            center: center, neighbours: nodes,
            edges: [
                GraphEdge(from: center.id, to: "n0", label: "Mentions", isMention: true),
                GraphEdge(from: "n1", to: center.id, label: "Mentions", isMention: true),
                GraphEdge(from: "n2", to: center.id, label: "Leader of"), GraphEdge(from: "n3", to: center.id, label: "Leader of"),
                GraphEdge(from: center.id, to: "n4", label: "allied with"),
                // Joined to another neighbour only.
                GraphEdge(from: "n5", to: "n4", label: "Mentions", isMention: true),
            ], title: "T")
        let plan = NeighbourhoodPlan(input, limit: 24)
        #expect(plan.items.map { input.neighbours[$0.node - 1].label } == ["Echo", "bravo", "Charlie", "alpha", "Delta", "foxtrot"])
        #expect(plan.items.map(\.heading) == ["allied with", "Leader of", "Leader of", "Mentions", "Mentions", ""])
        #expect(plan.items.map { $0.spoke?.mentionsOnly } == [false, false, false, true, true, nil])
        #expect(plan.between.count == 1)
    }

    @Test func aTypedRelationAndAProseLinkShareOneLineHeadedByTheRelation() {
        let a = GraphNode(id: "a", label: "A", typeName: "person", url: nil)
        let input = NeighbourhoodInput(
            center: Samples.center, neighbours: [a],
            edges: [
                GraphEdge(from: "a", to: Samples.center.id, label: "Mentions", isMention: true),
                GraphEdge(from: Samples.center.id, to: "a", label: "Leader"),
            ], title: "T")
        let plan = NeighbourhoodPlan(input, limit: 24)
        #expect(plan.items.count == 1)
        #expect(plan.items[0].heading == "Leader")
        #expect(plan.items[0].spoke?.mentionsOnly == false)
        #expect(plan.items[0].spoke?.towardsA == true && plan.items[0].spoke?.towardsB == true)
    }
}
