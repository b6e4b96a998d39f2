import AlmanacContent
import AlmanacCore
import AlmanacMarkdown
import Foundation

/// The home page's front matter and body.
struct ParsedHome: Sendable {
    var title: String?
    var summary: String?
    var body: RenderedBody?
    var diagnostics: [Diagnostic]
}

/// The per-file stages: front matter against the schema, then Markdown
/// (through the session's `MarkdownStage`, in this process or in workers).
struct FileParser: Sendable {
    let decoder: EntryDecoder
    let markdown: any MarkdownStage
    let spill: SpillFile?

    init(config: SiteConfig, markdown: any MarkdownStage, spill: SpillFile? = nil) {
        decoder = EntryDecoder(config: config)
        self.markdown = markdown
        self.spill = spill
    }

    /// Parses files: front matter on all cores (libyaml is reentrant), then
    /// every body in one batch through the Markdown stage.
    ///
    /// Takes the files: their text is let go once the front matter is read,
    /// and each body once it is handed to the Markdown stage, so the memory
    /// is reused for the rendered bodies instead of adding to them.
    func parse(_ files: consuming [SourceFile], home: SourceFile?) -> ([ParsedFile], ParsedHome?) {
        let count = files.count
        let decoded = Slots<ParsedFile>(count: count)
        let sources = Slots(consume files)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let file = sources.take(i)!
            let (entry, diagnostics) = decoder.decode(file)
            decoded[i] = ParsedFile(entry: entry, body: nil, diagnostics: diagnostics, textHash: file.text.hashValue)
        }
        var parsed = decoded.all
        var homeParsed: ParsedHome?
        var jobs: [MarkdownJob] = []
        var owners: [Int] = []
        for (i, file) in parsed.enumerated() {
            guard let entry = file.entry else { continue }
            jobs.append(MarkdownJob(body: entry.body, firstLine: entry.bodyFirstLine, path: entry.path))
            // The job holds the Markdown now; nothing reads it from the entry again.
            parsed[i].entry?.body = ""
            owners.append(i)
        }
        var homeBody: String?
        if let home {
            let (front, body, firstLine) = parseHomeFrontMatter(home)
            homeParsed = front
            if let body {
                homeBody = body
                jobs.append(MarkdownJob(body: body, firstLine: firstLine, path: home.path))
            }
        }
        let results = markdown.render(consume jobs, spill: spill)
        for (k, result) in results.enumerated() {
            let isHome = k == owners.count && homeBody != nil
            switch result {
            case .success(let body):
                if isHome { homeParsed?.body = body } else { parsed[owners[k]].body = body }
            case .failure(let d):
                if isHome { homeParsed?.diagnostics.append(d) } else {
                    // The entry stays out of the site; the error fails the build and names the file.
                    parsed[owners[k]].diagnostics.append(d)
                    parsed[owners[k]].entry = nil
                }
            }
        }
        return (parsed, homeParsed)
    }

    /// `content/index.md`: only `title` and `summary` in its front matter.
    /// Returns the body to render and the line it starts on.
    func parseHomeFrontMatter(_ file: SourceFile) -> (ParsedHome, String?, Int) {
        var home = ParsedHome(title: nil, summary: nil, body: nil, diagnostics: [])
        let split: SplitSource
        switch FrontMatter.split(file.text, path: file.path) {
        case .success(let s): split = s
        case .failure(let d):
            home.diagnostics.append(d)
            return (home, nil, 1)
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
        return (home, split.body, split.bodyFirstLine)
    }
}
