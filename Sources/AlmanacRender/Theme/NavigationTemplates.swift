extension DefaultTheme {
    /// Everything dated, grouped by year, with one page per type as a filter.
    static let timeline = #"""
<h1>{{timeline.title}}</h1>
<nav class="filters" aria-label="Show">
<ul>
{{#timeline.filters}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>
{{/timeline.filters}}
</ul>
</nav>
{{#timeline.years}}
<section class="year" aria-labelledby="year-{{year}}">
<h2 id="year-{{year}}">{{year}}</h2>
<ol class="timeline">
{{#items}}
<li class="precision-{{precision}}"><time datetime="{{iso}}">{{date}}</time> <a href="{{url}}">{{title}}</a>{{#label}} <span class="what">{{.}}</span>{{/label}} <span class="type">{{type_label}}</span>{{#summary}}<p>{{.}}</p>{{/summary}}</li>
{{/items}}
</ol>
</section>
{{/timeline.years}}
{{^timeline.years}}<p>Nothing is dated yet.</p>{{/timeline.years}}
"""#

    static let tags = #"""
<h1>Tags</h1>
<ul class="tag-cloud">
{{#tags.items}}<li><a href="{{url}}">{{name}}</a> <span class="count">{{count}}</span></li>
{{/tags.items}}
</ul>
{{^tags.items}}<p>No entry has tags yet.</p>{{/tags.items}}
"""#

    static let tag = #"""
<p class="entry-type"><a href="{{tag.all_url}}">Tag</a></p>
<h1>{{tag.name}}</h1>
<p class="count">{{tag.count}} entries</p>
<ul class="entry-list">
{{#tag.entries}}
<li><a href="{{url}}">{{title}}</a> <span class="type">{{type_label}}</span>{{#date}} <time datetime="{{iso}}">{{text}}</time>{{/date}}{{#summary}}<p>{{.}}</p>{{/summary}}</li>
{{/tag.entries}}
</ul>
"""#

    /// An alias's URL, sending readers (and crawlers, by the canonical link) on.
    static let redirect = #"""
<!DOCTYPE html>
<html lang="{{site.language}}">
<head>
<meta charset="utf-8">
<title>{{redirect.title}}</title>
<meta http-equiv="refresh" content="0; url={{redirect.url}}">
{{#redirect.canonical}}<link rel="canonical" href="{{.}}">
{{/redirect.canonical}}
<meta name="robots" content="noindex">
</head>
<body>
<p>‘{{redirect.alias}}’ is another name for <a href="{{redirect.url}}">{{redirect.title}}</a>.</p>
</body>
</html>
"""#

    static let disambiguation = #"""
<h1>{{disambiguation.alias}}</h1>
<p>‘{{disambiguation.alias}}’ may refer to:</p>
<ul class="entry-list">
{{#disambiguation.entries}}
<li><a href="{{url}}">{{title}}</a> <span class="type">{{type_label}}</span>{{#summary}}<p>{{.}}</p>{{/summary}}</li>
{{/disambiguation.entries}}
</ul>
"""#
}

extension DefaultTheme {
    static let maintenance = #"""
<h1>Maintenance</h1>
<ul class="report-summary">
{{#maintenance.sections}}<li><a href="#{{id}}">{{title}}</a> <span class="count">{{count}}</span></li>
{{/maintenance.sections}}
</ul>
{{#maintenance.sections}}
<section aria-labelledby="{{id}}">
<h2 id="{{id}}">{{title}} <span class="count">{{count}}</span></h2>
{{#empty}}<p>None.</p>{{/empty}}
<ul class="report">
{{#items}}<li>{{#url}}<a href="{{.}}">{{title}}</a>{{/url}}{{^url}}{{title}}{{/url}}{{#detail}} — {{.}}{{/detail}}{{#location}} <code class="where">{{.}}</code>{{/location}}</li>
{{/items}}
</ul>
</section>
{{/maintenance.sections}}
"""#
}

extension DefaultTheme {
    static let graph = #"""
<h1>Graph</h1>
<p>The entry types of this wiki and the {{graph.shown}} most-linked of its {{graph.total}} entries, with the relations between them. Each entry page draws its own connections.</p>
<figure class="almanac-graph-frame">{{{graph.svg}}}</figure>
"""#
}

extension DefaultTheme {
    /// The search page; search.js fills #search-results from `?q=`.
    static let search = #"""
<h1>Search</h1>
<form class="search search-page" role="search" action="index.html" method="get">
<label for="search-page-q">Search titles, other names, summaries and text</label>
<input type="search" id="search-page-q" name="q" autocomplete="off">
<button type="submit">Search</button>
</form>
<div id="search-results">
<p>Search needs JavaScript. Without it, browse the sections listed at the top of the page, the <a href="../timeline/index.html">timeline</a> or the <a href="../tags/index.html">tags</a>.</p>
</div>
"""#
}
