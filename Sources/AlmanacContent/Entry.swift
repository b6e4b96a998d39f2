import AlmanacCore

/// A reference from a front-matter field to another entry, as written.
public struct LinkRef: Sendable, Hashable {
    public var target: String
    public var location: SourceLocation
    /// Status, sources, note and dates, when the value is written as a mapping.
    public var qualifiers = Qualifiers()

    public init(target: String, location: SourceLocation, qualifiers: Qualifiers = Qualifiers()) {
        self.target = target
        self.location = location
        self.qualifiers = qualifiers
    }
}

/// One front-matter field after it was checked against the schema.
public struct FieldValue: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case date(PartialDate)
        case url(String)
        case number(String)
        case links([LinkRef])
    }

    public var field: FieldSchema
    public var location: SourceLocation
    public var value: Value
}

/// An entry of the wiki: its identity, decoded front matter and Markdown body.
public struct Entry: Sendable, Hashable {
    /// `folder/slug`, unique in the site.
    public var id: String
    public var slug: String
    public var folder: String
    public var type: String
    public var path: String
    public var title: String
    public var aliases: [String]
    public var summary: String?
    public var tags: [String]
    /// Declared fields in schema order, then `sources`.
    public var fields: [FieldValue]
    public var body: String
    public var bodyFirstLine: Int
    /// When the entry was last revised, if its front matter says (`updated:`).
    public var updated: PartialDate?

    /// Where the page is written, relative to the output folder.
    public var outputPath: String { "\(id)/index.html" }

    /// The first date among the fields: what indexes and timelines sort by.
    public var date: PartialDate? {
        for field in fields { if case .date(let d) = field.value { return d } }
        return nil
    }

    /// All link values of all fields, in order.
    public var links: [(field: FieldSchema, ref: LinkRef)] {
        fields.flatMap { field -> [(field: FieldSchema, ref: LinkRef)] in
            guard case .links(let refs) = field.value else { return [] }
            return refs.map { (field.field, $0) }
        }
    }
}
