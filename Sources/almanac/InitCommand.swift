import AlmanacContent
import AlmanacSite
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a working wiki: almanac.yml, example entries, templates.")

    @Argument(help: "Folder to create the wiki in.")
    var folder: String = "."
    @Option(name: .long, help: "The wiki's title.")
    var title: String?

    func run() throws {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        do {
            let files = try Scaffold.initSite(at: url, title: title ?? url.lastPathComponent)
            print("Created a wiki in \(url.path) (\(files.count) files). Next: almanac build --site \(folder)")
        } catch let failure as Scaffold.Failure {
            Console().fail("error: \(failure)")
            throw ExitCode.failure
        }
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Create an entry file with the fields of its type.")

    @OptionGroup var options: SiteOptions
    @Argument(help: "The entry's type (group, event, person, ...).")
    var type: String
    @Argument(help: "The entry's title.")
    var title: String

    func run() throws {
        let (config, problems) = ConfigLoader.load(root: options.root, baseURL: nil)
        let console = Console()
        console.print(problems)
        do {
            let path = try Scaffold.createEntry(siteRoot: options.root, config: config, typeName: type, title: title)
            print("Created \(path)")
        } catch let failure as Scaffold.Failure {
            console.fail("error: \(failure)")
            throw ExitCode.failure
        }
    }
}
