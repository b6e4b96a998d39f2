/// A fenced code block whose info string is `query`: kept as text with its
/// place in the file, and in the HTML as `QueryToken.placeholder(i)`, so the
/// page shows the query's result instead of its source.
public struct QueryBlock: Sendable, Hashable {
    /// The block's content, without the fences.
    public var text: String
    /// Line and column in the whole file where the content starts (the line
    /// after the opening fence).
    public var line: Int
    public var column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }

    /// Whether a fenced block's info string asks for a query.
    static func isQuery(info: String) -> Bool {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "query"
    }
}

/// The private-use characters that stand for query blocks in rendered HTML
/// (after the wiki link tokens; removed from input like them).
public enum QueryToken {
    static let open: Character = "\u{E004}"
    static let close: Character = "\u{E005}"
    static let openByte: UInt8 = 0x84, closeByte: UInt8 = 0x85

    static func placeholder(_ index: Int) -> String { "\(open)\(index)\(close)" }

    /// Replaces every query placeholder in `html` with what `replacement` returns for its index.
    public static func substitute(in html: String, _ replacement: (Int) -> String) -> String {
        var html = html
        return html.withUTF8 { b in
            guard WikiLinkToken.find(openByte, in: b, from: 0) != nil else { return String(decoding: b, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 1024)
            WikiLinkToken.substitute(b, into: &out, open: openByte, close: closeByte, replacement)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The rendered code block `<pre lang="query"><code>TOKEN</code></pre>` made the token alone.
    static func unwrap(_ html: String) -> String {
        let opened = UTF8Text.replacing("<pre lang=\"query\"><code>\(open)", with: "\(open)", in: html) ?? html
        return UTF8Text.replacing("\(close)</code></pre>", with: "\(close)", in: opened) ?? opened
    }
}
