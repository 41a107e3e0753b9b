// The reader's site and the editor's desk in the browser: one script, routed on the path, that reads and writes only through the public JSON API and puts every value in through textContent, never as HTML.
'use strict'

const KEY_STORE = 'who-said-what.key'
const root = document.getElementById('app')
const status = document.getElementById('status')

// Labels in the article's language where a page shows an article; English elsewhere.
const LABELS = {
  en: {
    quote: 'quote', partial_quote: 'partial quote', paraphrase: 'paraphrase', no_comment: 'no comment',
    linkedin_post: 'LinkedIn post', x_post: 'post on X', earnings_call: 'earnings call', press_statement: 'statement to the press', news_report: 'news report',
    curated: 'curated', extracted: 'extracted', statements: 'Statements', market: 'Market figures', speaker: 'Speaker', subjects: 'About',
    kind: 'Kind', medium: 'Medium', origin: 'Origin', confidence: 'Confidence', permalink: 'Permalink', article: 'Article', json: 'JSON',
    original: 'Original article', unresolved: 'Speaker not resolved', readingView: 'Read it in the article', inParagraph: 'In its paragraph',
    none: 'none', named: 'named in the text as', jump: 'Jump to a statement'
  },
  fr: {
    quote: 'citation', partial_quote: 'citation partielle', paraphrase: 'paraphrase', no_comment: 'pas de commentaire',
    linkedin_post: 'publication LinkedIn', x_post: 'publication sur X', earnings_call: 'conférence sur les résultats', press_statement: 'déclaration à la presse', news_report: 'article de presse',
    curated: 'vérifiée', extracted: 'extraite', statements: 'Déclarations', market: 'Chiffres de marché', speaker: 'Auteur', subjects: 'À propos de',
    kind: 'Type', medium: 'Support', origin: 'Origine', confidence: 'Confiance', permalink: 'Lien permanent', article: 'Article', json: 'JSON',
    original: 'Article original', unresolved: 'Auteur non identifié', readingView: 'Lire dans l’article', inParagraph: 'Dans son paragraphe',
    none: 'aucun', named: 'nommé dans le texte', jump: 'Aller à une déclaration'
  }
}
let lang = 'en'
// Listeners a page adds outside its own nodes (on document) end with it: route() aborts them.
let scope = new AbortController()
const t = (key) => LABELS[lang][key] ?? LABELS.en[key] ?? key
/** The page's labels and its lang attribute follow `language` where there are labels for it; English otherwise. */
const speakIn = (language) => { lang = Object.hasOwn(LABELS, language) ? language : 'en'; document.documentElement.lang = lang }
const KINDS = ['quote', 'partial_quote', 'paraphrase', 'no_comment']
const MEDIA = ['press_statement', 'earnings_call', 'linkedin_post', 'x_post', 'news_report']
const TYPES = ['person', 'organization', 'product', 'platform', 'concept']

function el (tag, attrs, ...children) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === false || value == null) continue
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value)
    else node.setAttribute(name, value === true ? '' : value)
  }
  for (const child of children.flat(Infinity)) if (child != null && child !== false) node.append(child)
  return node
}

const link = (href, ...children) => el('a', { href }, ...children)
const entityLink = (entity) => entity ? link('/entities/' + encodeURIComponent(entity.id), entity.name) : el('em', {}, t('unresolved'))
const say = (message, kind) => { status.textContent = message; status.dataset.kind = kind || 'info' }

// ---- the API ----------------------------------------------------------------------------

const key = () => sessionStorage.getItem(KEY_STORE)

