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
    /// Each key and the best field it is in, as two arrays: a tuple array
    /// pads every field to 8 bytes, and a build holds every document's terms.
    private let keys: [String]
    private let bestFields: [SearchField]
    var fields: Zip2Sequence<[String], [SearchField]> { zip(keys, bestFields) }
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
        keys = Array(best.keys)
        bestFields = Array(best.values)
        isCanonical = best.keys.allSatisfy { key in
            key.utf8.allSatisfy { $0 < 0x80 } || key.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(key.unicodeScalars)
        }
    }

    /// The fields as a lookup, to compare two versions of a document.
    var lookup: [String: SearchField] { Dictionary(uniqueKeysWithValues: fields) }

    /// The terms of every document, tokenised on all cores.
    static func all(_ documents: [SearchDocument]) -> [DocumentTerms] {
        Parallel.map(documents.count) { DocumentTerms(documents[$0]) }
    }
}

private extension SearchField {
    mutating func raise(to field: SearchField) { self = max(self, field) }
}
