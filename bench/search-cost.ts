// npm run bench:search-cost: the public reads a search makes, on 100 articles of 200,000 characters: time of a 16-word query on each searchable list, time to the first byte of its CSV export, and peak memory.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openDb } from '../src/db/index.js'
import { seedAll } from '../src/seed/index.js'
import { articleStore } from '../src/resources/articles/store.js'
import type { Extraction } from '../src/extract/types.js'
import { median, table } from './stats.js'

const ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 100)
const CHARS = 199_000
const STATEMENTS_PER_ARTICLE = 40
const QUERY = 'marché régulateurs investisseurs modèle puces énergie croissance bulle données concurrence prix action chute rebond valeur stratégie'
const FILLER = 'le la des une entreprise annonce semaine technologie analyse publique réseau produit marge ventes client usine projet recherche équipe'.split(' ')

// Deterministic text: filler words, with the query's words only in the article's last quarter, so a snippet must look far.
function body (n: number): string {
  let seed = n + 1
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
  const words: string[] = []
  let length = 0
  const query = QUERY.split(' ')
  while (length < CHARS) {
    const late = length > CHARS * 0.75
    const word = late && next() < 0.05 ? query[Math.floor(next() * query.length)]! : FILLER[Math.floor(next() * FILLER.length)]!
    words.push(word)
    length += word.length + 1
    if (words.length % 40 === 0) { words.push('.\n\n'); length += 3 }
  }
  return words.join(' ').slice(0, CHARS)
}

// Statements are long slices of the body, as a long quotation would be.
const sliced = (text: string): Extraction => ({
  statements: Array.from({ length: STATEMENTS_PER_ARTICLE }, (_, i) => {
    const start = Math.floor((i / STATEMENTS_PER_ARTICLE) * (text.length - 5000))
    return { kind: 'paraphrase' as const, text: text.slice(start, start + 4000), start, end: start + 4000, speaker: null, label: 'a source', medium: 'news_report' as const, about: [], confidence: 0.5 }
  }),
  newEntities: [],
  mentions: [],
  marketEvents: []
})

// A database file, as in production, built by one connection and served by another, so the server's memory is its own.
const folder = mkdtempSync(join(tmpdir(), 'wsw-search-cost-'))
const path = join(folder, 'kb.db')
const builder = openDb(path)
seedAll(builder)
let text = ''
const ingesting = articleStore(builder, () => sliced(text))
for (let i = 0; i < ARTICLES; i++) {
  text = body(i)
  await ingesting.ingest({ title: `Article ${i} sur le marché`, body: text, language: 'fr' }, 'bench')
}
builder.$client.close()
const db = openDb(path)
globalThis.gc?.()
const baseRss = process.memoryUsage().rss
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', RESPONSE_CACHE_MB: '0' }), db })
const base = await app.listen({ port: 0, host: '127.0.0.1' })
let peakRss = process.memoryUsage().rss
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss) }, 5)

const q = encodeURIComponent(QUERY)
const routes = [`/v1/search?q=${q}&limit=100`, `/v1/articles?q=${q}&limit=100`, `/v1/statements?q=${q}&limit=100`]
const rows: string[][] = []
let worst = 0
for (const route of routes) {
  const times: number[] = []
  const firstBytes: number[] = []
  let hits = 0
  let csvBytes = 0
  for (let round = 0; round < 5; round++) {
    let started = performance.now()
    const res = await fetch(`${base}${route}`)
    const json = await res.json() as { data: unknown[] }
    times.push(performance.now() - started)
    hits = json.data.length
    started = performance.now()
    const csv = await fetch(`${base}${route}`, { headers: { accept: 'text/csv', ...(process.env.BENCH_IDENTITY ? { 'accept-encoding': 'identity' } : {}) } })
    const reader = csv.body!.getReader()
    let chunk = await reader.read()
    firstBytes.push(performance.now() - started)
    for (csvBytes = 0; !chunk.done; chunk = await reader.read()) csvBytes += chunk.value.length
  }
  worst = Math.max(worst, median(times), median(firstBytes))
  rows.push([route.split('?')[0]!, String(hits), median(times).toFixed(1), median(firstBytes).toFixed(1), (csvBytes / 1024).toFixed(0)])
}
clearInterval(sampler)
await app.close()
db.$client.close()
rmSync(folder, { recursive: true, force: true })
console.log(`${ARTICLES} articles of ${CHARS.toLocaleString('en')} characters, ${STATEMENTS_PER_ARTICLE} statements of 4,000 characters each; query of 16 words found only in each body's last quarter\n`)
console.log(table(['route (16-word q, limit=100)', 'hits', 'JSON ms (median of 5)', 'CSV first byte ms', 'CSV KB'], rows))
console.log(`\npeak RSS ${(peakRss / 1_048_576).toFixed(0)} MB (target < 256), ${(baseRss / 1_048_576).toFixed(0)} MB before the first request; slowest median ${worst.toFixed(1)} ms (target < 100)`)
if (worst >= 100 || peakRss >= 256 * 1_048_576) process.exitCode = 1
