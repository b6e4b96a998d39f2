import AlmanacCore
import Foundation
import Testing

@testable import AlmanacSite

/// `serve` draws a neighbourhood again only when what it shows changed;
/// IncrementalTests shows the pages still equal a full build's.
@Suite struct NeighbourhoodCacheTests {
    @Test func anUpdateRedrawsOnlyTheNeighbourhoodsItChanged() throws {
        let root = try TextArchive.write(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        _ = session.build()
        let kept = session.neighbourhoods.count
        #expect(kept > 3)
        #expect(session.neighbourhoods.drawn == kept)

        // A body edit that changes no link: its picture is the same, so kept.
        try Data("---\ntitle: Article\npublished: 2024-03-23\n---\nThe source, edited.\n".utf8).write(to: root.appendingPathComponent("content/sources/article.md"))
        _ = session.update(changed: ["content/sources/article.md"])
        #expect(session.neighbourhoods.drawn == kept)

        // A new title shows in the pictures of the entries around it: those, and only those, are drawn again.
        try Data("---\ntitle: Jane Q. Roe\nborn: 1980\n---\nJane leads the [[Legion]].\n".utf8).write(to: root.appendingPathComponent("content/people/jane-roe.md"))
        _ = session.update(changed: ["content/people/jane-roe.md"])
        let redrawn = session.neighbourhoods.drawn - kept
        #expect(redrawn >= 2 && redrawn < kept)
    }

    @Test func aOneShotBuildKeepsNone() throws {
        let root = try TextArchive.write(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        session.oneShot = true
        _ = session.build()
        #expect(session.neighbourhoods.count == 0)
    }
}
