/*
 * Duty finder (page rendered by plan_site/site/render/finder.py). Without this script the page is the
 * full list of duties. With it, the filter form appears; the rows are filtered in place; the
 * count is updated (a live region); the filters are written to the query string (?agency=,
 * task=, theme=, role=, text=) so a filtered view can be shared and bookmarked. No request is made.
 * The text filter ignores accents and case: every word typed must start a word of the row. It filters,
 * then ranks: the rows where the words typed next to each other are next to each other too come first
 * ("bao cao" lists "báo cáo" before "bảo … nâng cao"), each group in the plan's order. It filters by
 * the words, not by the phrase, so a duty that has them in another order or apart is still listed
 * (and counted); it ranks, because without accents only the order of the words tells them apart.
 */
(function () {
  "use strict"

  const form = document.getElementById("duty-finder-form")
  const data = document.getElementById("duty-finder-data")
  const list = document.getElementById("duty-finder-list")
  const count = document.getElementById("duty-finder-count")
  if (!form || !data || !list || !count) return

  const FACETS = ["agency", "task", "theme", "role"]
  const facts = JSON.parse(data.textContent)

  /** The form in which words are compared: accents, case and Unicode form do not matter. */
  function fold(value) {
    return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/đ/g, "d")
  }

  /** Folded words, one space before each and after the last: " bao cao ". */
  function spaced(text) {
    return " " + fold(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim() + " "
  }

  // A row's parts: its head (id and body), its text and each tag (tags touch, with no space between them).
  const PARTS = ".duty-finder__head, .duty-finder__text, .duty-finder__tag"
  const row = counted => (el, order) => {
    // Each part apart, so two words are neighbours only within one part.
    const parts = Array.from(el.querySelectorAll(PARTS), part => spaced(part.textContent))
    return { el, order, counted, facts: facts[el.dataset.duty] || {}, parts, words: parts.join("") }
  }
  const duties = Array.from(list.querySelectorAll("li[data-duty]")).map(row(true))
  // Part IV's paragraphs that bind every agency (finder.py `_general`): filtered like the duties, in their
  // own list after them, not counted and not reordered.
  const general = document.getElementById("duty-finder-general")
  const generalBlock = document.getElementById("duty-finder-general-block")
  const rows = duties.concat(general ? Array.from(general.querySelectorAll("li[data-duty]")).map(row(false)) : [])

  /** The current filters, read from the form. */
  function state() {
    const current = { text: form.elements.text.value }
    for (const name of FACETS) current[name] = form.elements[name].value
    return current
  }

  /** Whether a row passes every filter. */
  function passes(row, filters, words) {
    for (const name of FACETS) {
      const wanted = filters[name]
      if (!wanted) continue
      const value = row.facts[name]
      if (Array.isArray(value) ? !value.includes(wanted) : value !== wanted) return false
    }
    return words.every(word => row.words.includes(" " + word))
  }

  /** How many neighbouring words typed are neighbours in one part of the row (each word starting a word). */
  function neighbours(row, pairs) {
    return pairs.filter(pair => row.parts.some(part => pair.test(part))).length
  }

  /** The duties in the order to show: the most neighbouring words first, then the plan's order. */
  function ranked(words) {
    const pairs = words.slice(1).map((word, i) => new RegExp(` ${words[i]}[\\p{L}\\p{N}]* ${word}`, "u"))
    if (!pairs.length) return duties
    const rank = new Map(duties.map(row => [row, row.el.hidden ? 0 : neighbours(row, pairs)]))
    return [...duties].sort((a, b) => rank.get(b) - rank.get(a) || a.order - b.order)
  }

  let order = duties
  /** Show the rows that pass, ranked, update the count, and keep the filters in the address. */
  function apply() {
    const filters = state()
    const words = fold(filters.text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    let shown = 0, generalShown = 0
    for (const row of rows) {
      const visible = passes(row, filters, words)
      row.el.hidden = !visible
      if (visible && row.counted) shown++
      else if (visible) generalShown++
    }
    if (generalBlock) generalBlock.hidden = generalShown === 0
    const next = ranked(words)
    if (next.some((row, i) => row !== order[i])) list.append(...next.map(row => row.el))
    order = next
    count.textContent = count.dataset.template.replace("{matching}", shown)
    const params = new URLSearchParams()
    for (const name of [...FACETS, "text"]) if (filters[name]) params.set(name, filters[name])
    const query = params.toString()
    history.replaceState(history.state, "", (query ? "?" + query : location.pathname) + location.hash)
  }

  /** Set the form from the address; values that are not offered are ignored. */
  function restore() {
    const params = new URLSearchParams(location.search)
    form.elements.text.value = params.get("text") || ""
    for (const name of FACETS) {
      const select = form.elements[name]
      const value = params.get(name) || ""
      select.value = Array.from(select.options).some(o => o.value === value) ? value : ""
    }
  }

  form.hidden = false
  count.setAttribute("aria-live", "polite")
  form.addEventListener("input", apply)
  form.addEventListener("change", apply)
  form.addEventListener("submit", event => { event.preventDefault(); apply() })
  form.addEventListener("reset", () => setTimeout(apply))
  restore()
  apply()
})()
