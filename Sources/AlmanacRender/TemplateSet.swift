import AlmanacCore
import Foundation
import Mustache

/// The parsed templates and the asset files of a site: the built-in theme
/// with whatever `templates/` overrides or adds.
public struct TemplateSet: Sendable {
    public var library: MustacheLibrary
    /// Asset files by path under `assets/`, as bytes.
    public var assets: [String: [UInt8]]

    /// Reads `templates/*.mustache` and `templates/assets/**` under `siteRoot`.
    /// A template that does not parse is reported at its line and column and
    /// the built-in one is used in its place.
    public static func load(siteRoot: URL) -> (TemplateSet, [Diagnostic]) {
        var sources = DefaultTheme.templates.mapValues { (text: $0, path: "built-in") }
        var assets = DefaultTheme.assets.mapValues { Array($0.utf8) }
        let folder = siteRoot.appendingPathComponent("templates")
        let fm = FileManager.default
        if let names = try? fm.contentsOfDirectory(atPath: folder.path) {
            for name in names.sorted() where name.hasSuffix(".mustache") {
                if let data = fm.contents(atPath: folder.appendingPathComponent(name).path) {
                    sources[String(name.dropLast(9))] = (String(decoding: data, as: UTF8.self), "templates/\(name)")
                }
            }
        }
        let assetFolder = folder.appendingPathComponent("assets")
        let siteReal = siteRoot.resolvingSymlinksInPath().path
        var diagnostics: [Diagnostic] = []
        var found: [(relative: String, full: String)] = []
        if let walker = fm.enumerator(atPath: assetFolder.path) {
            for case let relative as String in walker {
                let full = assetFolder.appendingPathComponent(relative).path
                var isDir: ObjCBool = false
                let real = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                guard real.hasPrefix(siteReal + "/") else {
                    // A link out of the site would publish whatever it points at.
                    diagnostics.append(.error(SourceLocation(path: "templates/assets/" + relative), "symbolic link points outside the site (to \(real)); refused"))
                    continue
                }
                let hidden = relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
                guard fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue, !hidden else { continue }
                // Published under its own name, so the same rules as entries' names.
                if let problem = relative.split(separator: "/").lazy.compactMap({ Slug.problem(inStem: String($0), naming: "the name '\($0)'") }).first {
                    diagnostics.append(.error(SourceLocation(path: "templates/assets/" + relative), "cannot publish this asset: \(problem)"))
                    continue
                }
                found.append((relative, full))
            }
        }
        // In name order, so which of two clashing names is reported does not
        // depend on the order the folder lists them in.
        var byFoldedName = Dictionary(assets.keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        for (relative, full) in found.sorted(by: { $0.relative < $1.relative }) {
            if let other = byFoldedName[relative.lowercased()], other != relative {
                diagnostics.append(.error(SourceLocation(path: "templates/assets/" + relative), "this asset and '\(other)' differ only in case: they would be one file on macOS and Windows; rename one"))
                continue
            }
            byFoldedName[relative.lowercased()] = relative
            if let data = fm.contents(atPath: full) {
                assets[relative] = [UInt8](data)
            }
        }
        let (library, problems) = parse(sources)
        return (TemplateSet(library: library, assets: assets), diagnostics + problems)
    }

    /// Parses template sources; for tests and `load`.
    public static func parse(_ sources: [String: (text: String, path: String)]) -> (MustacheLibrary, [Diagnostic]) {
        var templates: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        _ = EscapingContentType.registered
        for name in sources.keys.sorted() {
            let source = sources[name]!
            do {
                templates[name] = try MustacheTemplate(string: EscapingContentType.pragma + source.text)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma line is not the author's: count lines from theirs.
                let location = SourceLocation(path: source.path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)
                diagnostics.append(.error(location, "template does not parse: \(describe(error.error))"))
                if let fallback = DefaultTheme.templates[name], let template = try? MustacheTemplate(string: EscapingContentType.pragma + fallback) {
                    templates[name] = template
                }
            } catch {
                diagnostics.append(.error(SourceLocation(path: source.path), "template does not parse: \(error)"))
            }
        }
        return (MustacheLibrary(templates: templates), diagnostics)
    }

    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a section is closed with a name it was not opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "bad set-delimiter tag"
        default: return "\(error)"
        }
    }

    /// Renders `name` with `context`; an unknown template renders nothing.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
