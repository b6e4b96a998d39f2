/// Cuts the sentence that holds a marker out of a block of text.
enum Sentence {
    static let maxLength = 280

    static func around(_ marker: String, in text: String, display: (Int) -> String) -> String {
        guard let range = text.range(of: marker) else { return "" }
        var start = text.startIndex
        var i = range.lowerBound
        while i > text.startIndex {
            let prev = text.index(before: i)
            if ".!?".contains(text[prev]), i < text.endIndex, text[i].isWhitespace, prev != text.startIndex {
                start = i
                break
            }
            i = prev
        }
        var end = text.endIndex
        var j = range.upperBound
        while j < text.endIndex {
            let next = text.index(after: j)
            if ".!?".contains(text[j]), next == text.endIndex || text[next].isWhitespace {
                end = next
                break
            }
            j = next
        }
        var sentence = WikiLinkToken.substitute(in: String(text[start..<end]), display).trimmingSpaces
        if sentence.count > maxLength { sentence = String(sentence.prefix(maxLength - 1)) + "…" }
        return sentence
    }
}
