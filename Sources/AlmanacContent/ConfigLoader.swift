import AlmanacCore
import Foundation

/// Reads `almanac.yml` into a `SiteConfig`, reporting every problem at its
/// line and column and falling back to defaults for what is wrong.
public enum ConfigLoader {
    public static let fileName = "almanac.yml"

    public static func parse(_ text: String, path: String = fileName) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        var diagnostics: [Diagnostic] = []
        let root: YAMLValue?
        switch YAMLReader.read(text, path: path, firstLine: 1) {
        case .success(let value): root = value
        case .failure(let d): return (config, [d])
        }
        guard let root else { return (config, []) }
        guard case .mapping(let pairs, _) = root else {
            return (config, [.error(root.location, "almanac.yml must be a mapping of settings, not \(root.kindName)")])
        }
        for pair in pairs {
            let value = pair.value
            switch pair.key {
            case "title": if let s = scalar(value, "title", &diagnostics) { config.title = s }
            case "description": if let s = scalar(value, "description", &diagnostics) { config.description = s }
            case "language": if let s = scalar(value, "language", &diagnostics) { config.language = s }
            case "base_url":
                if let s = scalar(value, "base_url", &diagnostics) {
                    if s.hasPrefix("http://") || s.hasPrefix("https://") {
                        config.baseURL = SiteConfig.withTrailingSlash(s)
                    } else {
                        diagnostics.append(.error(value.location, "base_url must be an absolute http(s) URL, not '\(s)'"))
                    }
                }
            case "raw_html":
                if let s = scalar(value, "raw_html", &diagnostics) {
                    if let b = bool(s) { config.allowRawHTML = b } else { diagnostics.append(.error(value.location, "raw_html must be true or false")) }
                }
            case "max_entry_size":
                if let s = scalar(value, "max_entry_size", &diagnostics) {
                    if let n = Int(s), n > 0 { config.maxEntryBytes = n } else { diagnostics.append(.error(value.location, "max_entry_size must be a positive number of bytes")) }
                }
            case "types":
                config.types = parseTypes(value, &diagnostics)
            case "statuses":
                if case .list(let items, _) = value, !items.isEmpty {
                    config.statuses = items.compactMap { scalar($0, "statuses", &diagnostics) }
                } else {
                    diagnostics.append(.error(value.location, "statuses must be a non-empty list, the first being the unmarked one (e.g. [confirmed, claimed, alleged, disputed])"))
                }
            case "stale_after_days":
                if let s = scalar(value, "stale_after_days", &diagnostics) {
                    if let n = Int(s), n > 0 { config.staleAfterDays = n } else { diagnostics.append(.error(value.location, "stale_after_days must be a positive number")) }
                }
            default:
                diagnostics.append(.error(pair.keyLocation, "unknown setting '\(pair.key)' (known: title, description, base_url, language, raw_html, max_entry_size, statuses, stale_after_days, types)"))
            }
        }
        return (config, diagnostics)
    }

    static func parseTypes(_ value: YAMLValue, _ diagnostics: inout [Diagnostic]) -> [TypeSchema] {
        guard case .mapping(let pairs, _) = value else {
            diagnostics.append(.error(value.location, "types must be a mapping from type name to its settings"))
            return SiteConfig.defaultTypes
        }
        var types: [TypeSchema] = []
        var targetChecks: [(String, SourceLocation)] = []
        for pair in pairs {
            guard case .mapping(let settings, _) = pair.value else {
                diagnostics.append(.error(pair.value.location, "type '\(pair.key)' must be a mapping with folder, plural and fields"))
                continue
            }
            // The name is in URLs (`timeline/<name>/`) and CSS classes.
            guard !pair.key.isEmpty, pair.key.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }) else {
                diagnostics.append(.error(pair.keyLocation, "type name '\(pair.key)' must be ASCII letters, digits, '-' or '_': it names URLs and CSS classes"))
                continue
            }
            if let other = types.first(where: { $0.name.lowercased() == pair.key.lowercased() }) {
                diagnostics.append(.error(pair.keyLocation, "types '\(other.name)' and '\(pair.key)' differ only in case: their timeline pages would be one folder on macOS and Windows"))
                continue
            }
            var type = TypeSchema(name: pair.key, folder: pair.key + "s", plural: FieldSchema.humanize(pair.key) + "s", fields: [])
            var folderLocation = pair.keyLocation
            for setting in settings {
                switch setting.key {
                case "folder":
                    if let s = scalar(setting.value, "folder", &diagnostics) { type.folder = s }
                    folderLocation = setting.value.location
                case "label": if let s = scalar(setting.value, "label", &diagnostics) { type.label = s }
                case "plural": if let s = scalar(setting.value, "plural", &diagnostics) { type.plural = s }
                case "fields": type.fields = parseFields(setting.value, typeName: type.name, &diagnostics, &targetChecks)
                default:
                    diagnostics.append(.error(setting.keyLocation, "unknown setting '\(setting.key)' of type '\(type.name)' (known: folder, label, plural, fields)"))
                }
            }
            // The folder names the type's pages in the output too: one safe
            // URL segment, not one a generated page already takes.
            if let problem = Slug.problem(inStem: type.folder, naming: "the folder name") {
                diagnostics.append(.error(folderLocation, "type '\(type.name)' cannot use the folder '\(type.folder)': \(problem)"))
                continue
            }
            if Slug.reservedNames.contains(type.folder.lowercased()) {
                diagnostics.append(.error(folderLocation, "type '\(type.name)' cannot use the folder '\(type.folder)': /\(type.folder.lowercased())/ is taken by a generated page"))
                continue
            }
            // In any case: on macOS and Windows `Groups` and `groups` are one folder.
            if let other = types.first(where: { $0.folder.lowercased() == type.folder.lowercased() }) {
                diagnostics.append(.error(pair.keyLocation, "types '\(other.name)' and '\(type.name)' share the folder '\(type.folder)'"))
                continue
            }
            types.append(type)
        }
        let names = Set(types.map(\.name))
        for (target, location) in targetChecks where !names.contains(target) {
            diagnostics.append(.error(location, "unknown type '\(target)' (declared: \(types.map(\.name).joined(separator: ", ")))"))
        }
        return types
    }

    static func parseFields(_ value: YAMLValue, typeName: String, _ diagnostics: inout [Diagnostic], _ targetChecks: inout [(String, SourceLocation)]) -> [FieldSchema] {
        guard case .mapping(let pairs, _) = value else {
            diagnostics.append(.error(value.location, "fields of '\(typeName)' must be a mapping from field name to its kind"))
            return []
        }
        var fields: [FieldSchema] = []
        for pair in pairs {
            if SiteConfig.commonFields.contains(where: { $0.name == pair.key }) {
                diagnostics.append(.error(pair.keyLocation, "'\(pair.key)' is a field every entry has; it cannot be declared again"))
                continue
            }
            switch pair.value {
            case .scalar(let kindName, let location):
                guard let kind = kind(kindName, location, &diagnostics) else { continue }
                fields.append(FieldSchema(name: pair.key, kind: kind))
            case .mapping(let options, let location):
                var kind: FieldKind?
                var kindGiven = false
                var field = FieldSchema(name: pair.key, kind: .text)
                for option in options {
                    switch option.key {
                    case "kind":
                        kindGiven = true
                        if let s = scalar(option.value, "kind", &diagnostics) { kind = self.kind(s, option.value.location, &diagnostics) }
                    case "inverse": field.inverse = scalar(option.value, "inverse", &diagnostics)
                    case "label": if let s = scalar(option.value, "label", &diagnostics) { field.label = s }
                    case "required":
                        if let s = scalar(option.value, "required", &diagnostics) {
                            if let b = bool(s) { field.required = b } else { diagnostics.append(.error(option.value.location, "required must be true or false")) }
                        }
                    case "to":
                        switch option.value {
                        case .scalar(let s, let l): field.targets = [s]; targetChecks.append((s, l))
                        case .list(let items, _):
                            for item in items {
                                if let s = scalar(item, "to", &diagnostics) { field.targets.append(s); targetChecks.append((s, item.location)) }
                            }
                        default: diagnostics.append(.error(option.value.location, "'to' must name a type or list types"))
                        }
                    default:
                        diagnostics.append(.error(option.keyLocation, "unknown option '\(option.key)' of field '\(pair.key)' (known: kind, to, inverse, label, required)"))
                    }
                }
                guard let kind else {
                    if kindGiven { continue }
                    diagnostics.append(.error(pair.keyLocation, "field '\(pair.key)' needs a kind (\(FieldKind.allCases.map(\.rawValue).joined(separator: ", ")))"))
                    continue
                }
                field.kind = kind
                if !kind.isLink && (!field.targets.isEmpty || field.inverse != nil) {
                    diagnostics.append(.error(location, "field '\(pair.key)' is \(kind.rawValue): only link and links fields take 'to' and 'inverse'"))
                }
                fields.append(field)
            default:
                diagnostics.append(.error(pair.value.location, "field '\(pair.key)' must be a kind or a mapping of options"))
            }
        }
        return fields
    }

    static func kind(_ name: String, _ location: SourceLocation, _ diagnostics: inout [Diagnostic]) -> FieldKind? {
        if let kind = FieldKind(rawValue: name) { return kind }
        diagnostics.append(.error(location, "unknown field kind '\(name)' (known: \(FieldKind.allCases.map(\.rawValue).joined(separator: ", ")))"))
        return nil
    }

    static func scalar(_ value: YAMLValue, _ name: String, _ diagnostics: inout [Diagnostic]) -> String? {
        if let s = value.string { return s }
        diagnostics.append(.error(value.location, "'\(name)' must be a single value, not \(value.kindName)"))
        return nil
    }

    static func bool(_ s: String) -> Bool? {
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}
