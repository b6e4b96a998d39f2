/// What a template reads: a closed value type, so rendering never casts
/// through `Any` or reflects (swift-mustache did both on every lookup).
public enum TemplateValue: Sendable, Equatable {
    /// Not there: renders as nothing, a section on it is skipped, and a
    /// lookup stops here instead of climbing to an enclosing context.
    case absent
    case bool(Bool)
    case int(Int)
    case double(Double)
    /// Text, HTML-escaped by `{{name}}` and written as it is by `{{{name}}}`.
    case text(String)
    /// Text already as UTF-8 bytes (a page's rendered content), written like
    /// `.text` without becoming a `String` in between.
    case utf8([UInt8])
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// A value that many pages share, named by a key its maker gives it
    /// (the navigation at one depth): with a ``FragmentCache``, a section
    /// over it renders once per key and place in a template, and every
    /// other page copies the bytes, as Hugo's `partialCached` does. Read
    /// in every other way as the value it wraps.
    indirect case shared(key: Int, TemplateValue)

    /// The value itself, through `shared`.
    public var unshared: TemplateValue {
        if case .shared(_, let value) = self { return value.unshared }
        return self
    }

    /// Whether a section shows: false, absent and empty lists are falsey.
    var isFalsey: Bool {
        switch self {
        case .shared(_, let value): return value.isFalsey
        case .absent: return true
        case .bool(let b): return !b
        case .list(let items): return items.isEmpty
        default: return false
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension TemplateValue {
    /// `.text` for a value, `.absent` for nil.
    public static func optional(_ value: String?) -> TemplateValue { value.map(TemplateValue.text) ?? .absent }
}
