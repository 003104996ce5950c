/*
 * Search worker for the plan site: Material's search box, matching that works for Vietnamese as
 * people type it.
 *
 * Material's header search talks to a web worker through four messages (SETUP, READY, QUERY,
 * RESULT); its own worker runs lunr, which does not fold accents ("xam hai" finds nothing), cannot
 * read decomposed Unicode (NFD), splits "1472/QĐ-TTg" only at spaces and hyphens, and OR-s the
 * words of a query. plan_site/outputs/search_index.py (through hooks/search_index.py) points
 * Material at this file instead. It keeps the same messages and result shape, so Material's
 * interface (result list, highlighting, keyboard use, the "?h=" highlighting on the page opened) is
 * unchanged. Material starts it, and sends it the index, only once the reader reaches for search
 * (search-on-use.js).
 *
 * How it matches:
 * - A word is a run of letters and digits; everything else (spaces, "/", "-", brackets, quotes)
 *   separates words. Words are compared folded: NFD, combining marks dropped, lower case, đ → d.
 *   "xâm hại", "xam hai", "XÂM HẠI" and NFD-typed text are the same query.
 * - Every space-separated part of the query must occur in a section (AND). A part that holds
 *   several words ("1472/QĐ-TTg", "(Luật") or a quoted phrase must occur as consecutive words.
 * - The last word of the query also matches as the start of a word, so results follow typing.
 *
 * How it ranks, tier by tier, each tier before all that follow (rank()):
 * 1. The page's search boost, Material's own page setting (`search: boost:`) kept in the index:
 *    pages with a boost below 1 (the changelog, the printable checklists) come after all others.
 * 2. The page named: the whole query, as consecutive words, in the title (a short word that marks
 *    a number, "No." or "số", may be left out: "Decree 56"); the more of the title it covers, the
 *    higher, and a section's title counts half a page's. "công an" lists the page
 *    "7. Công an tỉnh" before the original text's section of that name and before its checklist.
 * 3. Words next to each other: how many neighbouring words of the query are neighbours in the
 *    section too, so "bao cao" lists "báo cáo" before "bảo … nâng cao".
 * 4. Relevance: a part found in the title counts most, then how often it occurs (damped), then the
 *    whole query as one phrase, divided by the square root of the section's length, so a duty
 *    beats a long section that merely contains it. A duty is its own section (its heading
 *    carries the anchor), so a result leads to the duty, not only to the top of its page.
 * The tiers make one number, the result's score, which Material also compares (Enter opens the
 * highest).
 *
 * The index is Material's search_index.json, made lean by the hook: each section's text with HTML
 * escapes and inline tags, block tags already turned into spaces. Highlights and excerpts are cut at
 * word boundaries from that escaped text, so what is shown stays escaped.
 */
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3 // Material's SearchMessageType

/* A tag, an HTML escape, or a word (letters, digits, and combining marks for NFD text). */
const PIECES = /<[^>]*>|&[#\w]+;|[\p{L}\p{N}\p{M}]+/gu
const BLOCK_TAG = /^<\/?(p|li|ol|ul|pre|h\d)\b/i
const QUERY_PARTS = /["“”]([^"“”]*)["“”]?|[^\s"“”]+/g
const MAX_TERMS = 12

let docs = []

/** The form in which words are compared: accents, case and Unicode form do not matter. */
function fold(value) {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/đ/g, "d")
}

/** The words of an escaped HTML string (tags and escapes skipped): folded key and offsets. */
function wordsOf(html) {
  const words = []
  for (const m of html.matchAll(PIECES)) {
    const piece = m[0]
    if (piece[0] !== "<" && piece[0] !== "&")
      words.push({ key: fold(piece), start: m.index, end: m.index + piece.length })
  }
  return words
}

