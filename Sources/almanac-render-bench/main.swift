// The render micro-benchmark: one entry page's template render, its values
// and its neighbourhood SVG, timed per entry (medians), with swift-mustache
// rendering the same templates over the same values as the reference in the
// same run. `bench/render_bench.py` runs it; see README "Performance".
import AlmanacCore
import AlmanacRender
import AlmanacSite
import AlmanacTemplate
import AlmanacViz
import Foundation
import Mustache

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: almanac-render-bench SITE [ENTRIES] [ROUNDS]\n".utf8))
    exit(2)
}
let site = URL(fileURLWithPath: arguments[1])
let sample = arguments.count > 2 ? Int(arguments[2]) ?? 500 : 500
let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5

var session = SiteSession(root: site)
session.renderPages = false
let update = session.build()
guard !update.result.diagnostics.hasErrors, let probe = session.renderProbe(), let count = session.linked?.entries.count, count > 0 else {
    FileHandle.standardError.write(Data("the site does not build\n".utf8))
    exit(1)
}
let entries = Array(stride(from: 0, to: count, by: max(1, count / sample)).prefix(sample))

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Median of per-entry times over all rounds, in microseconds.
func measure(_ body: (Int) -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<rounds {
        for i in entries {
            let start = now()
            body(i)
            times.append(Double(now() - start) / 1000)
        }
    }
    times.sort()
    return times[times.count / 2]
}

let values = entries.map { ($0, probe.values($0)) }
let byEntry = Dictionary(uniqueKeysWithValues: values)

// swift-mustache over the same values, turned into what it reads.
struct Missing: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
func any(_ value: TemplateValue) -> Any {
    switch value {
    case .absent: return Missing()
    case .bool(let b): return b
    case .int(let n): return n
    case .double(let d): return d
    case .text(let s): return s
    case .utf8(let b): return String(decoding: b, as: UTF8.self)
    case .list(let items): return items.map(any)
    case .object(let fields): return fields.mapValues(any)
    case .shared(_, let inner): return any(inner)
    }
}
let theme = site.appendingPathComponent("templates")
func source(_ name: String) -> String {
    (try? String(contentsOf: theme.appendingPathComponent(name + ".mustache"), encoding: .utf8)) ?? DefaultTheme.templates[name] ?? ""
}
var mustacheTemplates: [String: MustacheTemplate] = [:]
for name in ["entry", "layout", "qualifiers", "footer"] { mustacheTemplates[name] = try MustacheTemplate(string: source(name)) }
let library = MustacheLibrary(templates: mustacheTemplates)
let anyValues = Dictionary(uniqueKeysWithValues: values.map { ($0.0, any($0.1) as! [String: Any]) })

var sink = 0
// `svg` alone, many rounds: for a profiler.
if ProcessInfo.processInfo.environment["BENCH_ONLY"] == "render" {
    print(String(format: "template render of an entry page: %.1f µs (median)", measure { i in
        var out: [UInt8] = []
        out.reserveCapacity(32_768)
        probe.render(byEntry[i]!, into: &out)
        sink &+= out.count
    }))
    exit(sink == 42 ? 1 : 0)
}
if ProcessInfo.processInfo.environment["BENCH_ONLY"] == "values" {
    print(String(format: "values of an entry page: %.1f µs (median)", measure { i in if case .object(let f) = probe.values(i) { sink &+= f.count } }))
    exit(sink == 42 ? 1 : 0)
}
if ProcessInfo.processInfo.environment["BENCH_ONLY"] == "drawing" {
    let inputs = Dictionary(uniqueKeysWithValues: entries.compactMap { i in probe.neighbourhoodInput(i).map { (i, $0) } })
    print(String(format: "neighbourhood drawing: %.1f µs (median)", measure { i in sink &+= inputs[i].map { NeighbourhoodSVG.render($0).count } ?? 0 }))
    exit(sink == 42 ? 1 : 0)
}
if ProcessInfo.processInfo.environment["BENCH_ONLY"] == "svg" {
    print(String(format: "neighbourhood SVG: %.1f µs (median)", measure { i in sink &+= probe.neighbourhood(i)?.count ?? 0 }))
    let inputs = Dictionary(uniqueKeysWithValues: entries.compactMap { i in probe.neighbourhoodInput(i).map { (i, $0) } })
    print(String(format: "  of which drawing: %.1f µs (median)", measure { i in sink &+= inputs[i].map { NeighbourhoodSVG.render($0).count } ?? 0 }))
    exit(sink == 42 ? 1 : 0)
}
let ours = measure { i in
    var out: [UInt8] = []
    out.reserveCapacity(32_768)
    probe.render(byEntry[i]!, into: &out)
    sink &+= out.count
}
let reference = measure { i in
    var context = anyValues[i]!
    context["content"] = library.render(context, withTemplate: "entry") ?? ""
    sink &+= (library.render(context, withTemplate: "layout") ?? "").utf8.count
}
let building = measure { i in
    if case .object(let fields) = probe.values(i) { sink &+= fields.count }
}
let svg = measure { i in sink &+= probe.neighbourhood(i)?.count ?? 0 }
let inputs = Dictionary(uniqueKeysWithValues: entries.compactMap { i in probe.neighbourhoodInput(i).map { (i, $0) } })
let drawing = measure { i in sink &+= inputs[i].map { NeighbourhoodSVG.render($0).count } ?? 0 }

print("entries: \(entries.count) of \(count), rounds: \(rounds)")
print(String(format: "template render of an entry page: %.1f µs (median)", ours))
print(String(format: "swift-mustache, same templates and values: %.1f µs (median); ratio %.1f×", reference, reference / ours))
print(String(format: "values of an entry page: %.1f µs (median)", building))
print(String(format: "neighbourhood SVG: %.1f µs (median); of which drawing %.1f µs", svg, drawing))
if sink == 42 { print("") }