async function api (path, { method = 'GET', body } = {}) {
  const headers = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (method !== 'GET' && key()) headers.authorization = 'Bearer ' + key()
  // An editor revalidates every read (a 304 when nothing changed), so a page never shows what a write just replaced.
  const cache = key() ? 'no-cache' : 'default'
  const res = await fetch(path, { method, headers, cache, body: body === undefined ? undefined : JSON.stringify(body) })
  if (res.status === 204) return null
  const json = await res.json()
  if (!res.ok) {
    const fields = (json.errors || []).map((e) => e.name + ': ' + e.message).join('; ')
    throw new Error((json.detail || res.status) + (fields ? ' (' + fields + ')' : ''))
  }
  return json
}

/** Every item of a list (up to `max`), following page.nextCursor. */
async function all (path, max = 1000) {
  const items = []
  let cursor = null
  do {
    const page = await api(cursor ? path + '&cursor=' + encodeURIComponent(cursor) : path)
    items.push(...page.data)
    cursor = page.page.nextCursor
  } while (cursor && items.length < max)
  return items
}

/** A search snippet (HTML-escaped, matches in <mark>) as nodes, without ever parsing it as HTML. */
function snippet (text) {
  const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
  return text.split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((part) =>
    part.startsWith('<mark>') ? el('mark', {}, unescape(part.slice(6, -7))) : unescape(part))
}

function money (figure, move) {
  if (figure.unit === 'percent') return (move && figure.value > 0 ? '+' : '') + figure.value + ' %'
  return new Intl.NumberFormat(lang, { style: 'currency', currency: figure.currency, notation: 'compact', signDisplay: move ? 'exceptZero' : 'auto' }).format(figure.value)
}

const dateOf = (article) => article.publishedDate || '—'
const count = (n, what) => n + ' ' + what + (n === 1 ? '' : 's')
const confidence = (s) => Math.round(s.confidence * 100) + ' %'

/** A kind's badge, coloured as its highlights are. */
const badge = (kind) => el('span', { class: 'badge kind-' + kind }, t(kind))

function statementItem (s, { showSpeaker = true } = {}) {
  return el('li', { class: 'statement', 'data-statement': s.id },
    el('blockquote', {}, s.text),
    el('p', { class: 'meta' },
      showSpeaker ? entityLink(s.speaker) : null, ' ', badge(s.kind),
      s.medium ? ' ' + t(s.medium) : null, ' · ',
      link('/articles/' + encodeURIComponent(s.article.id) + '#st-' + s.id, s.article.title.slice(0, 80)),
      ' · ', link('/statements/' + s.id, t('permalink'))))
}

// ---- the editor's key ---------------------------------------------------------------------

function keyForm () {
  const input = el('input', { type: 'password', name: 'key', autocomplete: 'off', 'aria-label': 'API key', placeholder: 'API key' })
  const form = el('form', { class: 'key', onsubmit: (event) => {
    event.preventDefault()
    if (input.value.trim()) sessionStorage.setItem(KEY_STORE, input.value.trim())
    route()
  } }, input, el('button', { type: 'submit' }, 'Use key'))
  if (!key()) return form
  return el('p', { class: 'key' }, 'Editing with a key (kept for this tab only). ',
    el('button', { type: 'button', onclick: () => { sessionStorage.removeItem(KEY_STORE); route() } }, 'Forget key'))
}

/** An entity picker: type a name, choose among the entities the API suggests; its value is the id. */
function entityPicker (name, label, value) {
  const id = 'pick-' + name + '-' + Math.random().toString(36).slice(2, 8)
  const list = el('datalist', { id })
  const input = el('input', { name, list: id, value: value || '', autocomplete: 'off', 'aria-label': label, placeholder: label + ' (entity id)' })
  let timer = null
  input.addEventListener('input', () => {
    clearTimeout(timer)
    const q = input.value.trim()
    if (q.length < 2) return
    timer = setTimeout(async () => {
      const found = await api('/v1/entities?limit=8&q=' + encodeURIComponent(q)).catch(() => ({ data: [] }))
      list.replaceChildren(...found.data.map((e) => el('option', { value: e.id }, e.name + ' (' + e.type + ')')))
    }, 150)
  })
  return [input, list]
}

