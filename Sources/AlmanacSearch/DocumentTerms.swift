import Foundation

/// What one document adds to the index: each of its keys with the best
/// field it occurs in, and the key it is numbered by.
///
/// A class, not a struct: `IncrementalSearchIndex` hands out the same
/// instance for an unchanged document, so "is this the document that was
/// numbered here last time" is an identity check, not a comparison of texts.
final class DocumentTerms: Sendable {
    /// The title's first phrase: documents are numbered in this order, then
    /// by title, then by id (see `SearchPostings.titleOrder`).
    let sortKey: String
    let fields: [(key: String, field: SearchField)]
    /// Every key is in canonical decomposition, as normalisation leaves
    /// nearly every word. Keys are dictionary keys, and Swift's `String`
    /// equality is canonical equivalence; a rare word (marks reordered
    /// around a grapheme joiner) can be equal to another spelled with other
    /// scalars, and which spelling the index keeps then depends on which
    /// came first — so an index with such a word is never edited in place.
    let isCanonical: Bool

    init(_ document: SearchDocument) {
        let body = SearchText.forms(document.text), summary = SearchText.forms(document.summary)
        let titleWords = SearchText.words(document.title)
        let names = [titleWords] + document.aliases.map(SearchText.words)
        // Room for every key at once: growing the table was a tenth of the build.
        var best = [String: SearchField](minimumCapacity: body.count + summary.count + names.reduce(0) { $0 + 2 * $1.count + 2 })
        func note(_ key: String, _ field: SearchField) {
            best[key, default: field].raise(to: field)
        }
        for key in body { note(key, .body) }
        for key in summary { note(key, .summary) }
        for words in names where !words.isEmpty {
            for forms in words { for key in forms { note(key, .titleWord) } }
            for phrase in SearchText.phrases(words) { note(phrase, .wholeTitle) }
        }
        sortKey = SearchText.phrases(titleWords)[0]
        fields = best.map { (key: $0.key, field: $0.value) }
        isCanonical = best.keys.allSatisfy { key in
            key.utf8.allSatisfy { $0 < 0x80 } || key.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(key.unicodeScalars)
        }
    }

    /// The fields as a lookup, to compare two versions of a document.
    var lookup: [String: SearchField] { Dictionary(uniqueKeysWithValues: fields.lazy.map { ($0.key, $0.field) }) }

    /// The terms of every document, tokenised on all cores.
    static func all(_ documents: [SearchDocument]) -> [DocumentTerms] {
        Parallel.map(documents.count) { DocumentTerms(documents[$0]) }
    }
}

private extension SearchField {
    mutating func raise(to field: SearchField) { self = max(self, field) }
}
