import AlmanacCore

/// A date that may be uncertain: `~2022` or `circa 2022`.
public struct QualifiedDate: Sendable, Hashable {
    public var date: PartialDate
    public var approximate: Bool

    public init(date: PartialDate, approximate: Bool = false) {
        self.date = date
        self.approximate = approximate
    }

    /// Parses `2022`, `2023-05`, `~2022`, `circa 2022`, `c. 2022`.
    public init?(parsing text: String) {
        var rest = text.trimmingSpaces
        var approximate = false
        for prefix in ["~", "circa ", "c. ", "ca. "] where rest.lowercased().hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count)).trimmingSpaces
            approximate = true
        }
        guard let date = PartialDate(parsing: rest) else { return nil }
        self.init(date: date, approximate: approximate)
    }

    public var description: String { (approximate ? "c. " : "") + date.description }
}

/// A citation of a source entry, with where in it (`paragraph 6`).
public struct Citation: Sendable, Hashable {
    public var source: String
    public var locator: String?
    public var location: SourceLocation
}

/// What a relation value may carry besides its target: how sure it is,
/// who says so, and when it held.
public struct Qualifiers: Sendable, Hashable {
    /// `confirmed`, `claimed`, `alleged`, `disputed` (configurable); nil when not stated.
    public var status: String?
    public var sources: [Citation] = []
    public var note: String?
    public var from: QualifiedDate?
    public var to: QualifiedDate?
    public var asOf: QualifiedDate?

    public init() {}

    public var isEmpty: Bool { self == Qualifiers() }

    /// `2022–2024`, `since 2022`, `until 2024`, `as of March 2023`; nil without dates.
    public var period: String? {
        switch (from, to) {
        case let (f?, t?): return "\(f.description)–\(t.description)"
        case let (f?, nil): return "since \(f.description)"
        case let (nil, t?): return "until \(t.description)"
        default: return asOf.map { "as of \($0.description)" }
        }
    }
}

