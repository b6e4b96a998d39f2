import AlmanacContent
import AlmanacCore
import AlmanacRender
import Foundation

/// `almanac init` and `almanac new`: files a person starts from.
public enum Scaffold {
    public struct Failure: Error, CustomStringConvertible { public var description: String }

    /// Writes a working wiki into `folder`: almanac.yml with the default
    /// schema, example entries that link to each other, and the default
    /// templates to edit. Refuses a folder that already has content/.
    public static func initSite(at folder: URL, title: String) throws -> [String] {
        let fm = FileManager.default
        if fm.fileExists(atPath: folder.appendingPathComponent("content").path) || fm.fileExists(atPath: folder.appendingPathComponent(ConfigLoader.fileName).path) {
            throw Failure(description: "\(folder.path) already holds a wiki (content/ or almanac.yml); nothing was written")
        }
        var files: [(String, String)] = [(ConfigLoader.fileName, configYAML(title: title))]
        files += examples
        for (name, text) in DefaultTheme.templates.sorted(by: { $0.key < $1.key }) { files.append(("templates/\(name).mustache", text)) }
        for (name, text) in DefaultTheme.assets.sorted(by: { $0.key < $1.key }) { files.append(("templates/assets/\(name)", text)) }
        files.append((".gitignore", "public/\n.public.*\n"))
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return files.map(\.0)
    }

    /// The default schema written out as YAML, for a wiki to edit.
    public static func configYAML(title: String) -> String {
        var lines = [
            "# Site settings and the schema of entry types. See README.md of Almanac.",
            "title: \(yamlQuoted(title))",
            "description: A reference wiki built with Almanac.",
            "# base_url: https://example.org/wiki/   # for sitemap, feed and canonical links",
            "language: en",
            "types:",
        ]
        for type in SiteConfig.defaultTypes {
            lines += ["  \(type.name):", "    folder: \(type.folder)", "    plural: \(type.plural)", "    fields:"]
            for field in type.fields {
                var options = ["kind: \(field.kind.rawValue)"]
                if !field.targets.isEmpty { options.append("to: " + (field.targets.count == 1 ? field.targets[0] : "[\(field.targets.joined(separator: ", "))]")) }
                if let inverse = field.inverse { options.append("inverse: \(inverse)") }
                if field.label != FieldSchema.humanize(field.name) { options.append("label: \(field.label)") }
                if field.required { options.append("required: true") }
                lines.append("      \(field.name): " + (options.count == 1 ? field.kind.rawValue : "{ \(options.joined(separator: ", ")) }"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func yamlQuoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static let examples: [(String, String)] = [
        ("content/index.md", """
        ---
        title: Home
        ---
        Welcome to your wiki. Start with [[Example Group]] or the [[Founding Congress]].

        Every entry is a Markdown file in `content/`; run `almanac new group "Name"` to add one.
        """),
        ("content/groups/example-group.md", """
        ---
        title: Example Group
        aliases: [EG]
        summary: A group, to show how entries link.
        founded: 2022-03
        leader: jane-doe
        based_in: example-city
        sources: [example-source]
        ---
        The **Example Group** was founded at the [[Founding Congress]] in [[Example City]].[^1]

        [^1]: [[Example Source]], page 1.
        """),
        ("content/people/jane-doe.md", """
        ---
        title: Jane Doe
        summary: A person who leads the Example Group.
        ---
        Jane Doe leads the [[EG|Example Group]].
        """),
        ("content/events/founding-congress.md", """
        ---
        title: Founding Congress
        date: 2022-03-14
        location: [example-city]
        participants: [example-group, jane-doe]
        ---
        The congress at which the [[Example Group]] was founded.
        """),
        ("content/places/example-city.md", """
        ---
        title: Example City
        summary: A place where things happen.
        ---
        A city.
        """),
        ("content/sources/example-source.md", """
        ---
        title: Example Source
        publisher: Example Press
        published: 2023
        ---
        A source that entries cite.
        """),
    ]

    /// The text of a new entry of `type`: every field of the type, empty,
    /// with its kind as a comment.
    public static func newEntry(type: TypeSchema, title: String) -> String {
        var lines = ["---", "title: \(yamlQuoted(title))", "summary: ", "aliases: []", "tags: []"]
        for field in type.fields {
            let hint = field.kind.isLink ? "\(field.kind.rawValue) to \(field.targets.isEmpty ? "any entry" : field.targets.joined(separator: " or "))" : field.kind.rawValue
            let empty = field.kind == .links ? "[]" : ""
            lines.append("\(field.name): \(empty)  # \(hint)\(field.required ? ", required" : "")")
        }
        lines += ["sources: []", "---", "", "Write about \(title) here. Link other entries with `[[Their Title]]`.", ""]
        return lines.joined(separator: "\n")
    }

    /// Writes a new entry file under `content/`, refusing to overwrite.
    public static func createEntry(siteRoot: URL, config: SiteConfig, typeName: String, title: String) throws -> String {
        guard let type = config.type(named: typeName) else {
            throw Failure(description: "unknown type '\(typeName)' (declared: \(config.types.map(\.name).joined(separator: ", ")))")
        }
        let slug = Slug.fileName(title)
        let relative = "content/\(type.folder)/\(slug).md"
        let url = siteRoot.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path) { throw Failure(description: "\(relative) already exists; nothing was written") }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(newEntry(type: type, title: title).utf8).write(to: url)
        return relative
    }
}
