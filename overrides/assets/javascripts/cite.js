/* Copy a duty's citation with its permanent address; print an agency's checklist.
 * Progressive enhancement: without JavaScript the buttons stay hidden and the citation is plain,
 * selectable text beside a visible permalink. The text comes from the page (built in plan_site/model/citation.py);
 * this script only adds the address, as plan_site/model/citation.py `with_url` does: "<citation>, <url>".
 */
(function () {
  "use strict";

  /* The duty's permanent address: its permalink (relative: "#iii-7-3" on its agency page, the agency
   * page's address elsewhere) read against the page's canonical address, the published site. */
  function permalink(button) {
    var canonical = document.querySelector('link[rel="canonical"]');
    var page = canonical ? canonical.href : window.location.href;
    var link = button.parentNode.querySelector("a.duty-permalink");
    return new URL(link.getAttribute("href"), page.split("#")[0]).href;
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function announce(button, message) {
    var status = button.parentNode.querySelector(".cite-status");
    if (status) {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = message; }, 50);
    }
  }

  function copyCitation(button) {
    var source = document.getElementById(button.getAttribute("data-cite"));
    var value = source.querySelector(".cite-text__value");
    var citation = value.textContent.replace(/\s+/g, " ").trim() + ", " + permalink(button);
    var failed = function () {
      selectText(value);
      announce(button, button.getAttribute("data-failed"));
    };
    if (!navigator.clipboard || !window.isSecureContext) {
      failed();
      return;
    }
    navigator.clipboard.writeText(citation).then(function () {
      announce(button, button.getAttribute("data-copied"));
    }, failed);
  }

  function enhance() {
    document.querySelectorAll("button.cite-copy[hidden], button.print-page[hidden]").forEach(function (button) {
      button.hidden = false;
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.cite-copy, button.print-page");
    if (!button) return;
    if (button.classList.contains("cite-copy")) copyCitation(button);
    else window.print();
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
