/// One document under one index key, with the best field it was found in.
struct Posting: Hashable, Sendable {
    /// The document's number: its place in title order. Stored in 32 bits
    /// so a posting takes 8 bytes, not 16: a large wiki has millions of them
    /// while its index is built.
    private var number: UInt32
    var field: SearchField

    init(doc: Int, field: SearchField) {
        number = UInt32(doc)
        self.field = field
    }

    var doc: Int {
        get { Int(number) }
        set { number = UInt32(newValue) }
    }
}
