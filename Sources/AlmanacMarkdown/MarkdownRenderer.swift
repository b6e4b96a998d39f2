import AlmanacCore
import Foundation

/// Renders one entry body: GFM with tables, strikethrough, autolinks,
/// tag filter, task lists and footnotes; `[[wiki links]]` found in text
/// nodes only (never in code), each with its position and sentence.
public struct MarkdownRenderer: Sendable {
    /// Raw HTML passes through when true; `javascript:` URLs never do.
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) { self.allowRawHTML = allowRawHTML }

    /// The linked cmark-gfm's version, as it reports itself.
    public static var libraryVersion: String { CmarkGFM.versionString }

    static let adjacentMarks = "</sup><sup class=\"footnote-ref\">"
    static let markedAdjacent = "</sup><sup class=\"footnote-ref footnote-next\">"

    /// One parser at a time in a process (see CmarkGFM.swift).
    private static let lock = NSLock()

    /// - Parameter firstLine: the line of the file on which `body` starts.
    public func render(_ body: String, firstLine: Int = 1) -> RenderedBody {
        var walker = BodyWalker(body: body, firstLine: firstLine)
        let input = WikiLinkToken.removingTokens(body) ?? body
        MarkdownRenderer.lock.lock()
        let html = CmarkGFM.render(
            input, unsafeHTML: allowRawHTML, visit: { walker.visit($0) }, collect: { $0.kind == .heading },
            afterWalk: { headings in
                for (index, heading) in headings.enumerated() {
                    heading.prependText("\(WikiLinkToken.headingOpen)\(index)\(WikiLinkToken.headingClose)")
                }
            },
            output: { walker.insertHeadingIDs($0) })
        MarkdownRenderer.lock.unlock()
        var body = walker.queries.isEmpty ? html : QueryToken.unwrap(html)
        // Only footnote marks with nothing between them are separated by a
        // comma (a CSS sibling rule cannot see the text between two marks).
        if let marked = UTF8Text.replacing(Self.adjacentMarks, with: Self.markedAdjacent, in: body) { body = marked }
        return RenderedBody(
            html: body, wikiLinks: walker.links, headings: walker.headings,
            uncitedParagraphLines: walker.uncited, plainText: walker.plainText, queries: walker.queries)
    }
}

/// State carried through one walk of the tree. Text is gathered as UTF-8
/// bytes; `String`s are made only for what `RenderedBody` keeps.
struct BodyWalker {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    let body: String
    let firstLine: Int
    /// Byte offsets in `body` at which its lines start, found on first use.
    var lineStarts: [Int] = []
    var links: [WikiLinkOccurrence] = []
    var queries: [QueryBlock] = []
    var headings: [Heading] = []
    var uncited: [Int] = []
    var plain: [UInt8] = []

    var linkDepth = 0
    var footnoteDepth = 0
    var itemDepth = 0
    /// Text of the paragraph, heading or table cell being walked.
    var block: [UInt8] = []
    var inBlock = false
    /// Links of that block and the bytes of their placeholders in `block`.
    var blockLinks: [(index: Int, marker: Range<Int>)] = []
    var blockCited = false
    var usedIDs: Set<String> = []
    /// A text node's literal with its links replaced.
    var rebuilt: [UInt8] = []

    init(body: String, firstLine: Int) {
        var body = body
        body.makeContiguousUTF8()
        self.body = body
        self.firstLine = firstLine
        plain.reserveCapacity(body.utf8.count + 64)
        block.reserveCapacity(1024)
    }

