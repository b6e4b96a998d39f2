import AlmanacCore
import AlmanacGraph
import AlmanacSite
import ArgumentParser
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check content, schema and templates without writing; exit 1 on errors.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, github }

    @OptionGroup var options: SiteOptions
    @Option(name: .long, help: "text, json, or github (annotations for GitHub Actions).")
    var format: Format = .text
    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    func run() throws {
        let console = Console()
        let started = Date()
        var session = options.session(progress: format == .text ? console.progressHandler : nil)
        let result = session.check()
        console.clearProgress()
        switch format {
        case .text:
            console.print(result.diagnostics)
            console.summary("Checked \(result.entryCount) entries in \(Elapsed.text(Date().timeIntervalSince(started))): \(counts(result))")
            let reports = result.report.counts.dropFirst().filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
            if !reports.isEmpty { console.summary("Reports: " + reports.joined(separator: ", ") + " (almanac check --format json, or maintenance/ in the built site)") }
        case .github:
            // Workflow commands: GitHub shows each as an annotation on the pull request's diff.
            for d in result.diagnostics {
                let level = d.severity == .error || strict ? "error" : "warning"
                print("::\(level) file=\(d.location.path),line=\(d.location.line),col=\(d.location.column)::\(d.message.replacingOccurrences(of: "\n", with: "%0A"))")
            }
            print("Checked \(result.entryCount) entries: \(counts(result))")
        case .json:
            let report = CheckReport(result: result)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(report)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
        if result.diagnostics.hasErrors || (strict && !result.diagnostics.isEmpty) { throw ExitCode.failure }
    }
}

/// The machine-readable form of `almanac check --format json`.
struct CheckReport: Encodable {
    struct Item: Encodable {
        var path: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
    }
    var entries: Int
    var errors: Int
    var warnings: Int
    var wanted: Int
    var diagnostics: [Item]
    var reports: MaintenanceReport

    init(result: BuildResult) {
        entries = result.entryCount
        errors = result.diagnostics.errorCount
        warnings = result.diagnostics.warningCount
        wanted = result.wantedCount
        reports = result.report
        diagnostics = result.diagnostics.map {
            Item(path: $0.location.path, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, message: $0.message)
        }
    }
}
