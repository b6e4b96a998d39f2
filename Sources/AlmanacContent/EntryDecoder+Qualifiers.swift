import AlmanacCore

extension EntryDecoder {
    /// A relation value written as a mapping:
    /// `{entry: slug, status: claimed, sources: [src, {source: src, at: "paragraph 6"}], note: …, from: 2022, to: ~2024, as_of: 2023}`.
    func qualifiedRef(_ pairs: [(key: String, keyLocation: SourceLocation, value: YAMLValue)], _ location: SourceLocation,
                      field: FieldSchema, _ diagnostics: inout [Diagnostic]) -> LinkRef? {
        var target: (String, SourceLocation)?
        var q = Qualifiers()
        for pair in pairs {
            switch pair.key {
            case "entry":
                if let s = pair.value.string, !s.isEmpty { target = (s, pair.value.location) }
                else { diagnostics.append(.error(pair.value.location, "'entry' must name an entry")) }
            case "status":
                guard let s = pair.value.string else {
                    diagnostics.append(.error(pair.value.location, "'status' must be one of \(config.statuses.joined(separator: ", "))"))
                    continue
                }
                if config.statuses.contains(s) { q.status = s }
                else { diagnostics.append(.error(pair.value.location, "unknown status '\(s)' (known: \(config.statuses.joined(separator: ", ")))")) }
            case "note":
                if let s = pair.value.string { q.note = s } else { diagnostics.append(.error(pair.value.location, "'note' must be text")) }
            case "sources", "source":
                q.sources += citations(pair.value, &diagnostics)
            case "from", "to", "as_of":
                guard let text = pair.value.string, let date = QualifiedDate(parsing: text) else {
                    diagnostics.append(.error(pair.value.location, "'\(pair.key)' must be a date (YYYY, YYYY-MM, YYYY-MM-DD, or ~YYYY for an uncertain one)"))
                    continue
                }
                switch pair.key {
                case "from": q.from = date
                case "to": q.to = date
                default: q.asOf = date
                }
            default:
                diagnostics.append(.error(pair.keyLocation, "unknown key '\(pair.key)' in a value of '\(field.name)' (known: entry, status, sources, note, from, to, as_of)"))
            }
        }
        if let from = q.from?.date, let to = q.to?.date, to < from {
            diagnostics.append(.error(location, "'to' (\(to.iso)) is before 'from' (\(from.iso))"))
        }
        guard let target else {
            diagnostics.append(.error(location, "a value of '\(field.name)' written as a mapping needs 'entry: <slug>'"))
            return nil
        }
        return LinkRef(target: target.0, location: target.1, qualifiers: q)
    }

    /// `src`, `[src, …]`, or `{source: src, at: "paragraph 6"}` items.
    func citations(_ value: YAMLValue, _ diagnostics: inout [Diagnostic]) -> [Citation] {
        switch value {
        case .scalar(let s, let l): return [Citation(source: s, locator: nil, location: l)]
        case .list(let items, _): return items.flatMap { citations($0, &diagnostics) }
        case .mapping(let pairs, let l):
            var source: (String, SourceLocation)?
            var locator: String?
            for pair in pairs {
                switch (pair.key, pair.value.string) {
                case ("source", let s?): source = (s, pair.value.location)
                case ("at", let s?): locator = s
                default: diagnostics.append(.error(pair.keyLocation, "a citation takes 'source' and 'at' (e.g. {source: echoes-of-dissent, at: paragraph 6})"))
                }
            }
            guard let source else {
                diagnostics.append(.error(l, "a citation needs 'source: <slug>'"))
                return []
            }
            return [Citation(source: source.0, locator: locator, location: source.1)]
        case .null: return []
        }
    }
}
