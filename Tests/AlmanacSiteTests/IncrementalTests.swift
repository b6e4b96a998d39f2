import AlmanacCore
import AlmanacSite
import Foundation
import Testing

/// `serve` rebuilds only what an edit touches; the site it ends up with
/// must equal a full build of the same files, byte for byte.
@Suite struct IncrementalTests {
    struct Tracked {
        var session: SiteSession
        var files: [String: [UInt8]] = [:]

        init(_ root: URL) {
            session = SiteSession(root: root)
            apply(session.build())
        }

        mutating func apply(_ update: SiteSession.Update) {
            for file in update.changed { files[file.path] = file.bytes }
            for path in update.removed { files[path] = nil }
        }

        mutating func edit(_ root: URL, _ path: String, _ text: String?) -> SiteSession.Update {
            let url = root.appendingPathComponent(path)
            if let text { try! Data(text.utf8).write(to: url) } else { try! FileManager.default.removeItem(at: url) }
            let update = session.update(changed: [path])
            apply(update)
            return update
        }
    }

    /// Changed pages, leaving out the search index's shards (tested in AlmanacSearchTests).
    func pages(_ update: SiteSession.Update) -> [String] {
        update.changed.map(\.path).filter { !$0.hasPrefix("search/") }
    }

    func fullBuild(_ root: URL) -> [String: [UInt8]] {
        var session = SiteSession(root: root)
        return Dictionary(uniqueKeysWithValues: session.build().changed.map { ($0.path, $0.bytes) })
    }

    @Test func editsRenderOnlyWhatTheyTouchAndMatchAFullBuild() throws {
        let root = try TextArchive.write(Fixtures.valid)
        var tracked = Tracked(root)

        // A body edit with no link changes: that page alone.
        var update = tracked.edit(root, "content/sources/article.md", "---\ntitle: Article\npublished: 2024-03-23\n---\nThe source, edited.\n")
        #expect(pages(update) == ["sources/article/index.html"])
        #expect(update.changed.map(\.path).contains("search/shard-ed.js"))
        #expect(!update.full)
        #expect(tracked.files == fullBuild(root))

        // A new title shows on every page that links to the entry, and on its index.
        update = tracked.edit(root, "content/people/jane-roe.md", "---\ntitle: Jane Q. Roe\nborn: 1980\n---\nJane leads the [[Legion]].\n")
        #expect(pages(update) == [
            "atom.xml", "events/kozinka-raid/index.html", "graph/index.html", "groups/legion/index.html", "maintenance/index.html",
            "people/by-date.html", "people/index.html", "people/jane-roe/index.html", "timeline/index.html", "timeline/person/index.html",
            "wanted/index.html",
        ])
        #expect(tracked.files == fullBuild(root))

        // A new entry turns red links blue and leaves the wanted list.
        update = tracked.edit(root, "content/events/missing-page.md", "---\ntitle: Missing Page\ndate: 2024\n---\nNow written.\n")
        #expect(pages(update) == [
            "atom.xml", "events/by-date.html", "events/index.html", "events/missing-page/index.html", "graph/index.html",
            "groups/legion/index.html", "index.html", "maintenance/index.html", "sitemap.xml", "timeline/event/index.html",
            "timeline/index.html", "wanted/index.html",
        ])
        #expect(tracked.files == fullBuild(root))

        // A deleted entry takes its page away.
        update = tracked.edit(root, "content/events/missing-page.md", nil)
        #expect(update.removed.filter { !$0.hasPrefix("search/") } == ["events/missing-page/index.html"])
        #expect(tracked.files == fullBuild(root))
    }

    @Test func aNewUncitedParagraphUpdatesTheMaintenancePage() throws {
        let root = try TextArchive.write(Fixtures.valid)
        var tracked = Tracked(root)
        let update = tracked.edit(root, "content/sources/article.md", "---\ntitle: Article\npublished: 2024-03-23\n---\nThe source.\n\nA second paragraph, uncited.\n")
        #expect(pages(update) == ["maintenance/index.html", "sources/article/index.html"])
        #expect(tracked.files == fullBuild(root))
    }

    @Test func aDeferredSearchIndexCatchesUp() throws {
        let root = try TextArchive.write(Fixtures.valid)
        var tracked = Tracked(root)
        tracked.session.deferSearch = true
        let update = tracked.edit(root, "content/sources/article.md", "---\ntitle: Article\npublished: 2024-03-23\n---\nThe source, with zeppelins.\n")
        #expect(update.changed.map(\.path) == ["sources/article/index.html"])
        #expect(tracked.session.searchPending)
        let index = tracked.session.refreshSearch()
        #expect(index.changed.map(\.path).contains("search/shard-ze.js"))
        for file in index.changed { tracked.files[file.path] = file.bytes }
        for path in index.removed { tracked.files[path] = nil }
        #expect(!tracked.session.searchPending)
        #expect(tracked.files == fullBuild(root))
    }

    @Test func aBrokenEditReportsAndTheFixRecovers() throws {
        let root = try TextArchive.write(Fixtures.valid)
        var tracked = Tracked(root)
        let broken = tracked.edit(root, "content/people/jane-roe.md", "---\ntitle: Jane\nborn: [\n---\n")
        #expect(broken.result.diagnostics.hasErrors)
        #expect(broken.result.diagnostics.filter { $0.severity == .error }.map(\.location.path) == ["content/people/jane-roe.md"])
        let fixed = tracked.edit(root, "content/people/jane-roe.md", "---\ntitle: Jane Roe\nborn: 1980\n---\nJane Roe leads the [[liberty of russia legion|Legion]]. She also wants the [[missing page]].\n")
        #expect(!fixed.result.diagnostics.hasErrors)
        #expect(tracked.files == fullBuild(root))
    }
}
