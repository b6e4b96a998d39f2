import AlmanacCore
import Mustache

/// HTML escaping for `{{value}}`, declared at the top of every template.
///
/// swift-mustache's own escaper walks Characters through a dictionary: it was
/// a tenth of a 10,000-entry build, and it leaves a quote or `<` unescaped
/// when a combining mark follows it (`"\u{301}` is one Character, so it is
/// not found in the table), which lets a title break out of an attribute.
/// This one escapes the same five bytes, always.
struct EscapingContentType: MustacheContentType {
    static let name = "ALMANAC_HTML"
    /// Prepended to every template source: a standalone pragma line, which
    /// the parser drops along with its newline, so output is unchanged.
    static let pragma = "{{%CONTENT_TYPE:\(name)}}\n"
    /// Registers the content type once per process, before any template parses.
    static let registered: Bool = {
        MustacheContentTypes.register(EscapingContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
