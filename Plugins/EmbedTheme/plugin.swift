import Foundation
import PackagePlugin

/// Embeds the package's top-level `templates/` folder (the built-in theme)
/// into the target as generated Swift source, not as a resource bundle: the
/// installed `almanac` binary must work when copied alone, and SwiftPM
/// resources cannot come from outside the target's folder.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTheme.swift")
        // Paths relative to the folder, as the tool names what it reads.
        let relative = ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return [
            .buildCommand(
                displayName: "Embedding the built-in theme in \(target.name)",
                executable: try context.tool(named: "EmbedThemeTool").url,
                // The tool is told what was seen here, to warn of files added since.
                arguments: [folder.path, output.path] + relative,
                // Every file, so that editing one re-runs the tool, and the
                // folders, whose change re-runs it when a file is added or removed.
                inputFiles: [folder] + relative.map { folder.appending(path: $0) },
                outputFiles: [output]
            ),
        ]
    }
}
