/// One ranked answer to a query, by document number.
struct SearchHit: Hashable, Sendable {
    var doc: Int
    /// The sum, over the query's words, of the best field each hit.
    var score: Int
    /// The whole query is the document's title or one of its aliases.
    var exact: Bool

    /// Exact matches first, then higher scores, then title order.
    static func ranksBefore(_ a: SearchHit, _ b: SearchHit) -> Bool {
        if a.exact != b.exact { return a.exact }
        if a.score != b.score { return a.score > b.score }
        return a.doc < b.doc
    }
}
