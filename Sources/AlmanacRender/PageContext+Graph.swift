import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacTemplate
import AlmanacViz

extension PageContext {
    func node(_ j: Int, root: String) -> GraphNode {
        GraphNode(id: site.entries[j].id, label: site.entries[j].title, typeName: site.entries[j].type, url: url(of: j, from: root))
    }

    /// Relations drawn the same way on both ends: from the entry whose front
    /// matter states them, labelled with the field; body links as "Mentions".
    func relationEdges(of i: Int) -> [(from: Int, to: Int, label: String, mention: Bool)] {
        var edges: [(Int, Int, String, Bool)] = []
        for (f, field) in site.entries[i].fields.enumerated() {
            for target in site.fieldTargets[i][f] { if case .entry(let j, _) = target, j != i { edges.append((i, j, field.field.label, false)) } }
        }
        for target in site.bodyTargets[i] { if case .entry(let j, _) = target, j != i { edges.append((i, j, "Mentions", true)) } }
        return edges
    }

    /// The entry's one-hop neighbourhood as an inline SVG.
    func neighbourhoodSVG(_ i: Int, root: String) -> [UInt8]? {
        guard let input = neighbourhoodInput(i, root: root) else { return nil }
        return neighbourhoods?.picture(for: input) ?? NeighbourhoodSVG.render(input)
    }

    /// What the neighbourhood picture is drawn from; nil for an entry with no relations.
    func neighbourhoodInput(_ i: Int, root: String) -> NeighbourhoodInput? {
        var edges = relationEdges(of: i)
        for group in site.backlinks[i] {
            for item in group.items {
                let source = site.entries[item.source]
                for (f, field) in source.fields.enumerated() where site.fieldTargets[item.source][f].contains(where: { if case .entry(i, _) = $0 { return true } else { return false } }) {
                    edges.append((item.source, i, field.field.label, false))
                }
            }
        }
        for mention in site.mentions[i] { edges.append((mention.source, i, "Mentions", true)) }
        // Entries by position in the drawing: 0 for this one, then the rest in site order.
        var position = [i: 0]
        for edge in edges {
            if position[edge.from] == nil { position[edge.from] = -1 }
            if position[edge.to] == nil { position[edge.to] = -1 }
        }
        let neighbours = position.keys.filter { $0 != i }.sorted()
        guard !neighbours.isEmpty else { return nil }
        for (k, j) in neighbours.enumerated() { position[j] = k + 1 }
        return NeighbourhoodInput(
            center: node(i, root: root), neighbours: neighbours.map { node($0, root: root) },
            edges: edges.map { .init(from: position[$0.from]!, to: position[$0.to]!, label: $0.label, isMention: $0.mention) },
            title: "Relations of \(site.entries[i].title)")
    }

    /// `graph/index.html`: the types and the most-linked entries.
    func siteGraphContext() -> TemplateObject {
        var context = common(path: "graph/index.html", title: "Graph", kind: "graph", description: "How the types and the most-linked entries of \(config.title) connect.", canonicalPath: "graph/")
        let root = context.root
        var incoming = Array(repeating: 0, count: site.entries.count)
        for (i, groups) in site.backlinks.enumerated() { incoming[i] += groups.reduce(0) { $0 + $1.items.count } }
        for (i, mentions) in site.mentions.enumerated() { incoming[i] += mentions.count }
        let top = site.entries.indices.sorted { (incoming[$1], site.entries[$0].id) < (incoming[$0], site.entries[$1].id) }.prefix(40)
        let chosen = Set(top)
        var edges: [GraphEdge] = []
        for i in top {
            for edge in relationEdges(of: i) where chosen.contains(edge.to) {
                edges.append(GraphEdge(from: site.entries[edge.from].id, to: site.entries[edge.to].id, label: edge.label, isMention: edge.mention))
            }
        }
        let present = config.types.filter { counts[$0.name, default: 0] > 0 }
        let types = present.map { GraphNode(id: "type:" + $0.name, label: $0.plural, typeName: $0.name, url: typeIndexURL($0, from: root)) }
        let svg = SiteGraphSVG.render(
            types: types, entries: top.map { node($0, root: root) }, edges: edges, title: "How the entries of \(config.title) connect",
            counts: Dictionary(uniqueKeysWithValues: present.map { ("type:" + $0.name, counts[$0.name, default: 0]) }))
        context["graph"] = ["svg": .text(svg), "shown": .int(top.count), "total": .int(site.entries.count)]
        return context
    }
}
