import AlmanacRender
import AlmanacViz
import Foundation
import Testing

/// The built-in theme in the binary is the repository's top-level
/// `templates/` folder, embedded at build time: the two must not drift.
@Suite struct DefaultThemeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../templates").standardizedFileURL

    /// The files as the EmbedTheme plugin reads them: `NAME.mustache` at the
    /// top, everything under `assets/`, hidden files left out.
    static func files() throws -> (templates: [String: String], assets: [String: String], other: [String]) {
        let fm = FileManager.default
        var templates: [String: String] = [:], assets: [String: String] = [:], other: [String] = []
        for name in try fm.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            if name == "assets" {
                for case let relative as String in fm.enumerator(atPath: url.path)! {
                    var isDir: ObjCBool = false
                    let file = url.appendingPathComponent(relative)
                    guard fm.fileExists(atPath: file.path, isDirectory: &isDir), !isDir.boolValue,
                          !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
                    assets[relative] = try String(decoding: Data(contentsOf: file), as: UTF8.self)
                }
            } else if name.hasSuffix(".mustache") {
                templates[String(name.dropLast(".mustache".count))] = try String(decoding: Data(contentsOf: url), as: UTF8.self)
            } else {
                other.append(name)
            }
        }
        return (templates, assets, other)
    }

    @Test func embeddedCopyIsTheTemplatesFolder() throws {
        let files = try DefaultThemeTests.files()
        #expect(files.other == [], "files in templates/ that are not embedded")
        #expect(files.templates.keys.sorted() == DefaultTheme.templates.keys.sorted())
        #expect(files.assets.keys.sorted() == DefaultTheme.assets.keys.sorted())
        // Compared as bytes: String == would let canonically equivalent text pass.
        for (name, text) in files.templates.sorted(by: { $0.key < $1.key }) {
            #expect(DefaultTheme.templates[name]?.utf8.elementsEqual(text.utf8) == true, "templates/\(name).mustache differs from the embedded copy")
        }
        for (path, text) in files.assets.sorted(by: { $0.key < $1.key }) {
            #expect(DefaultTheme.assets[path]?.utf8.elementsEqual(text.utf8) == true, "templates/assets/\(path) differs from the embedded copy")
        }
    }

    @Test func everyPageTemplateIsThere() {
        let expected = [
            "404", "atom", "disambiguation", "disputed", "entry", "footer", "graph", "home", "index", "layout", "maintenance",
            "qualifiers", "query-count", "query-list", "query-table", "redirect", "search", "sitemap", "tag", "tags", "timeline", "wanted",
        ]
        #expect(DefaultTheme.templates.keys.sorted() == expected)
        #expect(DefaultTheme.assets.keys.sorted() == ["almanac.js", "style.css"])
    }

    /// The graph drawings' CSS lives in AlmanacViz beside the code that
    /// draws the classes; the site's stylesheet must carry a copy of it.
    @Test func stylesheetCarriesTheGraphStylesheet() throws {
        let css = try String(decoding: Data(contentsOf: DefaultThemeTests.folder.appendingPathComponent("assets/style.css")), as: UTF8.self)
        #expect(css.contains(NeighbourhoodSVG.stylesheet))
        #expect(DefaultTheme.assets["style.css"]?.contains(NeighbourhoodSVG.stylesheet) == true)
    }
}
