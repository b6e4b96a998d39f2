extension GraphNode {
    /// Reading order: label ignoring case, then label, then id, so equal
    /// labels still sort the same way on every run.
    static func labelOrder(_ a: GraphNode, _ b: GraphNode) -> Bool {
        (a.label.lowercased(), a.label, a.id) < (b.label.lowercased(), b.label, b.id)
    }

    /// The label with white space normalized, as shown in titles.
    var cleanLabel: String { TextMetrics.normalizeSpace(label) }

    /// "Label (type)": the accessible name of the node's mark, so the type
    /// is not told by colour alone.
    var titleText: String {
        let type = TextMetrics.normalizeSpace(typeName)
        return type.isEmpty ? cleanLabel : "\(cleanLabel) (\(type))"
    }
}
