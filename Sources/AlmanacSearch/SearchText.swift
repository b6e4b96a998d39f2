import Foundation

/// How text becomes search terms, the same way in Swift and in `search.js`:
/// lower-case, compose, transliterate Cyrillic to Latin, decompose, strip
/// diacritics, split at separators.
///
/// Cyrillic words are indexed under their Latin forms only, so a query in
/// either script reaches the same terms (`Пономарёв`, `пономарев` and
/// `ponomarev` are all `ponomarev`). A word with letters that Russian and
/// Ukrainian spell differently in Latin has both forms (`Луганськ` is
/// `lugansk` and `luhansk`); a query word matches if either form does.
public enum SearchText {
    /// The words of a text in order, repeats kept; each word is its Latin
    /// forms, the English-usage one first and the Ukrainian one second when
    /// it differs (`Київ` → `["kiyiv", "kyiv"]`).
    public static func words(_ text: String) -> [[String]] {
        if let plain = plainTerms(text) { return plain.map { [$0] } }
        return normalisedWords(text)
    }

    /// `words` the long way, for any text.
    static func normalisedWords(_ text: String) -> [[String]] {
        let lower = text.lowercased()
        // ASCII needs neither composition, transliteration nor decomposition.
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return split(lower).map { [$0] } }
        let composed = lower.precomposedStringWithCanonicalMapping
        let common = split(folded(composed, ukrainian: false))
        guard composed.unicodeScalars.contains(where: { SearchAlphabet.ukrainianMap[$0] != nil }) else {
            return common.map { [$0] }
        }
        // The two spellings differ only in letters, never in separators, so
        // their words line up one to one.
        let ukrainian = split(folded(composed, ukrainian: true))
        guard ukrainian.count == common.count else { return common.map { [$0] } }
        return zip(common, ukrainian).map { $0 == $1 ? [$0] : [$0, $1] }
    }

    /// Every form of every word, in order: `words` flattened, without an
    /// array per word for the common case of plain text.
    static func forms(_ text: String) -> [String] {
        plainTerms(text) ?? normalisedWords(text).flatMap { $0 }
    }

    /// Transliterated, decomposed, without diacritics; not yet split.
    static func folded(_ composed: String, ukrainian: Bool) -> String {
        var mapped = String.UnicodeScalarView()
        for scalar in composed.unicodeScalars {
            if let latin = (ukrainian ? SearchAlphabet.ukrainianMap[scalar] : nil) ?? SearchAlphabet.letterMap[scalar] {
                mapped.append(contentsOf: latin.unicodeScalars)
            } else {
                mapped.append(scalar)
            }
        }
        var stripped = String.UnicodeScalarView()
        for scalar in String(mapped).decomposedStringWithCompatibilityMapping.unicodeScalars
        where !SearchAlphabet.marks.contains(where: { $0.contains(scalar.value) }) {
            stripped.append(scalar)
        }
        return String(stripped)
    }

    static func split(_ text: String) -> [String] {
        // Words are cut out of the text by index: appending scalar by
        // scalar to a new view was most of the time spent here.
        let scalars = text.unicodeScalars
        var terms: [String] = []
        var start: String.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            if isSeparator(scalars[index]) {
                if let first = start { terms.append(String(scalars[first..<index])) }
                start = nil
            } else if start == nil {
                start = index
            }
            scalars.formIndex(after: &index)
        }
        if let first = start { terms.append(String(scalars[first...])) }
        return terms
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            // The common case, without walking the table (which agrees).
            return !(0x61...0x7A).contains(value) && !(0x30...0x39).contains(value) && !(0x41...0x5A).contains(value)
        }
        return SearchAlphabet.separators.contains(where: { $0.contains(value) })
    }

    /// The phrases a sequence of words can be: every word in its first
    /// form, and every word in its last (one phrase when those agree).
    static func phrases(_ words: [[String]]) -> [String] {
        let first = words.map { $0[0] }.joined(separator: " ")
        let last = words.map { $0[$0.count - 1] }.joined(separator: " ")
        return first == last ? [first] : [first, last]
    }
}