const select = (name, label, values, current, labelOf = t) =>
  el('select', { name, 'aria-label': label }, values.map((v) => el('option', { value: v, selected: v === current }, labelOf(v))))

async function write (what, action) {
  try {
    const result = await action()
    say(what + ': done.', 'ok')
    return result
  } catch (err) {
    say(what + ' failed: ' + err.message, 'error')
    return undefined
  }
}

// ---- pages ----------------------------------------------------------------------------------

async function home () {
  document.title = 'Who said what'
  const q = new URLSearchParams(location.search).get('q') || ''
  const input = el('input', { type: 'search', name: 'q', value: q, 'aria-label': 'Search statements, people and articles', placeholder: 'Search statements, people, articles…' })
  const results = el('section', { id: 'results', 'aria-live': 'polite' })
  root.replaceChildren(
    el('form', { class: 'search', role: 'search', action: '/' }, input, el('button', { type: 'submit' }, 'Search')),
    results,
    el('div', { class: 'columns' },
      el('section', {}, el('h2', {}, 'Most quoted people'), el('ol', { id: 'people' })),
      el('section', {}, el('h2', {}, 'Most quoted organizations'), el('ol', { id: 'organizations' })),
      el('section', {}, el('h2', {}, 'Latest articles'), el('ol', { id: 'articles' }))))
  const [people, orgs, articles] = await Promise.all([
    api('/v1/entities?type=person&sort=-statementCount&limit=8'),
    api('/v1/entities?type=organization&sort=-statementCount&limit=8'),
    api('/v1/articles?limit=8')
  ])
  const ranked = (list) => list.data.filter((e) => e.statementCount > 0).map((e) => el('li', {}, entityLink(e), ' ', el('span', { class: 'count' }, count(e.statementCount, 'statement'))))
  document.getElementById('people').append(...ranked(people))
  document.getElementById('organizations').append(...ranked(orgs))
  document.getElementById('articles').append(...articles.data.map((a) => el('li', {}, link('/articles/' + encodeURIComponent(a.id), a.title), ' ', el('span', { class: 'count' }, dateOf(a) + ' · ' + count(a.statementCount, 'statement')))))
  if (q) {
    const hits = await api('/v1/search?limit=30&q=' + encodeURIComponent(q))
    const path = (hit) => hit.type === 'statement' ? '/statements/' + hit.id : hit.type === 'entity' ? '/entities/' + encodeURIComponent(hit.id) : '/articles/' + encodeURIComponent(hit.id)
    results.replaceChildren(el('h2', {}, hits.data.length ? 'Results for “' + q + '”' : 'Nothing matches “' + q + '”'),
      el('ol', { class: 'hits' }, hits.data.map((hit) => el('li', { class: 'hit', 'data-type': hit.type },
        el('span', { class: 'type' }, hit.type), ' ', link(path(hit), hit.label), el('p', { class: 'snippet' }, snippet(hit.snippet))))))
  }
}

