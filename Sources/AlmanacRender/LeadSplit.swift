import Foundation

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
        func matches(_ text: StaticString, at k: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard k + count <= n else { return false }
            return text.withUTF8Buffer { p in (0..<count).allSatisfy { bytes[k + $0] == p[$0] } }
        }
        while i < n {
            if bytes[i] == UInt8(ascii: "<") {
                let lineStart = i == 0 || bytes[i - 1] == UInt8(ascii: "\n")
                if depth == 0 && lineStart {
                    let heading = i + 3 <= n && (bytes[i + 1] == UInt8(ascii: "h") || bytes[i + 1] == UInt8(ascii: "H"))
                        && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[i + 2])
                    if heading || matches("<section class=\"footnotes\"", at: i) {
                        return (String(decoding: bytes[..<i], as: UTF8.self), String(decoding: bytes[i...], as: UTF8.self))
                    }
                }
                let closing = i + 1 < n && bytes[i + 1] == UInt8(ascii: "/")
                let at = closing ? i + 2 : i + 1
                for name in containers where matches(name, at: at) {
                    let end = at + name.utf8CodeUnitCount
                    // `<li>` or `<li class=…>`, not `<link>`.
                    if end < n, bytes[end] == UInt8(ascii: ">") || bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\n") {
                        depth += closing ? -1 : 1
                    }
                    break
                }
            }
            i += 1
        }
        return (html, "")
    }

    /// The body's text and its footnotes section apart (the home page puts
    /// its cards between them).
    static func footnotes(_ html: String) -> (text: String, footnotes: String) {
        guard let section = html.range(of: "\n<section class=\"footnotes\"", options: .backwards) ?? (html.hasPrefix("<section class=\"footnotes\"") ? html.range(of: "<section") : nil)
        else { return (html, "") }
        let cut = html[section.lowerBound] == "\n" ? html.index(after: section.lowerBound) : section.lowerBound
        return (String(html[..<cut]), String(html[cut...]))
    }

    /// The footnotes cmark-gfm wrote at the end of a body (`<li id="fn-…">`).
    static func footnoteCount(_ html: String) -> Int {
        guard let section = html.range(of: "<section class=\"footnotes\"") else { return 0 }
        return html[section.lowerBound...].components(separatedBy: "<li id=\"fn-").count - 1
    }

    /// Elements a heading may sit inside: a heading in one is not the body's.
    private static let containers: [StaticString] = [
        "blockquote", "li", "div", "details", "section", "table", "figure", "aside", "article", "nav", "header", "footer", "main",
    ]
}
