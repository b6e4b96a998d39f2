import AlmanacCore
import Foundation

/// Turns a source file into an `Entry` checked against the schema. Every
/// problem becomes a diagnostic; a field that is wrong is left out and the
/// rest of the entry is kept.
public struct EntryDecoder: Sendable {
    public var config: SiteConfig

    public init(config: SiteConfig) { self.config = config }

    public func decode(_ file: SourceFile) -> (Entry?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let fileStart = SourceLocation(path: file.path, line: 1, column: 1)
        if file.text.utf8.count > config.maxEntryBytes {
            return (nil, [.error(fileStart, "entry is \(file.text.utf8.count) bytes, more than max_entry_size (\(config.maxEntryBytes)); split it or raise max_entry_size in almanac.yml")])
        }
        if let problem = Slug.problem(inStem: file.stem) {
            return (nil, [.error(fileStart, "cannot publish this file: \(problem)")])
        }
        // Folders are part of the URL as well.
        for folder in file.folder.split(separator: "/") {
            if let problem = Slug.problem(inStem: String(folder), naming: "the folder name '\(folder)'") {
                return (nil, [.error(fileStart, "cannot publish this file: \(problem)")])
            }
        }
        let split: SplitSource
        switch FrontMatter.split(file.text, path: file.path) {
        case .success(let s): split = s
        case .failure(let d): return (nil, [d])
        }
        var pairs: [(key: String, keyLocation: SourceLocation, value: YAMLValue)] = []
        if let yaml = split.yaml {
            switch YAMLReader.read(yaml, path: file.path, firstLine: split.yamlFirstLine) {
            case .failure(let d): return (nil, [d])
            case .success(.some(.mapping(let p, _))): pairs = p
            case .success(.none): break
            case .success(.some(let other)):
                return (nil, [.error(other.location, "front matter must be a mapping of fields, not \(other.kindName)")])
            }
        }
        let typeName: String
        if let typePair = pairs.first(where: { $0.key == "type" }) {
            guard let name = typePair.value.string else {
                return (nil, [.error(typePair.value.location, "'type' must be a type name")])
            }
            guard config.type(named: name) != nil else {
                return (nil, [.error(typePair.value.location, "unknown type '\(name)' (declared: \(config.types.map(\.name).joined(separator: ", ")))")])
            }
            typeName = name
        } else if let top = file.folder.split(separator: "/").first.map(String.init), let type = config.type(inFolder: top) {
            typeName = type.name
        } else {
            let folder = file.folder.isEmpty ? "content/" : "content/\(file.folder)/"
            return (nil, [.error(fileStart, "cannot tell the type of this entry: \(folder) is no type's folder (folders: \(config.types.map { $0.folder + "/" }.joined(separator: ", "))); move it or add 'type:'")])
        }
        let schema = config.type(named: typeName)!
        var entry = Entry(
            id: file.folder.isEmpty ? file.stem : "\(file.folder)/\(file.stem)", slug: file.stem, folder: file.folder,
            type: typeName, path: file.path, title: FieldSchema.humanize(file.stem), aliases: [], summary: nil, tags: [],
            fields: [], body: split.body, bodyFirstLine: split.bodyFirstLine, updated: nil)
        var seen: [String: FieldValue] = [:]
        for pair in pairs {
            switch pair.key {
            case "type": continue
            case "title":
                if let s = pair.value.string, !s.trimmingCharacters(in: .whitespaces).isEmpty { entry.title = s }
                else { diagnostics.append(.error(pair.value.location, "'title' must be non-empty text")) }
            case "summary":
                if let s = pair.value.string { entry.summary = s }
                else if case .null = pair.value {} else { diagnostics.append(.error(pair.value.location, "'summary' must be text, not \(pair.value.kindName)")) }
            case "aliases": entry.aliases = strings(pair.value, "aliases", &diagnostics)
            case "tags": entry.tags = strings(pair.value, "tags", &diagnostics)
            case "updated":
                if let text = pair.value.string, let date = PartialDate(parsing: text) { entry.updated = date }
                else { diagnostics.append(.error(pair.value.location, "'updated' must be a date: YYYY, YYYY-MM or YYYY-MM-DD")) }
            default:
                let field = pair.key == "sources" ? sourcesField : schema.field(named: pair.key)
                guard let field else {
                    let known = schema.fields.map(\.name) + SiteConfig.commonFields.map(\.name)
                    diagnostics.append(.error(pair.keyLocation, "unknown field '\(pair.key)' for type \(typeName) (known: \(known.joined(separator: ", ")))"))
                    continue
                }
                if let value = decodeValue(pair.value, field: field, &diagnostics) {
                    seen[field.name] = FieldValue(field: field, location: pair.value.location, value: value)
                }
            }
        }
        for field in schema.fields + [sourcesField] {
            if let value = seen[field.name] {
                entry.fields.append(value)
            } else if field.required {
                if let pair = pairs.first(where: { $0.key == field.name }) {
                    if case .null = pair.value { diagnostics.append(.error(pair.keyLocation, "required field '\(field.name)' is empty")) }
                } else {
                    diagnostics.append(.error(fileStart, "missing required field '\(field.name)' (\(field.kind.rawValue)) for type \(typeName)"))
                }
            }
        }
        return (entry, diagnostics)
    }

