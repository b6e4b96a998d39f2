import AlmanacTemplate

/// The values each kind of page gives its templates, declared once: the
/// checker holds templates to it before anything renders, docs/templates.md
/// is generated from it (a test keeps the two in step), and a test holds
/// the values `PageContext` builds to it.
public enum PageModel {
    /// A page kind: its template, the values it adds to `common`, and how
    /// messages name it.
    public struct Kind: Sendable {
        public var template: String
        public var page: String
        public var fields: [TemplateField]
        /// Rendered inside `layout` (HTML pages); false for redirect, sitemap, feed.
        public var inLayout: Bool
    }

    static func list(_ fields: [TemplateField]) -> TemplateShape { .list(.object(fields)) }
    static func object(_ fields: [TemplateField]) -> TemplateShape { .object(fields) }

    static let date = object([.init("iso", .text, "ISO form: `2023`, `2023-05`, `2023-05-22`"), .init("text", .text, "as read: `May 2023`")])

    /// What every HTML page has.
    public static let common: [TemplateField] = [
        .init("site", object([
            .init("title", .text, "from `almanac.yml`"), .init("description", .text, "from `almanac.yml`, when set"),
            .init("language", .text, "from `almanac.yml`"), .init("base_url", .text, "from `almanac.yml` or `--base-url`, when set"),
        ])),
        .init("page", object([
            .init("title", .text, "the page's title"), .init("kind", .text, "the page kind (`entry`, `index`, `home`, …)"),
            .init("path", .text, "output path (`groups/x/index.html`)"), .init("is_home", .bool, "true on the home page"),
            .init("description", .text, "entry summary, else the site description; absent when neither"),
            .init("canonical", .text, "absolute URL of the page, when `base_url` is set"),
            .init("site_path", .text, "(404 page only) the site's root path, `/` or the path of `base_url`, for the `<base>` written when the page is served"),
        ])),
        .init("root", .text, "relative path from this page to the site root (`../../`); empty on the 404 page, whose links the `<base>` of `page.site_path` resolves"),
        .init("nav", list([
            .init("plural", .text, "type's plural, or Timeline, Tags, Graph"), .init("url", .text), .init("current", .bool, "true on that section's pages"),
        ]), "every type with entries, then Timeline, Tags and Graph"),
        .init("generator", .text, "`Almanac` and its version"),
    ]

    static let citations = TemplateField("citations", list([.init("n", .number, "number in `entry.claim_notes`, after the body's footnotes"), .init("title", .text, "source title and locator")]))

    /// A relation's qualifiers, on infobox values and backlink entries.
    static let qualifiers: [TemplateField] = [
        .init("qualified", .bool, "true when any qualifier is there"), .init("status", .text, "`claimed`, `alleged`, …, when set"),
        .init("marked", .bool, "a status other than the first (unmarked) one"), .init("period", .text, "`since 21 August 2022`, when dated"),
        .init("note", .text, "when set"), citations, .init("has_citations", .bool),
    ]

    static let timelineItem: [TemplateField] = [
        .init("date", .text, "the date or range as read"), .init("iso", .text), .init("precision", .text, "`year`, `month` or `day`"),
        .init("is_range", .bool), .init("title", .text), .init("url", .text), .init("type", .text), .init("type_label", .text),
        .init("label", .text, "what the date is: the field, or the relation for a dated relation (\"Signatory of\"); unset for the entry's own date"),
        .init("summary", .text, "when set"), .init("is_self", .bool, "on an entry page, a row about that entry itself (not linked)"),
        .init("approximate", .bool, "a dated relation's `~2022`"),
    ]

    static let years = list([.init("year", .number), .init("items", list(timelineItem))])

    static let listItem: [TemplateField] = [
        .init("title", .text), .init("url", .text), .init("type_label", .text), .init("summary", .text, "when set"), .init("date", date, "when dated"),
    ]

