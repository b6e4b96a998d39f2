import Testing

@testable import AlmanacViz

@Suite struct SiteGraphSVGTests {
    private func render(seed: UInt64? = nil) -> String {
        let site = Samples.site()
        guard let seed else {
            return SiteGraphSVG.render(
                types: site.types, entries: site.entries, edges: site.edges, title: "Graph of the wiki", counts: site.counts)
        }
        return SiteGraphSVG.render(
            types: Samples.shuffled(site.types, seed: seed), entries: Samples.shuffled(site.entries, seed: seed + 1),
            edges: Samples.shuffled(site.edges, seed: seed + 2), title: "Graph of the wiki", counts: site.counts)
    }

    @Test func drawsSevenTypesAndFortyEntries() throws {
        let root = try #require(SVGTree.parse(render()))
        #expect(root.withClass("node").count == 47)
        #expect(root.withClass("type").count == 7)
        #expect(root.elements("a").count == 47)
        // Every entry is joined to its type.
        #expect(root.withClass("membership").count == 40)
        #expect(root.withClass("edge-types").count == 3)
        #expect(root.attributes["role"] == "group")
        #expect(root.attributes["aria-label"] == "Graph of the wiki: 7 types, 40 entries")
        #expect(root.children.first?.name == "title")
        #expect(root.withClass("graph-note").isEmpty)
    }

    @Test func typesShowTheirCountsAndGrowWithThem() throws {
        let root = try #require(SVGTree.parse(render()))
        let types = root.withClass("type")
        let people = try #require(types.first { $0.classes.contains("node-person") })
        let sources = try #require(types.first { $0.classes.contains("node-source") })
        #expect(people.elements("text").first?.text == "People (31)")
        let big = try #require(people.elements("circle").first?.number("r"))
        let small = try #require(sources.elements("circle").first?.number("r"))
        #expect(big > small)
    }

    @Test func labelsEntryLinksSparingly() throws {
        let root = try #require(SVGTree.parse(render()))
        let labels = root.withClass("edge-label")
        #expect(labels.count <= SiteGraphSVG.labelledEntryEdgeLimit + 3)
        // Links between the same two entries are drawn once.
        let curves = root.all.filter { $0.classes.contains("curve") }
        #expect(curves.count == Set(curves.compactMap { $0.attributes["d"] }).count)
    }

    /// Links from prose are drawn faint and never named on the line, so the
    /// typed relations carry the labels (issue 20, item 4).
    @Test func proseLinksAreFaintAndUnlabelled() throws {
        let types = [GraphNode(id: "t:group", label: "Groups", typeName: "group", url: nil), GraphNode(id: "t:person", label: "People", typeName: "person", url: nil)]
        let entries = [
            GraphNode(id: "a", label: "Freedom of Russia Legion Corps", typeName: "group", url: nil),
            GraphNode(id: "b", label: "B", typeName: "person", url: nil),
            GraphNode(id: "c", label: "C", typeName: "person", url: nil),
        ]
        let edges = [
            GraphEdge(from: "a", to: "b", label: "Leader", isMention: false),
            GraphEdge(from: "b", to: "a", label: "Mentions", isMention: true),
            GraphEdge(from: "c", to: "a", label: "Mentions", isMention: true),
            GraphEdge(from: "t:group", to: "t:person", label: "Mentions", isMention: true),
        ]
        let root = try #require(SVGTree.parse(SiteGraphSVG.render(types: types, entries: entries, edges: edges, title: "G")))
        let labels = root.withClass("edge-label").map { $0.text }
        #expect(labels == ["Leader"])
        // The c–a line and the line between the types are prose links only.
        #expect(root.withClass("edge-mention").count == 2)
        // The a–b line holds both edges, named by the relation alone; its tooltip tells both.
        let typed = root.withClass("edge").filter { !$0.classes.contains("edge-mention") && !$0.classes.contains("membership") }
        #expect(typed.compactMap { $0.elements("title").first?.text }.contains { $0.contains("Leader") && $0.contains("Mentions") })
        // Names up to 210 px are drawn whole.
        #expect(root.all.contains { $0.name == "text" && $0.text == "Freedom of Russia Legion Corps" })
    }