async function entityPage (id) {
  const { data: entity } = await api('/v1/entities/' + encodeURIComponent(id))
  if (entity.id !== id) history.replaceState(null, '', '/entities/' + encodeURIComponent(entity.id))
  document.title = entity.name + ' · Who said what'
  const aliases = entity.aliases.filter((a) => a !== entity.name)
  const roles = { speaker: 'What ' + entity.name + ' said', subject: 'What was said about ' + entity.name }
  const panel = el('div', { id: 'tab-panel', role: 'tabpanel' })
  const filters = el('form', { class: 'filters', 'aria-label': 'Filter statements' },
    el('label', {}, 'Kind ', select('kind', 'Kind', ['', ...KINDS], '', (v) => v ? t(v) : 'any')),
    el('label', {}, 'Medium ', select('medium', 'Medium', ['', ...MEDIA], '', (v) => v ? t(v) : 'any')))
  let role = 'speaker'
  const tabs = Object.entries(roles).map(([value, label]) => el('button', {
    type: 'button', role: 'tab', id: 'tab-' + value, 'aria-controls': 'tab-panel', 'aria-selected': String(value === role), tabindex: value === role ? '0' : '-1',
    onclick: () => choose(value),
    onkeydown: (event) => { if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') { choose(value === 'speaker' ? 'subject' : 'speaker'); document.getElementById('tab-' + role).focus() } }
  }, label))
  // Only the latest tab or filter shows: an answer to an earlier choice that arrives late is dropped.
  let latest = 0
  async function show (cursor) {
    const mine = ++latest
    const form = new FormData(filters)
    const query = new URLSearchParams({ role, limit: '20' })
    for (const name of ['kind', 'medium']) if (form.get(name)) query.set(name, form.get(name))
    if (cursor) query.set('cursor', cursor)
    const page = await api('/v1/entities/' + encodeURIComponent(entity.id) + '/statements?' + query)
    if (mine !== latest) return
    const list = cursor ? panel.querySelector('ol') : el('ol', { class: 'statements' })
    if (!cursor) panel.replaceChildren(list)
    list.append(...page.data.map((s) => statementItem(s, { showSpeaker: role !== 'speaker' })))
    if (!cursor && page.data.length === 0) panel.replaceChildren(el('p', {}, 'None yet.'))
    panel.querySelector('button.more')?.remove()
    if (page.page.nextCursor) panel.append(el('button', { type: 'button', class: 'more', onclick: () => show(page.page.nextCursor) }, 'More'))
  }
  function choose (value) {
    role = value
    for (const tab of tabs) {
      const on = tab.id === 'tab-' + value
      tab.setAttribute('aria-selected', String(on))
      tab.tabIndex = on ? 0 : -1
    }
    panel.setAttribute('aria-labelledby', 'tab-' + value)
    return show()
  }
  filters.addEventListener('change', () => show())
  const timeline = el('ol', { class: 'timeline', 'aria-label': 'Statements by article date' })
  root.replaceChildren(el('article', { class: 'entity', 'data-entity': entity.id },
    el('h1', {}, entity.name, ' ', el('span', { class: 'type' }, entity.type)),
    entity.description ? el('p', { class: 'description' }, entity.description) : null,
    aliases.length ? el('p', { class: 'aliases' }, 'Also written ', aliases.map((a, i) => [i ? ', ' : '', el('q', {}, a)])) : null,
    entity.affiliations.length
      ? el('ul', { class: 'affiliations' }, entity.affiliations.map((a) => el('li', {}, entityLink(a.from), ' ' + a.kind.replace('_', ' ') + (a.role ? ' (' + a.role + ')' : '') + ' ', entityLink(a.to))))
      : null,
    el('p', { class: 'counts' }, count(entity.statementCount, 'statement') + ' made · ' + entity.subjectCount + ' about · ' + count(entity.mentionCount, 'mention') + ' · ', link('/v1/entities/' + encodeURIComponent(entity.id), 'JSON')),
    el('h2', {}, 'Timeline'), timeline,
    el('div', { role: 'tablist', 'aria-label': 'Statements' }, tabs), filters, panel,
    key() ? entityDesk(entity) : null))
  await choose('speaker')
  const said = await all('/v1/entities/' + encodeURIComponent(entity.id) + '/statements?role=speaker&sort=date&limit=100', 500)
  const byDate = new Map()
  for (const s of said) byDate.set(dateOf(s.article), (byDate.get(dateOf(s.article)) || 0) + 1)
  const most = Math.max(1, ...byDate.values())
  timeline.replaceChildren(...[...byDate].map(([date, n]) => {
    const bar = el('span', { class: 'bar' }, count(n, 'statement'))
    // Through the CSSOM, which the page's CSP allows where a style attribute would not be.
    bar.style.width = (20 + 80 * n / most) + '%'
    return el('li', {}, el('span', { class: 'date' }, date), bar)
  }))
  if (!said.length) timeline.replaceChildren(el('li', { class: 'empty' }, 'No statements yet.'))
}

/** Rename, retype, redescribe or merge an entity (with a key). */
function entityDesk (entity) {
  const [into, options] = entityPicker('into', 'Merge into')
  return el('section', { class: 'desk', 'aria-label': 'Edit this entity' }, el('h2', {}, 'Edit'),
    el('form', { class: 'rename', onsubmit: async (event) => {
      event.preventDefault()
      const form = new FormData(event.target)
      const changes = { name: form.get('name').trim(), type: form.get('type'), description: form.get('description').trim() }
      if (await write('Saving ' + entity.name, () => api('/v1/entities/' + encodeURIComponent(entity.id), { method: 'PATCH', body: changes }))) route()
    } },
    el('label', {}, 'Name ', el('input', { name: 'name', value: entity.name, required: true })),
    el('label', {}, 'Type ', select('type', 'Type', TYPES, entity.type, (v) => v)),
    el('label', {}, 'Description ', el('input', { name: 'description', value: entity.description })),
    el('button', { type: 'submit' }, 'Save')),
    el('form', { class: 'merge', onsubmit: async (event) => {
      event.preventDefault()
      const target = into.value.trim()
      const merged = await write('Merging ' + entity.name, () => api('/v1/entities/' + encodeURIComponent(entity.id) + '/merge', { method: 'POST', body: { into: target } }))
      if (merged) { history.pushState(null, '', '/entities/' + encodeURIComponent(merged.data.id)); route() }
    } }, into, options, el('button', { type: 'submit' }, 'Merge into it')))
}

/**
 * The body as nodes, every statement's span a <mark> and every market figure's a <span>, nested
 * where spans nest and split where they cross, so each statement's marks read exactly its text.
 */
function highlighted (body, statements, events) {
  const items = [
    ...statements.map((s) => ({ start: s.span.start, end: s.span.end, s })),
    ...events.map((e) => ({ start: e.span.start, end: e.span.end, e }))
  ].sort((a, b) => a.start - b.start || b.end - a.end)
  const cuts = [...new Set([0, body.length, ...items.flatMap((i) => [i.start, i.end])])].sort((a, b) => a - b)
  const container = el('div', { class: 'body', id: 'body' })
  const stack = [{ node: container }]
  // The first piece of each statement is its anchor (#st-…), where the side list jumps.
  const anchored = new Set()
  const open = (item) => {
    const s = item.s
    const anchor = s && !anchored.has(s.id) ? { id: 'st-' + s.id } : {}
    if (s) anchored.add(s.id)
    const node = s
      ? el('mark', { class: 'st kind-' + s.kind, 'data-statement': s.id, title: (s.speaker ? s.speaker.name : s.speakerLabel || t('unresolved')) + ' · ' + t(s.kind), tabindex: '0', ...anchor })
      : el('span', { class: 'figure', 'data-market': item.e.id, title: item.e.entity.name + ': ' + item.e.figures.map((f) => money(f, item.e.direction !== null)).join(' / ') })
    stack.at(-1).node.append(node)
    stack.push({ item, node })
  }
  for (let c = 0; c < cuts.length - 1; c++) {
    const [from, to] = [cuts[c], cuts[c + 1]]
    const covering = items.filter((i) => i.start <= from && i.end >= to)
    // Close what does not cover this piece (and anything opened inside it, reopened below).
    let keep = 1
    while (keep < stack.length && covering.includes(stack[keep].item)) keep++
    stack.length = keep
    for (const item of covering) if (!stack.some((x) => x.item === item)) open(item)
    stack.at(-1).node.append(body.slice(from, to))
  }
  return container
}

/** Where a DOM point (a text node or an element, and an offset in it) lies in the body's text: the length of the text before it; -1 outside the body. */
function offsetIn (container, node, offset) {
  if (!container.contains(node)) return -1
  const before = document.createRange()
  before.selectNodeContents(container)
  before.setEnd(node, offset)
  return before.toString().length
}

async function articlePage (id) {
  const [{ data: article }, statements, events] = await Promise.all([
    api('/v1/articles/' + encodeURIComponent(id)),
    all('/v1/statements?article=' + encodeURIComponent(id) + '&sort=position&limit=100'),
    all('/v1/market-events?article=' + encodeURIComponent(id) + '&limit=100')
  ])
  speakIn(article.language)
  document.title = article.title + ' · Who said what'
  const body = highlighted(article.body, statements, events)
  const notes = el('ol', { class: 'notes', 'aria-label': t('jump') }, statements.map((s) => el('li', { class: 'kind-' + s.kind },
    link('#st-' + s.id, el('strong', {}, s.speaker ? s.speaker.name : t('unresolved')), ' ', badge(s.kind)),
    el('span', { class: 'excerpt' }, s.text.length > 90 ? s.text.slice(0, 90) + '…' : s.text))))
  const legend = el('p', { class: 'legend' }, KINDS.map((k) => [badge(k), ' ']), el('span', { class: 'figure' }, t('market')))
  root.replaceChildren(el('article', { class: 'reading', 'data-article': article.id, lang },
    el('h1', {}, article.title),
    article.standfirst ? el('p', { class: 'standfirst' }, article.standfirst) : null,
    el('p', { class: 'meta' }, [article.author, article.publisher, article.publishedDate].filter(Boolean).join(' · '), ' · ',
      statements.length + ' ' + t('statements').toLowerCase(), ' · ', link('/v1/articles/' + encodeURIComponent(article.id), t('json')),
      article.url ? [' · ', el('a', { href: article.url, rel: 'noopener noreferrer' }, t('original'))] : null),
    legend,
    el('div', { class: 'layout' }, body, el('aside', {}, el('h2', {}, t('statements')), notes))))
  if (key()) body.after(readingDesk(article, body, statements))
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'center' })
}

