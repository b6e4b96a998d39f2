import AlmanacContent
import AlmanacCore
import Foundation

/// The typed, dated, sourced graph for analysts: JSON, GraphML (Gephi,
/// networkx, yEd) or Graphviz DOT. Nodes are entries; edges are
/// front-matter relations (with status, dates, sources) and body links.
public enum GraphExport {
    public enum Format: String, Sendable, CaseIterable { case json, graphml, dot }

    struct Edge: Encodable {
        var source: String
        var target: String
        var relation: String
        var kind: String
        var status: String?
        var from: String?
        var to: String?
        var asOf: String?
        var sources: [String]
        var note: String?
    }

    struct Node: Encodable {
        var id: String
        var title: String
        var type: String
        var summary: String?
        var date: String?
    }

    static func model(_ site: LinkedSite) -> (nodes: [Node], edges: [Edge]) {
        let entries = site.entries
        let nodes = entries.map { Node(id: $0.id, title: $0.title, type: $0.type, summary: $0.summary, date: $0.date?.iso) }
        var edges: [Edge] = []
        for (i, entry) in entries.enumerated() {
            for (f, field) in entry.fields.enumerated() {
                guard case .links(let refs) = field.value else { continue }
                for (k, ref) in refs.enumerated() {
                    guard case .entry(let j, _) = site.fieldTargets[i][f][k] else { continue }
                    let q = ref.qualifiers
                    let cited = site.fieldCitations[i][f][k].map { c in (c.source.map { entries[$0].id } ?? c.name) + (c.locator.map { " @ \($0)" } ?? "") }
                    edges.append(Edge(source: entry.id, target: entries[j].id, relation: field.field.name, kind: "relation",
                                      status: q.status, from: q.from?.description, to: q.to?.description, asOf: q.asOf?.description,
                                      sources: cited, note: q.note))
                }
            }
            var seen = Set<Int>()
            for target in site.bodyTargets[i] {
                guard case .entry(let j, _) = target, j != i, seen.insert(j).inserted else { continue }
                edges.append(Edge(source: entry.id, target: entries[j].id, relation: "mentions", kind: "link",
                                  status: nil, from: nil, to: nil, asOf: nil, sources: [], note: nil))
            }
        }
        return (nodes, edges)
    }

    public static func render(_ site: LinkedSite, as format: Format) -> String {
        let (nodes, edges) = model(site)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            struct Document: Encodable { var nodes: [Node]; var edges: [Edge] }
            return String(decoding: (try? encoder.encode(Document(nodes: nodes, edges: edges))) ?? Data(), as: UTF8.self) + "\n"
        case .graphml: return graphML(nodes, edges)
        case .dot: return dot(nodes, edges)
        }
    }

    static func xml(_ s: String) -> String { HTML.escape(s) }

    static func graphML(_ nodes: [Node], _ edges: [Edge]) -> String {
        let nodeKeys = [("title", "string"), ("type", "string"), ("summary", "string"), ("date", "string")]
        let edgeKeys = [("relation", "string"), ("kind", "string"), ("status", "string"), ("from", "string"), ("to", "string"),
                        ("as_of", "string"), ("sources", "string"), ("note", "string")]
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for (name, type) in nodeKeys { out += "  <key id=\"n_\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n" }
        for (name, type) in edgeKeys { out += "  <key id=\"e_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n" }
        out += "  <graph id=\"almanac\" edgedefault=\"directed\">\n"
        for n in nodes {
            out += "    <node id=\"\(xml(n.id))\">"
            for (key, value) in [("title", n.title), ("type", n.type), ("summary", n.summary), ("date", n.date)] {
                if let value { out += "<data key=\"n_\(key)\">\(xml(value))</data>" }
            }
            out += "</node>\n"
        }
        for (k, e) in edges.enumerated() {
            out += "    <edge id=\"e\(k)\" source=\"\(xml(e.source))\" target=\"\(xml(e.target))\">"
            let values: [(String, String?)] = [("relation", e.relation), ("kind", e.kind), ("status", e.status), ("from", e.from), ("to", e.to),
                                                ("as_of", e.asOf), ("sources", e.sources.isEmpty ? nil : e.sources.joined(separator: "; ")), ("note", e.note)]
            for (key, value) in values { if let value { out += "<data key=\"e_\(key)\">\(xml(value))</data>" } }
            out += "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    static func dot(_ nodes: [Node], _ edges: [Edge]) -> String {
        func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var out = "digraph almanac {\n  node [shape=box];\n"
        for n in nodes { out += "  \(quote(n.id)) [label=\(quote(n.title)), type=\(quote(n.type))];\n" }
        for e in edges {
            var label = e.relation
            if let status = e.status { label += " (\(status))" }
            out += "  \(quote(e.source)) -> \(quote(e.target)) [label=\(quote(label))\(e.kind == "link" ? ", style=dashed" : "")];\n"
        }
        return out + "}\n"
    }
}
