import AlmanacCore

/// What the search index knows of one page.
public struct SearchDocument: Sendable, Hashable {
    /// `folder/slug`.
    public var id: String
    /// Path of the page relative to the site root (`groups/x/index.html`).
    public var url: String
    public var title: String
    public var aliases: [String]
    /// Singular type label shown in results (`Group`).
    public var typeLabel: String
    public var summary: String
    /// The body as plain text.
    public var text: String {
        get { storedText.string }
        set { storedText = StoredText(newValue) }
    }
    /// `text` as held: a build reads it from its `SpillFile` when the
    /// document's terms are made, one document at a time.
    public var storedText: StoredText

    public init(id: String, url: String, title: String, aliases: [String], typeLabel: String, summary: String, text: String) {
        self.init(id: id, url: url, title: title, aliases: aliases, typeLabel: typeLabel, summary: summary, storedText: StoredText(text))
    }

    public init(id: String, url: String, title: String, aliases: [String], typeLabel: String, summary: String, storedText: StoredText) {
        self.id = id
        self.url = url
        self.title = title
        self.aliases = aliases
        self.typeLabel = typeLabel
        self.summary = summary
        self.storedText = storedText
    }
}
