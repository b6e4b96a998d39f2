import AlmanacRender
import AlmanacSite
import Foundation
import Testing

/// A rebuild links the pages whose bytes did not change from the output it
/// replaces: they keep inode and modification time; every other file is new.
@Suite struct OutputStagingTests {
    /// A scratch folder holding `public/` with these files (made first, so
    /// a staging build replaces it); remove `work` when done.
    private func scratch(_ files: [String: String] = [:]) throws -> (work: URL, output: URL) {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-test-\(UUID().uuidString)")
        let output = work.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return (work, output)
    }

    private func info(_ path: URL) -> stat? {
        var s = stat()
        return lstat(path.path, &s) == 0 ? s : nil
    }

    @Test func unchangedFilesKeepInodeAndTimeTheRestIsWritten() throws {
        let old: [String: String] = ["same.html": "abc", "sub/deep.html": "xyz", "changed.html": "abc", "grown.html": "ab", "empty.txt": ""]
        let (work, output) = try scratch(old)
        defer { try? FileManager.default.removeItem(at: work) }
        // A link in the old output is never followed, even to the very bytes wanted.
        let outside = work.appendingPathComponent("outside.html")
        try Data("abc".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("link.html"), withDestinationURL: outside)
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        for path in old.keys { try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: output.appendingPathComponent(path).path) }
        let before = Dictionary(uniqueKeysWithValues: old.keys.map { ($0, info(output.appendingPathComponent($0))!) })

        let staging = try OutputStaging(output: output)
        let new: [String: String] = ["same.html": "abc", "sub/deep.html": "xyz", "changed.html": "abd", "grown.html": "abc", "empty.txt": "", "link.html": "abc", "added.html": "new"]
        for (path, text) in new { staging.write(OutputFile(path: path, text: text)) }
        try staging.commit()

        for (path, text) in new {
            #expect(Fixtures.read(output, path) == text, "\(path)")
            let now = try #require(info(output.appendingPathComponent(path)))
            #expect(now.st_mode & S_IFMT == S_IFREG, "\(path) is not a regular file")
            let kept = ["same.html", "sub/deep.html", "empty.txt"].contains(path)
            if let was = before[path] {
                #expect((now.st_ino == was.st_ino) == kept, "\(path)")
                #expect((now.st_mtim.tv_sec == was.st_mtim.tv_sec) == kept, "\(path)")
            }
            // The old output is gone, so a kept file has one link again.
            #expect(now.st_nlink == 1, "\(path)")
        }
        #expect(Fixtures.read(work, "outside.html") == "abc")
        #expect(info(output.appendingPathComponent(".almanac-output")) != nil)
    }

    @Test func aFirstBuildWritesEverything() throws {
        let (work, output) = try scratch()
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.removeItem(at: output)
        let staging = try OutputStaging(output: output)
        staging.write(OutputFile(path: "a/index.html", text: "<p>a</p>"))
        try staging.commit()
        #expect(Fixtures.read(output, "a/index.html") == "<p>a</p>")
        #expect(staging.count == 1)
    }
}