/** With a key: select words in the body to add a missed statement, or to move a statement's span there. */
function readingDesk (article, body, statements) {
  const selection = el('p', { class: 'selection' }, 'Select words in the article to add a statement or move a span.')
  const [speaker, options] = entityPicker('speaker', 'Speaker')
  let span = null
  document.addEventListener('selectionchange', () => {
    const range = getSelection().rangeCount ? getSelection().getRangeAt(0) : null
    if (!range || range.collapsed || !body.contains(range.commonAncestorContainer)) return
    const start = offsetIn(body, range.startContainer, range.startOffset)
    const end = offsetIn(body, range.endContainer, range.endOffset)
    if (start < 0 || end <= start) { span = null; return }
    span = { start, end }
    selection.textContent = 'Selected ' + start + '–' + end + ': “' + article.body.slice(start, end).slice(0, 120) + '”'
  }, { signal: scope.signal })
  const needSpan = () => { if (!span) { say('Select the words in the article first.', 'error'); return false } return true }
  return el('section', { class: 'desk', 'aria-label': 'Edit statements' }, el('h2', {}, 'Edit'), selection,
    el('form', { class: 'add', onsubmit: async (event) => {
      event.preventDefault()
      if (!needSpan()) return
      const form = new FormData(event.target)
      const made = await write('Adding the statement', () => api('/v1/statements', { method: 'POST', body: { article: article.id, span, speaker: speaker.value.trim(), kind: form.get('kind') } }))
      if (made) { history.replaceState(null, '', '#st-' + made.data.id); route() }
    } }, speaker, options, select('kind', 'Kind', KINDS, 'quote'), el('button', { type: 'submit' }, 'Add statement')),
    el('form', { class: 'move', onsubmit: async (event) => {
      event.preventDefault()
      if (!needSpan()) return
      const id = new FormData(event.target).get('statement')
      if (await write('Moving the span', () => api('/v1/statements/' + id, { method: 'PATCH', body: { span } }))) { history.replaceState(null, '', '#st-' + id); route() }
    } }, select('statement', 'Statement', statements.map((s) => s.id), '', (id) => {
      const s = statements.find((x) => x.id === id)
      return (s.speaker ? s.speaker.name : '?') + ': ' + s.text.slice(0, 50)
    }), el('button', { type: 'submit' }, 'Move its span here')))
}

