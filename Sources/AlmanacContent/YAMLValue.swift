import AlmanacCore
import Yams

/// YAML as Almanac reads it: plain strings, lists and mappings, each with
/// the place it was written. Built from `Yams.compose` so that nothing is
/// typed by guesswork (`2023-05` stays a string) and keys keep their order.
public indirect enum YAMLValue: Sendable, Hashable {
    case scalar(String, SourceLocation)
    case list([YAMLValue], SourceLocation)
    case mapping([(key: String, keyLocation: SourceLocation, value: YAMLValue)], SourceLocation)
    case null(SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .scalar(_, let l), .list(_, let l), .mapping(_, let l), .null(let l): return l
        }
    }

    public var string: String? {
        if case .scalar(let s, _) = self { return s }
        return nil
    }

    /// A short name of the kind, for messages.
    public var kindName: String {
        switch self {
        case .scalar: return "a single value"
        case .list: return "a list"
        case .mapping: return "a mapping"
        case .null: return "nothing"
        }
    }

    public static func == (a: YAMLValue, b: YAMLValue) -> Bool {
        switch (a, b) {
        case let (.scalar(x, l), .scalar(y, m)): return x == y && l == m
        case let (.list(x, l), .list(y, m)): return x == y && l == m
        case let (.mapping(x, l), .mapping(y, m)):
            return l == m && x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.null(l), .null(m)): return l == m
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(location) }
}

/// Reads YAML text into a `YAMLValue`, with every failure a diagnostic.
public enum YAMLReader {
    /// Most nodes a document may expand to (aliases included): a bound on
    /// time and memory against alias bombs.
    public static let maxNodes = 100_000
    /// Deepest nesting accepted; deeper input is refused before libyaml sees it.
    public static let maxDepth = 64

    /// - Parameters:
    ///   - firstLine: the line of the file on which `text` starts.
    public static func read(_ text: String, path: String, firstLine: Int) -> Result<YAMLValue?, Diagnostic> {
        let offset = firstLine - 1
        if let problem = nestingProblem(text, path: path, lineOffset: offset) { return .failure(problem) }
        let node: Node?
        do {
            // The basic resolver tags nothing by guesswork, as `convert`
            // reads no tags: the default one ran a regular expression per
            // tag rule on every plain scalar, a tenth of a build's front matter.
            // The encoding is given: Yams's default reads the environment on every call.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, lineOffset: offset))
        } catch {
            return .failure(.error(SourceLocation(path: path, line: firstLine), "cannot read YAML: \(error)"))
        }
        guard let node else { return .success(nil) }
        var budget = maxNodes
        return convert(node, path: path, lineOffset: offset, budget: &budget).map { $0 }
    }

    /// libyaml recurses on nesting; refuse what would be pathological first.
    static func nestingProblem(_ text: String, path: String, lineOffset: Int) -> Diagnostic? {
        var depth = 0
        var line = 1
        var column = 0
        var quote: Character? = nil
        for ch in text {
            column += 1
            if ch == "\n" { line += 1; column = 0; continue }
            if let q = quote { if ch == q { quote = nil }; continue }
            switch ch {
            case "\"", "'": quote = ch
            case "[", "{":
                depth += 1
                if depth > maxDepth {
                    return .error(SourceLocation(path: path, line: line + lineOffset, column: column), "YAML nested more than \(maxDepth) levels deep")
                }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    static func location(_ mark: Mark?, path: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    static func convert(_ node: Node, path: String, lineOffset: Int, budget: inout Int) -> Result<YAMLValue, Diagnostic> {
        let loc = location(node.mark, path: path, lineOffset: lineOffset)
        budget -= 1
        if budget < 0 {
            return .failure(.error(loc, "YAML expands to more than \(maxNodes) values (an alias bomb?)"))
        }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .success(.null(loc)) }
            return .success(.scalar(scalar.string, loc))
        case .alias:
            return .failure(.error(loc, "YAML alias could not be resolved"))
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence {
                switch convert(item, path: path, lineOffset: lineOffset, budget: &budget) {
                case .success(let value): items.append(value)
                case .failure(let d): return .failure(d)
                }
            }
            return .success(.list(items, loc))
        case .mapping(let mapping):
            var pairs: [(key: String, keyLocation: SourceLocation, value: YAMLValue)] = []
            for (key, value) in mapping {
                let keyLoc = location(key.mark, path: path, lineOffset: lineOffset)
                guard case .scalar(let keyScalar) = key else {
                    return .failure(.error(keyLoc, "a mapping key must be a plain name, not \(key.isSequence ? "a list" : "a mapping")"))
                }
                switch convert(value, path: path, lineOffset: lineOffset, budget: &budget) {
                case .success(let v): pairs.append((keyScalar.string, keyLoc, v))
                case .failure where budget < 0:
                    // Aliased nodes carry the anchor's position; name the key that exploded.
                    return .failure(.error(keyLoc, "'\(keyScalar.string)' expands to more than \(maxNodes) values (an alias bomb?)"))
                case .failure(let d): return .failure(d)
                }
            }
            return .success(.mapping(pairs, loc))
        }
    }

    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        func describe(_ context: YamlError.Context?, _ problem: String) -> String {
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return "invalid YAML: " + text
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // An unterminated quote or bracket is found at the end of the text;
            // where it was opened is what the editor needs to see.
            let at = problem.contains("end of stream") ? (context?.mark ?? mark) : mark
            return .error(location(at, path: path, lineOffset: lineOffset), describe(context, problem))
        case let .reader(problem, offset, _, _):
            return .error(SourceLocation(path: path, line: 1 + lineOffset), "invalid YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(location(context.mark, path: path, lineOffset: lineOffset), "duplicate key\(duplicates.count > 1 ? "s" : "") \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping")
        default:
            return .error(SourceLocation(path: path, line: 1 + lineOffset), "invalid YAML: \(error)")
        }
    }
}

extension Node {
    var isSequence: Bool { if case .sequence = self { return true } else { return false } }
}
