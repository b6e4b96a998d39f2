/// One document under one index key, with the best field it was found in.
struct Posting: Hashable, Sendable {
    /// The document's number: its place in title order.
    var doc: Int
    var field: SearchField
}
