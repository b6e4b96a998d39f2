import AlmanacContent
import AlmanacCore
import AlmanacGraph

extension QueryEngine {
    /// What a sort compares: missing values apart, then by kind.
    enum SortValue: Comparable {
        case number(Double)
        case date(PartialDate)
        case text(String)
        case missing
    }

    /// A field's values on entry `i`, as text (links by their targets' titles).
    func values(_ field: String, _ i: Int) -> [QueryResult.Value] {
        let entry = site.entries[i]
        switch field {
        case "title": return [.init(text: entry.title, entry: i)]
        case "summary": return entry.summary.map { [.init(text: $0)] } ?? []
        case "type": return [.init(text: config.type(named: entry.type)?.label ?? entry.type)]
        case "date": return entry.date.map { [.init(text: $0.description)] } ?? []
        case "tags": return entry.tags.map { .init(text: $0) }
        case "status": return index.statuses[i].sorted().map { .init(text: $0) }
        default: break
        }
        var out: [QueryResult.Value] = []
        for (f, value) in entry.fields.enumerated() where value.field.name == field {
            switch value.value {
            case .text(let s), .number(let s): out.append(.init(text: s))
            case .date(let d): out.append(.init(text: d.description))
            case .url(let u): out.append(.init(text: u, url: u))
            case .links(let refs):
                for (k, target) in site.fieldTargets[i][f].enumerated() {
                    if case .entry(let j, _) = target { out.append(.init(text: site.entries[j].title, entry: j)) } else if k < refs.count { out.append(.init(text: refs[k].target)) }
                }
            }
        }
        return out
    }

    /// A date field's dates on entry `i` (`date`: the entry's own).
    func dates(_ field: String, _ i: Int) -> [PartialDate] {
        if field == "date" { return site.entries[i].date.map { [$0] } ?? [] }
        return site.entries[i].fields.compactMap { value in
            if value.field.name == field, case .date(let d) = value.value { return d }
            return nil
        }
    }

    /// The entries whose relation `field` names entry `i`.
    func inverse(_ field: String, _ i: Int) -> [Int] {
        index.linkedBy[field]?[i] ?? []
    }

    func value(of column: Column, _ i: Int, _ fields: QueryFields) -> SortValue {
        switch column {
        case .count(let name): return .number(Double(index.targets(of: i, field: name.text).count))
        case .countInverse(let name): return .number(Double(inverse(name.text, i).count))
        case .inverse(let name): return inverse(name.text, i).first.map { .text(TextKey.normalize(site.entries[$0].title)) } ?? .missing
        case .field(let name):
            switch fields.kinds[name.text] {
            case .date?: return dates(name.text, i).first.map(SortValue.date) ?? .missing
            case .number?: return values(name.text, i).compactMap { Double($0.text) }.first.map(SortValue.number) ?? .missing
            default: return values(name.text, i).first.map { .text(TextKey.normalize($0.text)) } ?? .missing
            }
        }
    }

    func header(_ column: Column, _ fields: QueryFields) -> QueryResult.Column {
        let all = allFields
        switch column {
        case .field(let name):
            let kind = fields.kinds[name.text]
            return .init(label: fields.labels[name.text] ?? FieldSchema.humanize(name.text), numeric: kind == .number || kind == .date)
        case .count(let name): return .init(label: "\(fields.labels[name.text] ?? name.text) (count)", numeric: true)
        case .inverse(let name): return .init(label: all.inverses[name.text] ?? "\(all.labels[name.text] ?? name.text) of", numeric: false)
        case .countInverse(let name): return .init(label: "\(all.inverses[name.text] ?? "\(all.labels[name.text] ?? name.text) of") (count)", numeric: true)
        }
    }

    /// For a `status` column: the status of the relation a row was chosen
    /// through (`field has X`, `in X.field`), by row; nil when the query has none.
    func relationStatus(_ top: [Condition], this: Int?) -> ((Int) -> String?)? {
        for condition in top {
            switch condition {
            case .links(let field, let reference):
                guard let target = resolve(reference, this: this) else { continue }
                return { i in index.targets(of: i, field: field.text).first { $0.target == target }?.qualifiers.status }
            case .within(let reference, let field):
                guard let source = resolve(reference, this: this) else { continue }
                let refs = index.targets(of: source, field: field.text)
                return { i in refs.first { $0.target == i }?.qualifiers.status }
            default: continue
            }
        }
        return nil
    }

    func cell(_ column: Column, _ i: Int, _ fields: QueryFields, through: ((Int) -> String?)?) -> QueryResult.Cell {
        switch column {
        case .count(let name):
            let n = index.targets(of: i, field: name.text).count
            return .init(values: [.init(text: String(n))], sortKey: Self.padded(Double(n)))
        case .countInverse(let name):
            let n = inverse(name.text, i).count
            return .init(values: [.init(text: String(n))], sortKey: Self.padded(Double(n)))
        case .inverse(let name):
            let sources = inverse(name.text, i)
            return .init(values: sources.map { .init(text: site.entries[$0].title, entry: $0) },
                         sortKey: sources.first.map { TextKey.normalize(site.entries[$0].title) } ?? "")
        case .field(let name):
            if name.text == "status", let through {
                let status = through(i)
                return .init(values: status.map { [.init(text: $0)] } ?? [], sortKey: status ?? "")
            }
            let found = values(name.text, i)
            let key: String
            switch fields.kinds[name.text] {
            case .date?: key = dates(name.text, i).first?.iso ?? ""
            case .number?: key = found.first.flatMap { Double($0.text) }.map(Self.padded) ?? ""
            default: key = found.first.map { TextKey.normalize($0.text) } ?? ""
            }
            return .init(values: found, sortKey: key)
        }
    }

    /// A number as text that sorts as the number does (for `data-sort`).
    static func padded(_ n: Double) -> String {
        let whole = Int(n.rounded(.down))
        let sign = whole < 0 ? "-" : "0"
        let digits = String(abs(whole))
        return sign + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}
