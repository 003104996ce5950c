/* Runs before the page loads, on every page: see docs/maintainers/design.md, "Same page paths". */
(function () {
  "use strict";
  // Material's "stay on page" would fetch a sitemap beside each alternate link: set them aside meanwhile.
  var links = [].slice.call(document.querySelectorAll('link[rel="alternate"]'));
  links.forEach(function (link) { link.remove(); });
  document.addEventListener("DOMContentLoaded", function () {
    links.forEach(function (link) { document.head.appendChild(link); });
  }, { once: true });
  // The language switch keeps the place: the query (finder's filters) and #section as they are when followed;
  // not the finder's words (text=), which are in this page's language and would find nothing in the other.
  ["click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
      if (!link) return;
      var query = new URLSearchParams(location.search);
      query.delete("text");
      query = query.toString();
      link.href = link.href.replace(/[?#].*/, "") + (query ? "?" + query : "") + location.hash;
    }, true);
  });
})();
