import AlmanacCore

/// A Markdown file of `content/`, read but not yet interpreted.
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the site folder (`content/groups/x.md`), used in diagnostics.
    public var path: String
    /// Folder inside `content/` (`groups`, `` for the root).
    public var folder: String
    /// File name without `.md`.
    public var stem: String
    public var text: String

    public init(path: String, folder: String, stem: String, text: String) {
        self.path = path
        self.folder = folder
        self.stem = stem
        self.text = text
    }
}
