import AlmanacCore
import AlmanacRender
import AlmanacSite
import AlmanacTemplate
import Foundation
import Synchronization
import Testing

/// The page model holds in both directions: the values built for real pages
/// are what it declares, and templates that break it render nothing.
@Suite struct TemplateModelTests {
    /// Every template's values on every page of a site, held to `PageModel`.
    func violations(_ root: URL) -> (pages: Int, found: [String]) {
        let found = Mutex<[String]>([])
        let pages = Mutex(0)
        var session = SiteSession(root: root)
        session.baseURL = "https://example.org/wiki/"
        session.inspectValues = { template, values in
            pages.withLock { $0 += 1 }
            let problems = PageModel.violations(of: values, template: template)
            if !problems.isEmpty { found.withLock { $0 += problems } }
        }
        _ = session.build()
        return (pages.withLock { $0 }, Array(Set(found.withLock { $0 })).sorted())
    }

    @Test func theSampleWikisValuesAreTheModels() {
        let (pages, found) = violations(SampleWikiTests.root)
        #expect(pages > 250)
        #expect(found == [])
    }

    @Test func theFixturesValuesAreTheModels() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        let (pages, found) = violations(root)
        #expect(pages > 20)
        #expect(found == [])
    }

    static let broken: [(template: String, text: String, message: String)] = [
        ("entry", "<h1>{{entry.title}}</h1>\n{{#entry.has_toc}}\n", "templates/entry.mustache:2:1: error: template does not parse: the section 'entry.has_toc' is never closed (no {{/entry.has_toc}})"),
        ("entry", "<h1>\n  {{entry.titel}}</h1>\n", "templates/entry.mustache:2:3: error: no field 'entry.titel' on an entry page; did you mean 'entry.title'?"),
        ("footer", "<p>{{>colophon}}</p>\n", "templates/footer.mustache:1:4: error: no template 'colophon' for the partial {{>colophon}}"),
        ("footer", "<p>{{site.title}}</p>{{#nav}}{{>footer}}{{/nav}}\n", "templates/footer.mustache:1:30: error: the partial 'footer' includes itself (footer → footer): it would never finish rendering"),
    ]

    /// Each kind of bad template fails the build at its tag, writes nothing,
    /// and leaves the last good output as it was.
    @Test(arguments: 0..<broken.count) func aBadTemplateLosesNothing(_ k: Int) throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        let before = Fixtures.snapshot(root.appendingPathComponent("public"))
        let (template, text, message) = Self.broken[k]
        let file = root.appendingPathComponent("templates/\(template).mustache")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        let outcome = try Fixtures.build(root)
        #expect(!outcome.succeeded)
        #expect(outcome.result?.diagnostics.map(\.description) == [message])
        #expect(outcome.result?.fileCount == 0)
        #expect(Fixtures.snapshot(root.appendingPathComponent("public")) == before)
    }
}
