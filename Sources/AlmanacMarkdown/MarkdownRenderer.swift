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

    /// One parser at a time in a process (see CmarkGFM.swift).
    private static let lock = NSLock()

    /// - Parameter firstLine: the line of the file on which `body` starts.
    public func render(_ body: String, firstLine: Int = 1) -> RenderedBody {
        var walker = BodyWalker(body: body, firstLine: firstLine)
        let input = body.contains(where: { WikiLinkToken.all.contains($0) }) ? String(body.filter { !WikiLinkToken.all.contains($0) }) : body
        MarkdownRenderer.lock.lock()
        let html = CmarkGFM.render(input, unsafeHTML: allowRawHTML, visit: { walker.visit($0) }, collect: { $0.kind == .heading }) { headings in
            for (index, heading) in headings.enumerated() {
                heading.prependText("\(WikiLinkToken.headingOpen)\(index)\(WikiLinkToken.headingClose)")
            }
        }
        MarkdownRenderer.lock.unlock()
        return RenderedBody(
            html: walker.insertHeadingIDs(html), wikiLinks: walker.links, headings: walker.headings,
            uncitedParagraphLines: walker.uncited, plainText: walker.plain.trimmingSpaces)
    }
}

/// State carried through one walk of the tree.
struct BodyWalker {
    let lines: [Substring.UTF8View]
    let firstLine: Int
    var links: [WikiLinkOccurrence] = []
    var headings: [Heading] = []
    var uncited: [Int] = []
    var plain = ""

    var linkDepth = 0
    var footnoteDepth = 0
    var itemDepth = 0
    /// Text of the paragraph, heading or table cell being walked.
    var block: String?
    var blockLinks: [Int] = []
    var blockCited = false
    var usedIDs: Set<String> = []

    init(body: String, firstLine: Int) {
        self.lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(\.utf8)
        self.firstLine = firstLine
    }

    mutating func visit(_ v: CmarkGFM.Visit) {
        switch v.kind {
        case .paragraph, .heading, .tableCell:
            if v.entering {
                block = ""
                blockLinks = []
                blockCited = false
            } else {
                finishBlock(v)
            }
        case .link, .image:
            linkDepth += v.entering ? 1 : -1
            if v.entering, URLSafety.isDangerous(v.url) { v.setURL("") }
        case .footnoteDefinition: footnoteDepth += v.entering ? 1 : -1
        case .item: itemDepth += v.entering ? 1 : -1
        case .footnoteReference: blockCited = true
        case .text: text(v)
        case .code:
            block? += v.literal
            plain += v.literal
        case .softBreak, .lineBreak:
            block? += " "
            plain += " "
        case .codeBlock:
            plain += " " + v.literal + " "
        default: break
        }
    }

    mutating func text(_ v: CmarkGFM.Visit) {
        let literal = v.literal
        let matches = WikiLinkScanner.scan(literal)
        guard !matches.isEmpty else {
            block? += literal
            plain += literal
            return
        }
        let chars = Array(literal)
        var rebuilt = ""
        var plainText = ""
        var cursor = 0
        let column = characterColumn(line: v.startLine, byteColumn: v.startColumn)
        for match in matches {
            rebuilt += String(chars[cursor..<match.start])
            plainText += String(chars[cursor..<match.start])
            let occurrence = WikiLinkOccurrence(
                target: match.target, fragment: match.fragment, label: match.label,
                line: firstLine + v.startLine - 1, column: column + match.start, sentence: "")
            if linkDepth > 0 {
                // A link inside a link's text or an image's alt: show its words only.
                rebuilt += occurrence.displayText
            } else {
                blockLinks.append(links.count)
                rebuilt += WikiLinkToken.placeholder(links.count)
                links.append(occurrence)
            }
            plainText += occurrence.displayText
            cursor = match.end
        }
        rebuilt += String(chars[cursor...])
        plainText += String(chars[cursor...])
        v.setLiteral(rebuilt)
        block? += rebuilt
        plain += plainText
    }

    mutating func finishBlock(_ v: CmarkGFM.Visit) {
        let text = block ?? ""
        block = nil
        plain += "\n"
        for index in blockLinks {
            links[index].sentence = Sentence.around(WikiLinkToken.placeholder(index), in: text) { self.links[$0].displayText }
        }
        if v.kind == .heading {
            let title = WikiLinkToken.substitute(in: text) { self.links[$0].displayText }.trimmingSpaces
            var id = Slug.anchor(title)
            if usedIDs.contains(id) {
                var n = 2
                while usedIDs.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
            }
            usedIDs.insert(id)
            headings.append(Heading(level: v.headingLevel, text: title, id: id))
        }
        if v.kind == .paragraph, footnoteDepth == 0, itemDepth == 0, !blockCited {
            uncited.append(firstLine + v.startLine - 1)
        }
    }

    /// cmark counts columns in bytes; editors count characters.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lines.count else { return byteColumn }
        let bytes = lines[line - 1]
        let prefix = bytes.prefix(max(0, byteColumn - 1))
        return String(decoding: prefix, as: UTF8.self).count + 1
    }

    /// Writes each heading's id into its opening tag.
    func insertHeadingIDs(_ html: String) -> String {
        guard !headings.isEmpty else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + headings.count * 24)
        var rest = html[...]
        while let start = rest.firstIndex(of: WikiLinkToken.headingOpen) {
            let afterOpen = rest.index(after: start)
            guard let end = rest[afterOpen...].firstIndex(of: WikiLinkToken.headingClose), let index = Int(rest[afterOpen..<end]), index < headings.count else { break }
            var before = rest[..<start]
            // The token stands right after `<hN>`: put the id inside the tag.
            if before.hasSuffix(">") {
                before = before.dropLast()
                out += before + " id=\"\(HTMLText.escape(headings[index].id))\">"
            } else {
                out += before
            }
            rest = rest[rest.index(after: end)...]
        }
        out += rest
        return out
    }
}

enum HTMLText {
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
