/// The CSS for both drawings.
///
/// The drawings carry classes only, never colours, so one stylesheet can
/// follow the site's theme: colours are CSS variables that fall back to the
/// built-in theme's (`--bg`, `--fg`, `--link`, …) and change for dark mode,
/// print and forced colours. Each entry type has its own colour; the type is
/// also named in every node's tooltip, so colour is never the only cue.
enum GraphStylesheet {
    static let css = #"""
/* Almanac graph drawings (NeighbourhoodSVG, SiteGraphSVG) */
.almanac-graph {
  --graph-bg: var(--bg, #fdfcfa);
  --graph-fg: var(--fg, #1d1f23);
  --graph-muted: var(--muted, #5d6470);
  --graph-link: var(--link, #1a56b0);
  --graph-focus: var(--accent, #8a5a00);
  --graph-edge: #868d98;
  --graph-edge-faint: #c3c7cd;
  --graph-group: #c0392b; --graph-event: #b9770e; --graph-person: #1f6fb2; --graph-place: #1e8449;
  --graph-organization: #7d3c98; --graph-document: #5d6d7e; --graph-source: #0e7c86; --graph-other: #7f8c8d;
  display: block; width: 100%; height: auto; margin: 1rem auto;
  font-family: var(--ui, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif);
}
/* Caps near the natural width, so small drawings do not blow their text up. */
.almanac-graph.graph-s { max-width: 25rem; }
.almanac-graph.graph-m { max-width: 40rem; }
.almanac-graph.graph-l { max-width: 55rem; }
.almanac-graph.graph-xl { max-width: 70rem; }
/* A drawing scales to the column, whole; on a phone, "Full size" shows it
   at its natural size in a scrolling frame, where its text is legible. */
.almanac-graph-frame { overflow-x: auto; margin: 0; }
.graph-size, .graph-size-toggle { display: none; }
.graph-size { font: 0.9rem var(--ui, system-ui, sans-serif); margin-left: 0.3rem; }
@media (max-width: 45rem) {
  .graph-size, .graph-size-toggle { display: inline; }
  .graph-size-toggle:checked ~ .almanac-graph-frame .graph-l { min-width: 34rem; }
  .graph-size-toggle:checked ~ .almanac-graph-frame .graph-xl { min-width: 52rem; }
}
/* A halo in the background colour keeps text legible where lines cross it. */
.almanac-graph text { fill: var(--graph-fg); paint-order: stroke; stroke: var(--graph-bg); stroke-width: 3px; stroke-linejoin: round; }
.almanac-graph .edge line, .almanac-graph .edge .curve { fill: none; stroke: var(--graph-edge); stroke-width: 1.5; }
.almanac-graph .edge .arrow { fill: var(--graph-edge); stroke: none; }
.almanac-graph .edge-between .curve, .almanac-graph .membership line { stroke: var(--graph-edge-faint); stroke-width: 1; }
.almanac-graph .edge-between .curve { stroke-dasharray: 4 3; }
.almanac-graph .edge-between .arrow { fill: var(--graph-edge-faint); }
/* Links from prose: lighter than typed relations, which carry the meaning. */
.almanac-graph .edge-mention line, .almanac-graph .edge-mention .curve { stroke: var(--graph-edge-faint); stroke-width: 1; stroke-dasharray: 5 3; }
.almanac-graph .edge-mention .arrow { fill: var(--graph-edge-faint); }
/* The site graph: many entry links, drawn light; the links between types stand out. */
.almanac-graph.graph-site .edge .curve { stroke-width: 1; stroke-opacity: 0.7; }
.almanac-graph .edge-types line { stroke: var(--graph-muted); stroke-width: 2.5; }
.almanac-graph .edge-types .arrow { fill: var(--graph-muted); }
.almanac-graph .edge-label { fill: var(--graph-muted); font-style: italic; }
.almanac-graph .label-bg { fill: var(--graph-bg); }
.almanac-graph .graph-note { fill: var(--graph-muted); }
.almanac-graph .node { --node-colour: var(--graph-other); }
.almanac-graph .legend { --node-colour: var(--graph-other); }
.almanac-graph .legend circle { fill: var(--node-colour); }
.almanac-graph .legend text { fill: var(--graph-muted); }
.almanac-graph .node-group { --node-colour: var(--graph-group); }
.almanac-graph .node-event { --node-colour: var(--graph-event); }
.almanac-graph .node-person { --node-colour: var(--graph-person); }
.almanac-graph .node-place { --node-colour: var(--graph-place); }
.almanac-graph .node-organization { --node-colour: var(--graph-organization); }
.almanac-graph .node-document { --node-colour: var(--graph-document); }
.almanac-graph .node-source { --node-colour: var(--graph-source); }
.almanac-graph .node circle { fill: var(--node-colour); stroke: var(--graph-bg); stroke-width: 2; }
.almanac-graph .type circle { fill-opacity: 0.85; stroke: var(--node-colour); stroke-width: 3; }
.almanac-graph .center rect { fill: var(--graph-bg); stroke: var(--node-colour); stroke-width: 2.5; }
.almanac-graph a .node-label { fill: var(--graph-link); }
.almanac-graph .center .node-label { fill: var(--graph-fg); }
.almanac-graph a:hover .node-label, .almanac-graph a:focus-visible .node-label { text-decoration: underline; }
.almanac-graph a:focus-visible circle, .almanac-graph a:focus-visible rect { stroke: var(--graph-focus); stroke-width: 3; }
@media (prefers-color-scheme: dark) {
  .almanac-graph {
    --graph-bg: var(--bg, #15171a);
    --graph-fg: var(--fg, #e6e3dc);
    --graph-muted: var(--muted, #a2a8b3);
    --graph-link: var(--link, #8ab4f8);
    --graph-focus: var(--accent, #e0b050);
    --graph-edge: #7d848f;
    --graph-edge-faint: #4a4f57;
    --graph-group: #ff7b6b; --graph-event: #f0b44c; --graph-person: #6fb1f0; --graph-place: #5cc98a;
    --graph-organization: #c39bd3; --graph-document: #a9b7c6; --graph-source: #4fc3c9; --graph-other: #9aa3ad;
  }
}
@media print {
  .almanac-graph {
    --graph-bg: #fff; --graph-fg: #000; --graph-muted: #333; --graph-link: #000;
    --graph-edge: #555; --graph-edge-faint: #999;
    --graph-group: #c0392b; --graph-event: #b9770e; --graph-person: #1f6fb2; --graph-place: #1e8449;
    --graph-organization: #7d3c98; --graph-document: #5d6d7e; --graph-source: #0e7c86; --graph-other: #7f8c8d;
    max-width: 100%; break-inside: avoid;
  }
  .almanac-graph-frame { overflow: visible; }
  .almanac-graph-frame .almanac-graph { min-width: 0; }
}
@media (forced-colors: active) {
  .almanac-graph text { fill: CanvasText; stroke: Canvas; }
  .almanac-graph a .node-label { fill: LinkText; }
  .almanac-graph .node circle, .almanac-graph .edge .arrow { fill: CanvasText; }
  .almanac-graph .center rect { fill: Canvas; stroke: CanvasText; }
  .almanac-graph .label-bg { fill: Canvas; }
  .almanac-graph .edge line, .almanac-graph .edge .curve { stroke: CanvasText; }
}
"""#
}
