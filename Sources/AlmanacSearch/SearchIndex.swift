/// The site's search: index files and the client script, built from the
/// documents at build time.
///
/// ## What a page must contain
///
/// Every page that has a search box, with `{{root}}` the relative path to
/// the site root (`../../` on `groups/x/index.html`, empty on the home page):
///
/// ```html
/// <form class="search" role="search" action="{{root}}search/index.html" method="get">
///   <label for="search-q">Search</label>
///   <input type="search" id="search-q" name="q" autocomplete="off">
///   <button type="submit">Search</button>
/// </form>
/// ...
/// <script src="{{root}}search/search.js" defer></script>
/// ```
///
/// - `form.search` with one `input[type=search]` named `q`: the script makes
///   the input a combobox and appends a `ul.search-dropdown[role=listbox]`
///   (hidden with the `hidden` attribute when closed) to the form; options
///   are `li.search-option > a.search-link` holding `span.search-title`,
///   `span.search-type` and `span.search-summary` (or one `li.search-empty`
///   saying "No results"); the current option has `aria-selected="true"`.
///   Style the dropdown (for instance `form.search { position: relative }`,
///   the list absolutely below the input). Without JavaScript the form
///   submits `q` to the search page.
/// - The action names `index.html` because `file://` does not resolve folders.
/// - The script finds the site root from its own `src`, so it must be
///   loaded from `search/search.js` by a relative URL. A page may instead
///   set `data-root="../../"` on the `<script>` tag. Use `defer` (or put the
///   tag at the end of `<body>`): it binds to forms already in the page.
/// - The search page, `search/index.html`, has the same form and an element
///   `id="search-results"` whose content (a "search needs JavaScript" note)
///   the script replaces with `p.search-status[role=status]` and
///   `ol.search-results > li.search-result` (title link, type, summary).
///   The inputs on that page are filled with `q` from the URL.
///
/// ## Files
///
/// All under `search/`, all JavaScript in ASCII, each calling back into
/// `search.js` (`AlmanacSearch.manifest(...)`, `.shard(...)`, `.docs(...)`):
/// `index.js`, the manifest (document count, chunk size, shard keys);
/// `shard-<key>.js`, the terms that begin with the key and their postings
/// (keys are two letters, longer where a shard would pass 64 KB);
/// `docs-<n>.js`, url, title, type and trimmed summary of 64 documents in
/// title order; and `search.js`. A query loads the manifest, the shard of
/// each word and the chunks of the results it shows.
///
/// In the page, `AlmanacSearch.query(q, limit)` returns a promise of the
/// ranked results, `{url, href, title, type, summary}`, with `total` on the
/// array; `AlmanacSearch.words(text)` shows how a text is normalised.
public enum SearchIndex {
    /// Every file of the index and the client script, sorted by path, paths
    /// relative to the site root. The same documents give the same bytes.
    public static func build(_ documents: [SearchDocument]) -> [(path: String, bytes: [UInt8])] {
        files(SearchPostings(documents))
    }

    static func files(_ postings: SearchPostings) -> [(path: String, bytes: [UInt8])] {
        SearchIndexFile.write(SearchIndexFile.all(postings), postings)
    }

    /// The documents a query finds, best first, ranked as `search.js` ranks
    /// them: all words must match (the last one also as a prefix); a query
    /// equal to a title or alias first; then by where the words hit (title
    /// or alias, summary, body); ties in title order.
    public static func rank(query: String, in documents: [SearchDocument]) -> [SearchDocument] {
        rank(query: query, in: SearchPostings(documents))
    }

    static func rank(query: String, in postings: SearchPostings) -> [SearchDocument] {
        SearchRanker.rank(query, in: postings).map { postings.documents[$0.doc] }
    }
}
