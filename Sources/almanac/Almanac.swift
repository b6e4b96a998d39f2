import AlmanacSite
import ArgumentParser

@main
struct Almanac: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "almanac",
        abstract: "Build a static reference wiki from Markdown entries with typed relations.",
        version: VersionReport.text,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, GraphCommand.self, QueryCommand.self, InitCommand.self, NewCommand.self, MarkdownWorkerCommand.self]
    )
}
