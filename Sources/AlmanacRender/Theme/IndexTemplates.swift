extension DefaultTheme {
    /// The list of all entries of one type.
    static let index = #"""
<h1>{{index.title}}</h1>
<p class="count">{{index.count}} {{#index.one}}entry{{/index.one}}{{^index.one}}entries{{/index.one}}{{#index.has_dates}} · sorted by {{#index.by_date}}<a href="{{index.by_name_url}}">name</a> | <strong>date</strong>{{/index.by_date}}{{^index.by_date}}<strong>name</strong> | <a href="{{index.by_date_url}}">date</a>{{/index.by_date}}{{/index.has_dates}}</p>
<ul class="entry-list">
{{#index.entries}}
<li><a href="{{url}}">{{title}}</a>{{#date}} <time datetime="{{iso}}">{{text}}</time>{{/date}}{{#summary}}<p>{{.}}</p>{{/summary}}</li>
{{/index.entries}}
</ul>
"""#

    /// The home page: `content/index.md` if there is one, then the sections.
    static let home = #"""
<h1>{{home.title}}</h1>
{{#home.summary}}<p class="summary">{{.}}</p>{{/home.summary}}
{{#home.has_body}}
<div class="home-body">
{{{home.body}}}
</div>
{{/home.has_body}}
<section class="sections" aria-labelledby="sections-title">
<h2 id="sections-title">Browse {{home.entry_count}} entries</h2>
<ul class="section-grid">
{{#home.types}}
<li><a href="{{url}}"><strong>{{plural}}</strong> <span class="count">{{count}}</span></a></li>
{{/home.types}}
</ul>
</section>
"""#

    /// Links to entries that do not exist yet, most wanted first.
    static let wanted = #"""
<h1>Wanted entries</h1>
{{#wanted.has_items}}
<p>Pages that are linked to but not written yet, most wanted first.</p>
<table class="wanted">
<thead><tr><th scope="col">Entry</th><th scope="col">Links</th><th scope="col">Wanted by</th></tr></thead>
<tbody>
{{#wanted.items}}
<tr><td><a class="redlink" title="No entry named ‘{{title}}’ yet">{{title}}</a></td><td>{{count}}</td><td>{{#wanted_by}}<a href="{{url}}">{{title}}</a> <span class="where">({{location}})</span>{{^last}}, {{/last}}{{/wanted_by}}</td></tr>
{{/wanted.items}}
</tbody>
</table>
{{/wanted.has_items}}
{{^wanted.has_items}}<p>Every link leads to an entry: nothing is wanted.</p>{{/wanted.has_items}}
"""#

    static let notFound = #"""
<h1>Page not found</h1>
<p>There is no page at this address. Try the <a href="{{root}}index.html">home page</a>.</p>
"""#
}
