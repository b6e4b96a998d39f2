import AlmanacCore
import AlmanacMarkdown
import AlmanacSite
import Foundation
import Testing

@Suite struct BuildTests {
    @Test func typedRelationsShowOnBothEnds() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        let person = Fixtures.read(root, "public/people/jane-roe/index.html")
        #expect(person.contains("<dt>Leader of</dt>\n<dd><ul><li><a href=\"../../groups/legion/index.html\">Freedom of Russia Legion</a> <span class=\"type\">Group</span></li></ul></dd>"))
        #expect(person.contains("<dt>Took part in</dt>\n<dd><ul><li><a href=\"../../events/kozinka-raid/index.html\">Kozinka raid</a>"))
        let group = Fixtures.read(root, "public/groups/legion/index.html")
        #expect(group.contains("<tr><th scope=\"row\">Leader</th><td><a href=\"../../people/jane-roe/index.html\">Jane Roe</a></td></tr>"))
        #expect(group.contains("<tr><th scope=\"row\">Founded</th><td>March 2023</td></tr>") == false)
        #expect(group.contains("<tr><th scope=\"row\">Founded</th><td>March 2022</td></tr>"))
    }

    /// swift-mustache's own escaper matches whole Characters, so a quote
    /// followed by a combining mark went out unescaped and ended the attribute.
    @Test func aQuoteWithACombiningMarkStaysInsideItsAttribute() throws {
        let root = try Fixtures.site("""
            -- almanac.yml --
            title: Marks
            -- content/groups/q.md --
            ---
            title: Q
            summary: "Ends\\u0022\\u0301 onmouseover=alert(1) x=\\u0022\\u0301"
            ---
            Body.
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        let page = Fixtures.read(root, "public/groups/q/index.html")
        #expect(page.contains("<meta name=\"description\" content=\"Ends&quot;\u{301} onmouseover=alert(1) x=&quot;\u{301}\">"))
        let unescaped = "\"\u{301} onmouseover"
        #expect(!page.contains(unescaped))
    }

    @Test func mentionsQuoteTheSentence() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Fixtures.build(root)
        let group = Fixtures.read(root, "public/groups/legion/index.html")
        #expect(group.contains("<li><a href=\"../../events/kozinka-raid/index.html\">Kozinka raid</a><blockquote>On 22 May 2023 the лср entered Kozinka.</blockquote></li>"))
        #expect(group.contains("<li><a href=\"../../people/jane-roe/index.html\">Jane Roe</a><blockquote>Jane Roe leads the Legion.</blockquote></li>"))
    }

    @Test func missingLinksAreRedAndWanted() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try Fixtures.build(root)
        #expect(outcome.result?.wantedCount == 1)
        let group = Fixtures.read(root, "public/groups/legion/index.html")
        #expect(group.contains("It wants a <a class=\"redlink\" title=\"No entry named ‘Missing Page’ yet\">Missing Page</a>."))
        let wanted = Fixtures.read(root, "public/wanted/index.html")
        #expect(wanted.contains("<tr><td><a class=\"redlink\" title=\"No entry named ‘Missing Page’ yet\">Missing Page</a></td><td>2</td><td><a href=\"../groups/legion/index.html\">Freedom of Russia Legion</a> <span class=\"where\">(9:66)</span>, <a href=\"../people/jane-roe/index.html\">Jane Roe</a> <span class=\"where\">(5:76)</span></td></tr>"))
    }

    @Test func headingsMakeAContentsListAndSameEntryLinksWork() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try Fixtures.build(root)
        let group = Fixtures.read(root, "public/groups/legion/index.html")
        #expect(group.contains("<li class=\"toc-level-2\"><a href=\"#history\">History</a></li>"))
        #expect(group.contains("<h2 id=\"history\">History</h2>"))
        #expect(group.contains("See <a class=\"wikilink\" href=\"#history\">History</a>."))
    }

    @Test func indexesHomeAndAssetsAreWritten() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try #require(try Fixtures.build(root).result)
        let all = Set(Fixtures.snapshot(root.appendingPathComponent("public")).keys)
        #expect(all.isSuperset(of: ["search/index.html", "search/index.js", "search/search.js", "search/docs-0.js"]))
        let paths = all.filter { !$0.hasPrefix("search/") || $0 == "search/index.html" }
        #expect(paths == [
            ".almanac-output", "404.html", "assets/almanac.js", "assets/style.css", "index.html", "wanted/index.html", "robots.txt", "sitemap.xml", "atom.xml",
            "disputed/index.html",
            "groups/index.html", "groups/by-date.html", "groups/legion/index.html", "people/index.html", "people/by-date.html", "people/jane-roe/index.html",
            "events/index.html", "events/by-date.html", "events/kozinka-raid/index.html", "sources/index.html", "sources/by-date.html", "sources/article/index.html",
            "groups/liberty-of-russia-legion/index.html", "groups/lsr/index.html", "tags/index.html", "graph/index.html", "maintenance/index.html", "search/index.html",
            "timeline/index.html", "timeline/event/index.html", "timeline/group/index.html", "timeline/person/index.html", "timeline/source/index.html",
        ])
        #expect(result.entryCount == 4)
        let events = Fixtures.read(root, "public/events/index.html")
        #expect(events.contains("<li><a href=\"../events/kozinka-raid/index.html\">Kozinka raid</a> <time datetime=\"2023-05-22\">22 May 2023</time></li>"))
        #expect(Fixtures.read(root, "public/index.html").contains("<h2 id=\"sections-title\">Browse 4 entries</h2>"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("out-a"), b = root.appendingPathComponent("out-b")
        #expect(try Fixtures.build(root, output: a).succeeded)
        #expect(try Fixtures.build(root, output: b).succeeded)
        let first = Fixtures.snapshot(a), second = Fixtures.snapshot(b)
        #expect(first.count == 70)
        #expect(first == second)
    }

    /// A build sets bodies aside in a spill file; the pages are the same
    /// bytes as a session that keeps them in memory makes.
    @Test func spilledBodiesBuildTheSamePages() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        var inMemory = SiteSession(root: root)
        var spilled = SiteSession(root: root)
        spilled.oneShot = true
        let a = inMemory.build().result, b = spilled.build().result
        #expect(a.files.count == 69)
        #expect(a.files == b.files)
        #expect(spilled.linked?.bodies.allSatisfy { $0.html.isEmpty || $0.storedHTML.isSpilled } == true)
        #expect(inMemory.linked?.bodies.contains { $0.storedHTML.isSpilled } == false)
    }

    @Test func aFailedBuildLeavesThePreviousSiteAsItWas() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        let before = Fixtures.snapshot(root.appendingPathComponent("public"))
        try Data("---\ntitle: Broken\nborn: yesterday\n---\n".utf8).write(to: root.appendingPathComponent("content/people/broken.md"))
        let outcome = try Fixtures.build(root)
        #expect(!outcome.succeeded)
        #expect(outcome.result?.diagnostics.map(\.description) == ["content/people/broken.md:3:7: error: 'yesterday' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"])
        #expect(Fixtures.snapshot(root.appendingPathComponent("public")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty)
    }

    @Test func aSuccessfulRebuildReplacesTheWholeFolder() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/sources/article.md"))
        let outcome = try Fixtures.build(root)
        #expect(outcome.succeeded)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/sources/article/index.html").path))
        #expect(outcome.result?.diagnostics.map(\.description) == [
            "content/groups/legion.md:7:11: warning: 'sources' names 'article', which is no entry yet (shown as a red link)",
        ])
    }

    @Test func dangerousOutputsAreRefused() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        let stranger = root.appendingPathComponent("stranger")
        try FileManager.default.createDirectory(at: stranger, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: stranger.appendingPathComponent("notes.txt"))
        for output in [URL(fileURLWithPath: "/"), root, root.appendingPathComponent("content"), root.deletingLastPathComponent(), stranger,
                       FileManager.default.homeDirectoryForCurrentUser] {
            guard case .refused = try Fixtures.build(root, output: output) else {
                Issue.record("\(output.path) was not refused")
                continue
            }
        }
        #expect(Fixtures.read(stranger, "notes.txt") == "keep me")
    }

    @Test func aWikiWithNoSchemaAndNoTemplatesBuilds() throws {
        let root = try Fixtures.site("""
        -- content/groups/a.md --
        ---
        title: A
        founded: 2020
        leader: b
        ---
        Text.
        -- content/people/b.md --
        Person B has no front matter at all.
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try Fixtures.build(root)
        #expect(outcome.succeeded)
        #expect(outcome.result?.diagnostics.isEmpty == true)
        #expect(Fixtures.read(root, "public/people/b/index.html").contains("<dt>Leader of</dt>"))
    }
}