    var sourcesField: FieldSchema {
        var field = SiteConfig.commonFields.first { $0.name == "sources" }!
        if config.type(named: "source") == nil { field.targets = [] }
        return field
    }

    func strings(_ value: YAMLValue, _ name: String, _ diagnostics: inout [Diagnostic]) -> [String] {
        switch value {
        case .scalar(let s, _): return [s]
        case .null: return []
        case .list(let items, _):
            return items.compactMap { item in
                if let s = item.string { return s }
                diagnostics.append(.error(item.location, "each of '\(name)' must be text, not \(item.kindName)"))
                return nil
            }
        case .mapping:
            diagnostics.append(.error(value.location, "'\(name)' must be text or a list of text, not a mapping"))
            return []
        }
    }

    func decodeValue(_ value: YAMLValue, field: FieldSchema, _ diagnostics: inout [Diagnostic]) -> FieldValue.Value? {
        if case .null = value { return nil }
        if field.kind == .links || field.kind == .link {
            var refs: [LinkRef] = []
            let items: [YAMLValue]
            if case .list(let list, _) = value { items = list } else { items = [value] }
            if field.kind == .link && items.count > 1 {
                diagnostics.append(.error(value.location, "'\(field.name)' links to one entry; use a single value (or declare it 'links')"))
                return nil
            }
            for item in items {
                if case .mapping(let pairs, let location) = item {
                    if let ref = qualifiedRef(pairs, location, field: field, &diagnostics) { refs.append(ref) }
                    continue
                }
                guard let target = item.string, !target.isEmpty else {
                    diagnostics.append(.error(item.location, "each value of '\(field.name)' must name an entry, not \(item.kindName)"))
                    continue
                }
                refs.append(LinkRef(target: target, location: item.location))
            }
            return .links(refs)
        }
        guard let text = value.string else {
            diagnostics.append(.error(value.location, "'\(field.name)' must be a single \(field.kind.rawValue) value, not \(value.kindName)"))
            return nil
        }
        switch field.kind {
        case .text: return .text(text)
        case .date:
            if let date = PartialDate(parsing: text) { return .date(date) }
            diagnostics.append(.error(value.location, "'\(text)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"))
        case .url:
            let lower = text.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") { return .url(text) }
            diagnostics.append(.error(value.location, "'\(field.name)' must be an http(s) or mailto URL"))
        case .number:
            if Double(text) != nil { return .number(text) }
            diagnostics.append(.error(value.location, "'\(text)' is not a number"))
        case .link, .links: break
        }
        return nil
    }
}
