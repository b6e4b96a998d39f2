import AlmanacSite
import ArgumentParser
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the wiki into public/ (replaced only if the build succeeds).")

    @OptionGroup var options: SiteOptions
    @Option(name: .long, help: "Output folder (default: public/ in the site folder).")
    var output: String?
    @Option(name: .long, help: "Absolute URL the site is published at (overrides base_url).")
    var baseURL: String?
    @Flag(name: .long, help: "Print how long each stage of the build took.")
    var timings = false

    func run() throws {
        let console = Console()
        let started = Date()
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? options.root.appendingPathComponent("public")
        let clock = StageTimings()
        let progress = timings ? clock.observing(console.progressHandler) : console.progressHandler
        let outcome = try options.session(baseURL: baseURL, progress: progress).publish(to: outputURL)
        console.clearProgress()
        if timings { console.summary("Timings: " + clock.summary()) }
        let elapsed = Elapsed.text(Date().timeIntervalSince(started))
        switch outcome {
        case .refused(let reason):
            console.fail("error: \(reason)")
            throw ExitCode.failure
        case .failed(let result):
            console.print(result.diagnostics)
            console.summary("Build failed: \(counts(result)); \(displayPath(outputURL)) left as it was (\(elapsed))")
            throw ExitCode.failure
        case .built(let result):
            console.print(result.diagnostics)
            console.summary("Built \(result.entryCount) entries, \(result.fileCount) files into \(displayPath(outputURL)) in \(elapsed): \(counts(result))")
        }
    }
}

func counts(_ result: BuildResult) -> String {
    let e = result.diagnostics.errorCount, w = result.diagnostics.warningCount
    return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s"), \(result.wantedCount) wanted entr\(result.wantedCount == 1 ? "y" : "ies")"
}


func displayPath(_ url: URL) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    return url.path.hasPrefix(cwd + "/") ? String(url.path.dropFirst(cwd.count + 1)) + "/" : url.path + "/"
}
