import AlmanacCore
import Foundation
import AlmanacTemplate

/// The parsed templates and the asset files of a site: the built-in theme
/// with whatever `templates/` overrides or adds.
public struct TemplateSet: Sendable {
    public var library: TemplateLibrary
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
        return (TemplateSet(library: library, assets: assets), diagnostics + problems + check(library, paths: sources.mapValues(\.path)))
    }

    /// Parses template sources; for tests and `load`. A template that does
    /// not parse is reported at its line and column, and the built-in one of
    /// the same name stands in for it.
    public static func parse(_ sources: [String: (text: String, path: String)]) -> (TemplateLibrary, [Diagnostic]) {
        var parsed: [String: [TemplateNode]] = [:]
        var texts: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for name in sources.keys.sorted() {
            let source = sources[name]!
            do {
                parsed[name] = try TemplateParser.parse(source.text)
                texts[name] = source.text
            } catch {
                let location = SourceLocation(path: source.path, line: error.position.line, column: error.position.column)
                diagnostics.append(.error(location, "template does not parse: \(error.message)"))
                if let fallback = DefaultTheme.templates[name], let nodes = try? TemplateParser.parse(fallback) {
                    parsed[name] = nodes
                    texts[name] = fallback
                }
            }
        }
        return (TemplateLibrary(parsed: parsed, sources: texts), diagnostics)
    }

    /// The templates held to the page model (`PageModel`) before any page
    /// renders: each problem is an error at its tag, so the build fails and
    /// the last good output stays.
    public static func check(_ library: TemplateLibrary, paths: [String: String]) -> [Diagnostic] {
        PageModel.check(library).map { problem in
            let path = paths[problem.template] ?? "templates/\(problem.template).mustache"
            return .error(SourceLocation(path: path, line: problem.position.line, column: problem.position.column), problem.message)
        }
    }

    /// Renders `name` with `context` onto the end of `out`; an unknown template renders nothing.
    public func render(_ name: String, _ context: TemplateValue, into out: inout [UInt8], fragments: FragmentCache? = nil) {
        library.render(name, context, into: &out, fragments: fragments)
    }
}