    mutating func visit(_ v: CmarkGFM.Visit) {
        switch v.kind {
        case .paragraph, .heading, .tableCell:
            if v.entering {
                block.removeAll(keepingCapacity: true)
                blockLinks.removeAll(keepingCapacity: true)
                blockCited = false
                inBlock = true
            } else {
                finishBlock(v)
            }
        case .link, .image:
            linkDepth += v.entering ? 1 : -1
            if v.entering {
                if URLSafety.isDangerous(v.url) { v.setURL("") }
                // A title is written into an attribute: no token may reach it.
                if let title = WikiLinkToken.removingTokens(v.title) { v.setTitle(title) }
            }
        case .footnoteDefinition: footnoteDepth += v.entering ? 1 : -1
        case .item: itemDepth += v.entering ? 1 : -1
        case .footnoteReference: blockCited = true
        case .text: text(v)
        case .code:
            v.withLiteral { literal in
                if inBlock { block.append(contentsOf: literal) }
                plain.append(contentsOf: literal)
            }
        case .softBreak, .lineBreak:
            if inBlock { block.append(0x20) }
            plain.append(0x20)
        case .codeBlock where QueryBlock.isQuery(info: v.fenceInfo):
            // The page shows the result, which search indexes with the page
            // anyway; the query's source is not text of the entry.
            queries.append(QueryBlock(
                text: v.literal, line: firstLine + v.startLine, column: characterColumn(line: v.startLine, byteColumn: v.startColumn)))
            v.setLiteral(QueryToken.placeholder(queries.count - 1))
        case .codeBlock:
            plain.append(0x20)
            v.withLiteral { plain.append(contentsOf: $0) }
            plain.append(0x20)
            if let info = WikiLinkToken.removingTokens(v.fenceInfo) { v.setFenceInfo(info) }
        default: break
        }
    }

    mutating func text(_ v: CmarkGFM.Visit) {
        let changed = v.withLiteral { literal -> Bool in
            // Character references (`&#xE000;`) can put tokens into text: drop them.
            guard let clean = WikiLinkToken.removingTokens(literal) else { return text(literal, v) }
            if !clean.withUnsafeBufferPointer({ text($0, v) }) { rebuilt = clean }
            return true
        }
        if changed { v.setLiteral(&rebuilt) }
    }

    /// Adds a text node's literal to the block and the plain text, links as
    /// placeholders. Returns whether it had links; `rebuilt` then holds the
    /// literal to put in the node.
    mutating func text(_ literal: Bytes, _ v: CmarkGFM.Visit) -> Bool {
        let matches = WikiLinkScanner.scan(literal)
        guard !matches.isEmpty else {
            if inBlock { block.append(contentsOf: literal) }
            plain.append(contentsOf: literal)
            return false
        }
        rebuilt.removeAll(keepingCapacity: true)
        let blockStart = block.count
        var cursor = 0
        var column: Int?
        var characters = 0, counted = 0
        for match in matches {
            let before = Bytes(rebasing: literal[cursor..<match.start])
            rebuilt.append(contentsOf: before)
            plain.append(contentsOf: before)
            var occurrence = WikiLinkOccurrence(
                target: match.target, fragment: match.fragment, label: match.label,
                line: firstLine + v.startLine - 1, column: 0, sentence: "")
            let display = occurrence.displayText
            if linkDepth > 0 {
                // A link inside a link's text or an image's alt: show its words only.
                rebuilt.append(contentsOf: display.utf8)
            } else {
                if column == nil { column = characterColumn(line: v.startLine, byteColumn: v.startColumn) }
                characters += UTF8Text.characterCount(literal, counted..<match.start)
                counted = match.start
                occurrence.column = column! + characters
                let markerStart = rebuilt.count
                WikiLinkToken.appendPlaceholder(links.count, to: &rebuilt)
                if inBlock { blockLinks.append((links.count, (blockStart + markerStart)..<(blockStart + rebuilt.count))) }
                links.append(occurrence)
            }
            plain.append(contentsOf: display.utf8)
            cursor = match.end
        }
        let rest = Bytes(rebasing: literal[cursor...])
        rebuilt.append(contentsOf: rest)
        plain.append(contentsOf: rest)
        if inBlock { block.append(contentsOf: rebuilt) }
        return true
    }

