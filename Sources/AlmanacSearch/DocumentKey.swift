import AlmanacCore

/// A document as a cache key: equal only to a document with the same
/// scalars in every field. `SearchDocument`'s own equality is canonical
/// equivalence, but the index writes titles and summaries byte for byte, so
/// a title recomposed in another form is a changed document here.
struct DocumentKey: Hashable, Sendable {
    let document: SearchDocument

    static func == (a: DocumentKey, b: DocumentKey) -> Bool { same(a.document, b.document) }

    static func same(_ x: SearchDocument, _ y: SearchDocument) -> Bool {
        same(x.id, y.id) && same(x.title, y.title) && same(x.url, y.url) && same(x.typeLabel, y.typeLabel)
            && same(x.summary, y.summary) && same(x.storedText, y.storedText)
            && x.aliases.count == y.aliases.count && zip(x.aliases, y.aliases).allSatisfy(same)
    }

    /// Hashed on the id and the length of the text, not on the whole text:
    /// a lookup of an unchanged document then costs one comparison.
    func hash(into hasher: inout Hasher) {
        hasher.combine(document.id)
        hasher.combine(document.storedText.utf8Count)
    }

    /// The same bytes: texts at the same place of one spill file without
    /// reading them, others as strings.
    static func same(_ a: StoredText, _ b: StoredText) -> Bool {
        a.utf8Count == b.utf8Count && (a.isSameSpill(as: b) || same(a.string, b.string))
    }

    /// The same UTF-8 bytes; strings that share storage compare at once.
    static func same(_ a: String, _ b: String) -> Bool {
        SearchPostings.compare(a, b) == 0
    }
}
