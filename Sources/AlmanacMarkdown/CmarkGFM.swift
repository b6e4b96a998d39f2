import CCmarkGFM
import Foundation

// The only file that touches the cmark-gfm C API. No C pointer leaves it:
// `CmarkGFM.render` copies what it needs into Swift values and frees the tree
// (`Visit.withLiteral` lends a literal's bytes to a closure, no further).
//
// Debian's libcmark-gfm keeps a process-wide table of special characters that
// inline parsing switches on and off, so two parsers at once in one process
// lose extension syntax (FACTS.md). Callers must serialise calls into this
// file; `MarkdownRenderer` does, and parallelism goes through processes.

enum CmarkGFM {
    /// The library's version as it reports itself at run time.
    static var versionString: String { String(cString: cmark_version_string()) }

    /// Registers the extensions and learns the node type that the table
    /// extension gave its cells (a run-time value), by parsing a tiny table.
    /// First used under the caller's lock, like every parse.
    private static let tableCellType: cmark_node_type = {
        cmark_gfm_core_extensions_ensure_registered()
        var found = CMARK_NODE_NONE
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return found }
        defer { cmark_parser_free(parser) }
        if let ext = cmark_find_syntax_extension("table") { cmark_parser_attach_syntax_extension(parser, ext) }
        let sample = "| a |\n|---|\n| b |\n"
        cmark_parser_feed(parser, sample, sample.utf8.count)
        guard let document = cmark_parser_finish(parser) else { return found }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return found }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator), let name = cmark_node_get_type_string(node), strcmp(name, "table_cell") == 0 {
                found = cmark_node_get_type(node)
                break
            }
        }
        return found
    }()

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// A node kind as the walker needs to know it.
    enum Kind {
        case text, code, codeBlock, htmlBlock, htmlInline, softBreak, lineBreak
        case paragraph, heading, item, tableCell, link, image, footnoteReference, footnoteDefinition
        case other
    }

    /// A mutable view of one node that the walker is visiting.
    struct Visit {
        fileprivate let node: OpaquePointer
        let kind: Kind
        let entering: Bool

        var literal: String {
            guard let c = cmark_node_get_literal(node) else { return "" }
            return String(cString: c)
        }
        /// Lends the literal's UTF-8 bytes (no NUL) to `body`; they are valid
        /// only inside it and only until the node is edited.
        func withLiteral<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            guard let c = cmark_node_get_literal(node) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return c.withMemoryRebound(to: UInt8.self, capacity: 1) { body(UnsafeBufferPointer(start: $0, count: strlen(c))) }
        }
        func setLiteral(_ s: String) { _ = cmark_node_set_literal(node, s) }
        /// Sets the literal to `bytes` (UTF-8, no NUL).
        func setLiteral(_ bytes: inout [UInt8]) {
            bytes.append(0)
            bytes.withUnsafeBufferPointer { b in
                b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { _ = cmark_node_set_literal(node, $0) }
            }
            bytes.removeLast()
        }
        var url: String {
            guard let c = cmark_node_get_url(node) else { return "" }
            return String(cString: c)
        }
        func setURL(_ s: String) { _ = cmark_node_set_url(node, s) }
        /// A link's or image's title.
        var title: String {
            guard let c = cmark_node_get_title(node) else { return "" }
            return String(cString: c)
        }
        func setTitle(_ s: String) { _ = cmark_node_set_title(node, s) }
        /// A fenced code block's info string.
        var fenceInfo: String {
            guard let c = cmark_node_get_fence_info(node) else { return "" }
            return String(cString: c)
        }
        func setFenceInfo(_ s: String) { _ = cmark_node_set_fence_info(node, s) }
        var startLine: Int { Int(cmark_node_get_start_line(node)) }
        var startColumn: Int { Int(cmark_node_get_start_column(node)) }
        var headingLevel: Int { Int(cmark_node_get_heading_level(node)) }

        /// Puts a text node with `text` before the first child of this node.
        func prependText(_ text: String) {
            guard let child = cmark_node_new(CMARK_NODE_TEXT) else { return }
            _ = cmark_node_set_literal(child, text)
            _ = cmark_node_prepend_child(node, child)
        }
    }

    /// Parses `markdown`, lets `visit` see (and edit the literal or URL of)
    /// every node in document order, hands the nodes `collect` picked to
    /// `afterWalk` for structural edits, renders HTML and lends its UTF-8
    /// bytes to `output`, which makes the string.
    static func render(
        _ markdown: String, unsafeHTML: Bool, visit: (Visit) -> Void, collect: (Visit) -> Bool, afterWalk: ([Visit]) -> Void,
        output: (UnsafeBufferPointer<UInt8>) -> String
    ) -> String {
        let cellType = tableCellType
        // Style attributes for table alignment: `align=` is obsolete HTML (the Nu checker rejects it).
        var options = CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var markdown = markdown
        markdown.withUTF8 { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        cmark_consolidate_text_nodes(document)

        var kept: [Visit] = []
        if let iterator = cmark_iter_new(document) {
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let v = Visit(node: node, kind: kind(of: node, cellType: cellType), entering: event == CMARK_EVENT_ENTER)
                visit(v)
                if v.entering, collect(v) { kept.append(v) }
            }
            cmark_iter_free(iterator)
        }
        afterWalk(kept)
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let html = cmark_render_html(document, options, extensions) else { return "" }
        defer { free(html) }
        return html.withMemoryRebound(to: UInt8.self, capacity: 1) { output(UnsafeBufferPointer(start: $0, count: strlen(html))) }
    }

    private static func kind(of node: OpaquePointer, cellType: cmark_node_type) -> Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case let type: return type == cellType && type != CMARK_NODE_NONE ? .tableCell : .other
        }
    }
}

