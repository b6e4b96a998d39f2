import AlmanacServer
import ArgumentParser
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve on loopback, rebuild on save and reload open pages.")

    @OptionGroup var options: SiteOptions
    @Option(name: .long, help: "Address to listen on (loopback unless you say otherwise).")
    var host: String = "127.0.0.1"
    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port: Int = 8000
    @Flag(name: .long, help: "Print how long each stage of every rebuild took.")
    var timings = false

    func run() async throws {
        let console = Console()
        var session = PreviewSession(siteRoot: options.root, host: host, port: port) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        session.makeMarkdownStage = MarkdownStageChoice.factory
        session.timings = timings
        do {
            try await session.run()
        } catch let failure as PreviewSession.Failure {
            console.fail("error: \(failure)")
            throw ExitCode.failure
        }
    }
}
