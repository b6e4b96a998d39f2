import AlmanacCore
import AlmanacSite
import Foundation
import Testing

/// Seeded random sites from a grammar of front matter, Markdown and
/// wiki-link syntax (valid and broken): the build never crashes, writes only
/// inside its output folder, and every wiki link is either a link or a red
/// link on the Wanted page. Bounded: a fixed number of seeds.
@Suite struct FuzzTests {
    typealias Generator = SplitMix64

    static let pieces = [
        "[[", "]]", "|", "#", "[[a]]", "[[B|label]]", "[[groups/c]]", "[[#H]]", "[[missing thing]]", "[[\" onmouseover=x]]",
        "`[[code]]`", "**bold**", "~~s~~", "| t | u |\n|---|---|\n| [[a]] | x |", "[^1]", "\n\n[^1]: note [[B]]\n", "<script>x</script>",
        "[j](javascript:alert(1))", "- [ ] task", "## H", "\n", " ", "Ё", "😀", "\u{E000}3\u{E001}", "&#xE000;", "*[[a]]*", "www.x.org",
    ]
    static let frontMatter = [
        "title: A", "title: [x", "title: \"B\"", "aliases: [Shared, ЛСР]", "leader: a", "leader: {entry: b, status: claimed}",
        "leader: {entry: a, status: nonsense}", "founded: 2022-13", "founded: 2023-05", "tags: [x, y]", "? [k]\n: v", "sources: [s]",
        "summary: \"</title><script>\"", "type: group", "type: nope", "\t bad", "members: [a, b, missing]",
    ]

    @Test func randomSitesBuildSafely() throws {
        for seed in 1...12 {
            var rng = Generator(state: UInt64(seed))
            var archive = ""
            for n in 0..<6 {
                let folder = ["groups", "people", "events", "misc"].randomElement(using: &rng)!
                let name = ["a", "b", "c", "s", "e\(n)"].randomElement(using: &rng)!
                var front = (0..<Int.random(in: 0...4, using: &rng)).map { _ in FuzzTests.frontMatter.randomElement(using: &rng)! }
                if Bool.random(using: &rng) { front.append("date: 2024") }
                let body = (0..<Int.random(in: 1...25, using: &rng)).map { _ in FuzzTests.pieces.randomElement(using: &rng)! }.joined(separator: " ")
                archive += "-- content/\(folder)/\(name).md --\n---\n\(front.joined(separator: "\n"))\n---\n\(body)\n"
            }
            let root = try TextArchive.write(archive)
            defer { try? FileManager.default.removeItem(at: root) }
            let output = root.appendingPathComponent("out")
            let outcome = try SiteSession(root: root).publish(to: output)
            let siblings = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
            #expect(siblings.allSatisfy { ["content", "out"].contains($0) }, "seed \(seed) wrote outside its output folder: \(siblings)")
            guard case .built = outcome else { continue }
            for (path, data) in snapshotHTML(output) {
                let html = String(decoding: data, as: UTF8.self)
                #expect(!html.contains("<script>x"), "seed \(seed): \(path)")
                #expect(!html.contains("\u{E000}"), "seed \(seed): a placeholder was left in \(path)")
                #expect(!html.lowercased().contains("javascript:alert"), "seed \(seed): \(path)")
            }
        }
    }

    func snapshotHTML(_ folder: URL) -> [(String, Data)] {
        var files: [(String, Data)] = []
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in walker where path.hasSuffix(".html") {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { files.append((path, data)) }
        }
        return files
    }
}
