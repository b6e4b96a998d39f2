import Foundation
import Testing

@testable import AlmanacViz

@Suite struct NeighbourhoodSVGTests {
    private func render(_ count: Int, title: String = "Relations of Freedom of Russia Legion") -> String {
        let (neighbours, edges) = Samples.neighbourhood(count)
        return NeighbourhoodSVG.render(center: Samples.center, neighbours: neighbours, edges: edges, title: title)
    }

    @Test func parsesAsXMLWithOneMarkPerNode() throws {
        let svg = render(12)
        let root = try #require(SVGTree.parse(svg))
        #expect(root.name == "svg")
        #expect(!svg.hasPrefix("<?xml"))
        #expect(root.withClass("node").count == 13)
        #expect(root.withClass("center").count == 1)
        // The centre has no URL in the sample; every neighbour has one.
        #expect(root.elements("a").count == 12)
        #expect(root.elements("a").allSatisfy { $0.attributes["href"]?.hasPrefix("../../") == true })
        #expect(root.withClass("node").flatMap { $0.elements("circle") }.count == 12)
        #expect(root.withClass("edge").count == 12)
        // One heading per relation (the sample's one or two names a line),
        // in order ignoring case: each run of a relation sits under its name.
        #expect(root.withClass("edge-label").map(\.allText) == [
            "Allied with", "Allied with · Mentions", "Leader of", "Leader of · Mentions", "Mentioned in", "Mentions",
            "Mentions · Signatory of", "Signatory of", "Took part in",
        ])
        // The key names each type drawn once, and is hidden from assistive technology.
        let legend = try #require(root.withClass("legend-items").first)
        #expect(legend.attributes["aria-hidden"] == "true")
        #expect(legend.withClass("legend").map { $0.allText.trimmingCharacters(in: .whitespacesAndNewlines) } == ["Document", "Event", "Group", "Organization", "Person", "Place", "Source"])
    }

    @Test func isNamedForAssistiveTechnologyWithoutHidingItsLinks() throws {
        let root = try #require(SVGTree.parse(render(12)))
        #expect(root.attributes["role"] == "group")
        #expect(root.attributes["aria-label"] == "Relations of Freedom of Russia Legion: 12 entries")
        #expect(root.children.first?.name == "title")
        #expect(root.children.first?.text == "Relations of Freedom of Russia Legion: 12 entries")
        #expect(!root.all.contains { $0.attributes["role"] == "img" })
        // Every node, linked or not, names itself and its type.
        #expect(root.withClass("node").allSatisfy { $0.children.first?.name == "title" })
        #expect(root.withClass("node-person").contains { $0.children.first?.text == "Entry 2 (person)" })
    }

    @Test func scalesToThePageAndLeavesColourToTheStylesheet() throws {
        let svg = render(8)
        let root = try #require(SVGTree.parse(svg))
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["viewBox"]?.split(separator: " ").count == 4)
        #expect(root.classes.contains("almanac-graph"))
        #expect(root.classes.contains { $0.hasPrefix("graph-") && ["graph-s", "graph-m", "graph-l", "graph-xl"].contains($0) })
        for attribute in ["fill", "stroke", "style", "color"] {
            #expect(!root.all.contains { $0.attributes[attribute] != nil }, "\(attribute)")
        }
        // No text is drawn smaller than 12 px at the natural size.
        #expect(root.attributes["font-size"] == "12")
        #expect(root.elements("text").allSatisfy { ($0.number("font-size") ?? 12) >= 12 })
    }

    @Test func sameInputInAnyOrderGivesTheSameBytes() {
        let (neighbours, edges) = Samples.neighbourhood(20)
        let first = NeighbourhoodSVG.render(center: Samples.center, neighbours: neighbours, edges: edges, title: "T")
        #expect(NeighbourhoodSVG.render(center: Samples.center, neighbours: neighbours, edges: edges, title: "T") == first)
        for seed in [1, 2, 3] as [UInt64] {
            let again = NeighbourhoodSVG.render(
                center: Samples.center, neighbours: Samples.shuffled(neighbours, seed: seed),
                edges: Samples.shuffled(edges + edges.prefix(3), seed: seed + 10), title: "T")
            #expect(again == first)
        }
    }

    @Test func escapesLabelsURLsAndTypeNames() throws {
        let hostile = GraphNode(
            id: "x", label: "<script>alert(\"hi\")</script> & co", typeName: "bad\" onload=\"x", url: "a\"b<c>/")
        let svg = NeighbourhoodSVG.render(
            center: GraphNode(id: "c", label: "Centre \"quoted\" <b>", typeName: "group", url: "./"),
            neighbours: [hostile], edges: [GraphEdge(from: "c", to: "x", label: "<i>rel</i>")], title: "A <title>")
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<i>"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; co"))
        #expect(svg.contains("href=\"a&quot;b&lt;c&gt;/\""))
        let root = try #require(SVGTree.parse(svg))
        #expect(root.withClass("node-bad-onload-x").filter { $0.classes.contains("node") }.count == 1)
        #expect(root.withClass("legend").contains { $0.classes.contains("node-bad-onload-x") })
        #expect(!root.all.contains { $0.attributes["onload"] != nil })
        #expect(root.elements("a").map { $0.attributes["href"] } == ["./", "a\"b<c>/"])
        #expect(root.attributes["aria-label"] == "A <title>: 1 entry")
    }

    @Test func drawsTheBestConnectedTwentyFourAndCountsTheRest() throws {
        var (neighbours, edges) = Samples.neighbourhood(24)
        // Six extra neighbours with no edges at all: the ones to leave out.
        let loose = (0..<6).map { GraphNode(id: "loose/\($0)", label: "Aardvark \($0)", typeName: "place", url: nil) }
        neighbours += loose
        // And one with three edges, which must be kept.
        let busy = GraphNode(id: "busy", label: "Zebra", typeName: "event", url: "z/")
        neighbours.append(busy)
        edges += ["a", "b", "c"].map { GraphEdge(from: Samples.center.id, to: busy.id, label: $0) }
        let svg = NeighbourhoodSVG.render(center: Samples.center, neighbours: neighbours, edges: edges, title: "R")
        let root = try #require(SVGTree.parse(svg))
        #expect(root.withClass("node").flatMap { $0.elements("circle") }.count == 24)
        #expect(root.withClass("graph-note").first?.text == "+7 more")
        #expect(root.attributes["aria-label"] == "R: 31 entries (24 shown)")
        #expect(svg.contains("Zebra"))
        #expect(!svg.contains("Aardvark"))
    }

    @Test func shortensLongLabelsButTitlesThemInFull() throws {
        let long = GraphNode(
            id: "long", label: "The Extraordinarily Long Name of a Russian Volunteer Formation", typeName: "group", url: "l/")
        let svg = NeighbourhoodSVG.render(
            center: Samples.center, neighbours: [long], edges: [GraphEdge(from: "long", to: Samples.center.id, label: "Allied with")],
            title: "R")
        let root = try #require(SVGTree.parse(svg))
        let mark = try #require(root.withClass("node-group").first { !$0.classes.contains("center") })
        #expect(mark.children.first?.text == "The Extraordinarily Long Name of a Russian Volunteer Formation (group)")
        let drawn = try #require(mark.elements("text").first?.text)
        #expect(drawn.hasSuffix("…"))
        #expect(drawn.count < long.label.count)
    }

    @Test func arrowheadsFollowTheEdgesDirection() throws {
        let a = GraphNode(id: "a", label: "A", typeName: "person", url: nil)
        let b = GraphNode(id: "b", label: "B", typeName: "person", url: nil)
        let edges = [
            GraphEdge(from: Samples.center.id, to: "a", label: "Leader of"),
            GraphEdge(from: "b", to: Samples.center.id, label: "Mentions"),
            GraphEdge(from: Samples.center.id, to: "b", label: "Mentions"),
        ]
        let root = try #require(
            SVGTree.parse(NeighbourhoodSVG.render(center: Samples.center, neighbours: [a, b], edges: edges, title: "R")))
        let spokes = root.withClass("edge")
        #expect(spokes.count == 2)
        // One arrow on the one-way spoke, two on the spoke that runs both ways.
        #expect(spokes.map { $0.withClass("arrow").count }.sorted() == [1, 2])
        #expect(root.withClass("edge-label").map(\.allText).sorted() == ["Leader of", "Mentions"])
    }

    @Test func drawsJustTheCentreWhenAlone() throws {
        let root = try #require(SVGTree.parse(NeighbourhoodSVG.render(center: Samples.center, neighbours: [], edges: [], title: "")))
        #expect(root.withClass("node").count == 1)
        #expect(root.attributes["aria-label"] == "Relations of Freedom of Russia Legion: 0 entries")
    }
}
