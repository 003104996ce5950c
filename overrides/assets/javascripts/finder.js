/*
 * Duty finder (page rendered by plan_site/site/render/finder.py). Without this script the page is the
 * full list of duties. With it, the filter form appears; the rows are filtered in place; the
 * count is updated (a live region); the filters are written to the query string (?agency=,
 * task=, theme=, role=, text=) so a filtered view can be shared and bookmarked. No request is made.
 * The text filter ignores accents and case: every word typed must start a word of the row.
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

  // Part IV's paragraphs that bind every agency (finder.py `_general`): filtered like the duties, not counted.
  const general = document.getElementById("duty-finder-general")
  const generalBlock = document.getElementById("duty-finder-general-block")
  const row = counted => el => ({
    el,
    counted,
    facts: facts[el.dataset.duty] || {},
    words: " " + fold(el.textContent).replace(/[^\p{L}\p{N}]+/gu, " ") + " ",
  })
  const rows = Array.from(list.querySelectorAll("li[data-duty]")).map(row(true))
    .concat(general ? Array.from(general.querySelectorAll("li[data-duty]")).map(row(false)) : [])

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

  /** Show the rows that pass, update the count, and keep the filters in the address. */
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
