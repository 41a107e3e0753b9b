// GET /: a self-contained HTML page (no build step, no framework) that reads the public JSON API and shows who reacted to DeepSeek, grouped by speaker, and the article's market moves (Nvidia's, for the seed).
import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { CACHE_CONTROL, matchesTag } from './caching.js'
import { contentSecurityPolicy } from './security.js'

// Runs in the browser. Every value from the API goes in through textContent, never as HTML.
const SCRIPT = String.raw`
const params = new URLSearchParams(location.search)
const ARTICLE = params.get('article') || 'deepseek-reactions'
const KINDS = { quote: 'quote', partial_quote: 'partial quote', paraphrase: 'paraphrase', no_comment: 'no comment' }
const MEDIA = { linkedin_post: 'LinkedIn post', x_post: 'post on X', earnings_call: 'earnings call', press_statement: 'statement to the press', news_report: 'news report' }

function el (tag, attrs, ...children) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value)
  for (const child of children) if (child != null) node.append(child)
  return node
}

async function json (path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } })
  const body = await res.json()
  if (!res.ok) throw new Error(body.detail || (path + ': ' + res.status))
  return body
}

/** Every item of a list, following page.nextCursor. */
async function all (path) {
  const items = []
  let cursor = null
  do {
    const page = await json(cursor ? path + '&cursor=' + encodeURIComponent(cursor) : path)
    items.push(...page.data)
    cursor = page.page.nextCursor
  } while (cursor)
  return items
}

// A move shows its sign (+4 %, -$593B); a sum that is not a move (a deal's value) shows only a loss's.
function money (figure, move) {
  if (figure.unit === 'percent') return (move && figure.value > 0 ? '+' : '') + figure.value + ' %'
  return new Intl.NumberFormat('en', { style: 'currency', currency: figure.currency, notation: 'compact', signDisplay: move ? 'exceptZero' : 'auto' }).format(figure.value)
}

// Statements whose speaker the extractor could not resolve (speaker: null) form one group, shown last.
function renderSpeakers (statements) {
  const bySpeaker = new Map()
  const unresolved = { speaker: null, labels: new Set(), statements: [] }
  for (const s of statements) {
    if (s.speaker && !bySpeaker.has(s.speaker.id)) bySpeaker.set(s.speaker.id, { speaker: s.speaker, labels: new Set(), statements: [] })
    const group = s.speaker ? bySpeaker.get(s.speaker.id) : unresolved
    group.labels.add(s.speakerLabel)
    group.statements.push(s)
  }
  const list = document.getElementById('speakers')
  list.replaceChildren()
  const groups = [...bySpeaker.values(), ...(unresolved.statements.length ? [unresolved] : [])]
  for (const { speaker, labels, statements } of groups) {
    const items = statements.map((s) => el('li', { class: 'statement ' + s.kind },
      el('span', { class: 'kind' }, KINDS[s.kind] || s.kind),
      el('q', { cite: '/v1/statements/' + s.id }, s.text),
      s.medium ? el('span', { class: 'medium' }, MEDIA[s.medium] || s.medium) : null,
      el('a', { href: '/v1/statements/' + s.id, class: 'json', title: 'This statement as JSON' }, '{ }')))
    const heading = speaker
      ? el('h3', {}, el('a', { href: '/v1/entities/' + speaker.id }, speaker.name), el('span', { class: 'type' }, speaker.type))
      : el('h3', {}, 'Speaker not resolved', el('span', { class: 'type' }, 'to review'))
    list.append(el('section', { class: 'speaker', 'data-speaker': speaker ? speaker.id : '' }, heading,
      el('p', { class: 'labels' }, 'named in the text as ' + [...labels].map((l) => '“' + l + '”').join(', ')),
      el('ul', {}, ...items)))
  }
  const open = unresolved.statements.length ? ', ' + unresolved.statements.length + ' with no resolved speaker' : ''
  document.getElementById('summary').textContent = statements.length + ' statements by ' + bySpeaker.size + ' speakers' + open + '.'
}

function renderMarket (events) {
  const rows = events.map((m) => el('tr', {},
    el('td', {}, el('a', { href: '/v1/entities/' + encodeURIComponent(m.entity.id) }, m.entity.name)),
    el('td', {}, m.kind.replaceAll('_', ' ')),
    el('td', { class: m.direction ? 'figures ' + m.direction : 'figures' }, m.figures.map((f) => money(f, m.direction !== null)).join(' / ')),
    el('td', {}, el('q', {}, m.text))))
  document.getElementById('market').replaceChildren(...rows)
}

async function main () {
  try {
    const [article, statements, events] = await Promise.all([
      json('/v1/articles/' + encodeURIComponent(ARTICLE)),
      all('/v1/statements?article=' + encodeURIComponent(ARTICLE) + '&sort=position&limit=100'),
      all('/v1/market-events?article=' + encodeURIComponent(ARTICLE) + '&limit=100')
    ])
    document.getElementById('article').textContent = article.data.title
    document.getElementById('article').setAttribute('href', '/v1/articles/' + article.data.id)
    renderSpeakers(statements)
    renderMarket(events)
    document.body.dataset.state = 'ready'
  } catch (err) {
    document.getElementById('summary').textContent = 'Could not load the data: ' + err.message
    document.body.dataset.state = 'failed'
  }
}
main()
`

