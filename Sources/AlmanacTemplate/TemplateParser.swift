/// Mustache source to `TemplateNode`s, as the spec says: dotted names split
/// once, standalone lines (sections, comments, partials, delimiter changes
/// alone on their line) removed, set-delimiter tags applied. A line with two
/// tags and nothing else keeps its whitespace, as in the spec's reference
/// implementation and swift-mustache (mustache.js strips it).
public struct TemplateParser {
    /// The longest run of nested sections a template may open: past it the
    /// template is refused (a positioned error, not a deep recursion).
    public static let maximumDepth = 100

    let source: [UInt8]
    let lines: LineTable

    public init(_ text: String) {
        source = Array(text.utf8)
        lines = LineTable(source)
    }

    public static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        try TemplateParser(text).parse()
    }

    enum Kind: Equatable { case variable, raw, section, inverted, close, partial, comment, delimiters }

    struct Tag {
        var kind: Kind
        var name: String
        var offset: Int
        var indent: [UInt8] = []
    }

    enum Token {
        case byte(UInt8)
        case tag(Tag)
        case removed
    }

    public func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(source.count)
        var spaces: [Int] = []            // whitespace tokens of the current line
        var nonSpace = false
        var lineTags: [Int] = []          // tag tokens of the current line
        var indentation: [UInt8] = []
        var openSections: [Tag] = []

        func stripSpace() {
            if !nonSpace && lineTags.count == 1 {
                // A standalone line: its whitespace and newline go, and a
                // partial that starts it indents every line it renders.
                if case .tag(var tag) = tokens[lineTags[0]], tag.kind == .partial {
                    tag.indent = indentation.filter { $0 == 0x20 || $0 == 0x09 }
                    tokens[lineTags[0]] = .tag(tag)
                }
                for i in spaces { tokens[i] = .removed }
            }
            spaces.removeAll(keepingCapacity: true)
            lineTags.removeAll(keepingCapacity: true)
            nonSpace = false
        }

        var pos = 0
        while pos < source.count {
            let tagStart = find(open, from: pos) ?? source.count
            while pos < tagStart {
                let byte = source[pos]
                if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                    spaces.append(tokens.count)
                    indentation.append(byte)
                } else {
                    nonSpace = true
                    indentation.append(0x21)
                }
                tokens.append(.byte(byte))
                pos += 1
                if byte == 0x0A {
                    stripSpace()
                    indentation.removeAll(keepingCapacity: true)
                }
            }
            guard tagStart < source.count else { break }
            pos = tagStart + open.count
            var kind = Kind.variable
            if pos < source.count {
                switch source[pos] {
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "{"): kind = .raw
                case UInt8(ascii: "&"): kind = .raw
                case UInt8(ascii: "="): kind = .delimiters
                case UInt8(ascii: "!"): kind = .comment
                default: break
                }
                if kind != .variable { pos += 1 }
            }
            let tripleMustache = kind == .raw && source[pos - 1] == UInt8(ascii: "{")
            var name: [UInt8]
            if kind == .delimiters {
                guard let end = find([UInt8(ascii: "=")] + close, from: pos) else {
                    throw error(at: tagStart, "a set-delimiter tag is not closed with =\(String(decoding: close, as: UTF8.self))")
                }
                name = Array(source[pos..<end])
                pos = end + 1 + close.count
            } else if tripleMustache {
                guard let end = find([UInt8(ascii: "}")] + close, from: pos) else {
                    throw error(at: tagStart, "a tag is not closed with }\(String(decoding: close, as: UTF8.self))")
                }
                name = Array(source[pos..<end])
                pos = end + 1 + close.count
            } else {
                guard let end = find(close, from: pos) else {
                    throw error(at: tagStart, "a tag is not closed with \(String(decoding: close, as: UTF8.self))")
                }
                name = Array(source[pos..<end])
                pos = end + close.count
            }
            if kind != .comment { name = trimmed(name) }
            let tag = Tag(kind: kind, name: String(decoding: name, as: UTF8.self), offset: tagStart)
            switch kind {
            case .section, .inverted:
                guard openSections.count < Self.maximumDepth else {
                    throw error(at: tagStart, "sections are nested more than \(Self.maximumDepth) deep")
                }
                openSections.append(tag)
            case .close:
                guard let opened = openSections.popLast() else {
                    throw error(at: tagStart, "'{{/\(tag.name)}}' closes a section that was never opened")
                }
                guard opened.name == tag.name else {
                    let at = lines.position(of: opened.offset)
                    throw error(at: tagStart, "'{{/\(tag.name)}}' closes the section '\(opened.name)' opened at \(at.line):\(at.column)")
                }
            case .variable, .raw:
                nonSpace = true
            case .delimiters:
                let parts = name.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
                guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
                    throw error(at: tagStart, "a set-delimiter tag needs two delimiters without '=', as in {{=<% %>=}}")
                }
                open = Array(parts[0])
                close = Array(parts[1])
            case .partial, .comment:
                break
            }
            if kind != .comment && kind != .delimiters && kind != .close && tag.name.isEmpty {
                throw error(at: tagStart, "a tag has no name")
            }
            lineTags.append(tokens.count)
            tokens.append(.tag(tag))
        }
        stripSpace()
        if let unclosed = openSections.last {
            throw error(at: unclosed.offset, "the section '\(unclosed.name)' is never closed (no {{/\(unclosed.name)}})")
        }
        var index = 0
        return nest(tokens, &index)
    }

    /// Tokens into nodes: runs of bytes become one text node, sections take
    /// what stands between their tags.
    func nest(_ tokens: [Token], _ index: inout Int) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { nodes.append(.text(text)); text.removeAll() }
        }
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .byte(let b): text.append(b)
            case .removed: break
            case .tag(let tag):
                switch tag.kind {
                case .comment, .delimiters: break
                case .close:
                    flush()
                    return nodes
                case .variable, .raw:
                    flush()
                    nodes.append(.variable(templateName(tag), escaped: tag.kind == .variable))
                case .section, .inverted:
                    flush()
                    let name = templateName(tag)
                    let children = nest(tokens, &index)
                    nodes.append(.section(name, inverted: tag.kind == .inverted, children))
                case .partial:
                    flush()
                    nodes.append(.partial(tag.name, indent: tag.indent, lines.position(of: tag.offset)))
                }
            }
        }
        flush()
        return nodes
    }

    func templateName(_ tag: Tag) -> TemplateName {
        let parts = tag.name == "." ? [] : tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        return TemplateName(parts: parts, position: lines.position(of: tag.offset))
    }

    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= source.count else { return nil }
        var i = start
        let last = source.count - pattern.count
        while i <= last {
            if source[i] == first {
                var k = 1
                while k < pattern.count && source[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) }) else { return [] }
        return Array(bytes[start...end])
    }

    func error(at offset: Int, _ message: String) -> TemplateSyntaxError {
        TemplateSyntaxError(position: lines.position(of: offset), message: message)
    }
}

/// Byte offsets to 1-based line and column (columns count Unicode scalars).
struct LineTable {
    let source: [UInt8]
    let starts: [Int]

    init(_ source: [UInt8]) {
        self.source = source
        var starts = [0]
        for (i, b) in source.enumerated() where b == 0x0A { starts.append(i + 1) }
        self.starts = starts
    }

    func position(of offset: Int) -> TemplatePosition {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let column = source[starts[low]..<min(offset, source.count)].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return TemplatePosition(line: low + 1, column: column)
    }
}