extension OutputStagingTests {
    /// A one-character folder: Foundation's `deletingLastPathComponent`,
    /// once used here, stopped the build with an illegal instruction on it.
    @Test func aOneCharacterTypeFolderBuilds() throws {
        let root = try Fixtures.site("""
        -- almanac.yml --
        title: One
        types:
          thing:
            folder: x
            plural: Things
        -- content/x/y.md --
        ---
        title: Y
        ---
        Hello.
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        #expect(Fixtures.read(root, "public/x/index.html").contains(#"<a href="../x/y/index.html">Y</a>"#))
        #expect(Fixtures.read(root, "public/x/y/index.html").contains("<h1>Y</h1>"))
    }
}

extension OutputStagingTests {
    /// The whole build: after an edit, the edited page is written anew, a
    /// page the edit does not reach is the same file as before, and the
    /// folder is byte for byte what a first build makes.
    @Test func aRebuildRewritesOnlyWhatTheEditChanged() throws {
        let root = try Fixtures.site(Fixtures.valid)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Fixtures.build(root).succeeded)
        let public_ = root.appendingPathComponent("public")
        let pages = ["people/jane-roe/index.html", "sources/article/index.html", "events/kozinka-raid/index.html"]
        let before = pages.map { info(public_.appendingPathComponent($0))!.st_ino }

        let jane = root.appendingPathComponent("content/people/jane-roe.md")
        try (String(contentsOf: jane, encoding: .utf8) + "\nShe was born in 1980.\n").write(to: jane, atomically: true, encoding: .utf8)
        #expect(try Fixtures.build(root).succeeded)
        let after = pages.map { info(public_.appendingPathComponent($0))!.st_ino }
        #expect(after[0] != before[0])
        #expect(Fixtures.read(public_, pages[0]).contains("She was born in 1980."))
        #expect(after[1] == before[1])
        #expect(after[2] == before[2])

        let fresh = root.appendingPathComponent("fresh")
        #expect(try Fixtures.build(root, output: fresh).succeeded)
        #expect(Fixtures.snapshot(public_) == Fixtures.snapshot(fresh))
    }
}

extension OutputStagingTests {
    /// A path written twice (first linked from the live output, then with
    /// other bytes) fails the build, and the live output's file is never
    /// opened for writing on the way.
    @Test func aPathWrittenTwiceLeavesTheLiveOutputAlone() throws {
        let (work, output) = try scratch(["page.html": "old"])
        defer { try? FileManager.default.removeItem(at: work) }
        // A second name for the live file, as `cp -al` or rsync --link-dest would keep.
        let snapshot = work.appendingPathComponent("snapshot.html")
        #expect(link(output.appendingPathComponent("page.html").path, snapshot.path) == 0)

        let staging = try OutputStaging(output: output)
        staging.write(OutputFile(path: "page.html", text: "old"))
        staging.write(OutputFile(path: "page.html", text: "new"))
        #expect(throws: (any Error).self) { try staging.commit() }
        #expect(Fixtures.read(output, "page.html") == "old")
        #expect(Fixtures.read(work, "snapshot.html") == "old")
    }

    /// A type folder is one safe URL segment that no generated page takes;
    /// anything else is an error at the folder's place, and nothing is
    /// written — not even outside the output, where `../` would have led.
    @Test func unsafeOrTakenTypeFoldersAreRefused() throws {
        for (folder, message) in [
            ("../../escaped", "the folder name starts with a dot"),
            ("a/b", "the folder name contains a character that is not safe in a URL or on Windows (/ \\ % ? # : * < > | \" or a control character)"),
            ("Tags", "/tags/ is taken by a generated page"),
            ("search", "/search/ is taken by a generated page"),
        ] {
            let root = try Fixtures.site("""
            -- almanac.yml --
            title: T
            types:
              thing:
                folder: "\(folder)"
              other:
                folder: things
            -- content/things/y.md --
            ---
            title: Y
            type: thing
            ---
            Hi.
            """)
            defer { try? FileManager.default.removeItem(at: root) }
            let outcome = try Fixtures.build(root, output: root.appendingPathComponent("out/public"))
            #expect(!outcome.succeeded, "\(folder)")
            #expect(outcome.result?.diagnostics.first?.description == "almanac.yml:4:13: error: type 'thing' cannot use the folder '\(folder)': \(message)")
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out/public").path))
            // The staging folder is out/.public.tmp-PID, so ../../escaped is here.
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escaped").path))
        }
    }
}

extension OutputStagingTests {
    /// Two pages at one path are a bug somewhere upstream; the build fails
    /// with the path named and the output stays as it was.
    @Test func twoPagesAtOnePathFailTheBuild() throws {
        let (work, output) = try scratch(["page.html": "old"])
        defer { try? FileManager.default.removeItem(at: work) }
        let staging = try OutputStaging(output: output)
        staging.write(OutputFile(path: "tags/x/index.html", text: "a tag"))
        staging.write(OutputFile(path: "tags/x/index.html", text: "an entry"))
        #expect(throws: (any Error).self) { try staging.commit() }
        do { try staging.commit() } catch { #expect("\(error)".contains("two pages would be written at tags/x/index.html")) }
        #expect(Fixtures.read(output, "page.html") == "old")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("tags").path))
    }
}

extension OutputStagingTests {
    /// Folders that differ only in case are one folder on macOS and Windows.
    @Test func typeFoldersDifferingInCaseAreOneFolder() throws {
        let root = try Fixtures.site("""
        -- almanac.yml --
        title: T
        types:
          group:
            folder: Groups
          team:
            folder: groups
        -- content/Groups/a.md --
        ---
        title: A
        ---
        A group.
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try Fixtures.build(root)
        #expect(!outcome.succeeded)
        #expect(outcome.result?.diagnostics.map(\.description) == ["almanac.yml:5:3: error: types 'group' and 'team' share the folder 'groups'"])
    }
}
