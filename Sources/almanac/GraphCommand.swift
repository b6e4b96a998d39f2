import AlmanacGraph
import AlmanacSite
import ArgumentParser
import Foundation

extension GraphExport.Format: ExpressibleByArgument {}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph", abstract: "Export the typed, dated, sourced graph (json, graphml, dot) for Gephi, networkx or Graphviz.")

    @OptionGroup var options: SiteOptions
    @Option(name: .long, help: "json, graphml or dot.")
    var format: GraphExport.Format = .json
    @Option(name: .long, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let console = Console()
        var session = options.session()
        // The graph needs every link resolved, not one page rendered.
        let diagnostics = session.check().diagnostics
        console.print(diagnostics)
        guard let linked = session.linked else { throw ExitCode.failure }
        let text = GraphExport.render(linked, as: format)
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        // Like `query`: what resolved is exported, but a broken wiki fails the command.
        if diagnostics.hasErrors {
            console.fail("the wiki has \(diagnostics.errorCount) error(s); the graph may be incomplete")
            throw ExitCode.failure
        }
    }
}
