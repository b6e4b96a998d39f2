import AlmanacContent
import AlmanacCore
import AlmanacMarkdown

/// The home page's front matter and body.
struct ParsedHome: Sendable {
    var title: String?
    var summary: String?
    var body: RenderedBody?
    var diagnostics: [Diagnostic]
}

/// The per-file stages: front matter against the schema, then Markdown.
struct FileParser: Sendable {
    let decoder: EntryDecoder
    let renderer: MarkdownRenderer

    init(config: SiteConfig) {
        decoder = EntryDecoder(config: config)
        renderer = MarkdownRenderer(allowRawHTML: config.allowRawHTML)
    }

    func parse(_ file: SourceFile) -> ParsedFile {
        let (entry, diagnostics) = decoder.decode(file)
        let body = entry.map { renderer.render($0.body, firstLine: $0.bodyFirstLine) }
        return ParsedFile(entry: entry, body: body, diagnostics: diagnostics, textHash: file.text.hashValue)
    }

    /// `content/index.md`: only `title` and `summary` in its front matter.
    func parseHome(_ file: SourceFile) -> ParsedHome {
        var home = ParsedHome(title: nil, summary: nil, body: nil, diagnostics: [])
        let split: SplitSource
        switch FrontMatter.split(file.text, path: file.path) {
        case .success(let s): split = s
        case .failure(let d):
            home.diagnostics.append(d)
            return home
        }
        if let yaml = split.yaml {
            switch YAMLReader.read(yaml, path: file.path, firstLine: split.yamlFirstLine) {
            case .failure(let d): home.diagnostics.append(d)
            case .success(.some(.mapping(let pairs, _))):
                for pair in pairs {
                    switch (pair.key, pair.value.string) {
                    case ("title", let value?): home.title = value
                    case ("summary", let value?): home.summary = value
                    default: home.diagnostics.append(.error(pair.keyLocation, "the home page takes only 'title' and 'summary'"))
                    }
                }
            case .success(.none): break
            case .success(.some(let other)): home.diagnostics.append(.error(other.location, "front matter must be a mapping of fields, not \(other.kindName)"))
            }
        }
        home.body = renderer.render(split.body, firstLine: split.bodyFirstLine)
        return home
    }
}
