import AlmanacContent
import AlmanacCore
import AlmanacGraph

/// Runs checked queries against one build's index.
public struct QueryEngine: Sendable {
    public let index: QueryIndex
    /// The fields of every type: what `in X.field` and `inverse(field)` name.
    let allFields: QueryFields

    /// `indexed: false` makes an empty index, for a site without queries.
    public init(site: LinkedSite, config: SiteConfig, indexed: Bool = true) {
        index = QueryIndex(site: site, config: config, indexed: indexed)
        allFields = QueryFields(config: config, types: [])
    }

    var site: LinkedSite { index.site }
    var config: SiteConfig { index.config }

    /// The entries `query` selects, sorted and limited, with its columns.
    /// `this` is the entry whose page holds the query. The query must have
    /// passed `QueryChecker`; a name it did not check matches nothing.
    public func run(_ query: Query, this: Int?) -> QueryResult {
        let types = Set(query.types.compactMap { config.queryType(named: $0.text)?.name })
        // Every condition the index answers is looked up once, as a set;
        // the filter below then only tests membership for those.
        var known: [Condition: Set<Int>] = [:]
        for condition in query.conditions { collect(condition, this: this, into: &known) }
        var sets: [[Int]] = []
        if !types.isEmpty { sets.append(types.flatMap { index.byType[$0] ?? [] }.sorted()) }
        let top = query.conditions.flatMap { condition -> [Condition] in if case .all(let parts) = condition { parts } else { [condition] } }
        for condition in top { if let found = candidates(condition, known) { sets.append(found) } }
        var matches: [Int]
        if let smallest = sets.min(by: { $0.count < $1.count }) {
            let others = sets.map(Set.init)
            matches = smallest.filter { i in others.allSatisfy { $0.contains(i) } }
        } else {
            matches = Array(site.entries.indices)
        }
        let fields = QueryFields(config: config, types: Array(types))
        let tests = query.conditions.map { prepare($0, known) }
        matches = matches.filter { i in
            (types.isEmpty || types.contains(site.entries[i].type)) && tests.allSatisfy { holds($0, i, this: this, fields) }
        }
        let total = matches.count
        let keys = query.sort.isEmpty ? [SortKey(key: .field(Name(text: "title", position: .init(line: 0, column: 0))), descending: false)] : query.sort
        let sortValues = matches.map { i in keys.map { value(of: $0.key, i, fields) } }
        // Ties fall back on the title, folded once per row rather than per comparison.
        let titles = matches.map { TextKey.normalize(site.entries[$0].title) }
        let order = matches.indices.sorted { a, b in
            for (k, key) in keys.enumerated() {
                let (x, y) = (sortValues[a][k], sortValues[b][k])
                if x == y { continue }
                // Missing values go last either way.
                if x == .missing || y == .missing { return y == .missing }
                return key.descending ? y < x : x < y
            }
            return (titles[a], matches[a]) < (titles[b], matches[b])
        }
        var rows = order.map { matches[$0] }
        if let limit = query.limit { rows = Array(rows.prefix(limit)) }
        let columns = query.columns.isEmpty ? defaultColumns(types) : query.columns
        let through = relationStatus(top, this: this)
        return QueryResult(
            display: query.display,
            columns: columns.map { header($0, fields) },
            rows: rows.map { i in QueryResult.Row(entry: i, cells: columns.map { cell($0, i, fields, through: through) }) },
            total: total)
    }

    /// Title, and the date when any selected type has a date field.
    func defaultColumns(_ types: Set<String>) -> [Column] {
        let title = Column.field(Name(text: "title", position: .init(line: 0, column: 0)))
        let dated = config.types.contains { (types.isEmpty || types.contains($0.name)) && $0.fields.contains { $0.kind == .date } }
        return dated ? [title, .field(Name(text: "date", position: .init(line: 0, column: 0)))] : [title]
    }

    // MARK: Selecting

    /// The entries that match `condition`, from the sets looked up: nil
    /// when some part of it needs each entry read.
    func candidates(_ condition: Condition, _ known: [Condition: Set<Int>]) -> [Int]? {
        switch condition {
        case .all(let parts):
            let sets = parts.compactMap { candidates($0, known) }
            guard let smallest = sets.min(by: { $0.count < $1.count }) else { return nil }
            // A superset is enough here: the filter tests every part.
            return smallest
        case .any(let parts):
            var union = Set<Int>()
            for part in parts {
                guard let found = candidates(part, known) else { return nil }
                union.formUnion(found)
            }
            return union.sorted()
        default:
            return known[condition].map { $0.sorted() }
        }
    }

    /// Looks up every part of `condition` the index answers.
    func collect(_ condition: Condition, this: Int?, into known: inout [Condition: Set<Int>]) {
        switch condition {
        case .all(let parts), .any(let parts): for part in parts { collect(part, this: this, into: &known) }
        case .not(let inner): collect(inner, this: this, into: &known)
        default:
            if known[condition] == nil, let found = lookup(condition, this: this) { known[condition] = Set(found) }
        }
    }

