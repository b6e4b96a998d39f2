import AlmanacCore

/// Checks parsed templates against the shape of the values they will be
/// rendered with, before any page renders: names that are not there,
/// partials that do not exist or include themselves, lists and objects
/// written out as text.
public struct TemplateChecker {
    public let parsed: [String: [TemplateNode]]

    public init(parsed: [String: [TemplateNode]]) {
        self.parsed = parsed
    }

    /// A problem in one template, at a tag.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var template: String
        public var position: TemplatePosition
        public var message: String

        public var description: String { "\(template):\(position.line):\(position.column): \(message)" }
    }

    /// Problems of `template` and the partials it includes when it renders
    /// with values of `shape`; `page` names those values in messages
    /// ("an entry page").
    public func check(_ template: String, against shape: TemplateShape, page: String) -> [Problem] {
        guard let nodes = parsed[template] else { return [] }
        var walk = Walk(checker: self, page: page, stack: [shape], chain: [template])
        walk.visit(nodes, in: template)
        return walk.problems
    }

    struct Walk {
        let checker: TemplateChecker
        let page: String
        var stack: [TemplateShape]
        var chain: [String]
        var problems: [Problem] = []

        mutating func visit(_ nodes: [TemplateNode], in template: String) {
            for node in nodes {
                switch node {
                case .text:
                    break
                case .variable(let name, _):
                    guard let shape = resolve(name, in: template) else { continue }
                    switch shape {
                    case .list, .object:
                        let kind = if case .list = shape { "a list" } else { "an object" }
                        report(template, name.position, "'\(name)' is \(kind), which renders as nothing; use a section: {{#\(name)}}…{{/\(name)}}")
                    default:
                        break
                    }
                case .section(let name, let inverted, let children):
                    guard let shape = resolve(name, in: template) else { continue }
                    if inverted {
                        visit(children, in: template)
                        continue
                    }
                    switch shape {
                    case .bool:
                        visit(children, in: template)
                    case .list(let item):
                        push(item, children, in: template)
                    default:
                        push(shape, children, in: template)
                    }
                case .partial(let name, _, let position):
                    if let i = chain.firstIndex(of: name) {
                        let loop = (chain[i...] + [name]).joined(separator: " → ")
                        report(template, position, "the partial '\(name)' includes itself (\(loop)): it would never finish rendering")
                        continue
                    }
                    guard let nodes = checker.parsed[name] else {
                        let known = checker.parsed.keys.sorted()
                        let hint = Suggestion.closest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
                        report(template, position, "no template '\(name)' for the partial {{>\(name)}}\(hint)")
                        continue
                    }
                    chain.append(name)
                    visit(nodes, in: name)
                    chain.removeLast()
                }
            }
        }

        mutating func push(_ shape: TemplateShape, _ children: [TemplateNode], in template: String) {
            stack.append(shape)
            visit(children, in: template)
            stack.removeLast()
        }

        /// The shape `name` finds, as the renderer would look it up; nil
        /// (and a problem) when it finds nothing.
        mutating func resolve(_ name: TemplateName, in template: String) -> TemplateShape? {
            guard let first = name.parts.first else { return stack.last }
            guard var shape = stack.reversed().lazy.compactMap({ $0.field(first) }).first?.shape else {
                let names = Array(Set(stack.flatMap(\.fieldNames))).sorted()
                unknown(name, at: 0, candidates: names, in: template)
                return nil
            }
            for (k, part) in name.parts.enumerated().dropFirst() {
                guard let next = shape.field(part) else {
                    unknown(name, at: k, candidates: shape.fieldNames, in: template)
                    return nil
                }
                shape = next.shape
            }
            return shape
        }

        mutating func unknown(_ name: TemplateName, at k: Int, candidates: [String], in template: String) {
            var message = "no field '\(name)' on \(page)"
            if let close = Suggestion.closest(to: name.parts[k], in: candidates) {
                var parts = name.parts
                parts[k] = close
                message += "; did you mean '\(parts.joined(separator: "."))'?"
            }
            report(template, name.position, message)
        }

        mutating func report(_ template: String, _ position: TemplatePosition, _ message: String) {
            let problem = Problem(template: template, position: position, message: message)
            if !problems.contains(problem) { problems.append(problem) }
        }
    }
}
