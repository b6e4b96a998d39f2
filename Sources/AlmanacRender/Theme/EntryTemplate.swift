extension DefaultTheme {
    /// One entry: infobox, body, contents, typed backlinks, mentions.
    static let entry = #"""
<article class="entry entry-{{entry.type}}">
<header class="entry-header">
<p class="entry-type"><a href="{{entry.type_url}}">{{entry.type_label}}</a></p>
<h1>{{entry.title}}</h1>
{{#entry.has_aliases}}<p class="aliases">Also known as: {{#entry.aliases}}<span class="alias">{{text}}</span>{{^last}}, {{/last}}{{/entry.aliases}}</p>
{{/entry.has_aliases}}
{{#entry.summary}}<p class="summary">{{.}}</p>
{{/entry.summary}}
{{#entry.has_tags}}<ul class="tags" aria-label="Tags">{{#entry.tags}}<li><a href="{{url}}">{{name}}</a></li>{{/entry.tags}}</ul>
{{/entry.has_tags}}
</header>
<div class="entry-layout">
<aside class="entry-side">
{{#entry.has_infobox}}
<table class="infobox">
<caption>{{entry.title}}</caption>
<tbody>
{{#entry.infobox}}
<tr><th scope="row">{{label}}</th><td>{{#values}}{{#url}}<a href="{{.}}"{{#external}} rel="external noopener"{{/external}}>{{text}}</a>{{/url}}{{#missing}}<a class="redlink" title="No entry named ‘{{text}}’ yet">{{text}}</a>{{/missing}}{{#plain}}{{text}}{{/plain}}{{>qualifiers}}{{^last}}<br>{{/last}}{{/values}}</td></tr>
{{/entry.infobox}}
</tbody>
</table>
{{#entry.has_claim_notes}}
<ol class="claim-notes" aria-label="Sources of the relations">
{{#entry.claim_notes}}<li id="claim-{{n}}">{{#url}}<a href="{{.}}">{{text}}</a>{{/url}}{{^url}}{{text}}{{/url}}</li>
{{/entry.claim_notes}}
</ol>
{{/entry.has_claim_notes}}
{{/entry.has_infobox}}
{{#entry.has_toc}}
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Contents</h2>
<ol>
{{#entry.toc}}<li class="toc-level-{{level}}"><a href="#{{id}}">{{text}}</a></li>
{{/entry.toc}}
</ol>
</nav>
{{/entry.has_toc}}
</aside>
<div class="entry-body">
{{{entry.body}}}
</div>
</div>
{{#entry.has_backlinks}}
<section class="backlinks" aria-labelledby="relations-title">
<h2 id="relations-title">Relations</h2>
<dl>
{{#entry.backlinks}}
<dt>{{label}}</dt>
<dd><ul>{{#entries}}<li><a href="{{url}}">{{title}}</a>{{>qualifiers}} <span class="type">{{type_label}}</span></li>{{/entries}}</ul></dd>
{{/entry.backlinks}}
</dl>
</section>
{{/entry.has_backlinks}}
{{#entry.has_graph}}
<section class="neighbourhood" aria-labelledby="graph-title">
<h2 id="graph-title">Connections</h2>
<figure class="almanac-graph-frame">{{{entry.graph}}}</figure>
</section>
{{/entry.has_graph}}
{{#entry.has_cited_by}}
<section class="cited-by" aria-labelledby="cited-title">
<h2 id="cited-title">Cited in</h2>
<ul>
{{#entry.cited_by}}
<li><a href="{{url}}">{{title}}</a> <span class="type">{{type_label}}</span>{{#has_claims}}<ul>{{#claims}}<li>{{text}}</li>{{/claims}}</ul>{{/has_claims}}</li>
{{/entry.cited_by}}
</ul>
</section>
{{/entry.has_cited_by}}
{{#entry.has_timeline}}
<section class="entry-timeline" aria-labelledby="timeline-title">
<h2 id="timeline-title">Timeline</h2>
<ol class="timeline">
{{#entry.timeline}}{{#items}}
<li class="precision-{{precision}}"><time datetime="{{iso}}">{{date}}</time> <a href="{{url}}">{{title}}</a>{{#label}} <span class="what">{{.}}</span>{{/label}} <span class="type">{{type_label}}</span></li>
{{/items}}{{/entry.timeline}}
</ol>
</section>
{{/entry.has_timeline}}
{{#entry.has_mentions}}
<section class="mentions" aria-labelledby="mentions-title">
<h2 id="mentions-title">Mentioned in</h2>
<ul>
{{#entry.mentions}}
<li><a href="{{url}}">{{title}}</a>{{#sentences}}<blockquote>{{.}}</blockquote>{{/sentences}}</li>
{{/entry.mentions}}
</ul>
</section>
{{/entry.has_mentions}}
<footer class="entry-footer">
<p>Source file: <code>{{entry.path}}</code></p>
</footer>
</article>
"""#
}

extension DefaultTheme {
    /// How a relation value shows its period, status, citations and note.
    /// `qualified` first: most values have none of them, and one lookup is
    /// cheaper than four.
    static let qualifiers = #"""
{{#qualified}}{{#period}} <span class="period">({{.}})</span>{{/period}}{{#marked}} <span class="status status-{{status}}">{{status}}</span>{{/marked}}{{#citations}}<sup class="cite"><a href="#claim-{{n}}" title="{{title}}">[{{n}}]</a></sup>{{/citations}}{{#note}} <span class="note">{{.}}</span>{{/note}}{{/qualified}}
"""#
}
