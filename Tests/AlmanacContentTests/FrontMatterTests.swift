import AlmanacContent
import AlmanacCore
import Foundation
import Testing

@Suite struct FrontMatterTests {
    let decoder = EntryDecoder(config: SiteConfig())

    func decode(_ text: String, path: String = "content/groups/x.md") -> (Entry?, [String]) {
        let parts = path.dropFirst("content/".count).split(separator: "/")
        let file = SourceFile(path: path, folder: parts.dropLast().joined(separator: "/"), stem: String(parts.last!.dropLast(3)), text: text)
        let (entry, diagnostics) = decoder.decode(file)
        return (entry, diagnostics.map(\.description))
    }

    @Test func keepsLineAndColumnOfEachField() {
        let (entry, problems) = decode("---\ntitle: Legion\nfounded: 2022-03\nleader: jane\n---\nBody\n")
        #expect(problems.isEmpty)
        #expect(entry?.title == "Legion")
        #expect(entry?.date == PartialDate(year: 2022, month: 3))
        #expect(entry?.links.map { "\($0.field.name)=\($0.ref.target)@\($0.ref.location)" } == ["leader=jane@content/groups/x.md:4:9"])
        #expect(entry?.bodyFirstLine == 6)
    }

    @Test func acceptsBOMAndCRLF() {
        let (entry, problems) = decode("\u{FEFF}---\r\ntitle: Legion\r\nfounded: 2022\r\n---\r\nBody\r\n")
        #expect(problems.isEmpty)
        #expect(entry?.title == "Legion")
        #expect(entry?.body == "Body\n")
    }

    @Test func hostileFrontMatterIsAnErrorAtItsPlace() {
        let bomb = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n---\n"
        let cases: [(String, String)] = [
            (bomb, "content/groups/x.md:6:1: error: 'e' expands to more than 100000 values (an alias bomb?)"),
            ("---\n? [a, b]\n: c\n---\n", "content/groups/x.md:2:3: error: a mapping key must be a plain name, not a list"),
            ("---\ntitle: " + String(repeating: "[", count: 10_000) + "\n---\n", "content/groups/x.md:2:72: error: YAML nested more than 64 levels deep"),
            ("---\ntitle: A\n\tfounded: 2020\n---\n", "content/groups/x.md:3:1: error: invalid YAML: while scanning a plain scalar found a tab character that violates indentation"),
            ("---\ntitle: A\ntitle: B\n---\n", "content/groups/x.md:2:1: error: duplicate key 'title' in a mapping"),
            ("---\ntitle: \"open\n---\n", "content/groups/x.md:2:8: error: invalid YAML: while scanning a quoted scalar found unexpected end of stream"),
            ("---\n- a\n- b\n---\n", "content/groups/x.md:2:1: error: front matter must be a mapping of fields, not a list"),
            ("---\ntitle: A\n", "content/groups/x.md:1:1: error: front matter opened with '---' is never closed (add a line '---' after the last field)"),
        ]
        for (text, expected) in cases {
            let started = Date()
            let (entry, problems) = decode(text)
            #expect(entry == nil)
            #expect(problems == [expected])
            #expect(Date().timeIntervalSince(started) < 5)
        }
    }

    @Test func emptyFrontMatterIsAnEntryWithDefaults() {
        let (entry, problems) = decode("---\n---\nBody\n", path: "content/people/jane-doe.md")
        #expect(problems.isEmpty)
        #expect(entry?.title == "Jane doe")
        #expect(entry?.type == "person")
    }

    @Test func wrongKindsAreReportedAndTheRestIsKept() {
        let (entry, problems) = decode("---\ntitle: [a]\nfounded: soon\nleader: [a, b]\nwebsite: javascript:alert(1)\naliases: {x: y}\n---\n")
        #expect(problems == [
            "content/groups/x.md:2:8: error: 'title' must be non-empty text",
            "content/groups/x.md:3:10: error: 'soon' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
            "content/groups/x.md:4:9: error: 'leader' links to one entry; use a single value (or declare it 'links')",
            "content/groups/x.md:5:10: error: 'website' must be an http(s) or mailto URL",
            "content/groups/x.md:6:10: error: 'aliases' must be text or a list of text, not a mapping",
        ])
        #expect(entry?.id == "groups/x")
    }

    @Test func unsafeFileNamesAreRefused() {
        for stem in ["CON", "..x", "a%2e"] {
            let (entry, problems) = decode("Body", path: "content/groups/\(stem).md")
            #expect(entry == nil)
            #expect(problems.count == 1)
        }
    }
}

@Suite struct ContentLoaderTests {
    @Test func invalidUTF8AndNULAreReportedWhereTheyStand() throws {
        let root = try TextArchive.write("-- content/groups/ok.md --\nfine\n")
        defer { try? FileManager.default.removeItem(at: root) }
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x3A, 0x20, 0xC3, 0x28, 0x0A]).write(to: root.appendingPathComponent("content/groups/bad.md"))
        try Data("---\ntitle: a\u{0}b\n---\n".utf8).write(to: root.appendingPathComponent("content/groups/nul.md"))
        try Data("x".utf8).write(to: root.appendingPathComponent("content/groups/OK.md"))
        let folder = ContentLoader.load(siteRoot: root)
        #expect(folder.diagnostics.map(\.description) == [
            "content/groups/bad.md:2:4: error: the file is not valid UTF-8 (byte 0xC3)",
            "content/groups/nul.md:2:9: error: NUL byte in the file",
            "content/groups/ok.md:1:1: error: 'content/groups/ok.md' and 'content/groups/OK.md' differ only in case: they would be one page on macOS and Windows; rename one",
        ])
        #expect(folder.files.map(\.path) == ["content/groups/OK.md"])
    }

    @Test func symlinksOutsideContentAreRefused() throws {
        let root = try TextArchive.write("-- content/groups/a.md --\nA\n-- secret.md --\nsecret\n")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/groups/leak.md").path, withDestinationPath: root.appendingPathComponent("secret.md").path)
        let folder = ContentLoader.load(siteRoot: root)
        #expect(folder.files.map(\.path) == ["content/groups/a.md"])
        #expect(folder.diagnostics.count == 1)
        #expect(folder.diagnostics.first?.description.hasPrefix("content/groups/leak.md:1:1: error: symbolic link points outside content/") == true)
    }
}