    mutating func finishBlock(_ v: CmarkGFM.Visit) {
        inBlock = false
        plain.append(0x0A)
        let text = block
        text.withUnsafeBufferPointer { b in
            if !blockLinks.isEmpty {
                var ends: [Int] = []
                Sentence.ends(in: b, into: &ends)
                var scratch: [UInt8] = []
                scratch.reserveCapacity(b.count + 64)
                for (index, marker) in blockLinks {
                    links[index].sentence = Sentence.around(marker, in: b, ends: ends, scratch: &scratch) { self.display($0) }
                }
            }
            if v.kind == .heading {
                var substituted: [UInt8] = []
                substituted.reserveCapacity(b.count + 32)
                WikiLinkToken.substitute(b, into: &substituted) { self.display($0) }
                let title = substituted.withUnsafeBufferPointer { UTF8Text.trimmedString($0, 0..<$0.count) }
                var id = Slug.anchor(title)
                if usedIDs.contains(id) {
                    var n = 2
                    while usedIDs.contains("\(id)-\(n)") { n += 1 }
                    id = "\(id)-\(n)"
                }
                usedIDs.insert(id)
                headings.append(Heading(level: v.headingLevel, text: title, id: id))
            }
        }
        if v.kind == .paragraph, footnoteDepth == 0, itemDepth == 0, !blockCited {
            uncited.append(firstLine + v.startLine - 1)
        }
    }

    /// What link `index` shows. Every placeholder in a block is one of ours
    /// (tokens are removed from input and from text nodes), so the index is
    /// always valid; a wrong one shows nothing rather than trapping.
    func display(_ index: Int) -> String {
        links.indices.contains(index) ? links[index].displayText : ""
    }

    /// cmark counts columns in bytes; editors count characters. Lines end at
    /// a `\n` that is a `Character` of its own (not one of `\r\n`).
    mutating func characterColumn(line: Int, byteColumn: Int) -> Int {
        var body = body
        return body.withUTF8 { b in
            if lineStarts.isEmpty {
                lineStarts.append(0)
                var from = 0
                while let p = UTF8Text.find(0x0A, in: b, from: from) {
                    if p == 0 || b[p - 1] != 0x0D { lineStarts.append(p + 1) }
                    from = p + 1
                }
            }
            guard line >= 1, line <= lineStarts.count else { return byteColumn }
            let start = lineStarts[line - 1]
            let end = line < lineStarts.count ? lineStarts[line] - 1 : b.count
            let prefix = min(max(0, byteColumn - 1), end - start)
            return UTF8Text.characterCount(b, start..<(start + prefix)) + 1
        }
    }

    /// The plain text, trimmed.
    var plainText: String {
        plain.withUnsafeBufferPointer { UTF8Text.trimmedString($0, 0..<$0.count) }
    }

    /// The HTML as a string, each heading's id written into its opening tag.
    func insertHeadingIDs(_ b: Bytes) -> String {
        guard !headings.isEmpty else { return String(decoding: b, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + headings.count * 24)
        var pos = 0
        while let start = WikiLinkToken.find(WikiLinkToken.headingOpenByte, in: b, from: pos) {
            let afterOpen = start + 3
            guard let end = WikiLinkToken.find(WikiLinkToken.headingCloseByte, in: b, from: afterOpen),
                  let index = WikiLinkToken.parseIndex(b, afterOpen..<end), index < headings.count else { break }
            // The token stands right after `<hN>`: put the id inside the tag.
            if start > pos, UTF8Text.isLone(b, start - 1, 0x3E) {
                out.append(contentsOf: Bytes(rebasing: b[pos..<(start - 1)]))
                out.append(contentsOf: " id=\"".utf8)
                let id = headings[index].id
                let unsafe = id.utf8.contains { $0 == 0x26 || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E }
                out.append(contentsOf: (unsafe ? HTML.escape(id) : id).utf8)
                out.append(contentsOf: "\">".utf8)
            } else {
                out.append(contentsOf: Bytes(rebasing: b[pos..<start]))
            }
            pos = end + 3
        }
        out.append(contentsOf: Bytes(rebasing: b[pos...]))
        return String(decoding: out, as: UTF8.self)
    }
}
