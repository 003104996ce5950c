/* Keep Material's "stay on page" from fetching sitemaps named by the page's <link rel="alternate">.
 * When the page has loaded, Material fetches sitemap.xml beside every alternate link's address: with
 * absolute hreflang links that is a request to the published host while the site is previewed or
 * tested elsewhere, and a 404 on the published site (the links name pages, not language roots).
 * The language selector already links the same page (overrides/partials/alternate.html), so the
 * links are set aside while Material looks (its DOMContentLoaded listener was added first, by the
 * bundle) and put back right after, unchanged, for search engines and other readers.
 */
(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll('link[rel="alternate"]'));
  if (!links.length) return;
  links.forEach(function (link) { link.remove(); });
  document.addEventListener("DOMContentLoaded", function () {
    links.forEach(function (link) { document.head.appendChild(link); });
  }, { once: true });
})();
