import AlmanacCore
import AlmanacMarkdown

/// A compact binary form of `RenderedBody` for the pipe between Almanac and
/// its Markdown workers (JSON would cost more than the parsing it carries).
enum RenderedBodyCoder {
    static func encode(_ body: RenderedBody, into out: inout [UInt8]) {
        string(body.html, &out)
        int(body.wikiLinks.count, &out)
        for link in body.wikiLinks {
            string(link.target, &out)
            optional(link.fragment, &out)
            optional(link.label, &out)
            int(link.line, &out)
            int(link.column, &out)
            string(link.sentence, &out)
        }
        int(body.headings.count, &out)
        for heading in body.headings {
            int(heading.level, &out)
            string(heading.text, &out)
            string(heading.id, &out)
        }
        int(body.uncitedParagraphLines.count, &out)
        for line in body.uncitedParagraphLines { int(line, &out) }
        string(body.plainText, &out)
        int(body.queries.count, &out)
        for query in body.queries {
            string(query.text, &out)
            int(query.line, &out)
            int(query.column, &out)
        }
    }

    static func decode(_ bytes: [UInt8]) -> RenderedBody? {
        var reader = Reader(bytes: bytes)
        return decode(&reader)
    }

    /// A worker's reply to a batch: each body's length, then the body.
    /// With `spill`, the reply is written to it whole (one write) and each
    /// body's HTML and plain text are read from there when needed.
    static func decodeBatch(_ bytes: [UInt8], count: Int, spill: SpillFile? = nil) -> [RenderedBody]? {
        var reader = Reader(bytes: bytes)
        reader.spilled = spill.flatMap { file in bytes.withUnsafeBytes { file.append($0) }.map { (file, $0) } }
        var bodies: [RenderedBody] = []
        bodies.reserveCapacity(count)
        for _ in 0..<count {
            guard let length = reader.int(), reader.offset + length <= bytes.count else { return nil }
            var one = Reader(bytes: bytes, offset: reader.offset, end: reader.offset + length)
            one.spilled = reader.spilled
            guard let body = decode(&one) else { return nil }
            bodies.append(body)
            reader.offset += length
        }
        return reader.offset == bytes.count ? bodies : nil
    }

    static func decode(_ reader: inout Reader) -> RenderedBody? {
        guard let html = reader.text(), let linkCount = reader.int() else { return nil }
        var links: [WikiLinkOccurrence] = []
        for _ in 0..<linkCount {
            guard let target = reader.string(), let fragment = reader.optional(), let label = reader.optional(),
                let line = reader.int(), let column = reader.int(), let sentence = reader.string(sharing: links.last?.sentence)
            else { return nil }
            links.append(WikiLinkOccurrence(target, fragment: fragment, label: label, line: line, column: column, sentence: sentence))
        }
        guard let headingCount = reader.int() else { return nil }
        var headings: [Heading] = []
        for _ in 0..<headingCount {
            guard let level = reader.int(), let text = reader.string(), let id = reader.string() else { return nil }
            headings.append(Heading(level, text: text, id: id))
        }
        guard let uncitedCount = reader.int() else { return nil }
        var uncited: [Int] = []
        for _ in 0..<uncitedCount {
            guard let line = reader.int() else { return nil }
            uncited.append(line)
        }
        guard let plain = reader.text(), let queryCount = reader.int() else { return nil }
        var queries: [QueryBlock] = []
        for _ in 0..<queryCount {
            guard let text = reader.string(), let line = reader.int(), let column = reader.int() else { return nil }
            queries.append(QueryBlock(text: text, line: line, column: column))
        }
        return RenderedBody(html: html, wikiLinks: links, headings: headings, uncitedParagraphLines: uncited, plainText: plain, queries: queries)
    }

    static func int(_ value: Int, _ out: inout [UInt8]) {
        let v = UInt32(truncatingIfNeeded: value)
        out.append(contentsOf: [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)])
    }

    static func string(_ value: String, _ out: inout [UInt8]) {
        int(value.utf8.count, &out)
        out.append(contentsOf: value.utf8)
    }

    static func optional(_ value: String?, _ out: inout [UInt8]) {
        guard let value else { out.append(0); return }
        out.append(1)
        string(value, &out)
    }

    struct Reader {
        let bytes: [UInt8]
        var offset = 0
        /// Where this reader's bytes stop (a batch holds several bodies).
        var end: Int

        init(bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
            self.bytes = bytes
            self.offset = offset
            self.end = end ?? bytes.count
        }

        /// Where `bytes` were written in a spill file, if they were.
        var spilled: (file: SpillFile, offset: Int)?

        /// A string that stays in the spill file when there is one (read
        /// back, invalid UTF-8 is repaired as `string()` repairs it).
        mutating func text() -> StoredText? {
            guard let (file, base) = spilled else { return string().map(StoredText.init) }
            guard let count = int(), offset + count <= end else { return nil }
            defer { offset += count }
            return StoredText(spilled: file, offset: base + offset, count: count)
        }

        mutating func int() -> Int? {
            guard offset + 4 <= end else { return nil }
            defer { offset += 4 }
            return Int(UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24)
        }

        mutating func string() -> String? {
            guard let count = int(), offset + count <= end else { return nil }
            defer { offset += count }
            return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        }

        /// A string equal to `previous` comes back as `previous` itself:
        /// links in one sentence all carry it, and a wiki holds them all.
        mutating func string(sharing previous: String?) -> String? {
            guard let previous, offset + 4 <= end else { return string() }
            var probe = self
            guard let count = probe.int(), probe.offset + count <= end,
                previous.utf8.elementsEqual(bytes[probe.offset..<probe.offset + count]) else { return string() }
            self = probe
            offset += count
            return previous
        }

        mutating func optional() -> String?? {
            guard offset < end else { return nil }
            offset += 1
            return bytes[offset - 1] == 0 ? .some(nil) : string().map { .some($0) }
        }
    }
}
