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
        defer { try? FileManager.default.removeItem(at: root) }
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

    /// Edits that keep every name: each entry is relinked alone, and the
    /// site must still equal a full build after each (summaries feed link
    /// previews elsewhere, dates feed neighbours' timelines, qualifiers and
    /// citations show on the other end).
    @Test func inPlaceEditsRelinkOneEntryAndMatchAFullBuild() throws {
        let root = try TextArchive.write(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        var tracked = Tracked(root)
        let raid = "content/events/kozinka-raid.md"
        let edits: [(String, String, [String])] = [
            (raid, "---\ntitle: Kozinka raid\nsummary: A raid.\ndate: 2023-05-22\nparticipants: [legion, Jane Roe]\n---\nOn 22 May 2023 the [[лср]] entered Kozinka.\n",
             // Both indexes show summaries; the Legion's text links here (its preview shows the summary).
             ["events/by-date.html", "events/index.html", "events/kozinka-raid/index.html", "groups/legion/index.html"]),
            (raid, "---\ntitle: Kozinka raid\nsummary: A raid.\ndate: 2023-06-01\nparticipants: [legion, Jane Roe]\n---\nOn 22 May 2023 the [[лср]] entered Kozinka.\n",
             ["events/by-date.html", "events/index.html", "events/kozinka-raid/index.html", "groups/legion/index.html", "people/jane-roe/index.html"]),
            (raid, "---\ntitle: Kozinka raid\nsummary: A raid.\ndate: 2023-06-01\nparticipants:\n  - legion\n  - { entry: Jane Roe, status: claimed, sources: [{ source: article, at: p. 2 }] }\n---\nOn 22 May 2023 the [[лср]] entered Kozinka.\n",
             // The new claimed status lists the relation among the unconfirmed claims.
             ["disputed/index.html", "events/kozinka-raid/index.html", "people/jane-roe/index.html", "sources/article/index.html"]),
            (raid, "---\ntitle: Kozinka raid\nsummary: A raid.\ndate: 2023-06-01\nparticipants: [legion]\n---\nOn 22 May 2023 the [[лср]] entered Kozinka with [[Jane Roe]].\n",
             // The Legion's "Mentioned in" quotes the changed sentence.
             ["disputed/index.html", "events/kozinka-raid/index.html", "groups/legion/index.html", "people/jane-roe/index.html", "sources/article/index.html"]),
        ]
        for (path, text, expected) in edits {
            let update = tracked.edit(root, path, text)
            #expect(!update.full)
            let shown = pages(update).filter { !["atom.xml", "graph/index.html", "maintenance/index.html", "sitemap.xml"].contains($0) && !$0.hasPrefix("timeline/") }
            #expect(shown == expected)
            #expect(tracked.files == fullBuild(root))
        }
    }

    @Test func aNewUncitedParagraphUpdatesTheMaintenancePage() throws {
        let root = try TextArchive.write(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        var tracked = Tracked(root)
        let update = tracked.edit(root, "content/sources/article.md", "---\ntitle: Article\npublished: 2024-03-23\n---\nThe source.\n\nA second paragraph, uncited.\n")
        #expect(pages(update) == ["maintenance/index.html", "sources/article/index.html"])
        #expect(tracked.files == fullBuild(root))
    }

    @Test func deferredPagesCatchUp() throws {
        let root = try TextArchive.write(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        var tracked = Tracked(root)
        tracked.session.deferOtherPages = true
        let update = tracked.edit(root, "content/sources/article.md", "---\ntitle: Article\npublished: 2024-03-23\n---\nThe source, with zeppelins, cites [[Jane Roe]].\n")
        #expect(update.changed.map(\.path) == ["sources/article/index.html"])
        #expect(tracked.session.hasDeferredPages)
        let rest = tracked.session.refreshDeferred()
        #expect(rest.changed.map(\.path).contains("search/shard-ze.js"))
        // Jane Roe's page now quotes the article under "Mentioned in".
        #expect(rest.changed.map(\.path).filter { !$0.hasPrefix("search/") } == ["graph/index.html", "maintenance/index.html", "people/jane-roe/index.html"])
        for file in rest.changed { tracked.files[file.path] = file.bytes }
        for path in rest.removed { tracked.files[path] = nil }
        #expect(!tracked.session.hasDeferredPages)
        #expect(tracked.files == fullBuild(root))
    }

    @Test func aBrokenEditReportsAndTheFixRecovers() throws {
        let root = try TextArchive.write(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        var tracked = Tracked(root)
        let broken = tracked.edit(root, "content/people/jane-roe.md", "---\ntitle: Jane\nborn: [\n---\n")
        #expect(broken.result.diagnostics.hasErrors)
        #expect(broken.result.diagnostics.filter { $0.severity == .error }.map(\.location.path) == ["content/people/jane-roe.md"])
        let fixed = tracked.edit(root, "content/people/jane-roe.md", "---\ntitle: Jane Roe\nborn: 1980\n---\nJane Roe leads the [[liberty of russia legion|Legion]]. She also wants the [[missing page]].\n")
        #expect(!fixed.result.diagnostics.hasErrors)
        #expect(tracked.files == fullBuild(root))
    }
}
