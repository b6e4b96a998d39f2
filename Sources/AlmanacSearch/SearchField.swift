/// Where in a document a term was found; a posting keeps the best one.
/// The raw values are written into the index (two bits of each posting).
enum SearchField: Int, Comparable, Sendable {
    case body = 0
    case summary = 1
    /// A word of the title or of an alias.
    case titleWord = 2
    /// The whole title or a whole alias (its terms joined by one space).
    case wholeTitle = 3

    /// What a hit here adds to a document's score: a title or alias word
    /// counts the same whether the title is whole or not; exactness is
    /// ranked separately, for the whole query.
    var level: Int {
        switch self {
        case .body: 1
        case .summary: 2
        case .titleWord, .wholeTitle: 3
        }
    }

    static func < (lhs: SearchField, rhs: SearchField) -> Bool { lhs.rawValue < rhs.rawValue }
}