    static let entry: [TemplateField] = [
        .init("title", .text), .init("slug", .text), .init("id", .text, "`folder/slug`"), .init("path", .text, "source file"),
        .init("type", .text, "type name"), .init("type_label", .text, "its singular label"), .init("type_url", .text, "its index page"),
        .init("summary", .text, "when set"), .init("date", date, "the first date field, when there is one"),
        .init("aliases", list([.init("text", .text), .init("last", .bool)])), .init("has_aliases", .bool),
        .init("tags", list([.init("name", .text), .init("url", .text)])), .init("has_tags", .bool),
        .init("infobox", list([
            .init("label", .text, "the field's label"),
            .init("values", list([
                .init("text", .text), .init("url", .text, "for entries and URLs"), .init("external", .bool, "a URL field"),
                .init("missing", .bool, "a relation to an entry that does not exist"), .init("plain", .bool, "text, dates and numbers"),
                .init("last", .bool),
            ] + qualifiers)),
        ])), .init("has_infobox", .bool),
        .init("claim_notes", list([
            .init("n", .number), .init("text", .text, "the source's title"), .init("url", .text, "the source's page, when it is an entry"),
            .init("locators", .text, "every place in it that is cited (`paragraph 4; paragraph 6`), when given"), .init("id", .text),
        ]), "the sources of the relations, each once, numbered after the body's footnotes"), .init("has_claim_notes", .bool),
        .init("claim_notes_start", .number, "the first note's number: one more than the body's footnotes"),
        .init("body", .html, "the body's HTML, wiki links resolved, headings with ids"),
        .init("lead", .html, "the body up to its first heading (or its footnotes): the default theme puts it above the infobox on a phone"),
        .init("rest", .html, "the body from its first heading on; `lead` then `rest` is `body`"), .init("has_rest", .bool),
        .init("toc", list([.init("level", .number), .init("id", .text), .init("text", .text)]), "headings of levels 1–4"),
        .init("has_toc", .bool, "two headings or more"),
        .init("backlinks", list([
            .init("label", .text, "inverse label (\"Leader of\")"),
            .init("entries", list([.init("title", .text), .init("url", .text), .init("type_label", .text)] + qualifiers)),
        ]), "typed backlinks grouped by inverse label"), .init("has_backlinks", .bool),
        .init("graph", .html, "the neighbourhood as inline SVG"), .init("has_graph", .bool),
        .init("cited_by", list([
            .init("title", .text), .init("url", .text), .init("type_label", .text),
            .init("claims", list([.init("text", .text)])), .init("has_claims", .bool),
        ]), "on a source: the entries citing it and what for"), .init("has_cited_by", .bool),
        .init("timeline", years, "its own dates, its dated relations and the dates of the entries it relates to, by year"), .init("has_timeline", .bool, "when the timeline holds more than the entry's own dates"),
        .init("mentions", list([.init("title", .text), .init("url", .text), .init("sentences", .list(.text))]), "entries whose body links here"),
        .init("has_mentions", .bool),
    ]