async function statementPage (id) {
  const { data: s } = await api('/v1/statements/' + encodeURIComponent(id))
  const { data: article } = await api('/v1/articles/' + encodeURIComponent(s.article.id))
  speakIn(article.language)
  document.title = (s.speaker ? s.speaker.name : t('unresolved')) + ': ' + s.text.slice(0, 60) + ' · Who said what'
  const text = article.body
  const before = text.lastIndexOf('\n\n', s.span.start)
  const from = before < 0 ? 0 : before + 2
  const next = text.indexOf('\n\n', s.span.end)
  const to = next < 0 ? text.length : next
  const permalink = location.origin + '/statements/' + s.id
  root.replaceChildren(el('article', { class: 'statement-page', 'data-statement': s.id, lang },
    el('h1', {}, s.speaker ? s.speaker.name : t('unresolved'), ' ', badge(s.kind)),
    el('h2', {}, t('inParagraph')),
    el('p', { class: 'paragraph' }, text.slice(from, s.span.start), el('mark', { class: 'st kind-' + s.kind }, s.text), text.slice(s.span.end, to)),
    el('dl', {},
      el('dt', {}, t('speaker')), el('dd', {}, entityLink(s.speaker), s.speaker ? null : ' (' + t('named') + ' “' + s.speakerLabel + '”)'),
      el('dt', {}, t('subjects')), el('dd', {}, s.subjects.length ? s.subjects.map((e, i) => [i ? ', ' : '', entityLink(e)]) : t('none')),
      el('dt', {}, t('kind')), el('dd', {}, t(s.kind)),
      el('dt', {}, t('medium')), el('dd', {}, s.medium ? t(s.medium) : '—'),
      el('dt', {}, t('origin')), el('dd', {}, t(s.origin)),
      el('dt', {}, t('confidence')), el('dd', {}, confidence(s)),
      el('dt', {}, t('article')), el('dd', {}, link('/articles/' + encodeURIComponent(article.id) + '#st-' + s.id, article.title), ' (' + t('readingView') + ')'),
      el('dt', {}, t('permalink')), el('dd', {}, link(permalink, permalink), ' · ', link('/v1/statements/' + s.id, t('json')))),
    key() ? el('section', { class: 'desk', 'aria-label': 'Edit this statement' }, el('h2', {}, 'Edit'), statementActions(s, route, () => { history.pushState(null, '', '/articles/' + encodeURIComponent(s.article.id)); route() })) : null))
}

