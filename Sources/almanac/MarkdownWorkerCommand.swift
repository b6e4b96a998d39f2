import AlmanacContent
import AlmanacSite
import ArgumentParser
import Foundation

/// Runs one Markdown worker process (started by Almanac itself).
struct MarkdownWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "markdown-worker", abstract: "Internal: a Markdown worker process.", shouldDisplay: false)

    @Flag(name: .long) var rawHTML = false

    func run() throws { MarkdownWorker.run(allowRawHTML: rawHTML) }
}

/// The Markdown stage the commands use: worker processes running this
/// binary, unless ALMANAC_WORKERS=0 asks for the in-process stage.
/// ALMANAC_PARSE_TIMEOUT sets the watchdog (seconds an entry may take; 10).
enum MarkdownStageChoice {
    static var factory: (@Sendable (SiteConfig) -> any MarkdownStage)? {
        let environment = ProcessInfo.processInfo.environment
        if environment["ALMANAC_WORKERS"] == "0" { return nil }
        #if os(Linux)
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        #else
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        #endif
        let count = environment["ALMANAC_WORKERS"].flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
        let timeout = environment["ALMANAC_PARSE_TIMEOUT"].flatMap(Double.init) ?? 10
        return { config in WorkerPool(executable: executable, allowRawHTML: config.allowRawHTML, count: count, timeout: timeout) }
    }
}