/** The query as parts, each a list of folded words; the last word may match a word's start. */
function parseQuery(query) {
  const parts = []
  for (const m of query.matchAll(QUERY_PARTS)) {
    const words = fold(m[1] ?? m[0]).match(/[\p{L}\p{N}]+/gu)
    if (words) parts.push(words)
  }
  const prefix = parts.length > 0 && !/[\s"”]$/.test(query)
  return { parts, prefix }
}

/** Where a part occurs in a word list: start indexes and weights (a prefix-only match counts half). */
function occurrences(words, part, prefix) {
  const found = []
  const last = part.length - 1
  for (let i = 0; i + last < words.length; i++) {
    let k = 0
    while (k < last && words[i + k].key === part[k]) k++
    if (k < last) continue
    const key = words[i + last].key
    if (key === part[last]) found.push({ at: i, weight: 1 })
    else if (prefix && key.startsWith(part[last])) found.push({ at: i, weight: 0.5 })
  }
  return found
}

/** A section's score for a query, with the words to highlight; null when a part is missing. */
function match(doc, query) {
  const { parts, prefix } = query
  const hits = { title: new Set(), text: new Set() }
  const firsts = [], found = []
  let score = 0
  for (let p = 0; p < parts.length; p++) {
    const isLast = p === parts.length - 1
    const inTitle = occurrences(doc.titleWords, parts[p], prefix && isLast)
    const inText = occurrences(doc.textWords, parts[p], prefix && isLast)
    if (!inTitle.length && !inText.length) return null
    found.push({ inTitle, inText })
    if (inText.length) firsts.push(inText[0].at)
    for (const o of inTitle) for (let k = 0; k < parts[p].length; k++) hits.title.add(o.at + k)
    for (const o of inText) for (let k = 0; k < parts[p].length; k++) hits.text.add(o.at + k)
    const weight = list => list.reduce((sum, o) => sum + o.weight, 0)
    score += (inTitle.length ? 4 * Math.max(...inTitle.map(o => o.weight)) : 0) + Math.log2(1 + weight(inText))
  }
  let phraseAt = -1, named = found[0].inTitle.length > 0
  if (parts.length > 1) {
    const phrase = parts.flat()
    const inTitle = occurrences(doc.titleWords, phrase, prefix)
    const inText = occurrences(doc.textWords, phrase, prefix)
    if (inTitle.length || inText.length) score += 4 * parts.length
    if (inText.length) phraseAt = inText[0].at
    const unmarked = withoutNumberMarks(phrase.map(key => ({ key }))).map(word => word.key)
    named = inTitle.length > 0 || occurrences(doc.titleNamed, unmarked, prefix).length > 0
  }
  score /= Math.sqrt(1 + doc.textWords.length / 100)
  return { score: rank(doc, query, found, named, score), hits, centres: phraseAt >= 0 ? [phraseAt] : firsts }
}

/** Whether a part found at ``before`` is followed at once by the next part, found at ``after``. */
function joined(before, after, length) {
  const starts = new Set(after.map(o => o.at))
  return before.some(o => starts.has(o.at + length))
}

/** A matched section's tiers (boost, name, neighbours, relevance) as one number: each tier is a
 *  digit of a mixed-radix number, so it outranks every tier after it. ``found`` holds each part's
 *  occurrences; ``named`` says whether the whole query is in the title. */
function rank(doc, query, found, named, relevance) {
  const { parts } = query
  const words = parts.reduce((sum, part) => sum + part.length, 0)
  const boost = doc.boost < 1 ? 0 : doc.boost > 1 ? 2 : 1
  const share = words / doc.titleWords.length
  const name = named ? Math.round(100 * (doc.location === doc.page ? share : share / 2)) : 0
  // The words within a part are neighbours (a part is found as consecutive words); two parts are when
  // one is followed at once by the next, in the title or in the text.
  let neighbours = words - parts.length
  for (let p = 0; p + 1 < parts.length; p++)
    if (joined(found[p].inTitle, found[p + 1].inTitle, parts[p].length) ||
        joined(found[p].inText, found[p + 1].inText, parts[p].length)) neighbours++
  return ((boost * 101 + name) * words + neighbours) + relevance / (1 + relevance)
}

/** The escaped text between two words, tags removed (a block boundary becomes a space). */
function gap(html) {
  return html.replace(/<[^>]*>/g, tag => BLOCK_TAG.test(tag) ? " " : "").replace(/\s+/g, " ")
}

/** Words a..b of a field with the matched ones marked, cut from the escaped source. */
function render(html, words, a, b, hits) {
  let out = ""
  for (let i = a; i <= b; i++) {
    if (i > a) out += gap(html.slice(words[i - 1].end, words[i].start))
    const word = html.slice(words[i].start, words[i].end)
    out += hits.has(i) ? `<mark>${word}</mark>` : word
  }
  return out
}

/** The title with every matched word marked; the rest of it unchanged. */
function markTitle(doc, hits) {
  let out = "", last = 0
  doc.titleWords.forEach((w, i) => {
    if (!hits.has(i)) return
    out += doc.title.slice(last, w.start) + "<mark>" + doc.title.slice(w.start, w.end) + "</mark>"
    last = w.end
  })
  return out + doc.title.slice(last)
}

/** An excerpt of the text: a window around the whole phrase, or around each part's first match,
 *  so every word searched for that is in the text is shown. */
function excerpt(doc, hits, centres) {
  const words = doc.textWords
  if (!words.length) return ""
  const width = centres.length > 2 ? 12 : 24
  const windows = (centres.length ? [...centres] : [0]).sort((x, y) => x - y)
    .map(c => [Math.max(0, c - 6), Math.min(words.length - 1, c + width)])
    .reduce((list, w) => {
      const prev = list[list.length - 1]
      if (prev && w[0] <= prev[1] + 1) prev[1] = Math.max(prev[1], w[1])
      else list.push(w)
      return list
    }, [])
  const pieces = windows.map(([a, b]) => render(doc.text, words, a, b, hits))
  const head = windows[0][0] > 0 ? "… " : ""
  const tail = windows[windows.length - 1][1] < words.length - 1 ? " …" : ""
  return `<p>${head}${pieces.join(" … ")}${tail}</p>`
}

/** The surface forms of the matched words: Material passes them as "?h=" to highlight the page. */
function terms(doc, hits) {
  const forms = {}
  for (const [field, words, html] of [["title", doc.titleWords, doc.title], ["text", doc.textWords, doc.text]])
    for (const i of hits[field]) {
      if (Object.keys(forms).length >= MAX_TERMS) return forms
      forms[html.slice(words[i].start, words[i].end)] = true
    }
  return forms
}

/** Results grouped by page, best page first; each group lists its page entry, as Material expects. */
function search(value) {
  const query = parseQuery(value)
  if (!query.parts.length) return { items: [] }
  const groups = new Map()
  for (const doc of docs) {
    const found = match(doc, query)
    if (!found) continue
    const item = {
      location: doc.location,
      title: markTitle(doc, found.hits.title),
      text: excerpt(doc, found.hits.text, found.centres),
      score: found.score,
      terms: terms(doc, found.hits),
    }
    const list = groups.get(doc.page) || []
    list.push(item)
    groups.set(doc.page, list)
  }
  const items = []
  for (const [page, list] of groups) {
    list.sort((x, y) => y.score - x.score)
    if (!list.some(item => item.location === page)) {
      const article = docs.find(doc => doc.location === page)
      if (article) list.push({ location: page, title: article.title, text: "", score: 0, terms: {} })
    }
    items.push(list)
  }
  items.sort((x, y) => y[0].score - x[0].score)
  return { items }
}

/** Prepare every section once: its page, and the words of its title and text. */
function setup(index) {
  docs = index.docs.map(doc => ({
    location: doc.location,
    page: doc.location.split("#")[0],
    boost: doc.boost ?? 1,
    title: doc.title || "",
    text: doc.text || "",
    titleWords: wordsOf(doc.title || ""),
    textWords: wordsOf(doc.text || ""),
  }))
  for (const doc of docs) doc.titleNamed = withoutNumberMarks(doc.titleWords)
}

/** Words (each with its folded ``key``) without the short word that marks a number ("No." in "Decree
 *  No. 56/2017/NĐ-CP", "số" in "Nghị định số 56"), in a title and in a query alike, so "Decree 56" and
 *  "nghị định số 56" name their page: a word of at most three letters directly before a word that
 *  starts with a digit. Used only to tell whether the query names the title. */
function withoutNumberMarks(words) {
  return words.filter((word, i) => !(word.key.length <= 3 && /^\p{L}+$/u.test(word.key)
    && i + 1 < words.length && /^\d/.test(words[i + 1].key)))
}

addEventListener("message", event => {
  const message = event.data
  if (message.type === SETUP) {
    setup(message.data)
    postMessage({ type: READY })
  } else if (message.type === QUERY) {
    postMessage({ type: RESULT, data: search(String(message.data || "")) })
  }
})
