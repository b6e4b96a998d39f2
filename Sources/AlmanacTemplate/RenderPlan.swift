/// A template compiled for rendering: literal bytes, pre-split names and
/// partials linked to the library's plans by index.
struct RenderPlan: Sendable {
    var steps: [Step]
}

enum Step: Sendable {
    case bytes([UInt8])
    case escaped(LookupPath)
    case raw(LookupPath)
    /// The last number tells the section's place in the library apart, for
    /// the fragment cache.
    case section(LookupPath, [Step], Int)
    case inverted(LookupPath, [Step])
    /// A plan of the library, by index; nil when the partial does not exist
    /// (renders nothing, as the spec says; the checker reports it).
    case partial(Int?)
}

/// A dotted name as a render plan holds it: the first key is looked up
/// through the context stack, the others inside what it found.
struct LookupPath: Sendable {
    /// nil for `.`, the current value.
    var first: String?
    var rest: [String]

    init(_ name: TemplateName) {
        first = name.parts.first
        rest = Array(name.parts.dropFirst())
    }
}
