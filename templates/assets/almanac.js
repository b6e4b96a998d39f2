(function () {
  "use strict";
  var card = null;
  function hide() { if (card) { card.remove(); card = null; } }
  function show(link) {
    hide();
    card = document.createElement("div");
    card.className = "preview-card";
    card.setAttribute("role", "tooltip");
    card.id = "preview-card";
    var type = document.createElement("p");
    type.className = "entry-type";
    type.textContent = link.dataset.type || "";
    var title = document.createElement("strong");
    title.textContent = link.dataset.title || link.textContent;
    card.append(type, title);
    if (link.dataset.summary) {
      var summary = document.createElement("p");
      summary.textContent = link.dataset.summary;
      card.append(summary);
    }
    document.body.appendChild(card);
    var box = link.getBoundingClientRect();
    var top = window.scrollY + box.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8));
    card.style.top = top + "px";
    card.style.left = left + "px";
    link.setAttribute("aria-describedby", "preview-card");
  }
  function target(event) {
    return event.target.closest ? event.target.closest("a.wikilink[data-title]") : null;
  }
  document.addEventListener("mouseover", function (e) { var a = target(e); if (a) { show(a); } });
  document.addEventListener("mouseout", function (e) { if (target(e)) { hide(); } });
  document.addEventListener("focusin", function (e) { var a = target(e); if (a) { show(a); } });
  document.addEventListener("focusout", function (e) { if (target(e)) { hide(); } });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
})();
// Query tables sort by any column on a click: each header becomes a
// button, and cells sort by their data-sort value (ISO dates, padded
// numbers, folded text). Without JavaScript the table keeps the query's order.
(function () {
  "use strict";
  var tables = document.querySelectorAll("table.query-results");
  Array.prototype.forEach.call(tables, function (table) {
    var headers = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-sort") || "";
          var y = b.cells[column].getAttribute("data-sort") || "";
          // Empty cells last in either direction, as the query puts them.
          if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
          var order = x < y ? -1 : (x > y ? 1 : 0);
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
