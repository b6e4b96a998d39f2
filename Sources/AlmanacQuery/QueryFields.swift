import AlmanacContent
import AlmanacCore

/// What a name in a query stands for, among the fields of the types it selects.
public enum QueryFieldType: Sendable, Hashable {
    case text, date, number, url, relation, type, tags, status

    var word: String {
        switch self {
        case .text: "text"
        case .date: "a date"
        case .number: "a number"
        case .url: "a URL"
        case .relation: "a relation"
        case .type: "the type"
        case .tags: "the tags"
        case .status: "a claim status"
        }
    }
}

/// The names a query may use: every entry's own (`title`, `type`, `date`,
/// `summary`, `tags`, `status`) and the fields of the selected types.
struct QueryFields {
    static let builtins: [(String, QueryFieldType)] = [
        ("title", .text), ("summary", .text), ("type", .type), ("date", .date), ("tags", .tags), ("status", .status),
    ]

    var kinds: [String: QueryFieldType] = [:]
    var labels: [String: String] = [:]
    var inverses: [String: String] = [:]
    /// In schema order, for suggestions.
    var names: [String] = []

    init(config: SiteConfig, types: [String]) {
        for (name, kind) in Self.builtins {
            kinds[name] = kind
            labels[name] = FieldSchema.humanize(name)
            names.append(name)
        }
        for type in config.types where types.isEmpty || types.contains(type.name) {
            for field in type.fields where kinds[field.name] == nil {
                kinds[field.name] = Self.kind(of: field.kind)
                labels[field.name] = field.label
                if let inverse = field.inverse { inverses[field.name] = inverse }
                names.append(field.name)
            }
        }
    }

    static func kind(of kind: FieldKind) -> QueryFieldType {
        switch kind {
        case .text: .text
        case .date: .date
        case .url: .url
        case .number: .number
        case .link, .links: .relation
        }
    }

    func suggestion(for name: String) -> String {
        Suggestion.closest(to: name, in: names).map { "; did you mean ‘\($0)’?" } ?? ""
    }
}

extension SiteConfig {
    /// The type a query names by its name, plural or folder, ignoring case.
    func queryType(named word: String) -> TypeSchema? {
        let word = word.lowercased()
        return types.first { [$0.name.lowercased(), $0.plural.lowercased(), $0.folder.lowercased()].contains(word) }
    }
}