const STYLE = `
:root { color-scheme: light dark; --accent: #2563eb; --muted: #6b7280; --line: #e5e7eb; font-family: system-ui, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.5; }
header p { color: var(--muted); margin-top: 0; }
nav a { margin-right: 1rem; }
a { color: var(--accent); }
.speaker { border-top: 1px solid var(--line); padding: .5rem 0; }
.speaker h3 { margin: .5rem 0 0; display: flex; gap: .5rem; align-items: baseline; }
.type, .kind, .medium { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.kind { display: inline-block; min-width: 7rem; }
.labels { margin: 0; color: var(--muted); font-size: .9rem; }
ul { padding-left: 0; list-style: none; }
li { margin: .35rem 0; }
q { font-style: italic; }
.statement .medium { margin-left: .5rem; }
.json { margin-left: .5rem; font-family: ui-monospace, monospace; font-size: .75rem; text-decoration: none; }
table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
.figures { white-space: nowrap; font-variant-numeric: tabular-nums; }
.down { color: #dc2626; } .up { color: #16a34a; }
`

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Who said what: reactions to DeepSeek R1</title>
<style>${STYLE}</style>
</head>
<body data-state="loading">
<header>
<h1>Who said what</h1>
<p>Reactions to DeepSeek R1, read live from this service's JSON API. Source: <a id="article" href="/v1/articles">the article</a>.</p>
<nav><a href="/docs">API docs (Swagger UI)</a><a href="/openapi.json">OpenAPI document</a><a href="/openapi.yaml">(YAML)</a></nav>
</header>
<main>
<h2>Who reacted</h2>
<p id="summary">Loading…</p>
<div id="speakers"></div>
<h2>Market moves and figures</h2>
<table><thead><tr><th>whose</th><th>what</th><th>figures</th><th>as the article puts it</th></tr></thead><tbody id="market"></tbody></table>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`

/**
 * Serves the page; its inline script and style are allowed by their hashes, so the rest of the policy stays strict.
 * The page depends on the code alone, not on the data, so it carries its own tag: a deploy that changes it
 * changes the tag, and a write does not.
 */
export function homeRoute (app: FastifyInstance) {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  const policy = contentSecurityPolicy({ scriptSrc: ["'self'", hash(SCRIPT)], styleSrc: ["'self'", hash(STYLE)] })
  const etag = `W/"home-${createHash('sha256').update(HTML).digest('base64url').slice(0, 16)}"`
  app.get('/', { schema: { hide: true }, config: { etag: false } }, async (request, reply) => {
    reply.header('etag', etag).header('cache-control', CACHE_CONTROL)
    if (matchesTag(request.headers['if-none-match'], etag)) return reply.code(304).send()
    return reply.type('text/html; charset=utf-8').header('content-security-policy', policy).send(HTML)
  })
}
