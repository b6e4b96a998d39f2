/// A parsed template: what the checker walks and the compiler turns into a plan.
public indirect enum TemplateNode: Sendable, Equatable {
    /// Literal bytes, standalone lines already removed.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, inverted: Bool, [TemplateNode])
    /// `{{>name}}`, with the indentation of a standalone tag (applied to every
    /// line of the partial).
    case partial(String, indent: [UInt8], TemplatePosition)
}

/// A dotted name, split once at parse time: `entry.title` is `["entry", "title"]`;
/// `.` is the empty path (the current value).
public struct TemplateName: Sendable, Equatable, CustomStringConvertible {
    public var parts: [String]
    public var position: TemplatePosition

    public var description: String { parts.isEmpty ? "." : parts.joined(separator: ".") }
}

/// Where a tag starts in its template: 1-based line and column (in Unicode scalars).
public struct TemplatePosition: Sendable, Equatable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A template that could not be parsed, with where and why.
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var position: TemplatePosition
    public var message: String

    public var description: String { "\(position.line):\(position.column): \(message)" }
}
