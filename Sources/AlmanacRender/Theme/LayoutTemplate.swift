extension DefaultTheme {
    /// The page shell around every page's content.
    static let layout = #"""
<!DOCTYPE html>
<html lang="{{site.language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{#page.is_home}}{{site.title}}{{/page.is_home}}{{^page.is_home}}{{page.title}} · {{site.title}}{{/page.is_home}}</title>
{{#page.description}}<meta name="description" content="{{.}}">
{{/page.description}}
{{#page.canonical}}<link rel="canonical" href="{{.}}">
{{/page.canonical}}
<meta property="og:title" content="{{page.title}}">
<meta property="og:site_name" content="{{site.title}}">
{{#page.description}}<meta property="og:description" content="{{.}}">
{{/page.description}}
<meta name="generator" content="{{generator}}">
<link rel="stylesheet" href="{{root}}assets/style.css">
{{#site.base_url}}<link rel="alternate" type="application/atom+xml" title="{{site.title}}" href="{{.}}atom.xml">
{{/site.base_url}}
<script src="{{root}}assets/almanac.js" defer></script>
<script src="{{root}}search/search.js" defer></script>
</head>
<body class="kind-{{page.kind}}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap">
<a class="site-title" href="{{root}}index.html">{{site.title}}</a>
<form class="search" role="search" action="{{root}}search/index.html" method="get">
<label for="search-q" class="visually-hidden">Search</label>
<input type="search" id="search-q" name="q" autocomplete="off" placeholder="Search">
<button type="submit">Search</button>
</form>
<nav class="site-nav" aria-label="Sections">
<ul>
{{#nav}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{plural}}</a></li>
{{/nav}}
</ul>
</nav>
</div>
</header>
<main id="main" class="wrap">
{{{content}}}
</main>
<footer class="site-footer">
<div class="wrap">
{{>footer}}
</div>
</footer>
</body>
</html>
"""#

    /// The footer, a partial so a wiki can override it alone.
    static let footer = #"""
<p>{{site.title}}{{#site.description}} — {{.}}{{/site.description}}</p>
<p class="generator">Built with {{generator}} · <a href="{{root}}wanted/index.html">Wanted entries</a> · <a href="{{root}}maintenance/index.html">Maintenance</a></p>
"""#
}