/** The review queue: extracted statements, least certain first, each correctable in one click. */
async function desk () {
  document.title = 'Editor’s desk · Who said what'
  const below = new URLSearchParams(location.search).get('maxConfidence') || '0.7'
  const queue = el('ol', { class: 'queue' })
  root.replaceChildren(el('h1', {}, 'Editor’s desk'), keyForm(),
    el('form', { class: 'filters', action: '/desk' }, el('label', {}, 'Confidence at most ',
      select('maxConfidence', 'Confidence at most', ['0.3', '0.5', '0.7', '0.9', '1'], below, (v) => Math.round(v * 100) + ' %')), el('button', { type: 'submit' }, 'Show')),
    el('h2', {}, 'Review queue, least certain first'), queue)
  if (!key()) { queue.replaceChildren(el('li', {}, 'Enter a key to review.')); return }
  // Band by band from the least certain (the confidence filters), until a band fills the queue: whatever is shown is the least certain there is.
  const found = new Map()
  for (let band = 1, from = 0; band <= 10 && band / 10 <= Number(below) && found.size < 100; band++) {
    const to = (band / 10).toFixed(1)
    for (const s of await all('/v1/statements?origin=extracted&minConfidence=' + from + '&maxConfidence=' + to + '&limit=100', 500)) found.set(s.id, s)
    from = to
  }
  const statements = [...found.values()].sort((a, b) => a.confidence - b.confidence)
  const empty = () => el('li', {}, 'Nothing left to review below this confidence.')
  const done = (item) => { item.remove(); if (!queue.children.length) queue.append(empty()) }
  queue.replaceChildren(...statements.map((s) => {
    const item = el('li', { class: 'review', 'data-statement': s.id },
      el('blockquote', {}, s.text),
      el('p', { class: 'meta' }, entityLink(s.speaker), s.speaker ? null : ' (“' + s.speakerLabel + '”)', ' · ', badge(s.kind), ' · confidence ' + confidence(s), ' · ',
        link('/articles/' + encodeURIComponent(s.article.id) + '#st-' + s.id, 'in the article')))
    item.append(statementActions(s, () => done(item)))
    return item
  }))
  if (!statements.length) queue.append(empty())
}

