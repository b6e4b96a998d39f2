import AlmanacCore

/// What a field holds.
public enum FieldKind: String, Sendable, CaseIterable {
    case text, date, url, number, link, links

    public var isLink: Bool { self == .link || self == .links }
}

/// One declared field of an entry type.
public struct FieldSchema: Sendable, Hashable {
    public var name: String
    public var kind: FieldKind
    /// Types a link may point to; empty means any type.
    public var targets: [String]
    /// Label of the relation on the target's page ("Leader of").
    public var inverse: String?
    /// Label of the field on its own page.
    public var label: String
    public var required: Bool

    public init(name: String, kind: FieldKind, targets: [String] = [], inverse: String? = nil, label: String? = nil, required: Bool = false) {
        self.name = name
        self.kind = kind
        self.targets = targets
        self.inverse = inverse
        self.label = label ?? FieldSchema.humanize(name)
        self.required = required
    }

    /// `founded_by` → `Founded by`.
    public static func humanize(_ name: String) -> String {
        let words = name.replacingUnderscores
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

extension String {
    var replacingUnderscores: String { String(map { $0 == "_" || $0 == "-" ? " " : $0 }) }
}

/// One entry type: where its files live and which fields they may have.
public struct TypeSchema: Sendable, Hashable {
    public var name: String
    public var folder: String
    public var label: String
    public var plural: String
    public var fields: [FieldSchema]

    public init(name: String, folder: String, label: String? = nil, plural: String, fields: [FieldSchema]) {
        self.name = name
        self.folder = folder
        self.label = label ?? FieldSchema.humanize(name)
        self.plural = plural
        self.fields = fields
    }

    public func field(named name: String) -> FieldSchema? { fields.first { $0.name == name } }
}

/// Settings and schema of one wiki, from `almanac.yml` or the defaults.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String
    /// Absolute URL the site is published at, ending in `/` (for sitemap,
    /// feed and canonical links); nil when unknown.
    public var baseURL: String?
    public var language: String
    /// Raw HTML in Markdown passes through only when this is on.
    public var allowRawHTML: Bool
    /// Largest entry file accepted, in bytes.
    public var maxEntryBytes: Int
    /// Entry types in the order they are declared.
    public var types: [TypeSchema]
    /// Statuses a relation value may carry; all but the first are marked on pages.
    public var statuses: [String] = ["confirmed", "claimed", "alleged", "disputed"]
    /// Entries not edited for longer than this many days are reported as stale.
    public var staleAfterDays: Int = 730

    public init(title: String = "Almanac", description: String = "", baseURL: String? = nil, language: String = "en",
                allowRawHTML: Bool = false, maxEntryBytes: Int = 256 * 1024, types: [TypeSchema] = SiteConfig.defaultTypes) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.allowRawHTML = allowRawHTML
        self.maxEntryBytes = maxEntryBytes
        self.types = types
    }

    public func type(named name: String) -> TypeSchema? { types.first { $0.name == name } }
    public func type(inFolder folder: String) -> TypeSchema? { types.first { $0.folder == folder } }

    /// The inverse label of `sources`, shown on source pages.
    public static let sourcesInverse = "Cited by"

    /// Fields every entry has, whatever its type.
    public static let commonFields: [FieldSchema] = [
        FieldSchema(name: "title", kind: .text),
        FieldSchema(name: "type", kind: .text),
        FieldSchema(name: "aliases", kind: .text),
        FieldSchema(name: "summary", kind: .text),
        FieldSchema(name: "tags", kind: .text),
        FieldSchema(name: "sources", kind: .links, targets: ["source"], inverse: sourcesInverse),
        FieldSchema(name: "updated", kind: .date),
    ]
}

extension SiteConfig {
    /// Whether a generated page or file has `name` as its top-level URL
    /// name, in any case: the fixed ones (`tags`, `robots.txt`…) and every
    /// type's folder.
    public func takesTopLevel(_ name: String) -> Bool {
        let folded = name.lowercased()
        return Slug.reservedNames.contains(folded) || types.contains { $0.folder.lowercased() == folded }
    }
}
