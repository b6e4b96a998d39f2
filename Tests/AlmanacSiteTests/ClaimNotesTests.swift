import AlmanacCore
import AlmanacSite
import Foundation
import Testing

/// One numbering of citations a page (issue 20, item 6): the relations'
/// sources continue the body's footnotes, each source once with its locators.
@Suite struct ClaimNotesTests {
    static let site = """
        -- almanac.yml --
        title: Notes
        types:
          group:
            folder: groups
            plural: Groups
            fields:
              allied_with: { kind: links, to: group, inverse: Allied with }
          source:
            folder: sources
            plural: Sources
        -- content/sources/article.md --
        ---
        title: A long article title
        ---
        The article.
        -- content/sources/report.md --
        ---
        title: A report
        ---
        The report.
        -- content/groups/legion.md --
        ---
        title: Legion
        ---
        A group.
        -- content/groups/army.md --
        ---
        title: Army
        ---
        A group.
        -- content/groups/corps.md --
        ---
        title: Corps
        allied_with:
          - entry: legion
            sources: [{source: article, at: paragraph 10}, {source: report}]
          - entry: army
            sources: [{source: article, at: paragraph 2}, {source: article, at: paragraph 10}]
        ---
        The Corps.[^a] Allied with others.[^b]

        ## History

        Later.

        [^a]: A note.
        [^b]: Another.
        """

    @Test func theRelationsSourcesContinueTheFootnotesEachOnce() throws {
        let root = try TextArchive.write(Self.site)
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .built = try Fixtures.build(root) else { Issue.record("the wiki did not build"); return }
        let html = Fixtures.read(root, "public/groups/corps/index.html")
        #expect(html.contains("""
            </section>

            <section class="claim-notes" aria-label="Sources of the relations">
            <ol start="3">
            <li id="claim-3"><a href="../../sources/article/index.html">A long article title</a>: paragraph 2; paragraph 10</li>
            <li id="claim-4"><a href="../../sources/report/index.html">A report</a></li>
            </ol>
            </section>
            </div>
            """))
        // The marks name the place cited; the same source keeps its number.
        #expect(html.contains("<a href=\"#claim-3\" title=\"A long article title, paragraph 10\">[3]</a></sup><sup class=\"cite\"><a href=\"#claim-4\" title=\"A report\">[4]</a>"))
        #expect(html.contains("<a href=\"#claim-3\" title=\"A long article title, paragraph 2\">[3]</a>"))
        // The lead comes before the infobox, the rest after it.
        let lead = try #require(html.range(of: "<div class=\"entry-body entry-lead\">\n<p>The Corps."))
        let side = try #require(html.range(of: "<aside class=\"entry-side\">"))
        let rest = try #require(html.range(of: "<div class=\"entry-body entry-rest\">\n<h2 id=\"history\">"))
        #expect(lead.lowerBound < side.lowerBound && side.lowerBound < rest.lowerBound)
    }
}
