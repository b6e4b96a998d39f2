@testable import AlmanacViz

/// Inputs shared by the tests: a made-up wiki with readable names.
enum Samples {
    static let relations = ["Leader of", "Took part in", "Mentions", "Mentioned in", "Allied with", "Signatory of"]
    static let types = ["group", "event", "person", "place", "organization", "document", "source"]

    static let center = GraphNode(
        id: "groups/freedom-of-russia-legion", label: "Freedom of Russia Legion", typeName: "group", url: nil)

    /// `count` neighbours, each joined to the centre by one or two edges in
    /// either direction, with a few long labels.
    static func neighbourhood(_ count: Int) -> (neighbours: [GraphNode], edges: [GraphEdge]) {
        var neighbours: [GraphNode] = []
        var edges: [GraphEdge] = []
        for i in 0..<count {
            let type = types[i % types.count]
            let label = i % 4 == 3 ? "International Legion of Territorial Defence \(i)" : "Entry \(i)"
            let node = GraphNode(id: "\(type)s/e\(i)", label: label, typeName: type, url: "../../\(type)s/e\(i)/")
            neighbours.append(node)
            let relation = relations[i % relations.count]
            edges.append(
                i % 3 == 0
                    ? GraphEdge(from: node.id, to: center.id, label: relation)
                    : GraphEdge(from: center.id, to: node.id, label: relation))
            if i % 5 == 0 { edges.append(GraphEdge(from: node.id, to: center.id, label: "Mentions")) }
        }
        return (neighbours, edges)
    }

    /// Seven types (with counts) and forty entries with links among them.
    static func site() -> (types: [GraphNode], entries: [GraphNode], edges: [GraphEdge], counts: [String: Int]) {
        let plurals = ["Groups", "Events", "People", "Places", "Organizations", "Documents", "Sources"]
        let typeNodes = types.indices.map {
            GraphNode(id: "type:\(types[$0])", label: plurals[$0], typeName: types[$0], url: "../\(types[$0])s/")
        }
        var counts: [String: Int] = [:]
        for (i, node) in typeNodes.enumerated() { counts[node.id] = [14, 22, 31, 12, 5, 4, 2][i] }
        let entries = (0..<40).map { i in
            let type = types[[0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6][i % 27]]
            return GraphNode(id: "\(type)s/e\(i)", label: "Entry number \(i)", typeName: type, url: "../\(type)s/e\(i)/")
        }
        var edges: [GraphEdge] = []
        var state: UInt64 = 7
        for _ in 0..<80 {
            let a = Int(Samples.next(&state) % 40)
            let b = Int(Samples.next(&state) % 40)
            edges.append(GraphEdge(from: entries[a].id, to: entries[b].id, label: relations[Int(Samples.next(&state) % 6)]))
        }
        edges.append(GraphEdge(from: "type:group", to: "type:person", label: "leader"))
        edges.append(GraphEdge(from: "type:event", to: "type:place", label: "location"))
        edges.append(GraphEdge(from: "type:event", to: "type:group", label: "participants"))
        return (typeNodes, entries, edges, counts)
    }

    /// A fixed pseudo-random sequence (an LCG), so "shuffled" is the same shuffle every run.
    static func next(_ state: inout UInt64) -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }

    /// `items` in an order fixed by `seed`.
    static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var state = seed
        var out = items
        for i in stride(from: out.count - 1, to: 0, by: -1) {
            out.swapAt(i, Int(next(&state) % UInt64(i + 1)))
        }
        return out
    }
}
