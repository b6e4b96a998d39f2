import AlmanacCore

/// Reads a query's text: one clause a line (`from`, `where`, `sort`,
/// `limit`, `show`, `columns`), `#` to the end of a line a comment.
public enum QueryParser {
    static let clauses = ["from", "where", "and", "or", "sort", "limit", "show", "columns"]
    /// Bounds that keep hostile input cheap: far beyond any real query.
    static let maximumBytes = 16 * 1024
    static let maximumDepth = 32
    static let maximumTokens = 1000

    public static func parse(_ text: String) throws(QueryError) -> Query {
        guard text.utf8.count <= maximumBytes else {
            throw QueryError(QueryPosition(line: 1, column: 1), "the query is \(text.utf8.count) bytes long; at most \(maximumBytes) are read")
        }
        var query = Query()
        var sawClause = Set<String>()
        var tokenCount = 0
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let tokens = try QueryLexer.tokens(line, lineNumber: n + 1)
            guard let first = tokens.first else { continue }
            tokenCount += tokens.count
            guard tokenCount <= maximumTokens else { throw QueryError(first.position, "the query has more than \(maximumTokens) words") }
            guard first.kind == .word, clauses.contains(first.text.lowercased()) else {
                let hint = first.kind == .word ? Suggestion.closest(to: first.text.lowercased(), in: clauses).map { "; did you mean ‘\($0)’?" } ?? "" : ""
                throw QueryError(first.position, "a line of a query starts with from, where, sort, limit, show or columns, not ‘\(first.text)’\(hint)")
            }
            let clause = first.text.lowercased()
            var reader = TokenReader(tokens: Array(tokens.dropFirst()), end: QueryPosition(line: n + 1, column: line.count + 1))
            if ["from", "sort", "limit", "show", "columns"].contains(clause) {
                guard sawClause.insert(clause).inserted else { throw QueryError(first.position, "‘\(clause)’ is given twice") }
            }
            switch clause {
            case "from":
                query.types = try reader.list { r throws(QueryError) in try r.word("a type") }
            case "where":
                query.conditions.append(try reader.condition(depth: 0))
            case "and", "or":
                guard let last = query.conditions.popLast() else { throw QueryError(first.position, "‘\(clause)’ continues a where line; start with where") }
                let next = try reader.condition(depth: 0)
                query.conditions.append(clause == "and" ? .all([last, next]) : .any([last, next]))
            case "sort":
                query.sort = try reader.list { r throws(QueryError) in
                    let key = try r.column()
                    var descending = false
                    if r.peek?.isWord("desc") == true { descending = true; r.index += 1 } else if r.peek?.isWord("asc") == true { r.index += 1 }
                    return SortKey(key: key, descending: descending)
                }
            case "limit":
                let word = try reader.word("a number")
                guard let n = Int(word.text), n > 0, n <= 100_000 else { throw QueryError(word.position, "limit takes a whole number from 1 to 100000, not ‘\(word.text)’") }
                query.limit = n
            case "show":
                let word = try reader.word("table, list or count")
                guard let display = Query.Display(rawValue: word.text.lowercased()) else {
                    let hint = Suggestion.closest(to: word.text.lowercased(), in: Query.Display.allCases.map(\.rawValue)).map { "; did you mean ‘\($0)’?" } ?? ""
                    throw QueryError(word.position, "show takes table, list or count, not ‘\(word.text)’\(hint)")
                }
                query.display = display
            default:
                query.columns = try reader.list { r throws(QueryError) in try r.column() }
            }
            try reader.finish()
        }
        return query
    }
}

/// A cursor over one line's tokens.
struct TokenReader {
    var tokens: [Lexeme]
    var index = 0
    /// Where the line ends, for "expected …" at the end.
    var end: QueryPosition

    var peek: Lexeme? { index < tokens.count ? tokens[index] : nil }
    var here: QueryPosition { peek?.position ?? end }

    mutating func next(_ expected: String) throws(QueryError) -> Lexeme {
        guard let token = peek else { throw QueryError(end, "expected \(expected) here, at the end of the line") }
        index += 1
        return token
    }

    /// A bare word (a name, number or date), not a keyword's symbol.
    mutating func word(_ expected: String) throws(QueryError) -> Name {
        let token = try next(expected)
        guard token.kind == .word || token.kind == .quoted else { throw QueryError(token.position, "expected \(expected), not ‘\(token.text)’") }
        return token.name
    }

    mutating func expect(_ symbol: String) throws(QueryError) {
        let token = try next("‘\(symbol)’")
        guard token.isSymbol(symbol) else { throw QueryError(token.position, "expected ‘\(symbol)’, not ‘\(token.text)’") }
    }

