import AlmanacCore
import AlmanacGraph
import AlmanacMarkdown
import AlmanacQuery
import AlmanacSite
import ArgumentParser
import Foundation

extension QueryOutput.Format: ExpressibleByArgument {}

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a query (the language of ```query blocks) against the wiki and print the result.",
        discussion: """
            Each argument is one line of the query, e.g.
              almanac query 'from event' 'where participants has [[Russian Volunteer Corps]]' 'sort date desc'
            See docs/queries.md. Exit status 1 when the query or the wiki has errors.
            """)

    @OptionGroup var options: SiteOptions
    @Option(name: .long, help: "table, json or csv.")
    var format: QueryOutput.Format = .table
    @Option(name: .long, help: "The entry 'this' names (a title, alias or folder/slug).")
    var this: String?
    @Option(name: .long, help: "Read the query from this file ('-' for standard input) instead of the arguments.")
    var file: String?
    @Argument(help: "The query's lines.")
    var lines: [String] = []

    func run() throws {
        let console = Console()
        let text: String
        let name: String
        if let file {
            let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
            (text, name) = (String(decoding: data, as: UTF8.self), file == "-" ? "<stdin>" : file)
        } else {
            guard !lines.isEmpty else { throw ValidationError("give the query as arguments, one line each, or with --file") }
            (text, name) = (lines.joined(separator: "\n"), "<query>")
        }
        var session = options.session()
        let errors = session.check().diagnostics.filter { $0.severity == .error }
        guard let linked = session.linked, let config = session.queries?.engine.index.config else {
            console.print(errors)
            throw ExitCode.failure
        }
        let block = QueryBlock(text: text, line: 1, column: 1)
        var thisEntry: Int?
        if let this {
            guard case .entry(let i) = linked.names.resolve(this) else {
                console.fail("--this: no single entry named ‘\(this)’")
                throw ExitCode.failure
            }
            thisEntry = i
        }
        let query: Query
        do {
            query = try QueryParser.parse(text)
        } catch {
            console.print([.error(SiteQueries.location(of: error.position, in: block, path: name), error.message)])
            throw ExitCode.failure
        }
        let engine = QueryEngine(site: linked, config: config)
        let problems = QueryChecker(config: config, site: linked, thisType: thisEntry.map { linked.entries[$0].type }).problems(query)
        guard problems.isEmpty else {
            console.print(problems.map { Diagnostic.error(SiteQueries.location(of: $0.position, in: block, path: name), $0.message) })
            throw ExitCode.failure
        }
        let result = engine.run(query, this: thisEntry)
        FileHandle.standardOutput.write(Data(QueryOutput.render(result, site: linked, as: format).utf8))
        if !errors.isEmpty {
            console.print(errors)
            console.fail("the wiki has \(errors.count) error(s); the result may be incomplete")
            throw ExitCode.failure
        }
    }
}
