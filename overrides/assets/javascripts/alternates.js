/* Runs before the page has loaded, on every page (docs/maintainers/design.md, "Same page paths").
 * 1. Material's "stay on page" would fetch a sitemap beside each <link rel="alternate">: the links are
 *    set aside while Material looks for them, and put back right after, unchanged.
 * 2. The language switch keeps the reader's place: when followed, its link takes the address's query
 *    (the finder's filters) and #section as they are then. */
(function () {
  "use strict";
  var links = [].slice.call(document.querySelectorAll('link[rel="alternate"]'));
  links.forEach(function (link) { link.remove(); });
  document.addEventListener("DOMContentLoaded", function () {
    links.forEach(function (link) { document.head.appendChild(link); });
  }, { once: true });
  ["click", "auxclick", "contextmenu"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
      if (link) link.href = link.href.replace(/[?#].*/, "") + location.search + location.hash;
    }, true);
  });
})();