    /// Every kind of page, by template name.
    public static let kinds: [Kind] = [
        Kind(template: "entry", page: "an entry page", fields: [.init("entry", object(entry))], inLayout: true),
        Kind(template: "index", page: "a type's index page", fields: [.init("index", object([
            .init("title", .text, "the type's plural"), .init("type", .text), .init("count", .number), .init("one", .bool, "count is 1"),
            .init("entries", list([.init("title", .text), .init("url", .text), .init("summary", .text, "when set"), .init("date", date, "when dated")])),
            .init("has_dates", .bool), .init("by_date", .bool, "on `by-date.html`"), .init("by_name_url", .text), .init("by_date_url", .text),
        ]))], inLayout: true),
        Kind(template: "home", page: "the home page", fields: [.init("home", object([
            .init("title", .text), .init("summary", .text, "from `content/index.md`, else the site's"), .init("has_body", .bool),
            .init("body", .html, "HTML of `content/index.md`"),
            .init("text", .html, "the body without its footnotes"), .init("footnotes", .html, "the body's footnotes section, when it has one"),
            .init("entry_count", .number),
            .init("types", list([.init("plural", .text), .init("url", .text), .init("count", .number)])),
        ]))], inLayout: true),
        Kind(template: "wanted", page: "the wanted entries page", fields: [.init("wanted", object([
            .init("has_items", .bool), .init("count", .number),
            .init("items", list([
                .init("title", .text), .init("count", .number),
                .init("wanted_by", list([.init("title", .text), .init("url", .text), .init("location", .text, "`line:column`"), .init("last", .bool)])),
            ]), "most-wanted first"),
        ]))], inLayout: true),
        Kind(template: "404", page: "the 404 page", fields: [], inLayout: true),
        Kind(template: "timeline", page: "a timeline page", fields: [.init("timeline", object([
            .init("title", .text), .init("years", years), .init("count", .number), .init("has_items", .bool),
            .init("filters", list([.init("label", .text), .init("url", .text), .init("current", .bool)]), "All, then each dated type"),
        ]))], inLayout: true),
        Kind(template: "tags", page: "the tags page", fields: [.init("tags", object([
            .init("items", list([.init("name", .text), .init("url", .text), .init("count", .number)])),
        ]))], inLayout: true),
        Kind(template: "tag", page: "a tag page", fields: [.init("tag", object([
            .init("name", .text), .init("count", .number), .init("all_url", .text), .init("entries", list(listItem)),
        ]))], inLayout: true),
        Kind(template: "graph", page: "the graph page", fields: [.init("graph", object([
            .init("svg", .html, "the site graph as inline SVG"), .init("shown", .number), .init("total", .number),
        ]))], inLayout: true),
        Kind(template: "search", page: "the search page", fields: [], inLayout: true),
        Kind(template: "maintenance", page: "the maintenance page", fields: [.init("maintenance", object([
            .init("sections", list([
                .init("id", .text), .init("title", .text), .init("count", .number), .init("empty", .bool),
                .init("items", list([.init("title", .text), .init("url", .text, "when an entry"), .init("detail", .text), .init("location", .text)])),
            ])),
        ]))], inLayout: true),
        Kind(template: "disputed", page: "the disputed claims page", fields: [.init("disputed", object([
            .init("statuses", .text, "the statuses listed, `claimed, alleged, disputed`: all but the first of `almanac.yml`'s"),
            .init("count", .number), .init("has_claims", .bool),
            .init("groups", list([
                .init("status", .text), .init("heading", .text, "`Disputed`"), .init("count", .number),
                .init("claims", list([
                    .init("entry", .text, "the entry stating the relation"), .init("entry_url", .text), .init("relation", .text, "the field's label"),
                    .init("target", .text), .init("target_url", .text, "empty when the target is missing"), .init("linked", .bool),
                    .init("status", .text), .init("note", .text, "when set"), .init("period", .text, "when dated"),
                    .init("sources", list([
                        .init("title", .text), .init("locator", .text, "when set"), .init("url", .text, "empty when the source is missing"),
                        .init("linked", .bool), .init("last", .bool),
                    ])), .init("has_sources", .bool),
                ])),
            ]), "strongest doubt first: the statuses in reverse order"),
        ]))], inLayout: true),
        Kind(template: "disambiguation", page: "a disambiguation page", fields: [.init("disambiguation", object([
            .init("alias", .text), .init("entries", list(listItem)),
        ]))], inLayout: true),
        Kind(template: "redirect", page: "an alias's redirect page", fields: [.init("redirect", object([
            .init("alias", .text), .init("title", .text), .init("url", .text), .init("canonical", .text, "when `base_url` is set"),
        ]))], inLayout: false),
    ]

    /// The XML files, rendered without `layout` or the common values.
    public static let feeds: [Kind] = [
        Kind(template: "sitemap", page: "sitemap.xml", fields: [
            .init("sitemap", object([.init("urls", list([.init("loc", .text), .init("lastmod", .text, "when known")]))])),
            .init("site", object([.init("title", .text)])),
        ], inLayout: false),
        Kind(template: "atom", page: "atom.xml", fields: [
            .init("site", object([.init("title", .text), .init("language", .text), .init("description", .text, "when set")])),
            .init("generator", .text),
            .init("feed", object([
                .init("id", .text), .init("self", .text), .init("home", .text), .init("updated", .text),
                .init("entries", list([
                    .init("title", .text), .init("url", .text), .init("updated", .text), .init("type", .text), .init("type_label", .text),
                    .init("summary", .text, "when set"),
                ]), "the 100 most recently changed"),
            ])),
        ], inLayout: false),
    ]

    /// What a ```` ```query ```` block's result gives its template.
    static let query: [TemplateField] = [
        .init("root", .text, "relative path from the page to the site root"),
        .init("query", object([
            .init("columns", list([
                .init("label", .text, "the field's label, `Title`, `Leader of`, `Participants (count)`, …"),
                .init("numeric", .bool, "numbers and dates"), .init("index", .number, "from 0"),
            ])),
            .init("rows", list([
                .init("title", .text, "the matching entry's title"), .init("url", .text, "its page"),
                .init("cells", list([
                    .init("values", list([
                        .init("text", .text), .init("linked", .bool, "an entry or an address"),
                        .init("url", .text, "the entry's page or the `url` field's address; empty when not linked"),
                        .init("external", .bool, "a `url` field's address"), .init("last", .bool),
                    ]), "empty when the entry has none"),
                    .init("sort", .text, "what the column sorts by: ISO date, padded number or folded text"),
                    .init("numeric", .bool), .init("empty", .bool),
                ]), "one per column"),
            ]), "the matching entries, sorted, at most `limit`"),
            .init("has_rows", .bool, "false when nothing matches"), .init("count", .number, "rows shown"),
            .init("total", .number, "entries that match, before `limit`"), .init("total_text", .text, "`1 entry`, `12 entries`"),
            .init("limited", .bool, "`limit` left some out"),
        ])),
    ]

