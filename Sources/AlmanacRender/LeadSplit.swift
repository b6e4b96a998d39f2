/// The body's lead — what comes before its first heading — apart from the
/// rest, so a theme can put the lead first on a phone, above the infobox,
/// and beside it on a wide screen.
enum LeadSplit {
    /// Splits at the first heading (or the footnotes) that starts a line
    /// outside every element left open before it, so both parts stay
    /// well-formed even with raw HTML in the body. `lead` is the whole body
    /// when there is no such place.
    static func split(_ html: String) -> (lead: String, rest: String) {
        let bytes = Array(html.utf8)
        var depth = 0
        var i = 0
        let n = bytes.count
        func matches(_ needle: [UInt8], at k: Int) -> Bool { bytes.withUnsafeBufferPointer { starts(needle, at: k, in: $0) } }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            // A comment hides whatever tags it holds.
            if matches(commentStart, at: i) {
                var k = i + 4
                while k < n && !(k + 2 < n && bytes[k] == 0x2D && bytes[k + 1] == 0x2D && bytes[k + 2] == 0x3E) { k += 1 }
                i = k + 3
                continue
            }
            let lineStart = i == 0 || bytes[i - 1] == UInt8(ascii: "\n")
            if depth == 0 && lineStart {
                let heading = i + 3 <= n && lower(bytes[i + 1]) == UInt8(ascii: "h")
                    && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[i + 2])
                if heading || matches(footnotesStart, at: i) {
                    return (String(decoding: bytes[..<i], as: UTF8.self), String(decoding: bytes[i...], as: UTF8.self))
                }
            }
            // The tag's name, in any case, ended by `>`, `/` or white space
            // (`<li>` and `<LI class=…>`, not `<link>`).
            let closing = i + 1 < n && bytes[i + 1] == UInt8(ascii: "/")
            var k = closing ? i + 2 : i + 1
            var name: [UInt8] = []
            while k < n, name.count <= 10, (0x61...0x7A).contains(lower(bytes[k])) || (0x30...0x39).contains(bytes[k]) {
                name.append(lower(bytes[k]))
                k += 1
            }
            if k < n, [0x3E, 0x2F, 0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[k]), containers.contains(name) {
                // Never below zero: a stray closing tag does not hide the rest.
                depth = closing ? max(0, depth - 1) : depth + 1
            }
            i += 1
        }
        return (html, "")
    }

    /// The body's text and its footnotes section apart (the home page puts
    /// its cards between them).
    static func footnotes(_ html: String) -> (text: String, footnotes: String) {
        let bytes = Array(html.utf8)
        guard let at = lastLineStart(of: footnotesStart, in: bytes) else { return (html, "") }
        return (String(decoding: bytes[..<at], as: UTF8.self), String(decoding: bytes[at...], as: UTF8.self))
    }

    /// The footnotes cmark-gfm wrote at the end of a body (`<li id="fn-…">`).
    /// Byte searches: Foundation's `range(of:)` here was 6% of a build.
    static func footnoteCount(_ html: String) -> Int {
        var html = html
        return html.withUTF8 { b in
            guard let start = find(footnotesStart, in: b, from: 0) else { return 0 }
            var count = 0
            var at = start
            while let next = find(footnoteItem, in: b, from: at) {
                count += 1
                at = next + 1
            }
            return count
        }
    }

    private static let footnotesStart = Array("<section class=\"footnotes\"".utf8)
    private static let footnoteItem = Array("<li id=\"fn-".utf8)
    private static let commentStart = Array("<!--".utf8)

    private static func starts(_ needle: [UInt8], at k: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k >= 0, k + needle.count <= b.count else { return false }
        for (j, byte) in needle.enumerated() where b[k + j] != byte { return false }
        return true
    }

    private static func find(_ needle: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard needle.count <= b.count else { return nil }
        var i = from
        while i <= b.count - needle.count {
            if starts(needle, at: i, in: b) { return i }
            i += 1
        }
        return nil
    }

    /// The last place `needle` starts a line (or the text).
    private static func lastLineStart(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b in
            var found: Int?
            var at = 0
            while let i = find(needle, in: b, from: at) {
                if i == 0 || b[i - 1] == 0x0A { found = i }
                at = i + 1
            }
            return found
        }
    }

    /// Elements a heading may sit inside: a heading in one is not the body's.
    private static let containers: Set<[UInt8]> = Set([
        "blockquote", "li", "div", "details", "section", "table", "figure", "aside", "article", "nav", "header", "footer", "main",
        "pre", "script", "style", "template", "textarea",
    ].map { Array($0.utf8) })
}
