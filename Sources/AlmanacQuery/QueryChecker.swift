import AlmanacContent
import AlmanacCore
import AlmanacGraph

/// Holds a parsed query to the site: its types, fields, relations,
/// statuses and entries exist, and each comparison fits its field.
public struct QueryChecker {
    let config: SiteConfig
    let names: LinkIndex
    let site: LinkedSite
    /// The type of the entry whose page holds the query; nil where there is
    /// none (the home page, `almanac query` without `--this`).
    let thisType: String?

    public init(config: SiteConfig, site: LinkedSite, thisType: String?) {
        self.config = config
        self.names = site.names
        self.site = site
        self.thisType = thisType
    }

    /// The query's types as names from `almanac.yml` (a plural or folder also
    /// names its type), or the first error.
    func typeNames(_ query: Query) throws(QueryError) -> [String] {
        try query.types.map { name throws(QueryError) in
            if let type = config.queryType(named: name.text) { return type.name }
            let hint = Suggestion.closest(to: name.text.lowercased(), in: config.types.map(\.name)).map { "; did you mean ‘\($0)’?" } ?? ""
            throw QueryError(name.position, "no type ‘\(name.text)’ in almanac.yml\(hint)")
        }
    }

    /// Every problem, in order of position.
    public func problems(_ query: Query) -> [QueryError] {
        var errors: [QueryError] = []
        let types: [String]
        do { types = try typeNames(query) } catch { return [error] }
        let fields = QueryFields(config: config, types: types)
        for condition in query.conditions { check(condition, fields, &errors) }
        for key in query.sort { check(key.key, fields, &errors) }
        for column in query.columns { check(column, fields, &errors) }
        return errors.sorted { $0.position < $1.position }
    }

    private func field(_ name: Name, _ fields: QueryFields, _ errors: inout [QueryError]) -> QueryFieldType? {
        if let kind = fields.kinds[name.text] { return kind }
        errors.append(QueryError(name.position, "no field ‘\(name.text)’ on the entries this query selects\(fields.suggestion(for: name.text))"))
        return nil
    }

    private func relation(_ name: Name, _ fields: QueryFields, _ errors: inout [QueryError]) {
        guard let kind = field(name, fields, &errors) else { return }
        if kind != .relation { errors.append(QueryError(name.position, "‘\(name.text)’ is \(kind.word), not a relation")) }
    }

    /// A relation of any type (`in X.field`, `inverse(field)`: the field belongs to other entries).
    private func anyRelation(_ name: Name, _ errors: inout [QueryError]) {
        let all = QueryFields(config: config, types: [])
        guard let kind = all.kinds[name.text] else {
            errors.append(QueryError(name.position, "no relation ‘\(name.text)’ in almanac.yml\(all.suggestion(for: name.text))"))
            return
        }
        if kind != .relation { errors.append(QueryError(name.position, "‘\(name.text)’ is \(kind.word), not a relation")) }
    }

    private func check(_ reference: Reference, _ errors: inout [QueryError]) {
        switch reference {
        case .this(let p):
            if thisType == nil { errors.append(QueryError(p, "‘this’ names the entry whose page holds the query; here there is none")) }
        case .named(let name, let p):
            switch names.resolve(name) {
            case .entry: break
            case .ambiguous(let candidates):
                errors.append(QueryError(p, "[[\(name)]] names \(candidates.count) entries; write its folder/slug instead, e.g. [[\(candidates.map { site.entries[$0].id }.first ?? name)]]"))
            case .missing:
                let hint = Suggestion.closest(to: name, in: site.entries.map(\.title)).map { "; did you mean [[\($0)]]?" } ?? ""
                errors.append(QueryError(p, "no entry named [[\(name)]]\(hint)"))
            }
        }
    }

    private func check(_ condition: Condition, _ fields: QueryFields, _ errors: inout [QueryError]) {
        switch condition {
        case .all(let parts), .any(let parts): for part in parts { check(part, fields, &errors) }
        case .not(let inner): check(inner, fields, &errors)
        case .exists(let name): _ = field(name, fields, &errors)
        case .links(let name, let reference):
            relation(name, fields, &errors)
            check(reference, &errors)
        case .within(let reference, let name):
            check(reference, &errors)
            anyRelation(name, &errors)
        case .related(let reference): check(reference, &errors)
        case .tag: break
        case .status(let value):
            if !config.statuses.contains(value.text.lowercased()) {
                let hint = Suggestion.closest(to: value.text.lowercased(), in: config.statuses).map { "; did you mean ‘\($0)’?" } ?? ""
                errors.append(QueryError(value.position, "no status ‘\(value.text)’; the statuses are \(config.statuses.joined(separator: ", "))\(hint)"))
            }
        case .contains(let name, _):
            guard let kind = field(name, fields, &errors) else { return }
            if kind != .text && kind != .url { errors.append(QueryError(name.position, "contains looks inside text; ‘\(name.text)’ is \(kind.word)")) }
        case .compare(let name, let op, let value):
            guard let kind = field(name, fields, &errors) else { return }
            let ordered = [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op)
            switch kind {
            case .date:
                if PartialDate(parsing: value.text) == nil {
                    errors.append(QueryError(value.position, "‘\(value.text)’ is not a date; write 2023, 2023-05 or 2023-05-21"))
                }
            case .number:
                if Double(value.text) == nil { errors.append(QueryError(value.position, "‘\(value.text)’ is not a number, and ‘\(name.text)’ is a number")) }
            case .text, .url:
                if ordered { errors.append(QueryError(name.position, "‘\(op.rawValue)’ compares dates and numbers; ‘\(name.text)’ is \(kind.word): use = , != or contains")) }
            case .type:
                if ordered { errors.append(QueryError(name.position, "‘\(op.rawValue)’ compares dates and numbers; use type = or type !=")) }
                if config.queryType(named: value.text) == nil {
                    let hint = Suggestion.closest(to: value.text.lowercased(), in: config.types.map(\.name)).map { "; did you mean ‘\($0)’?" } ?? ""
                    errors.append(QueryError(value.position, "no type ‘\(value.text)’ in almanac.yml\(hint)"))
                }
            case .relation:
                errors.append(QueryError(name.position, "‘\(name.text)’ is a relation: write ‘\(name.text) has [[…]]’ or ‘has \(name.text)’"))
            case .tags, .status:
                errors.append(QueryError(name.position, "write ‘\(name.text) = …’ (or ‘\(name.text) has …’)"))
            }
        }
    }

    private func check(_ column: Column, _ fields: QueryFields, _ errors: inout [QueryError]) {
        switch column {
        case .field(let name): _ = field(name, fields, &errors)
        case .count(let name): relation(name, fields, &errors)
        case .inverse(let name), .countInverse(let name): anyRelation(name, &errors)
        }
    }
}