    @Test func sameInputInAnyOrderGivesTheSameBytes() {
        let first = render()
        #expect(render() == first)
        for seed in [5, 6] as [UInt64] {
            #expect(render(seed: seed) == first)
        }
    }

    @Test func dotsNeverOverlap() throws {
        let root = try #require(SVGTree.parse(render()))
        let dots = try root.elements("circle").map { c in
            (Point(x: try #require(c.number("cx")), y: try #require(c.number("cy"))), try #require(c.number("r")))
        }
        for (i, a) in dots.enumerated() {
            for b in dots[(i + 1)...] {
                #expect(a.0.distance(to: b.0) >= a.1 + b.1)
            }
        }
    }

    @Test func capsEntriesAndSaysHowManyMore() throws {
        let site = Samples.site()
        let extra = (0..<60).map { GraphNode(id: "extra/\($0)", label: "Extra \($0)", typeName: "place", url: nil) }
        let svg = SiteGraphSVG.render(types: site.types, entries: site.entries + extra, edges: site.edges, title: "G")
        let root = try #require(SVGTree.parse(svg))
        #expect(root.withClass("node").count - root.withClass("type").count == SiteGraphSVG.entryLimit)
        #expect(root.withClass("graph-note").first?.text == "+\(100 - SiteGraphSVG.entryLimit) more")
        #expect(root.attributes["aria-label"] == "G: 7 types, 100 entries (48 shown)")
    }

    @Test func escapesAndSurvivesOddInput() throws {
        let types = [GraphNode(id: "t", label: "T <\"x\">", typeName: "group", url: "t\"/")]
        let entries = [
            GraphNode(id: "e", label: "<script>", typeName: "group", url: nil),
            GraphNode(id: "e", label: "duplicate id", typeName: "group", url: nil),
            GraphNode(id: "t", label: "same id as a type", typeName: "group", url: nil),
            GraphNode(id: "loose", label: "No type", typeName: "unknown", url: nil),
        ]
        let edges = [
            GraphEdge(from: "e", to: "e", label: "self"), GraphEdge(from: "e", to: "missing", label: "dangling"),
            GraphEdge(from: "e", to: "t", label: "in"),
        ]
        let svg = SiteGraphSVG.render(types: types, entries: entries, edges: edges, title: "<G>")
        #expect(!svg.contains("<script"))
        let root = try #require(SVGTree.parse(svg))
        #expect(root.withClass("node").count == 3)
        #expect(root.withClass("membership").count == 1)
        #expect(root.attributes["aria-label"] == "<G>: 1 type, 2 entries")
        #expect(SVGTree.parse(SiteGraphSVG.render(types: [], entries: [], edges: [], title: "")) != nil)
    }
}

@Suite struct SiteGraphLayoutTests {
    @Test func typeLabelsKeepClearOfEachOtherAndOfTheDots() {
        let site = Samples.site()
        let layout = SiteGraphLayout(
            types: site.types.sorted(by: GraphNode.labelOrder), counts: site.counts, entries: site.entries, degrees: [:])
        for (i, spot) in layout.types.enumerated() {
            for (j, other) in layout.types.enumerated() where j != i {
                #expect(!spot.label.box.intersects(other.label.box))
                #expect(!spot.label.box.intersects(Box(center: other.center, radius: other.radius)))
            }
            // Types sit well inside the ring of entries.
            #expect(spot.center.length + spot.radius < layout.entryRing - 60)
        }
        #expect(layout.entries.allSatisfy { abs($0.center.length - layout.entryRing) < 1e-9 })
    }

    @Test(.timeLimit(.minutes(1)))
    func manyTypesStillFinish() throws {
        let types = (0..<300).map { GraphNode(id: "t\($0)", label: "Type number \($0)", typeName: "t\($0)", url: nil) }
        let entries = (0..<48).map { GraphNode(id: "e\($0)", label: "Entry \($0)", typeName: "t\($0 * 5)", url: nil) }
        let svg = SiteGraphSVG.render(types: types, entries: entries, edges: [], title: "G")
        let root = try #require(SVGTree.parse(svg))
        #expect(root.withClass("node").count == 348)
    }
}
