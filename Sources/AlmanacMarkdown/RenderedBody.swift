/// A Markdown body after parsing and rendering, before its wiki links are
/// resolved. Plain data (Codable) so that it can cross a process boundary:
/// the Markdown stage may run in worker processes.
public struct RenderedBody: Sendable, Codable, Hashable {
    /// HTML in which each wiki link stands as `WikiLinkToken.placeholder(i)`,
    /// `i` indexing `wikiLinks`.
    public var html: String
    public var wikiLinks: [WikiLinkOccurrence]
    /// Headings in order, with the ids written into `html`.
    public var headings: [Heading]
    /// Lines of body paragraphs (outside footnotes) that cite nothing.
    public var uncitedParagraphLines: [Int]
    /// The body as plain text with links as their labels, for search.
    public var plainText: String

    public init(html: String, wikiLinks: [WikiLinkOccurrence], headings: [Heading], uncitedParagraphLines: [Int], plainText: String) {
        self.html = html
        self.wikiLinks = wikiLinks
        self.headings = headings
        self.uncitedParagraphLines = uncitedParagraphLines
        self.plainText = plainText
    }
}

/// One `[[…]]` found in a text node.
public struct WikiLinkOccurrence: Sendable, Codable, Hashable {
    /// What the link names (title, alias, slug or folder/slug); empty for `[[#Heading]]`.
    public var target: String
    /// Heading named after `#`, if any.
    public var fragment: String?
    /// Text after `|`, if any.
    public var label: String?
    /// Position of `[[` in the whole file.
    public var line: Int
    public var column: Int
    /// The sentence around the link, links shown as their labels: the
    /// context a "Mentioned in" list quotes.
    public var sentence: String

    /// What the reader sees when no label is given.
    public var displayText: String { label ?? (fragment.map { target.isEmpty ? $0 : "\(target) § \($0)" } ?? target) }
}

public struct Heading: Sendable, Codable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
}

/// The private-use characters that stand for wiki links in rendered HTML.
/// They are removed from input first, so only Almanac can write them.
public enum WikiLinkToken {
    public static let open: Character = "\u{E000}"
    public static let close: Character = "\u{E001}"
    static let headingOpen: Character = "\u{E002}"
    static let headingClose: Character = "\u{E003}"
    static let all: Set<Character> = [open, close, headingOpen, headingClose]

    public static func placeholder(_ index: Int) -> String { "\(open)\(index)\(close)" }

    /// Replaces every placeholder in `html` with what `replacement` returns
    /// for its index.
    public static func substitute(in html: String, _ replacement: (Int) -> String) -> String {
        guard html.contains(open) else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let start = rest.firstIndex(of: open) {
            out += rest[..<start]
            let afterOpen = rest.index(after: start)
            guard let end = rest[afterOpen...].firstIndex(of: close), let index = Int(rest[afterOpen..<end]) else {
                out += rest[start...]
                return out
            }
            out += replacement(index)
            rest = rest[rest.index(after: end)...]
        }
        out += rest
        return out
    }
}