    mutating func finish() throws(QueryError) {
        if let extra = peek { throw QueryError(extra.position, "unexpected ‘\(extra.text)’; the clause is complete before it") }
    }

    /// Items separated by commas, at least one.
    mutating func list<T>(_ item: (inout TokenReader) throws(QueryError) -> T) throws(QueryError) -> [T] {
        var items = [try item(&self)]
        while peek?.isSymbol(",") == true {
            index += 1
            items.append(try item(&self))
        }
        return items
    }

    /// `name`, `count(name)`, `inverse(name)` or `count(inverse(name))`.
    mutating func column() throws(QueryError) -> Column {
        let name = try word("a field")
        let function = name.text.lowercased()
        guard (function == "count" || function == "inverse"), peek?.isSymbol("(") == true else { return .field(name) }
        index += 1
        let inner = try word("a field")
        if function == "count", inner.text.lowercased() == "inverse", peek?.isSymbol("(") == true {
            index += 1
            let field = try word("a field")
            try expect(")")
            try expect(")")
            return .countInverse(field)
        }
        try expect(")")
        return function == "count" ? .count(inner) : .inverse(inner)
    }

    mutating func reference() throws(QueryError) -> Reference {
        let token = try next("this or [[an entry]]")
        if token.isWord("this") { return .this(token.position) }
        guard token.kind == .link else { throw QueryError(token.position, "expected this or [[an entry]], not ‘\(token.text)’") }
        return .named(token.text, token.position)
    }

    /// `a or b`, where `and` binds tighter than `or`.
    mutating func condition(depth: Int) throws(QueryError) -> Condition {
        guard depth < QueryParser.maximumDepth else { throw QueryError(here, "conditions are nested more than \(QueryParser.maximumDepth) deep") }
        var alternatives = [try conjunction(depth: depth)]
        while peek?.isWord("or") == true {
            index += 1
            alternatives.append(try conjunction(depth: depth))
        }
        return alternatives.count == 1 ? alternatives[0] : .any(alternatives)
    }

    mutating func conjunction(depth: Int) throws(QueryError) -> Condition {
        var parts = [try unary(depth: depth)]
        while peek?.isWord("and") == true {
            index += 1
            parts.append(try unary(depth: depth))
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    mutating func unary(depth: Int) throws(QueryError) -> Condition {
        guard depth < QueryParser.maximumDepth else { throw QueryError(here, "conditions are nested more than \(QueryParser.maximumDepth) deep") }
        guard let token = peek else { throw QueryError(end, "expected a condition here, at the end of the line") }
        if token.isWord("not") {
            index += 1
            return .not(try unary(depth: depth + 1))
        }
        if token.isSymbol("(") {
            index += 1
            let inner = try condition(depth: depth + 1)
            try expect(")")
            return inner
        }
        return try atom()
    }

    mutating func atom() throws(QueryError) -> Condition {
        let first = try word("a condition")
        switch first.text.lowercased() {
        case "has": return .exists(try word("a field"))
        case "no": return .not(.exists(try word("a field")))
        case "in":
            let reference = try reference()
            try expect(".")
            return .within(reference, try word("a relation"))
        case "related":
            let to = try word("to")
            guard to.text.lowercased() == "to" else { throw QueryError(to.position, "expected ‘related to’, not ‘related \(to.text)’") }
            return .related(try reference())
        default: break
        }
        let token = try next("=, !=, <, <=, >, >=, has or contains")
        if token.isWord("has") {
            if first.text.lowercased() == "tag" || first.text.lowercased() == "tags" { return .tag(try word("a tag")) }
            return .links(first, try reference())
        }
        if token.isWord("contains") {
            let value = try word("a text")
            return .contains(first, value)
        }
        guard token.kind == .symbol, let comparison = Comparison(rawValue: token.text) else {
            throw QueryError(token.position, "expected =, !=, <, <=, >, >=, has or contains after ‘\(first.text)’, not ‘\(token.text)’")
        }
        switch first.text.lowercased() {
        case "tag" where comparison == .equal, "tags" where comparison == .equal: return .tag(try word("a tag"))
        case "tag" where comparison == .notEqual, "tags" where comparison == .notEqual: return .not(.tag(try word("a tag")))
        case "tag", "tags": throw QueryError(token.position, "tags are matched with =, != or has, not ordered with ‘\(token.text)’")
        case "status" where comparison == .equal: return .status(try word("a status"))
        case "status" where comparison == .notEqual: return .not(.status(try word("a status")))
        default: break
        }
        if let link = peek, link.kind == .link || link.isWord("this") {
            throw QueryError(link.position, "‘\(first.text) \(token.text) …’ compares values; for a relation write ‘\(first.text) has \(link.kind == .link ? "[[\(link.text)]]" : "this")’")
        }
        return .compare(first, comparison, try word("a value"))
    }
}
