extension DefaultTheme {
    /// The built-in stylesheet: readable measure, phones first, dark mode
    /// from the system, and a print style.
    static let stylesheet = #"""
:root {
  --bg: #fdfcfa; --fg: #1d1f23; --muted: #5d6470; --line: #dcd8d0; --panel: #f4f1ea;
  --link: #1a56b0; --visited: #6a3fa0; --red: #b3261e; --accent: #8a5a00;
  --font: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, serif;
  --ui: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #15171a; --fg: #e6e3dc; --muted: #a2a8b3; --line: #34383f; --panel: #1e2126;
    --link: #8ab4f8; --visited: #c4a5f5; --red: #ff8a80; --accent: #e0b050; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1.0625rem/1.6 var(--font); }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--visited); }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--fg); color: var(--bg); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { left: 0; }
.site-header { border-bottom: 1px solid var(--line); background: var(--panel); font-family: var(--ui); }
.site-header .wrap { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.site-title { font-weight: 700; font-size: 1.15rem; color: var(--fg); text-decoration: none; }
.site-title:visited { color: var(--fg); }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.site-nav a { color: var(--muted); text-decoration: none; font-size: 0.95rem; }
.site-nav a[aria-current="page"] { color: var(--fg); font-weight: 600; border-bottom: 2px solid var(--accent); }
main { padding-top: 1.5rem; padding-bottom: 3rem; }
h1, h2, h3, h4 { font-family: var(--ui); line-height: 1.25; }
h1 { font-size: 2rem; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
.entry-type { font: 600 0.8rem var(--ui); text-transform: uppercase; letter-spacing: 0.08em; margin: 0; }
.entry-type a { color: var(--accent); text-decoration: none; }
.aliases { color: var(--muted); font-size: 0.95rem; margin: 0; }
.summary { font-size: 1.15rem; color: var(--muted); margin-top: 0.5rem; }
.entry-layout { display: flex; flex-direction: column; gap: 1rem; }
.entry-body { min-width: 0; max-width: 44rem; flex: 1 1 auto; }
sup.footnote-ref + sup.footnote-ref::before { content: ","; }
@media (min-width: 60rem) {
  .entry-layout { flex-direction: row-reverse; align-items: flex-start; gap: 2.5rem; }
  .entry-side { flex: 0 0 20rem; position: sticky; top: 1rem; }
}
.infobox { width: 100%; border-collapse: collapse; background: var(--panel); border: 1px solid var(--line); font: 0.9rem/1.45 var(--ui); }
.infobox caption { font-weight: 700; text-align: left; padding: 0.5rem 0.75rem; background: var(--line); color: var(--fg); }
.infobox th, .infobox td { text-align: left; vertical-align: top; padding: 0.4rem 0.75rem; border-top: 1px solid var(--line); }
.infobox th { width: 38%; color: var(--muted); font-weight: 600; }
.toc { margin-top: 1rem; font: 0.9rem/1.45 var(--ui); border-left: 3px solid var(--line); padding-left: 0.75rem; }
.toc h2 { font-size: 0.9rem; border: 0; margin: 0 0 0.25rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc .toc-level-3 { padding-left: 1rem; }
.toc .toc-level-4, .toc .toc-level-5, .toc .toc-level-6 { padding-left: 2rem; }
a.redlink, a.redlink:visited { color: var(--red); text-decoration: underline dotted; cursor: help; }
.wikilink { text-decoration-thickness: 1px; }
table { border-collapse: collapse; margin: 1rem 0; display: block; overflow-x: auto; max-width: 100%; }
.infobox { display: table; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; }
thead th { background: var(--panel); }
code, pre { font-family: var(--mono); font-size: 0.9em; }
pre { background: var(--panel); padding: 0.75rem; overflow-x: auto; border-radius: 4px; }
blockquote { margin: 0.5rem 0 0.75rem; padding-left: 0.9rem; border-left: 3px solid var(--line); color: var(--muted); }
.footnotes { font-size: 0.9rem; border-top: 1px solid var(--line); margin-top: 2rem; }
.backlinks dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.5rem 1.5rem; font-family: var(--ui); }
.backlinks dt { font-weight: 600; color: var(--muted); }
.backlinks dd { margin: 0; }
.backlinks ul, .mentions > ul, .entry-list { list-style: none; padding: 0; margin: 0; }
.backlinks li { display: inline; }
.backlinks li:not(:last-child)::after { content: " · "; color: var(--muted); }
.type, .where, .count, time { color: var(--muted); font: 0.8rem var(--ui); }
.mentions li { margin-bottom: 0.9rem; }
.entry-list li { padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
.entry-list p { margin: 0.15rem 0 0; color: var(--muted); }
.section-grid { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.75rem; }
.section-grid a { display: block; padding: 0.75rem 1rem; border: 1px solid var(--line); background: var(--panel); border-radius: 6px; text-decoration: none; font-family: var(--ui); }
.entry-footer, .site-footer { color: var(--muted); font: 0.85rem var(--ui); }
.site-footer { border-top: 1px solid var(--line); padding: 1rem 0 2rem; }
.tags { list-style: none; padding: 0; margin: 0.5rem 0 0; display: flex; flex-wrap: wrap; gap: 0.4rem; font: 0.8rem var(--ui); }
.tags a, .tag-cloud a { display: inline-block; padding: 0.1rem 0.55rem; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; background: var(--panel); }
.tag-cloud { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
.filters ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; font-family: var(--ui); }
.filters a[aria-current="page"] { font-weight: 700; color: var(--fg); }
.timeline { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--line); }
.timeline li { position: relative; padding: 0.35rem 0 0.35rem 1.1rem; }
.timeline li::before { content: ""; position: absolute; left: -6px; top: 0.85rem; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); }
.timeline .precision-year::before { background: var(--bg); border: 2px solid var(--accent); width: 6px; height: 6px; }
.timeline time { font-weight: 600; color: var(--fg); font-size: 0.85rem; min-width: 9rem; display: inline-block; }
.timeline p { margin: 0.1rem 0 0; color: var(--muted); font-size: 0.95rem; }
.what { font: italic 0.85rem var(--ui); color: var(--muted); }
.preview-card { position: absolute; z-index: 20; max-width: 22rem; padding: 0.6rem 0.8rem; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 4px 18px rgba(0,0,0,.18); font: 0.9rem/1.45 var(--ui); }
.preview-card p { margin: 0.2rem 0 0; }
.status { font: 600 0.7rem var(--ui); text-transform: uppercase; letter-spacing: 0.05em; padding: 0 0.35rem; border-radius: 3px; border: 1px solid currentColor; white-space: nowrap; }
.status-claimed { color: var(--accent); }
.status-alleged, .status-disputed { color: var(--red); }
.period, .note { color: var(--muted); font-size: 0.85em; }
.cite { font: 0.7rem var(--ui); }
.claim-notes { font: 0.8rem/1.4 var(--ui); color: var(--muted); margin: 0.5rem 0 0; padding-left: 1.5rem; }
.cited-by > ul > li { margin-bottom: 0.5rem; }
.cited-by ul ul { color: var(--muted); font-size: 0.92rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
form.search { position: relative; display: flex; gap: 0.25rem; margin-left: auto; }
form.search input { font: 0.95rem var(--ui); padding: 0.3rem 0.5rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); width: 14rem; max-width: 60vw; }
form.search button { font: 0.85rem var(--ui); padding: 0.3rem 0.6rem; border: 1px solid var(--line); border-radius: 4px; background: var(--panel); color: var(--fg); cursor: pointer; }
.search-page { margin: 1rem 0; flex-wrap: wrap; }
.search-page label { width: 100%; font: 0.9rem var(--ui); color: var(--muted); }
.search-page input { width: 24rem; }
.search-dropdown { position: absolute; top: 100%; right: 0; z-index: 30; width: min(28rem, 92vw); margin: 0.25rem 0 0; padding: 0.25rem 0; list-style: none; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.18); font-family: var(--ui); }
.search-option a { display: block; padding: 0.4rem 0.75rem; text-decoration: none; color: var(--fg); }
.search-option[aria-selected="true"] a, .search-option a:hover { background: var(--panel); }
.search-option .search-type, .search-result .search-type { color: var(--accent); font-size: 0.75rem; margin-left: 0.4rem; text-transform: uppercase; letter-spacing: 0.05em; }
.search-option .search-summary, .search-result .search-summary { display: block; color: var(--muted); font-size: 0.85rem; }
.search-empty { padding: 0.4rem 0.75rem; color: var(--muted); }
.search-results { padding-left: 1.25rem; }
.search-result { margin-bottom: 0.75rem; }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --link: #000; --line: #999; --panel: #fff; }
  .site-header nav, .skip-link, .toc, .site-footer, .preview-card, form.search { display: none; }
  .entry-layout { display: block; }
  .entry-side { float: right; width: 40%; margin: 0 0 1rem 1rem; }
  .entry-body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; }
  h2, h3 { break-after: avoid; }
}
"""#
}
