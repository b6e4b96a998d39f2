extension DefaultTheme {
    static let sitemap = #"""
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{{#sitemap.urls}}
<url><loc>{{loc}}</loc>{{#lastmod}}<lastmod>{{.}}</lastmod>{{/lastmod}}</url>
{{/sitemap.urls}}
</urlset>
"""#

    static let atom = #"""
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{{site.language}}">
<title>{{site.title}}</title>
{{#site.description}}<subtitle>{{.}}</subtitle>
{{/site.description}}
<id>{{feed.id}}</id>
<link rel="self" type="application/atom+xml" href="{{feed.self}}"/>
<link rel="alternate" type="text/html" href="{{feed.home}}"/>
<updated>{{feed.updated}}</updated>
<author><name>{{site.title}}</name></author>
<generator>{{generator}}</generator>
{{#feed.entries}}
<entry>
<title>{{title}}</title>
<id>{{url}}</id>
<link rel="alternate" type="text/html" href="{{url}}"/>
<updated>{{updated}}</updated>
<category term="{{type}}" label="{{type_label}}"/>
{{#summary}}<summary>{{.}}</summary>
{{/summary}}
</entry>
{{/feed.entries}}
</feed>
"""#
}