/** Accept, re-attribute, change the kind of or delete a statement, one click each (with a key); `done` runs after each, `gone` after a delete. */
function statementActions (s, done, gone = done) {
  const patch = async (body, what) => { if (await write(what, () => api('/v1/statements/' + s.id, { method: 'PATCH', body }))) done() }
  const [speaker, options] = entityPicker('speaker', 'Re-attribute to', s.speaker?.id)
  const kind = select('kind', 'Kind', KINDS, s.kind)
  return el('div', { class: 'actions' },
    el('button', { type: 'button', class: 'accept', disabled: !s.speaker, onclick: () => patch({ kind: s.kind }, 'Accepting') }, 'Accept'),
    speaker, options,
    el('button', { type: 'button', class: 'reattribute', onclick: () => patch({ speaker: speaker.value.trim() }, 'Re-attributing') }, 'Re-attribute'),
    kind,
    el('button', { type: 'button', class: 'rekind', onclick: () => patch({ kind: kind.value, ...(s.speaker ? {} : { speaker: speaker.value.trim() }) }, 'Changing the kind') }, 'Set kind'),
    el('button', { type: 'button', class: 'delete', onclick: async () => { if ((await write('Deleting', () => api('/v1/statements/' + s.id, { method: 'DELETE' }))) !== undefined) gone() } }, 'Delete'))
}

// ---- routing ---------------------------------------------------------------------------------

const ROUTES = [
  [/^\/$/, home],
  [/^\/entities\/([^/]+)$/, entityPage],
  [/^\/articles\/([^/]+)$/, articlePage],
  [/^\/statements\/([^/]+)$/, statementPage],
  [/^\/desk$/, desk]
]

async function route () {
  shown = location.pathname + location.search
  scope.abort()
  scope = new AbortController()
  document.body.dataset.state = 'loading'
  speakIn('en')
  const [pattern, page] = ROUTES.find(([pattern]) => pattern.test(location.pathname)) || []
  try {
    if (!page) throw new Error('No page here.')
    await page(...location.pathname.match(pattern).slice(1).map(decodeURIComponent))
    document.body.dataset.state = 'ready'
  } catch (err) {
    root.replaceChildren(el('p', { class: 'failed' }, 'Could not load the data: ' + err.message))
    document.body.dataset.state = 'failed'
  }
}

document.getElementById('desk-link').hidden = false
// Back and forward re-route; a jump within the page (#st-…) only scrolls, keeping what the editor selected.
let shown = location.pathname + location.search
addEventListener('popstate', () => {
  if (location.pathname + location.search === shown) return
  route()
})
route()
