import AlmanacCore
import AlmanacMarkdown
import AlmanacQuery
import AlmanacTemplate

extension PageContext {
    /// `html` with each query placeholder replaced by the query's result,
    /// rendered through `query-table`, `query-list` or `query-count`; a query
    /// that failed its check shows its source and the problem instead.
    func withQueries(_ html: String, entry i: Int?, root: String) -> String {
        guard let queries, let templates else { return html }
        let checked = i.map { queries.byEntry[$0] ?? [] } ?? queries.home
        guard !checked.isEmpty else { return html }
        return QueryToken.substitute(in: html) { k in
            guard k < checked.count else { return "" }
            guard let query = checked[k].query else { return Self.queryError(checked[k]) }
            let result = queries.engine.run(query, this: i)
            var out: [UInt8] = []
            templates.render("query-" + result.display.rawValue, ["query": queryValues(result, root: root), "root": .text(root)], into: &out)
            // The code block's own line break follows the placeholder.
            if out.last == 0x0A { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The values of the query templates (documented in docs/templates.md).
    func queryValues(_ result: QueryResult, root: String) -> TemplateValue {
        let columns: [TemplateObject] = result.columns.enumerated().map { k, column in
            ["label": .text(column.label), "numeric": .bool(column.numeric), "index": .int(k)]
        }
        let rows: [TemplateObject] = result.rows.map { row in
            let cells: [TemplateObject] = row.cells.enumerated().map { k, cell in
                var values: [TemplateObject] = cell.values.map { value in
                    // Every key always there: a missing one would be looked up in the row around it.
                    var v: TemplateObject = ["text": .text(value.text), "last": false, "linked": false, "external": false, "url": ""]
                    if let j = value.entry {
                        (v["url"], v["linked"]) = (.text(url(of: j, from: root)), true)
                    } else if let u = value.url {
                        (v["url"], v["linked"], v["external"]) = (.text(u), true, true)
                    }
                    return v
                }
                if !values.isEmpty { values[values.count - 1]["last"] = true }
                return ["values": values.value, "sort": .text(cell.sortKey), "numeric": .bool(result.columns[k].numeric), "empty": .bool(values.isEmpty)]
            }
            return ["cells": cells.value, "title": .text(site.entries[row.entry].title), "url": .text(url(of: row.entry, from: root))]
        }
        let noun = result.total == 1 ? "entry" : "entries"
        return [
            "columns": columns.value, "rows": rows.value, "has_rows": .bool(!rows.isEmpty),
            "count": .int(rows.count), "total": .int(result.total), "total_text": .text("\(result.total) \(noun)"),
            "limited": .bool(rows.count < result.total),
        ]
    }

    /// A failed query: its problems and its source, so nothing written is lost from the page.
    static func queryError(_ checked: SiteQueries.Checked) -> String {
        var html = "<div class=\"query-error\" role=\"note\"><p><strong>This query could not run:</strong></p><ul>"
        for problem in checked.problems {
            html += "<li>line \(problem.position.line), column \(problem.position.column): \(HTML.escape(problem.message))</li>"
        }
        return html + "</ul><pre><code>\(HTML.escape(checked.block.text))</code></pre></div>"
    }
}
