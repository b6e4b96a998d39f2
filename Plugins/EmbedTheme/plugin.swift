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
        return [
            .buildCommand(
                displayName: "Embedding templates/ into \(target.name)",
                executable: try context.tool(named: "EmbedThemeTool").url,
                arguments: [folder.path, output.path],
                // Every file, so that editing one re-runs the tool; the plugin
                // runs on every build, so an added or removed file is seen too.
                inputFiles: files(under: folder),
                outputFiles: [output]
            ),
        ]
    }

    func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.sorted { $0.path < $1.path }
    }
}
