import Testing

@testable import AlmanacViz

@Suite struct NeighbourhoodLayoutTests {
    /// Centres of the drawn dots and the centre box, read back from the SVG.
    private func marks(_ count: Int) throws -> (dots: [(x: Double, y: Double, r: Double)], box: Box) {
        let (neighbours, edges) = Samples.neighbourhood(count)
        let svg = NeighbourhoodSVG.render(center: Samples.center, neighbours: neighbours, edges: edges, title: "R")
        let root = try #require(SVGTree.parse(svg))
        let dots = try root.elements("circle").map { c in
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

    @Test(arguments: 1...24)
    func labelsKeepClearOfEachOtherAndOfTheDots(count: Int) {
        let (neighbours, _) = Samples.neighbourhood(count)
        let items = neighbours.map {
            NeighbourhoodLayout.Item(node: $0, relation: "Mentioned in", hasSpoke: true, arrowAtNeighbour: true, arrowAtCenter: false)
        }
        let layout = NeighbourhoodLayout(centerLabel: Samples.center.label, items: items)
        for (i, label) in layout.labels.enumerated() {
            #expect(!label.box.intersects(layout.center.box))
            for (j, other) in layout.labels.enumerated() where j > i {
                #expect(!label.box.intersects(other.box), "labels \(i) and \(j) overlap for \(count)")
            }
            for (j, p) in layout.positions.enumerated() where j != i {
                #expect(!label.box.intersects(Box(center: p, radius: NeighbourhoodLayout.nodeRadius)))
            }
            #expect(layout.bounds.union(label.box) == layout.bounds)
        }
    }

    @Test func relatedNeighboursSitTogether() {
        let center = Samples.center
        let nodes = ["Delta", "alpha", "Charlie", "bravo"].enumerated().map {
            GraphNode(id: "n\($0.offset)", label: $0.element, typeName: "person", url: nil)
        }
        let bundles = EdgeBundle.make(
            [
                GraphEdge(from: center.id, to: "n0", label: "Mentions"), GraphEdge(from: center.id, to: "n1", label: "Mentions"),
                GraphEdge(from: "n2", to: center.id, label: "Leader of"), GraphEdge(from: "n3", to: center.id, label: "Leader of"),
            ], within: Set(nodes.map(\.id)).union([center.id]))
        let order = NeighbourhoodSVG.orderedItems(center: center, neighbours: nodes, bundles: bundles).map(\.node.label)
        // Grouped by relation ("Leader of" before "Mentions"), then by label ignoring case.
        #expect(order == ["bravo", "Charlie", "alpha", "Delta"])
    }
}
