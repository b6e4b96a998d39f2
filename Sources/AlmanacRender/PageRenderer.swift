import AlmanacContent
import AlmanacCore
import AlmanacGraph

/// Renders the linked site through the templates into output files.
public struct PageRenderer: Sendable {
    public var templates: TemplateSet
    public var config: SiteConfig
    public var home: HomePage

    public init(templates: TemplateSet, config: SiteConfig, home: HomePage? = nil) {
        self.templates = templates
        self.config = config
        self.home = home ?? HomePage(title: config.title, summary: config.description.isEmpty ? nil : config.description)
    }

    /// Every page and asset of the site, sorted by path.
    public func render(_ site: LinkedSite) -> [OutputFile] {
        let context = PageContext(site: site, config: config, home: home)
        var files: [OutputFile] = []
        files.reserveCapacity(site.entries.count + config.types.count + 8)
        for i in site.entries.indices {
            files.append(page(site.entries[i].outputPath, "entry", context.entryContext(i)))
        }
        for type in config.types {
            files.append(page(type.folder + "/index.html", "index", context.indexContext(type)))
        }
        files.append(page("index.html", "home", context.homeContext()))
        files.append(page("wanted/index.html", "wanted", context.wantedContext()))
        var notFound = context.common(path: "404.html", title: "Page not found", kind: "404", description: nil, canonicalPath: nil)
        if let base = config.baseURL { notFound["root"] = base }
        files.append(page("404.html", "404", notFound))
        for (path, bytes) in templates.assets { files.append(OutputFile(path: "assets/" + path, bytes: bytes)) }
        return files.sorted { $0.path < $1.path }
    }

    /// One page: the kind's template, then the layout around it.
    func page(_ path: String, _ template: String, _ context: [String: Any]) -> OutputFile {
        var context = context
        context["content"] = templates.render(template, context)
        return OutputFile(path: path, text: templates.render("layout", context))
    }
}

/// The home page's own title and summary (from `content/index.md`).
public struct HomePage: Sendable {
    public var title: String
    public var summary: String?

    public init(title: String, summary: String?) {
        self.title = title
        self.summary = summary
    }
}
