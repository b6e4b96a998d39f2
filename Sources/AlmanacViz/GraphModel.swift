/// A node of a drawn graph.
public struct GraphNode: Sendable, Hashable {
    public var id: String
    public var label: String
    /// Type name (`group`), used as a CSS class so each type has a colour.
    public var typeName: String
    /// Link target, already relative to the page the SVG is drawn on; nil for no link.
    public var url: String?

    public init(id: String, label: String, typeName: String, url: String?) {
        self.id = id
        self.label = label
        self.typeName = typeName
        self.url = url
    }
}

/// A labelled edge between two nodes (by id), drawn from `from` to `to`.
public struct GraphEdge: Sendable, Hashable {
    public var from: String
    public var to: String
    public var label: String
    /// A link from prose rather than a typed relation: drawn lighter and
    /// listed after the relations.
    public var isMention: Bool

    public init(from: String, to: String, label: String, isMention: Bool = false) {
        self.from = from
        self.to = to
        self.label = label
        self.isMention = isMention
    }
}
