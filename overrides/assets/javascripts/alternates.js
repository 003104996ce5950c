/* Runs before the page loads, on every page: see docs/maintainers/design.md, "Same page paths". */
(function () {
  "use strict";
  // Material's "stay on page" would fetch a sitemap beside each alternate link: set them aside meanwhile.
  var links = [].slice.call(document.querySelectorAll('link[rel="alternate"]'));
  links.forEach(function (link) { link.remove(); });
  document.addEventListener("DOMContentLoaded", function () {
    links.forEach(function (link) { document.head.appendChild(link); });
  }, { once: true });
  // The language switch keeps the place: the query (finder's filters) and #section as they are when followed.
  ["click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
      if (link) link.href = link.href.replace(/[?#].*/, "") + location.search + location.hash;
    }, true);
  });
})();
