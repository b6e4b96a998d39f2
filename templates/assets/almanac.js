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