    /// The entries the index says match an atom, or nil when it cannot tell.
    func lookup(_ condition: Condition, this: Int?) -> [Int]? {
        switch condition {
        case .links(let field, let reference):
            guard let target = resolve(reference, this: this) else { return [] }
            return index.linkedBy[field.text]?[target] ?? []
        case .within(let reference, let field):
            guard let source = resolve(reference, this: this) else { return [] }
            return Array(Set(index.targets(of: source, field: field.text).map(\.target))).sorted()
        case .related(let reference):
            guard let other = resolve(reference, this: this) else { return [] }
            return index.related(to: other)
        case .tag(let tag): return index.byTag[TextKey.normalize(tag.text)] ?? []
        case .status(let status): return index.byStatus[status.text.lowercased()] ?? []
        case .compare(let field, let op, let value) where allFields.kinds[field.text] == .date:
            guard let date = PartialDate(parsing: value.text) else { return [] }
            // An entry with two dates in one field matches when any does, as the filter would.
            return op == .notEqual ? nil : index.dated(field.text, op, date)
        case .compare(let field, .equal, let value) where field.text == "type":
            return config.queryType(named: value.text).flatMap { index.byType[$0.name] } ?? []
        default: return nil
        }
    }

    func resolve(_ reference: Reference, this: Int?) -> Int? {
        switch reference {
        case .this: return this
        case .named(let name, _):
            if case .entry(let j) = site.names.resolve(name) { return j }
            return nil
        }
    }

    /// A condition with the parts the index answered replaced by their sets,
    /// so testing an entry hashes no condition.
    indirect enum Prepared {
        case set(Set<Int>)
        case all([Prepared])
        case any([Prepared])
        case not(Prepared)
        case test(Condition)
    }

    func prepare(_ condition: Condition, _ known: [Condition: Set<Int>]) -> Prepared {
        switch condition {
        case .all(let parts): return .all(parts.map { prepare($0, known) })
        case .any(let parts): return .any(parts.map { prepare($0, known) })
        case .not(let inner): return .not(prepare(inner, known))
        default: return known[condition].map(Prepared.set) ?? .test(condition)
        }
    }

    func holds(_ prepared: Prepared, _ i: Int, this: Int?, _ fields: QueryFields) -> Bool {
        switch prepared {
        case .set(let set): return set.contains(i)
        case .all(let parts): return parts.allSatisfy { holds($0, i, this: this, fields) }
        case .any(let parts): return parts.contains { holds($0, i, this: this, fields) }
        case .not(let inner): return !holds(inner, i, this: this, fields)
        case .test(let condition): return holds(condition, i, this: this, fields)
        }
    }

    /// Whether entry `i` meets an atom the index did not answer.
    func holds(_ condition: Condition, _ i: Int, this: Int?, _ fields: QueryFields) -> Bool {
        let entry = site.entries[i]
        switch condition {
        case .all, .any, .not: return holds(prepare(condition, [:]), i, this: this, fields)
        case .links(let field, let reference):
            guard let target = resolve(reference, this: this) else { return false }
            return index.targets(of: i, field: field.text).contains { $0.target == target }
        case .within(let reference, let field):
            guard let source = resolve(reference, this: this) else { return false }
            return index.targets(of: source, field: field.text).contains { $0.target == i }
        case .related(let reference):
            guard let other = resolve(reference, this: this) else { return false }
            return index.related(to: other).contains(i)
        case .tag(let tag):
            let key = TextKey.normalize(tag.text)
            return entry.tags.contains { TextKey.normalize($0) == key }
        case .status(let status): return index.statuses[i].contains(status.text.lowercased())
        case .exists(let field): return !values(field.text, i).isEmpty
        case .contains(let field, let text):
            let needle = TextKey.normalize(text.text)
            return values(field.text, i).contains { TextKey.normalize($0.text).contains(needle) }
        case .compare(let field, let op, let literal):
            switch fields.kinds[field.text] {
            case .date?:
                guard let value = PartialDate(parsing: literal.text) else { return false }
                let dates = dates(field.text, i)
                return op == .notEqual ? !dates.contains { Self.within($0, value) } : dates.contains { Self.compare($0, op, value) }
            case .number?:
                guard let value = Double(literal.text) else { return false }
                let numbers = values(field.text, i).compactMap { Double($0.text) }
                return op == .notEqual ? !numbers.contains(value) : numbers.contains { Self.compare($0, op, value) }
            case .type?:
                let same = config.queryType(named: literal.text)?.name == entry.type
                return op == .notEqual ? !same : same
            default:
                let key = TextKey.normalize(literal.text)
                let same = values(field.text, i).contains { TextKey.normalize($0.text) == key }
                return op == .notEqual ? !same : same
            }
        }
    }

    // MARK: Dates and numbers

    /// `d` falls within the period `value` names (2023-05-21 within 2023-05).
    static func within(_ d: PartialDate, _ value: PartialDate) -> Bool {
        d.year == value.year && (value.month == nil || d.month == value.month) && (value.day == nil || d.day == value.day)
    }

    /// `d` lies before all of `value`'s period.
    static func before(_ d: PartialDate, _ value: PartialDate) -> Bool {
        d < value && !within(d, value)
    }

    static func compare(_ d: PartialDate, _ op: Comparison, _ value: PartialDate) -> Bool {
        switch op {
        case .equal: within(d, value)
        case .notEqual: !within(d, value)
        case .less: before(d, value)
        case .lessOrEqual: before(d, value) || within(d, value)
        case .greater: !before(d, value) && !within(d, value)
        case .greaterOrEqual: !before(d, value)
        }
    }

    static func compare(_ a: Double, _ op: Comparison, _ b: Double) -> Bool {
        switch op {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        }
    }
}
