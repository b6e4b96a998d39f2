/// Named templates compiled once; renders any of them, with partials
/// resolved against the same names. Immutable, so any thread may render.
public struct TemplateLibrary: Sendable {
    /// How deep partials may include partials while rendering: a partial
    /// that includes itself stops here instead of exhausting the stack.
    public static let maximumPartialDepth = 64

    var plans: [RenderPlan] = []
    var index: [String: Int] = [:]
    /// Each template as parsed, for the checker.
    public private(set) var parsed: [String: [TemplateNode]] = [:]

    /// Compiles `sources` (name → Mustache text). The first template that
    /// does not parse throws, with its name.
    public init(sources: [String: String]) throws(TemplateLibraryError) {
        var parsed: [String: [TemplateNode]] = [:]
        for name in sources.keys.sorted() {
            do { parsed[name] = try TemplateParser.parse(sources[name]!) } catch { throw TemplateLibraryError(template: name, error: error) }
        }
        self.init(parsed: parsed, sources: sources)
    }

    /// Links templates that are already parsed; `sources` is needed only for
    /// partials that are indented (standalone), which are compiled again
    /// from their text with the indentation on every line.
    public init(parsed: [String: [TemplateNode]], sources: [String: String]) {
        self.parsed = parsed
        var linker = Linker(parsed: parsed, sources: sources)
        for name in parsed.keys.sorted() { _ = linker.plan(name, indent: [], depth: 0) }
        plans = linker.plans
        index = linker.index.reduce(into: [:]) { result, item in if item.key.indent.isEmpty { result[item.key.name] = item.value } }
    }

    public func contains(_ name: String) -> Bool { index[name] != nil }

    /// Renders `name` onto the end of `out`; an unknown name renders nothing.
    /// With `fragments`, sections over `shared` values render once per key.
    public func render(_ name: String, _ context: TemplateValue, into out: inout [UInt8], fragments: FragmentCache? = nil) {
        guard let i = index[name] else { return }
        var renderer = Renderer(plans: plans, stack: [context], fragments: fragments)
        renderer.run(plans[i].steps, &out, depth: 0)
    }

    /// Renders `name` into a string.
    public func render(_ name: String, _ context: TemplateValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        render(name, context, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// A template of a library that does not parse.
public struct TemplateLibraryError: Error, Sendable {
    public var template: String
    public var error: TemplateSyntaxError
}

/// Compiles parsed templates into plans, once per (partial, indentation).
struct Linker {
    struct Key: Hashable {
        var name: String
        var indent: [UInt8]
    }

    /// Indented copies of indented copies: past this depth a partial is
    /// linked without more indentation (only whitespace can differ).
    static let maximumIndentDepth = 16

    let parsed: [String: [TemplateNode]]
    let sources: [String: String]
    var plans: [RenderPlan] = []
    var index: [Key: Int] = [:]
    var sections = 0

    init(parsed: [String: [TemplateNode]], sources: [String: String]) {
        self.parsed = parsed
        self.sources = sources
    }

    mutating func plan(_ name: String, indent: [UInt8], depth: Int) -> Int? {
        let key = Key(name: name, indent: indent)
        if let i = index[key] { return i }
        var nodes: [TemplateNode]
        if indent.isEmpty || depth > Self.maximumIndentDepth {
            guard let found = parsed[name] else { return nil }
            nodes = found
        } else {
            guard let source = sources[name], let found = try? TemplateParser.parse(Self.indented(source, by: indent)) else {
                return plan(name, indent: [], depth: depth)
            }
            nodes = found
        }
        // Reserved before compiling, so a partial that includes itself links to itself.
        let i = plans.count
        plans.append(RenderPlan(steps: []))
        index[key] = i
        plans[i].steps = compile(nodes, depth: depth)
        return i
    }

    mutating func compile(_ nodes: [TemplateNode], depth: Int) -> [Step] {
        nodes.map { node in
            switch node {
            case .text(let bytes): return .bytes(bytes)
            case .variable(let name, let escaped): return escaped ? .escaped(LookupPath(name)) : .raw(LookupPath(name))
            case .section(let name, let inverted, let children):
                let steps = compile(children, depth: depth)
                sections += 1
                return inverted ? .inverted(LookupPath(name), steps) : .section(LookupPath(name), steps, sections)
            case .partial(let name, let indent, _):
                return .partial(plan(name, indent: indent, depth: depth + 1))
            }
        }
    }

    /// `indent` before every line of `source` that is not empty.
    static func indented(_ source: String, by indent: [UInt8]) -> String {
        var out: [UInt8] = []
        var lineStart = true
        for byte in source.utf8 {
            if lineStart && byte != 0x0A { out.append(contentsOf: indent) }
            out.append(byte)
            lineStart = byte == 0x0A
        }
        return String(decoding: out, as: UTF8.self)
    }
}