    /// A query's result, rendered inside an entry's (or the home page's) body, without `layout`.
    public static let fragments: [Kind] = [
        Kind(template: "query-table", page: "a query shown as a table", fields: query, inLayout: false),
        Kind(template: "query-list", page: "a query shown as a list", fields: query, inLayout: false),
        Kind(template: "query-count", page: "a query shown as a count", fields: query, inLayout: false),
    ]

    /// The values `kind`'s own template is rendered with.
    public static func shape(of kind: Kind) -> TemplateShape {
        kind.template == "sitemap" || kind.template == "atom" || kind.template.hasPrefix("query-") ? .object(kind.fields) : .object(common + kind.fields)
    }

    /// What `layout` may read: any HTML page's values, and `content`.
    public static var layoutShape: TemplateShape {
        kinds.filter(\.inLayout).reduce(TemplateShape.object(common + [TemplateField("content", .html, "the HTML of the page's own template")])) {
            $0.merged(with: .object($1.fields))
        }
    }

    /// Every problem of the templates against the model, as checked before
    /// a build renders: each kind's template, and `layout` for any page.
    public static func check(_ library: TemplateLibrary) -> [TemplateChecker.Problem] {
        let checker = TemplateChecker(parsed: library.parsed)
        var problems = checker.check("layout", against: layoutShape, page: "a page (in the layout)")
        for kind in kinds + feeds + fragments {
            problems += checker.check(kind.template, against: shape(of: kind), page: kind.page)
        }
        var seen = Set<TemplateChecker.Problem>()
        return problems.filter { seen.insert($0).inserted }
    }
}

extension PageModel {
    /// Every field of every page kind as Markdown tables: the reference part
    /// of docs/templates.md (a test keeps the file and this in step).
    public static func reference() -> String {
        var out = "### On every page\n\n" + table(common + [TemplateField("content", .html, "(`layout` only) the HTML of the page's own template")])
        for kind in kinds + feeds + fragments {
            let heading = kind.inLayout ? "### `\(kind.template)` — \(kind.page)" : "### `\(kind.template)` — \(kind.page), without `layout`"
            out += "\n" + heading + "\n\n"
            out += kind.fields.isEmpty ? "Only the values every page has.\n" : table(kind.fields)
        }
        return out
    }

    static func table(_ fields: [TemplateField]) -> String {
        var rows: [String] = ["| name | kind | value |", "|---|---|---|"]
        func walk(_ fields: [TemplateField], _ prefix: String) {
            for field in fields {
                let name = prefix + field.name
                rows.append("| `\(name)` | \(describe(field.shape)) | \(field.doc) |")
                switch field.shape {
                case .object(let inner): walk(inner, name + ".")
                case .list(.object(let inner)): walk(inner, name + "[].")
                default: break
                }
            }
        }
        walk(fields, "")
        return rows.joined(separator: "\n") + "\n"
    }

    static func describe(_ shape: TemplateShape) -> String {
        switch shape {
        case .text: return "text"
        case .html: return "HTML (`{{{…}}}`)"
        case .bool: return "flag"
        case .number: return "number"
        case .object: return "object"
        case .list(let item): return "list of " + (describe(item) == "object" ? "objects" : describe(item))
        }
    }
}

extension PageModel {
    /// Where `values`, given to `template`, hold something the model does not
    /// declare or of another kind (tests hold `PageContext` to the model).
    public static func violations(of values: TemplateValue, template: String) -> [String] {
        let shape: TemplateShape
        if template == "layout" {
            shape = layoutShape
        } else if let kind = (kinds + feeds).first(where: { $0.template == template }) {
            shape = self.shape(of: kind)
        } else {
            return ["no page kind renders with '\(template)'"]
        }
        var found: [String] = []
        conform(values, shape, template, &found)
        return found
    }

    static func conform(_ value: TemplateValue, _ shape: TemplateShape, _ path: String, _ found: inout [String]) {
        switch (value.unshared, shape) {
        case (.absent, _), (.text, .text), (.text, .html), (.utf8, .text), (.utf8, .html), (.bool, .bool), (.int, .number), (.double, .number):
            break
        case (.list(let items), .list(let item)):
            for value in items { conform(value, item, path + "[]", &found) }
        case (.object(let fields), .object):
            for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
                guard let field = shape.field(name) else {
                    found.append("\(path).\(name) is not in the model")
                    continue
                }
                conform(value, field.shape, path + "." + name, &found)
            }
        default:
            found.append("\(path) is \(value) where the model has \(describe(shape))")
        }
    }
}
