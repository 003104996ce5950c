/* Search loads when it is used: plan_site/outputs/search_index.py puts this before Material's bundle
 * and makes the bundle ask here for its search worker and its index, which wait until the reader
 * reaches for search. The result count line (a live region) says meanwhile that search is loading, or
 * that it failed. */
(function () {
  "use strict"
  var toggle = document.getElementById("__search")
  var box = document.querySelector("input.md-search__input")
  var meta = document.querySelector(".md-search-result__meta[data-loading]")
  var waiting = []
  var used = false
  var stand, worker, saying

  // after a moment, so screen readers hear it once the overlay shows; never over results
  function say(state) {
    if (!meta) return
    var text = meta.getAttribute("data-" + state)
    meta.textContent = ""
    clearTimeout(saying)
    saying = setTimeout(function () { if (!meta.textContent) meta.textContent = text }, 100)
  }

  function startWorker() {
    if (!stand || worker) return
    worker = new Worker(stand.url)
    worker.onmessage = function (event) { stand.dispatchEvent(new MessageEvent("message", { data: event.data })) }
  }

  function use() {
    if (used) return
    used = true
    startWorker()
    say("loading")
    waiting.splice(0).forEach(function (start) { start() })
  }

  // Material's worker: a stand-in until search is used, or until Material writes to it
  self.searchWorkerOnUse = function (url) {
    stand = new EventTarget()
    stand.url = url
    stand.postMessage = function (message) { startWorker(); worker.postMessage(message) }
    return stand
  }

  // Material's index: a promise, fetched (`load`, an observable) once search is used
  self.searchIndexOnUse = function (load) {
    return new Promise(function (resolve) {
      function start() {
        load().subscribe({ next: resolve, error: function () {
          used = false
          waiting.push(start)
          say("failed")
        } })
      }
      if (used || new URLSearchParams(location.search).has("h")) start()
      else waiting.push(start)
    })
  }

  if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) use() })
  if (box) box.addEventListener("focus", use)
})();
