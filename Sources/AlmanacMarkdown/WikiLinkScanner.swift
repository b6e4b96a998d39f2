import AlmanacCore
/// Finds `[[target#fragment|label]]` in a run of text.
///
/// Works on the UTF-8 bytes of a text node. The brackets, `|` and `#` count
/// only as `Character`s of their own (`UTF8Text.isLone`), as they did when
/// the scan walked an array of `Character`s.
enum WikiLinkScanner {
    struct Match {
        /// Byte offsets in the text of `[[` and just after `]]`.
        var start: Int
        var end: Int
        var target: String
        var fragment: String?
        var label: String?
    }

    private static let openBracket: UInt8 = 0x5B, closeBracket: UInt8 = 0x5D, newline: UInt8 = 0x0A
    private static let bar: UInt8 = 0x7C, hash: UInt8 = 0x23

    static func scan(_ text: UnsafeBufferPointer<UInt8>) -> [Match] {
        let n = text.count
        var matches: [Match] = []
        guard var i = UTF8Text.find(openBracket, in: text, from: 0) else { return matches }
        while i + 1 < n {
            guard UTF8Text.isLone(text, i, openBracket), UTF8Text.isLone(text, i + 1, openBracket) else {
                guard let next = UTF8Text.find(openBracket, in: text, from: i + 1) else { break }
                i = next
                continue
            }
            var j = i + 2
            // A third `[` starts the link one later: take the innermost.
            while j < n, UTF8Text.isLone(text, j, openBracket) { i += 1; j += 1 }
            var closed = false
            while j + 1 < n {
                let c = text[j]
                if c == openBracket || c == newline || c == closeBracket, UTF8Text.isLone(text, j) {
                    if c == closeBracket, UTF8Text.isLone(text, j + 1, closeBracket) { closed = true }
                    break
                }
                j += 1
            }
            guard closed else { i += 2; continue }
            if let match = parse(text, start: i, end: j + 2) { matches.append(match) }
            i = j + 2
        }
        return matches
    }

    /// Reads `[[…]]` at `start..<end` of `text`.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Match? {
        let inner = (start + 2)..<(end - 2)
        var targetEnd = inner.upperBound
        var label: String?
        if let barAt = UTF8Text.firstLone(bar, in: text, inner) {
            targetEnd = barAt
            let l = UTF8Text.trimmedString(text, (barAt + 1)..<inner.upperBound)
            label = l.isEmpty ? nil : l
        }
        var fragment: String?
        var nameEnd = targetEnd
        if let hashAt = UTF8Text.firstLone(hash, in: text, inner.lowerBound..<targetEnd) {
            let f = UTF8Text.trimmedString(text, (hashAt + 1)..<targetEnd)
            fragment = f.isEmpty ? nil : f
            nameEnd = hashAt
        }
        let target = UTF8Text.trimmedString(text, inner.lowerBound..<nameEnd)
        if target.isEmpty && fragment == nil { return nil }
        return Match(start: start, end: end, target: target, fragment: fragment, label: label)
    }
}

