/// A parsed query: which entries, in what order, shown how. Names are kept
/// as written, with their positions; `QueryChecker` holds them to the
/// site's schema and `QueryEngine` runs a checked query.
public struct Query: Sendable, Hashable {
    public enum Display: String, Sendable, Hashable, CaseIterable {
        case table, list, count
    }

    /// `from`: type names; empty for every type.
    public var types: [Name] = []
    /// Every `where` clause, all of which must hold.
    public var conditions: [Condition] = []
    /// `sort`: keys in order; by title when empty.
    public var sort: [SortKey] = []
    public var limit: Int?
    public var display: Display = .table
    /// `columns`: what a table or list shows; title (and date, when the types have one) when empty.
    public var columns: [Column] = []

    public init() {}
}

/// A word of the query as written, where it was written.
public struct Name: Sendable, Hashable {
    public var text: String
    public var position: QueryPosition
}

/// Line and column within the query's text, from 1.
public struct QueryPosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public static func < (a: QueryPosition, b: QueryPosition) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// An entry named in a query.
public enum Reference: Sendable, Hashable {
    /// The entry whose page holds the query.
    case this(QueryPosition)
    /// `[[Name]]`: by title, alias or slug, as wiki links resolve.
    case named(String, QueryPosition)

    var position: QueryPosition {
        switch self {
        case .this(let p), .named(_, let p): p
        }
    }
}

public enum Comparison: String, Sendable, Hashable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

public indirect enum Condition: Sendable, Hashable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// `field op value`.
    case compare(Name, Comparison, Name)
    /// `field contains "text"`, ignoring case.
    case contains(Name, Name)
    /// `field has [[X]]`: the entry's relation `field` names X.
    case links(Name, Reference)
    /// `in [[X]].field`: X's relation `field` names the entry.
    case within(Reference, Name)
    /// `related to [[X]]`: any relation between the entry and X, either way.
    case related(Reference)
    /// `tag = word`.
    case tag(Name)
    /// `status = disputed`: one of the entry's claims has that status.
    case status(Name)
    /// `has field` (or `no field`, as `.not`).
    case exists(Name)
}

/// What a sort key or a column names.
public enum Column: Sendable, Hashable {
    /// A field (or `title`, `type`, `date`, `summary`, `tags`, `status`).
    case field(Name)
    /// `count(field)`: how many entries the relation names.
    case count(Name)
    /// `inverse(field)`: the entries whose relation `field` names this one.
    case inverse(Name)
    /// `count(inverse(field))`.
    case countInverse(Name)

    public var name: Name {
        switch self {
        case .field(let n), .count(let n), .inverse(let n), .countInverse(let n): n
        }
    }
}

public struct SortKey: Sendable, Hashable {
    public var key: Column
    public var descending: Bool
}

/// A problem with a query, at its place in the query's text.
public struct QueryError: Error, Sendable, Hashable {
    public var position: QueryPosition
    public var message: String

    public init(_ position: QueryPosition, _ message: String) {
        self.position = position
        self.message = message
    }
}
