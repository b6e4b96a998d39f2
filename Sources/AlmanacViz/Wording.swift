/// The few words the drawings put into text, kept together so they can be
/// translated in one place.
enum Wording {
    /// "1 entry", "12 entries".
    static func entries(_ count: Int) -> String {
        count == 1 ? "1 entry" : "\(count) entries"
    }

    /// "1 type", "7 types".
    static func types(_ count: Int) -> String {
        count == 1 ? "1 type" : "\(count) types"
    }

    /// "(24 shown)": added to the accessible name when some were left out.
    static func shown(_ count: Int) -> String {
        "(\(count) shown)"
    }

    /// "+6 more": the note under a drawing that left nodes out.
    static func more(_ count: Int) -> String {
        "+\(count) more"
    }

    /// "Relations of X": the accessible name when the caller gave no title.
    static func relations(of label: String) -> String {
        "Relations of \(label)"
    }

    /// The site graph's accessible name when the caller gave no title.
    static let siteGraph = "Graph"

    /// "Leader · Signatory of": a line's relation names, each once, ordered
    /// ignoring case; empty names are left out.
    static func relationNames(_ names: [String]) -> String {
        var unique: [String] = []
        for name in names where !name.isEmpty && !unique.contains(name) { unique.append(name) }
        if unique.count == 1 { return unique[0] }
        return unique.map { ($0.lowercased(), $0) }.sorted { $0 < $1 }.map(\.1).joined(separator: " · ")
    }

    /// "A → B: leader; B → A: Mentions": what an edge tooltip says.
    static func edges(_ edges: [GraphEdge], labels: [String: String]) -> String {
        edges.map { edge in
            let from = labels[edge.from] ?? edge.from
            let to = labels[edge.to] ?? edge.to
            let relation = TextMetrics.normalizeSpace(edge.label)
            return relation.isEmpty ? "\(from) → \(to)" : "\(from) → \(to): \(relation)"
        }.joined(separator: "; ")
    }
}
