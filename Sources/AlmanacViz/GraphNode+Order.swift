extension GraphNode {
    /// Reading order: label ignoring case, then label, then id, so equal
    /// labels still sort the same way on every run.
    static func labelOrder(_ a: GraphNode, _ b: GraphNode) -> Bool {
        LabelKey(a) < LabelKey(b)
    }

    /// What `labelOrder` compares, made once per node for sorting many.
    struct LabelKey: Comparable {
        let folded: String
        let label: String
        let id: String

        init(_ node: GraphNode) {
            (folded, label, id) = (node.label.lowercased(), node.label, node.id)
        }

        static func < (a: LabelKey, b: LabelKey) -> Bool { (a.folded, a.label, a.id) < (b.folded, b.label, b.id) }
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
