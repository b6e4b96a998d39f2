/// The script `serve` adds to every page it serves (never to `build`
/// output): reloads on `reload`, shows diagnostics over the page on
/// `failed`. Text only goes through `textContent`, never as HTML.
enum LiveReloadScript {
    static let path = "/__almanac/live.js"
    static let eventsPath = "/__almanac/events"
    static let tag = "<script src=\"\(path)\" defer></script>"

    /// Adds the script tag before `</body>`.
    static func inject(into html: String) -> String {
        // Byte search from the end: Foundation's range(of:) is slow on whole pages.
        let bytes = Array(html.utf8)
        let marker = Array("</body>".utf8)
        guard bytes.count >= marker.count else { return html + tag }
        var i = bytes.count - marker.count
        while i >= 0 {
            if bytes[i] == 0x3C, Array(bytes[i..<i + marker.count]) == marker {
                return String(decoding: bytes[..<i], as: UTF8.self) + tag + "\n" + String(decoding: bytes[i...], as: UTF8.self)
            }
            i -= 1
        }
        return html + tag
    }

    static let source = #"""
(function () {
  "use strict";
  var overlay = null;
  function hide() { if (overlay) { overlay.remove(); overlay = null; } }
  function show(lines) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "almanac-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);color:#fbe9e7;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem";
    var title = document.createElement("h2");
    title.textContent = "Almanac: the last edit did not build (this page is the last good build)";
    title.style.cssText = "font:600 18px system-ui,sans-serif;color:#ff8a80;margin:0 0 1rem";
    var pre = document.createElement("pre");
    pre.textContent = lines.join("\n");
    pre.style.cssText = "white-space:pre-wrap;margin:0";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.style.cssText = "margin-top:1rem";
    close.addEventListener("click", hide);
    overlay.append(title, pre, close);
    document.body.appendChild(overlay);
  }
  var generation = null;
  // Whether this page is the output file `path`, or uses it (a stylesheet, a script).
  function shows(path) {
    if (path.indexOf("assets/") === 0) { return true; }
    var here = decodeURIComponent(location.pathname).replace(/^\//, "");
    if (here === "" || here.charAt(here.length - 1) === "/") { here += "index.html"; }
    return here === path;
  }
  function connect() {
    var source = new EventSource("/__almanac/events");
    source.addEventListener("status", function (e) {
      var g = JSON.parse(e.data).generation;
      if (generation !== null && g !== generation) { location.reload(); }
      generation = g;
      hide();
    });
    source.addEventListener("reload", function (e) {
      var data = JSON.parse(e.data);
      generation = data.generation;
      if (!data.paths || data.paths.some(shows)) { location.reload(); }
    });
    source.addEventListener("failed", function (e) { show(JSON.parse(e.data).diagnostics); });
  }
  connect();
})();
"""#
}
