import AlmanacCore

/// A Markdown body after parsing and rendering, before its wiki links are
/// resolved. Plain data, so that it can cross a process boundary: the
/// Markdown stage may run in worker processes.
public struct RenderedBody: Sendable, Hashable {
    /// HTML in which each wiki link stands as `WikiLinkToken.placeholder(i)`,
    /// `i` indexing `wikiLinks`.
    public var html: String {
        get { storedHTML.string }
        set { storedHTML = StoredText(newValue) }
    }
    /// `html` as held: a build sets it aside in a `SpillFile` until its page is made.
    public var storedHTML: StoredText
    public var wikiLinks: [WikiLinkOccurrence]
    /// Headings in order, with the ids written into `html`.
    public var headings: [Heading]
    /// Lines of body paragraphs (outside footnotes) that cite nothing.
    public var uncitedParagraphLines: [Int]
    /// The body as plain text with links as their labels, for search.
    public var plainText: String {
        get { storedPlainText.string }
        set { storedPlainText = StoredText(newValue) }
    }
    public var storedPlainText: StoredText
    /// The ```` ```query ```` blocks, in order; `html` holds a `QueryToken` for each.
    public var queries: [QueryBlock]

    public init(html: String, wikiLinks: [WikiLinkOccurrence], headings: [Heading], uncitedParagraphLines: [Int], plainText: String, queries: [QueryBlock] = []) {
        self.init(html: StoredText(html), wikiLinks: wikiLinks, headings: headings, uncitedParagraphLines: uncitedParagraphLines, plainText: StoredText(plainText), queries: queries)
    }

    public init(html: StoredText, wikiLinks: [WikiLinkOccurrence], headings: [Heading], uncitedParagraphLines: [Int], plainText: StoredText, queries: [QueryBlock] = []) {
        self.queries = queries
        self.storedHTML = html
        self.wikiLinks = wikiLinks
        self.headings = headings
        self.uncitedParagraphLines = uncitedParagraphLines
        self.storedPlainText = plainText
    }
}

/// One `[[…]]` found in a text node.
public struct WikiLinkOccurrence: Sendable, Hashable {
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

public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
}

/// The private-use characters that stand for wiki links in rendered HTML.
/// Every one of them is removed from the input first, and from text that
/// reaches a text node some other way (a character reference such as
/// `&#xE000;`), so only Almanac can write them.
///
/// They are found as scalars (their 3-byte UTF-8 forms, `EE 80 80`…`EE 80 83`),
/// not as `Character`s, so that a combining mark after a link or a prepended
/// mark before one cannot hide its token.
public enum WikiLinkToken {
    public static let open: Character = "\u{E000}"
    public static let close: Character = "\u{E001}"
    static let headingOpen: Character = "\u{E002}"
    static let headingClose: Character = "\u{E003}"

    /// The last UTF-8 byte of each token (the first two are `EE 80`).
    static let openByte: UInt8 = 0x80, closeByte: UInt8 = 0x81, headingOpenByte: UInt8 = 0x82, headingCloseByte: UInt8 = 0x83

    public static func placeholder(_ index: Int) -> String { "\(open)\(index)\(close)" }

    /// Appends `placeholder(index)` as UTF-8.
    static func appendPlaceholder(_ index: Int, to out: inout [UInt8]) {
        out.append(contentsOf: [0xEE, 0x80, openByte])
        appendDecimal(index, to: &out)
        out.append(contentsOf: [0xEE, 0x80, closeByte])
    }

    static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        guard n >= 10 else { out.append(0x30 + UInt8(n)); return }
        out.append(contentsOf: String(n).utf8)
    }

    /// Replaces every placeholder in `html` with what `replacement` returns
    /// for its index.
    public static func substitute(in html: String, _ replacement: (Int) -> String) -> String {
        substitute(in: html) { index, out in out.append(contentsOf: replacement(index).utf8) }
    }

    /// The same, with `replacement` writing each link's bytes straight into
    /// the output (a page's links without a `String` each).
    public static func substitute(in html: String, appending replacement: (Int, inout [UInt8]) -> Void) -> String {
        let original = html
        var html = html
        return html.withUTF8 { b in
            guard find(openByte, in: b, from: 0) != nil else { return original }
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 1024)
            substitute(b, into: &out, appending: replacement)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `substitute(in:_:)` on bytes: appends `b` to `out` with every
    /// placeholder replaced. A token without a well-formed close ends the
    /// substitution; the rest is copied as it is.
    static func substitute(
        _ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], open: UInt8 = openByte, close: UInt8 = closeByte, _ replacement: (Int) -> String
    ) {
        substitute(b, into: &out, open: open, close: close) { index, out in out.append(contentsOf: replacement(index).utf8) }
    }

    static func substitute(
        _ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], open: UInt8 = openByte, close: UInt8 = closeByte,
        appending replacement: (Int, inout [UInt8]) -> Void
    ) {
        var pos = 0
        while let start = find(open, in: b, from: pos) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pos..<start]))
            let afterOpen = start + 3
            guard let end = find(close, in: b, from: afterOpen), let index = parseIndex(b, afterOpen..<end) else {
                pos = start
                break
            }
            replacement(index, &out)
            pos = end + 3
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pos...]))
    }

    /// The offset of the next token whose last byte is `last`.
    @inline(__always) static func find(_ last: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var from = from
        while let p = UTF8Text.find(0xEE, in: b, from: from) {
            if p + 2 < b.count, b[p + 1] == 0x80, b[p + 2] == last { return p }
            from = p + 1
        }
        return nil
    }

    /// The offset of the next token of any kind.
    static func findAny(in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var from = from
        while let p = UTF8Text.find(0xEE, in: b, from: from) {
            // E000–E007: the wiki link, heading and query tokens and two spare.
            if p + 2 < b.count, b[p + 1] == 0x80, b[p + 2] & 0xF8 == 0x80 { return p }
            from = p + 1
        }
        return nil
    }

    /// `Int(text)` for the bytes between two tokens.
    static func parseIndex(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        if !range.isEmpty, range.count <= 18 {
            var value = 0
            for i in range {
                let digit = b[i] &- 0x30
                guard digit <= 9 else { return Int(String(decoding: b[range], as: UTF8.self)) }
                value = value * 10 + Int(digit)
            }
            return value
        }
        return Int(String(decoding: b[range], as: UTF8.self))
    }

    /// `b` without any token, or nil when it holds none.
    static func removingTokens(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard var p = findAny(in: b, from: 0) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var pos = 0
        while true {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pos..<p]))
            pos = p + 3
            guard let next = findAny(in: b, from: pos) else { break }
            p = next
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pos...]))
        return out
    }

    /// `s` without any token, or nil when it holds none.
    static func removingTokens(_ s: String) -> String? {
        var copy = s
        return copy.withUTF8 { b in removingTokens(b).map { String(decoding: $0, as: UTF8.self) } }
    }
}
