import AlmanacContent
import AlmanacCore
import AlmanacGraph
import AlmanacSearch

extension PageContext {
    /// What the search index holds of each entry.
    func searchDocuments() -> [SearchDocument] {
        site.entries.indices.map { i in
            let e = site.entries[i]
            return SearchDocument(id: e.id, url: e.outputPath, title: e.title, aliases: e.aliases,
                                  typeLabel: config.type(named: e.type)?.label ?? e.type, summary: e.summary ?? "", storedText: site.bodies[i].storedPlainText)
        }
    }

    func searchPageContext() -> TemplateObject {
        common(path: "search/index.html", title: "Search", kind: "search", description: "Search \(config.title).", canonicalPath: "search/")
    }
}