@Suite struct UnsafeContentTests {
    @Test func titlesLinksAndAliasesCannotInjectMarkup() throws {
        let root = try Fixtures.site("""
        -- content/groups/evil.md --
        ---
        title: "</title><script>alert(1)</script>"
        aliases: ["\\" onmouseover=x"]
        summary: "<img src=x onerror=alert(1)>"
        website: "https://example.org/?q=\\"><script>"
        ---
        [[" onmouseover=x]] and [x](JAVASCRIPT:alert(1)) <svg onload=alert(1)>
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        for (path, text) in Fixtures.snapshot(root.appendingPathComponent("public")) where path.hasSuffix(".html") {
            let html = String(decoding: text, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.contains("<svg onload"), "\(path)")
            #expect(!html.lowercased().contains("javascript:alert"), "\(path)")
            #expect(!html.contains("\" onmouseover=x"), "\(path)")
        }
    }
}

extension BuildTests {
    /// An alias of an entry at the root of content/ whose URL a generated
    /// page has (the timeline, a type's index) makes no redirect there: the
    /// redirect used to replace the page. The alias still links.
    @Test func aRootAliasNeverReplacesAGeneratedPage() throws {
        let root = try Fixtures.site("""
        -- content/chronology.md --
        ---
        title: Chronology
        type: document
        aliases: [Timeline, Groups, Tags, Chrono]
        ---
        A root entry.
        -- content/groups/legion.md --
        ---
        title: Legion
        tags: [armed]
        ---
        See the [[Timeline]].
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        #expect(Fixtures.read(root, "public/timeline/index.html").contains("<title>Timeline · "))
        #expect(Fixtures.read(root, "public/groups/index.html").contains("<title>Groups · "))
        #expect(Fixtures.read(root, "public/tags/index.html").contains("<title>Tags · "))
        #expect(Fixtures.read(root, "public/chrono/index.html").contains("chronology/index.html"))
        #expect(Fixtures.read(root, "public/groups/legion/index.html").contains(#"href="../../chronology/index.html""#))
    }
}

extension BuildTests {
    /// An entry filed under a folder of generated pages would share a URL
    /// with them (content/tags/armed.md and the tag "armed"), and one page
    /// would silently replace the other: it is an error naming the file.
    @Test func anEntryInsideAGeneratedFolderIsRefused() throws {
        let root = try Fixtures.site("""
        -- content/tags/armed.md --
        ---
        title: Armed thing
        type: group
        ---
        Filed among the tags.
        -- content/groups/legion.md --
        ---
        title: Legion
        tags: [armed]
        ---
        A group.
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try Fixtures.build(root)
        #expect(!outcome.succeeded)
        #expect(outcome.result?.diagnostics.map(\.description) == [
            "content/tags/armed.md:1:1: error: the URL /tags/armed/ is inside /tags/, which holds generated pages; move the file",
        ])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }
}

extension BuildTests {
    /// Every name that becomes part of a URL is checked where it is written
    /// — type names, folders, file names, assets — and a name a generated
    /// file takes is refused, each with the place to fix.
    @Test func namesThatWouldMisbehaveInURLsAreRefused() throws {
        let entry = "---\ntitle: E\ntype: group\n---\nText.\n"
        let cases: [(files: [String: String], expected: String)] = [
            (["almanac.yml": "types:\n  \"..\": { folder: events }\n", "content/events/e.md": entry],
             "almanac.yml:2:3: error: type name '..' must be ASCII letters, digits, '-' or '_': it names URLs and CSS classes"),
            (["almanac.yml": "types:\n  event: { folder: events }\n  Event: { folder: happenings }\n", "content/events/e.md": entry],
             "almanac.yml:3:3: error: types 'event' and 'Event' differ only in case: their timeline pages would be one folder on macOS and Windows"),
            (["content/groups/q?x/p.md": entry],
             "content/groups/q?x/p.md:1:1: error: cannot publish this file: the folder name 'q?x' contains a character that is not safe in a URL or on Windows (/ \\ % ? # : * < > | \" or a control character)"),
            (["content/javascript:alert(1).md": entry],
             "content/javascript:alert(1).md:1:1: error: cannot publish this file: the file name contains a character that is not safe in a URL or on Windows (/ \\ % ? # : * < > | \" or a control character)"),
            (["content/groups/by-date.html.md": entry],
             "content/groups/by-date.html.md:1:1: error: the URL /groups/by-date.html/ would be a folder named like the type's index page groups/by-date.html; rename the file"),
            (["content/robots.txt.md": entry],
             "content/robots.txt.md:1:1: error: the URL /robots.txt/ is taken by a generated page; rename the file"),
            (["content/groups/g.md": entry, "templates/assets/Style.css": "a {}"],
             "templates/assets/Style.css:1:1: error: this asset and 'style.css' differ only in case: they would be one file on macOS and Windows; rename one"),
            (["content/groups/g.md": entry, "templates/assets/we?ird.css": "a {}"],
             "templates/assets/we?ird.css:1:1: error: cannot publish this asset: the name 'we?ird.css' contains a character that is not safe in a URL or on Windows (/ \\ % ? # : * < > | \" or a control character)"),
        ]
        for (files, expected) in cases {
            let root = try Fixtures.site(files.sorted { $0.key < $1.key }.map { "-- \($0.key) --\n\($0.value)" }.joined())
            defer { try? FileManager.default.removeItem(at: root) }
            let outcome = try Fixtures.build(root)
            #expect(!outcome.succeeded, "\(expected)")
            #expect(outcome.result?.diagnostics.map(\.description).contains(expected) == true, "\(outcome.result?.diagnostics.map(\.description) ?? [])")
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
        }
    }

    /// An alias that differs only in case from an entry's name in the same
    /// folder would be the same folder on macOS and Windows: it gets no page.
    @Test func anAliasDifferingOnlyInCaseFromAnEntryGetsNoPage() throws {
        let root = try Fixtures.site("""
        -- content/groups/Foo.md --
        ---
        title: Foo
        ---
        A group.
        -- content/groups/bar.md --
        ---
        title: Bar
        aliases: [foo, Baz]
        ---
        Another.
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        #expect(Fixtures.read(root, "public/groups/Foo/index.html").contains("<h1>Foo</h1>"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/groups/foo").path))
        #expect(Fixtures.read(root, "public/groups/baz/index.html").contains("bar/index.html"))
    }
}
