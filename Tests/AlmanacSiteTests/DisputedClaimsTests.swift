import AlmanacCore
import AlmanacSite
import Foundation
import Testing

/// The generated page of every claim that is not confirmed: any wiki gets it.
@Suite struct DisputedClaimsTests {
    static let site = """
        -- almanac.yml --
        title: Claims
        types:
          group:
            folder: groups
            plural: Groups
          document:
            folder: documents
            plural: Documents
            fields:
              signatories: { kind: links, to: group, inverse: Signed }
          source:
            folder: sources
            plural: Sources
        -- content/groups/corps.md --
        ---
        title: Volunteer Corps
        ---
        A group.
        -- content/groups/legion.md --
        ---
        title: Legion
        ---
        A group.
        -- content/sources/kyiv-post.md --
        ---
        title: Kyiv Post report
        ---
        A report.
        -- content/sources/wikipedia.md --
        ---
        title: Wikipedia article
        ---
        An article.
        -- content/documents/declaration.md --
        ---
        title: Declaration
        signatories:
          - entry: corps
            status: disputed
            note: listed by the announcement; the group denies signing
            sources: [{source: kyiv-post, at: paragraph 2}, {source: wikipedia}]
          - entry: legion
            status: confirmed
            sources: [kyiv-post]
            to: 2024-07-31
          - entry: Army
            status: claimed
        ---
        The declaration.
        """

    @Test func everyClaimNotConfirmedIsListedWithItsSources() throws {
        let root = try TextArchive.write(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        let files = session.build().changed
        let page = try #require(files.first { $0.path == "disputed/index.html" }).bytes
        let html = String(decoding: page, as: UTF8.self)
        #expect(html.contains("""
            <ul class="report-summary">
            <li><a href="#disputed">Disputed</a> <span class="count">1</span></li>
            <li><a href="#claimed">Claimed</a> <span class="count">1</span></li>
            </ul>
            """))
        #expect(html.contains("""
            <li><a href="../documents/declaration/index.html">Declaration</a> — Signatories: <a href="../groups/corps/index.html">Volunteer Corps</a><br><span class="note">listed by the announcement; the group denies signing</span><br><span class="claim-sources">Sources: <a href="../sources/kyiv-post/index.html">Kyiv Post report</a>, paragraph 2; <a href="../sources/wikipedia/index.html">Wikipedia article</a></span></li>
            """))
        // A claim whose target is missing, and with no source, is still listed, and says so.
        #expect(html.contains("— Signatories: Army<br><span class=\"claim-sources\">No source cited.</span></li>"))
        // Confirmed claims are not.
        #expect(!html.contains(">Legion</a>"))
        // Linked from the home page and the maintenance report.
        for path in ["index.html", "maintenance/index.html"] {
            let text = String(decoding: try #require(files.first { $0.path == path }).bytes, as: UTF8.self)
            #expect(text.contains("disputed/index.html\""), "\(path) links to the page")
        }
    }

    @Test func serveUpdatesThePageWhenAStatusChanges() throws {
        let root = try TextArchive.write(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        _ = session.build()
        let path = "content/documents/declaration.md"
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        try Data(text.replacingOccurrences(of: "status: disputed", with: "status: confirmed").utf8).write(to: root.appendingPathComponent(path))
        let update = session.update(changed: [path])
        let page = try #require(update.changed.first { $0.path == "disputed/index.html" })
        #expect(!String(decoding: page.bytes, as: UTF8.self).contains("Volunteer Corps"))
    }
}

/// The maintenance report lists entries that rest on one source.
@Suite struct SingleSourceTests {
    @Test func entriesCitingOneSourceAreListedWithIt() throws {
        let root = try TextArchive.write(DisputedClaimsTests.site + """

            -- content/groups/army.md --
            ---
            title: Army
            sources: [wikipedia]
            ---
            An army.[^1]

            [^1]: [[Wikipedia article]].
            -- content/groups/brigade.md --
            ---
            title: Brigade
            sources: [wikipedia]
            ---
            A brigade, also in the [[Kyiv Post report]].
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        let report = session.build().result.report
        // The declaration cites two sources through its claims, the Brigade two
        // (one in its text); sources themselves are not listed.
        #expect(report.singleSource.map { "\($0.title): \($0.detail ?? "")" } == ["Army: cites only Wikipedia article"])
        #expect(report.counts.last! == ("single-source entries", 1))
    }
}

/// Maintenance items name entries by title, as readers know them.
@Suite struct MaintenanceTitleTests {
    @Test func anUnsourcedClaimShowsItsTargetsTitleNotTheSlugWritten() throws {
        let root = try TextArchive.write(DisputedClaimsTests.site + """

            -- content/documents/charter.md --
            ---
            title: Charter
            signatories: [corps, Nobody Yet]
            ---
            A charter.
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        let report = session.build().result.report
        #expect(report.unsourcedClaims.map { "\($0.title): \($0.detail ?? "")" } == [
            "Charter: Signatories: Volunteer Corps", "Charter: Signatories: Nobody Yet", "Declaration: Signatories: Army",
        ])
    }
}
