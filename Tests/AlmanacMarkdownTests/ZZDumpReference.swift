// THROWAWAY: dumps RenderedBody of every entry under $ALMANAC_MD_DUMP_IN to $ALMANAC_MD_DUMP_OUT.
import AlmanacMarkdown
import Foundation
import Testing

@Suite struct ZZDumpReference {
    @Test func dump() throws {
        let env = ProcessInfo.processInfo.environment
        guard let root = env["ALMANAC_MD_DUMP_IN"], let outPath = env["ALMANAC_MD_DUMP_OUT"] else { return }
        var paths: [String] = []
        let e = FileManager.default.enumerator(atPath: root)!
        while let p = e.nextObject() as? String { if p.hasSuffix(".md") { paths.append(p) } }
        paths.sort()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = Data()
        let renderers = [MarkdownRenderer(), MarkdownRenderer(allowRawHTML: true)]
        var total = 0.0
        for p in paths {
            let text = try String(contentsOfFile: root + "/" + p, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            var body = text
            var firstLine = 1
            if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") {
                body = lines[(close + 1)...].joined(separator: "\n")
                firstLine = close + 2
            }
            for r in renderers {
                let t0 = Date()
                let rendered = r.render(body, firstLine: firstLine)
                total += Date().timeIntervalSince(t0)
                out.append(contentsOf: Array("\(p) \(r.allowRawHTML)\n".utf8))
                out.append(try encoder.encode(rendered))
                out.append(10)
            }
        }
        try out.write(to: URL(fileURLWithPath: outPath))
        print("rendered \(paths.count) files, render time \(total) s")
    }
}
