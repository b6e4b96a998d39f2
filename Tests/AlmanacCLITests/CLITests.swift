import AlmanacCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Runs the real `almanac` binary and compares its whole output.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("almanac")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/almanac").standardizedFileURL
    }

    func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = "true"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Timings vary; the rest of a summary line does not.
    func stable(_ text: String) -> String {
        text.replacingOccurrences(of: #"in \d+(\.\d+)? (ms|s)"#, with: "in TIME", options: .regularExpression)
            .replacingOccurrences(of: #"\(\d+(\.\d+)? (ms|s)\)"#, with: "(TIME)", options: .regularExpression)
    }

    @Test func checkPrintsEveryProblemSortedThenASummaryAndFails() throws {
        let root = try TextArchive.write("""
        -- content/groups/b.md --
        ---
        founded: someday
        ---
        See [[Nowhere]].
        -- content/groups/a.md --
        ---
        leader: b
        colour: red
        ---
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["check"], in: root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(stable(result.stderr) == """
        content/groups/a.md:2:9: error: 'leader' must link to person, but 'b' is a group
        content/groups/a.md:3:1: error: unknown field 'colour' for type group (known: founded, dissolved, leader, members, affiliated_with, supported_by, allies, based_in, website, title, type, aliases, summary, tags, sources, updated)
        content/groups/b.md:2:10: error: 'someday' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD
        Checked 2 entries in TIME: 3 errors, 0 warnings, 1 wanted entry
        Reports: 1 orphans, 1 dead ends, 1 unsourced claims, 1 uncited paragraphs (almanac check --format json, or maintenance/ in the built site)

        """)
    }

    @Test func checkAsJSON() throws {
        let root = try TextArchive.write("-- content/groups/b.md --\n---\nfounded: someday\n---\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["check", "--format", "json"], in: root)
        #expect(result.status == 1)
        #expect(result.stdout == """
        {
          "diagnostics" : [
            {
              "column" : 10,
              "line" : 2,
              "message" : "'someday' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
              "path" : "content/groups/b.md",
              "severity" : "error"
            }
          ],
          "entries" : 1,
          "errors" : 1,
          "reports" : {
            "aliasCollisions" : [

            ],
            "deadEnds" : [
              {
                "id" : "groups/b",
                "location" : {
                  "column" : 1,
                  "line" : 1,
                  "path" : "content/groups/b.md"
                },
                "title" : "B"
              }
            ],
            "orphans" : [
              {
                "id" : "groups/b",
                "location" : {
                  "column" : 1,
                  "line" : 1,
                  "path" : "content/groups/b.md"
                },
                "title" : "B"
              }
            ],
            "singleSource" : [

            ],
            "stale" : [

            ],
            "uncitedParagraphs" : [

            ],
            "unsourcedClaims" : [

            ],
            "wanted" : [

            ]
          },
          "wanted" : 0,
          "warnings" : 0
        }

        """)
    }

    @Test func initThenNewThenBuild() throws {
        let parent = try TextArchive.write("")
        defer { try? FileManager.default.removeItem(at: parent) }
        let created = try run(["init", "wiki", "--title", "My Wiki"], in: parent)
        #expect(created.status == 0)
        let wiki = parent.appendingPathComponent("wiki")
        let new = try run(["new", "person", "Илья Пономарёв", "--site", "wiki"], in: parent)
        #expect(new.status == 0)
        #expect(new.stdout == "Created content/people/il-a-ponomarev.md\n")
        let built = try run(["build", "--site", "wiki"], in: parent)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(stable(built.stderr) == "Built 6 entries, 74 files into wiki/public/ in TIME: 0 errors, 0 warnings, 0 wanted entries\n")
        let jane = try String(contentsOf: wiki.appendingPathComponent("public/people/jane-doe/index.html"), encoding: .utf8)
        #expect(jane.contains("<dt>Leader of</dt>"))
        let again = try run(["init", "wiki"], in: parent)
        #expect(again.status == 1)
        #expect(again.stderr == "error: \(wiki.path) already holds a wiki (content/ or almanac.yml); nothing was written\n")
    }

    @Test func buildRefusesAForeignOutputFolder() throws {
        let root = try TextArchive.write("-- content/groups/a.md --\nA\n-- notes/keep.txt --\nkeep\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["build", "--output", "notes"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: refusing to replace "))
        #expect(result.stderr.hasSuffix("notes: it is not empty and was not made by Almanac (no .almanac-output file)\n"))
    }

    @Test func githubAnnotationsAndStrict() throws {
        let root = try TextArchive.write("-- content/groups/b.md --\n---\nleader: nobody\n---\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let plain = try run(["check", "--format", "github"], in: root)
        #expect(plain.status == 0)
        #expect(plain.stdout == "::warning file=content/groups/b.md,line=2,col=9::'leader' names 'nobody', which is no entry yet (shown as a red link)\nChecked 1 entries: 0 errors, 1 warning, 1 wanted entry\n")
        let strict = try run(["check", "--strict", "--format", "github"], in: root)
        #expect(strict.status == 1)
        #expect(strict.stdout.hasPrefix("::error file=content/groups/b.md,line=2,col=9::"))
    }

    @Test func graphExportParsesWithTheRightCounts() throws {
        let root = try TextArchive.write("""
        -- content/groups/a.md --
        ---
        leader: {entry: p, status: claimed, sources: [{source: s, at: paragraph 2}], from: 2022, to: ~2024}
        ---
        See [[P]] and [[S]].
        -- content/people/p.md --
        Person.
        -- content/sources/s.md --
        Source.
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["graph", "--format", "graphml"], in: root)
        #expect(result.status == 0)
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        #expect(try document.nodes(forXPath: "//*[local-name()='node']").count == 3)
        #expect(try document.nodes(forXPath: "//*[local-name()='edge']").count == 3)
        #expect(result.stdout.contains("<edge id=\"e0\" source=\"groups/a\" target=\"people/p\"><data key=\"e_relation\">leader</data><data key=\"e_kind\">relation</data><data key=\"e_status\">claimed</data><data key=\"e_from\">2022</data><data key=\"e_to\">c. 2024</data><data key=\"e_sources\">sources/s @ paragraph 2</data></edge>"))
        let json = try run(["graph", "--format", "json"], in: root)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((parsed?["nodes"] as? [Any])?.count == 3)
        #expect((parsed?["edges"] as? [Any])?.count == 3)
    }

    @Test func versionNamesTheMarkdownLibrary() throws {
        let result = try run(["--version"], in: URL(fileURLWithPath: "/"))
        #expect(result.stdout.hasPrefix("almanac 0.1.0\ncmark-gfm 0.29.0.gfm."))
    }
}

/// libcmark-gfm loses extension syntax when two parsers run in one process;
/// the worker processes must give exactly what one parser gives.
@Suite struct ParallelBuildTests {
    @Test func workersAndOneParserBuildTheSameBytes() throws {
        var archive = ""
        for i in 0..<120 {
            archive += """
            -- content/groups/g\(i).md --
            ---
            title: Group \(i)
            ---
            ~~struck \(i)~~ and **bold** with www.example.org/\(i) and [[Group \((i + 1) % 120)]].[^1]

            | a | b |
            |---|---|
            | ~~x~~ | [[g\((i + 7) % 120)]] |

            - [x] done
            - [ ] open ~~item~~

            [^1]: A note.

            """
        }
        let root = try TextArchive.write(archive)
        defer { try? FileManager.default.removeItem(at: root) }
        func build(_ workers: String, _ output: String) throws -> Int32 {
            let process = Process()
            process.executableURL = CLITests.binary
            process.arguments = ["build", "--output", output]
            process.currentDirectoryURL = root
            var environment = ProcessInfo.processInfo.environment
            environment["ALMANAC_WORKERS"] = workers
            environment["CI"] = "true"
            process.environment = environment
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try build("0", "serial") == 0)
        #expect(try build("2", "parallel") == 0)
        let serial = snapshot(root.appendingPathComponent("serial"))
        let parallel = snapshot(root.appendingPathComponent("parallel"))
        #expect(serial.count > 120)
        #expect(serial == parallel)
        #expect(String(decoding: serial["groups/g5/index.html"] ?? Data(), as: UTF8.self).contains("<del>struck 5</del>"))
    }

}

/// Killing a build at any moment leaves the old site or the new one, whole.
@Suite struct InterruptedBuildTests {
    @Test func publicIsAlwaysTheOldSiteOrTheNewOne() throws {
        var archive = ""
        for i in 0..<150 { archive += "-- content/groups/g\(i).md --\n---\ntitle: Group \(i)\n---\nVersion one of [[Group \((i + 1) % 150)]].\n" }
        let root = try TextArchive.write(archive)
        defer { try? FileManager.default.removeItem(at: root) }
        func build(_ extra: [String] = []) throws -> Process {
            let process = Process()
            process.executableURL = CLITests.binary
            process.arguments = ["build"] + extra
            process.currentDirectoryURL = root
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let first = try build()
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let old = snapshot(root.appendingPathComponent("public"))
        for i in 0..<150 {
            try Data("---\ntitle: Group \(i)\n---\nVersion two of [[Group \((i + 1) % 150)]].\n".utf8).write(to: root.appendingPathComponent("content/groups/g\(i).md"))
        }
        let reference = try build(["--output", root.appendingPathComponent("reference").path])
        reference.waitUntilExit()
        let new = snapshot(root.appendingPathComponent("reference"))
        #expect(new != old)
        var generator = SystemRandomNumberGenerator()
        var sawNew = false
        for attempt in 0..<8 {
            let process = try build()
            usleep(UInt32.random(in: 0...UInt32(attempt < 7 ? 400_000 : 5_000_000), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = snapshot(root.appendingPathComponent("public"))
            let isNew = now == new
            #expect(now == old || isNew, "attempt \(attempt): public/ is neither the old nor a whole new site")
            sawNew = sawNew || isNew
        }
        let finish = try build()
        finish.waitUntilExit()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".public.tmp-") }
        #expect(leftovers.isEmpty, "staging folders of killed builds are cleaned up")
    }

}

/// Every file under `folder`, by relative path.
func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
    for case let path as String in walker {
        let url = folder.appendingPathComponent(path)
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue { files[path] = FileManager.default.contents(atPath: url.path) }
    }
    return files
}

/// An input from the cmark-gfm advisories (CVE-2023-22486: quadratic output,
/// then `abort()`): the watchdog names the file and the rest is still checked,
/// by every command that reads the wiki (they share one pipeline).
@Suite struct PathologicalMarkdownTests {
    @Test(arguments: [["check"], ["graph", "--format", "dot"], ["query", "from group"]])
    func theWatchdogNamesTheEntryAndTheRestIsChecked(_ command: [String]) throws {
        let n = 50_000
        let bomb = "[f]:u\n\"\n" + String(repeating: "[f]\n", count: n) + "[f]:u \"t\n"
        let root = try TextArchive.write("""
        -- almanac.yml --
        max_entry_size: 400000
        -- content/groups/fine.md --
        ---
        founded: soon
        ---
        Fine.
        """)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(("---\ntitle: Bomb\n---\n" + bomb).utf8).write(to: root.appendingPathComponent("content/groups/bomb.md"))
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = command
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["ALMANAC_PARSE_TIMEOUT"] = "1"
        environment["CI"] = "true"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        let output = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(command[0]) ended with \(process.terminationStatus)")
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/groups/bomb.md:4:1: error: Markdown parsing took longer than 1 s and was stopped: the body probably hits one of cmark-gfm's slow inputs (CVE-2023-22484, -24824, -26485); simplify it")
            || lines.contains { $0.hasPrefix("content/groups/bomb.md:4:1: error: cmark-gfm crashed on this entry") })
        #expect(lines.contains("content/groups/fine.md:2:10: error: 'soon' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}
