import AlmanacCore
import AlmanacMarkdown
import AlmanacRender
import AlmanacSite
import Foundation
import Testing

/// Query blocks in real pages: rendered through the templates, checked at
/// their place in the Markdown file, and kept fresh by `serve`.
@Suite struct SiteQueryTests {
    static let page = """
        -- content/groups/corps.md --
        ---
        title: Volunteer Corps
        founded: 2022-08-01
        ---
        The Corps.

        ## Raids

        ```query
        from event
        where participants has this
        sort date desc
        columns title, date
        ```

        - In a list:

          ```query
          from person
          where born > 2000
          ```
        """

    /// The query wiki with the Corps' page holding queries, plus `extra` files.
    static func wiki(_ extra: String = "") throws -> URL {
        let archive = QueryWiki.archive.replacingOccurrences(of: """
            -- content/groups/corps.md --
            ---
            title: Volunteer Corps
            founded: 2022-08-01
            members: 300
            tags: [armed]
            ---
            The Corps.
            """, with: page)
        return try TextArchive.write(archive + (extra.isEmpty ? "" : "\n" + extra))
    }

    static func html(_ files: [OutputFile], _ path: String) -> String {
        files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    @Test func theMarkdownStageKeepsEachBlockAndItsPlace() {
        let body = MarkdownRenderer().render("Text.\n\n```query\nfrom event\n```\n\n> ```query extra words\n> show count\n> ```\n\n```swift\nlet x = 1\n```\n", firstLine: 5)
        #expect(body.queries == [
            QueryBlock(text: "from event\n", line: 8, column: 1),
            QueryBlock(text: "show count\n", line: 12, column: 3),
        ])
        // Each block is a placeholder in the HTML, not code; other code stays code.
        #expect(!body.html.contains("from event"))
        #expect(body.html.contains("<pre lang=\"swift\"><code>let x = 1"))
        #expect(!body.plainText.contains("from event"))
        // Tokens typed into the text cannot pose as a block.
        let forged = MarkdownRenderer().render("A \u{E004}0\u{E005} b")
        #expect(forged.queries.isEmpty && !forged.html.contains("\u{E004}"))
    }

    @Test func resultsRenderThroughTheTemplates() throws {
        let root = try Self.wiki()
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        let update = session.build()
        #expect(update.result.diagnostics.isEmpty)
        let page = Self.html(update.changed, "groups/corps/index.html")
        #expect(page.contains("""
            <div class="query query-table">
            <table class="query-results">
            <thead><tr><th scope="col">Title</th><th scope="col" class="numeric">Date</th></tr></thead>
            <tbody>
            <tr><td data-sort="belgorod raids"><a href="../../events/belgorod/index.html">Belgorod raids</a></td><td data-sort="2024-03-12" class="numeric">12 March 2024</td></tr>
            <tr><td data-sort="kozinka raid"><a href="../../events/kozinka/index.html">Kozinka raid</a></td><td data-sort="2023-05-22" class="numeric">22 May 2023</td></tr>
            <tr><td data-sort="bryansk raid"><a href="../../events/bryansk/index.html">Bryansk raid</a></td><td data-sort="2023-03" class="numeric">March 2023</td></tr>
            </tbody>
            </table>
            </div>
            """))
        #expect(page.contains("<li>\n<p>In a list:</p>\n<p class=\"query-empty\">No entries match this query.</p>\n</li>"))
    }

    @Test func valuesFromContentAreEscaped() throws {
        let root = try Self.wiki("""
            -- content/events/hostile.md --
            ---
            title: <script>alert("x")</script> & raid
            date: 2025
            participants: [Volunteer Corps]
            ---
            Hostile.
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        let page = Self.html(session.build().changed, "groups/corps/index.html")
        #expect(page.contains(">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; raid</a>"))
        #expect(!page.contains("<script>alert"))
    }

    @Test func aBrokenQueryIsAnErrorAtItsPlaceAndLosesNothing() throws {
        let root = try Self.wiki()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        guard case .built = try SiteSession(root: root).publish(to: output) else { Issue.record("the good wiki did not build"); return }
        let before = try Data(contentsOf: output.appendingPathComponent("groups/corps/index.html"))
        let path = "content/groups/corps.md"
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        try Data(text.replacingOccurrences(of: "where participants has this", with: "where participant has this").utf8).write(to: root.appendingPathComponent(path))
        let outcome = try SiteSession(root: root).publish(to: output)
        guard case .failed(let result) = outcome else { Issue.record("a broken query built"); return }
        #expect(result.diagnostics.map(\.description) == [
            "content/groups/corps.md:11:7: error: no field ‘participant’ on the entries this query selects; did you mean ‘participants’?",
        ])
        #expect(try Data(contentsOf: output.appendingPathComponent("groups/corps/index.html")) == before)
    }

    @Test func serveReRendersAQueryPageWhenWhatItFindsChanges() throws {
        let root = try Self.wiki()
        defer { try? FileManager.default.removeItem(at: root) }
        var session = SiteSession(root: root)
        _ = session.build()
        func edit(_ path: String, _ text: String) -> SiteSession.Update {
            try! Data(text.utf8).write(to: root.appendingPathComponent(path))
            return session.update(changed: [path])
        }
        // A matched entry's date changes: the page with the query shows the new date.
        var update = edit("content/events/bryansk.md", "---\ntitle: Bryansk raid\ndate: 2023-03-02\nparticipants: [Volunteer Corps]\n---\nA raid.\n")
        #expect(update.changed.map(\.path).contains("groups/corps/index.html"))
        #expect(Self.html(update.changed, "groups/corps/index.html").contains(">2 March 2023</td>"))
        // A new entry that matches: the page lists it.
        update = edit("content/events/oryol.md", "---\ntitle: Oryol raid\ndate: 2025-01\nparticipants: [Volunteer Corps]\n---\nNew.\n")
        #expect(Self.html(update.changed, "groups/corps/index.html").contains(">Oryol raid</a>"))
        // An edit nothing of the query sees leaves the page alone.
        update = edit("content/people/jane-roe.md", "---\ntitle: Jane Roe\nborn: 1980\n---\nA person, edited.\n")
        #expect(!update.changed.map(\.path).contains("groups/corps/index.html"))
    }
}
