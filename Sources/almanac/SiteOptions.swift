import ArgumentParser
import Foundation

/// `--site DIR`, shared by every command.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The wiki's folder (holding content/).")
    var site: String = "."

    var root: URL { URL(fileURLWithPath: site).standardizedFileURL }
}
