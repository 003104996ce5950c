/* Runs inline in the 404 page, called with the published site's path (`siteRoot`, e.g. "/my-plan/").
 * GitHub Pages serves the page for every missing address of the site, so the address the reader
 * asked for tells where the site is. The site's root is `siteRoot` when the address starts with it;
 * elsewhere (a fork under another name, a local preview) it is the first folder of the address,
 * shortest first and "/" last, that holds the site's en/404.html. Then only the reader's language is shown (English below en/),
 * and the links and the search lead into that language's part of the site. */
(function (siteRoot) {
  "use strict";
  var path = location.pathname;

  function show(lang, root) {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-lang]").forEach(function (section) {
      var own = section.getAttribute("data-lang") === lang;
      section.hidden = !own;
      if (own) document.title = section.getAttribute("data-title");
      if (root === null) return;
      var base = root + (section.getAttribute("data-lang") === "en" ? "en/" : "");
      section.querySelectorAll("[data-path]").forEach(function (element) {
        element.setAttribute(element.tagName === "FORM" ? "action" : "href", base + element.getAttribute("data-path"));
      });
    });
  }

  function showFrom(root) {
    show(/^en(\/|$)/.test(path.slice(root.length)) ? "en" : "vi", root);
  }

  if (path.indexOf(siteRoot) === 0) return showFrom(siteRoot);
  var parts = path.split("/"), folders = [];
  for (var n = 2; n < parts.length; n++) folders.push(parts.slice(0, n).join("/") + "/");
  folders.push("/");
  (function probe(i) {
    if (i === folders.length) {  /* no root found: keep the links to the published site */
      return show(path.split("/").indexOf("en") >= 0 ? "en" : "vi", null);
    }
    fetch(folders[i] + "en/404.html", { method: "HEAD" }).then(function (response) {
      if (response.ok) showFrom(folders[i]); else probe(i + 1);
    }, function () { probe(i + 1); });
  })(0);
})