// npm run eval:extract: one table of extraction accuracy — the seed and the fixtures against their annotations, and (when ../shared is there) PolNeAR dev and Wikinews-fr dev through the shared scorer over HTTP — failing when a dev figure falls below its recorded floor.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openDb } from '../src/db/index.js'
import { seedAll } from '../src/seed/index.js'
import { extract } from '../src/extract/index.js'
import { evaluateAll, seedKnowledge } from '../test/fixtures/evaluate.js'
import { BANDS, calibrate, type Band, type ScorerInternals } from './calibrate.js'
import { table } from './stats.js'

const ROOT = resolve(import.meta.dirname, '..')
// The shared folder sits beside the repository; EVAL_SHARED points elsewhere (CI, another checkout).
const SHARED = resolve(process.env.EVAL_SHARED ?? join(ROOT, '..', 'shared'))
const FLOORS_FILE = join(ROOT, 'bench', 'extract-floors.json')
const KEY = 'eval-extract-key-0123456789'

interface Corpus { name: string, dir: string, format: 'polnear' | 'wikinews' }
const CORPORA: Corpus[] = [
  { name: 'polnear-dev', dir: join(SHARED, 'corpora', 'polnear', 'dev'), format: 'polnear' },
  { name: 'wikinews-fr-dev', dir: join(SHARED, 'corpora', 'wikinews-fr'), format: 'wikinews' }
]

const args = process.argv.slice(2)
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',')
const detailsDir = args.find((a) => a.startsWith('--details='))?.slice('--details='.length)

/** A figure as the scorer prints it: two decimals, or n/a. */
const f2 = (x: number | null | undefined) => (x == null || Number.isNaN(x) ? 'n/a' : x.toFixed(2))

type Row = [name: string, quotesP: string, quotesR: string, quotesF1: string, speaker: string, reportedR: string, reportedP: string, market: string]
const rows: Row[] = []
const calibrations: { name: string, bands: Band[] }[] = []

// The seed and the fixtures: our own annotations, scored by the rules of src/extract/score.ts.
for (const { name, report: r } of evaluateAll(extract)) {
  rows.push([name, f2(r.quotes.precision), f2(r.quotes.recall), f2(r.quotes.f1), f2(r.speaker), f2(r.claims.recall), f2(r.claims.precision), f2(r.marketFigures.recall)])
}

/** The figures the shared scorer reports for a corpus. */
interface ScorerMetrics {
  quotes: { P: number | null, R: number | null, F1: number | null }
  speaker: { value: number | null }
  reported: { R: number | null, P: number | null }
  market: { value: number | null }
}

// Held-out-style corpora: posted to this server over HTTP and scored by the shared scorer itself,
// so the figures are the scorer's by construction.
const scorerPath = join(SHARED, 'tools', 'score-extraction.mjs')
const measured: Record<string, Record<string, number | null>> = {}
const present = CORPORA.filter((c) => existsSync(c.dir) && (!only || only.includes(c.name)))
if (present.length > 0 && !existsSync(scorerPath)) {
  console.error(`eval:extract: ${scorerPath} is missing, so the corpora cannot be scored`)
  process.exitCode = 1
} else if (present.length > 0) {
  const { scoreCorpus, internals } = await import(pathToFileURL(scorerPath).href) as { scoreCorpus: (o: object) => Promise<{ metrics: ScorerMetrics, summary: string, json: unknown }>, internals: ScorerInternals }
  calibrations.push(...present.map((c) => ({ name: c.name, bands: calibrate(internals, c.format, c.dir, seedKnowledge()) })))
  for (const corpus of present) {
    // A fresh knowledge base per corpus (the seed only), as a new deployment would have.
    const db = openDb(':memory:')
    seedAll(db)
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', WRITE_RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', API_KEYS: KEY }), db })
    try {
      const base = await app.listen({ host: '127.0.0.1', port: 0 })
      const result = await scoreCorpus({ base, key: KEY, corpus: corpus.dir, name: corpus.name })
      const m = result.metrics
      measured[corpus.name] = { quotesP: m.quotes.P, quotesR: m.quotes.R, quotesF1: m.quotes.F1, speaker: m.speaker.value, reportedR: m.reported.R, reportedP: m.reported.P }
      rows.push([corpus.name, f2(m.quotes.P), f2(m.quotes.R), f2(m.quotes.F1), f2(m.speaker.value), f2(m.reported.R), f2(m.reported.P), f2(m.market.value)])
      if (detailsDir) {
        mkdirSync(detailsDir, { recursive: true })
        writeFileSync(join(detailsDir, `${corpus.name}.json`), JSON.stringify(result.json, null, 2))
      }
    } finally {
      await app.close()
      db.$client.close()
    }
  }
} else {
  console.log(`(no corpora at ${join(SHARED, 'corpora')}: the seed and fixtures only)`)
}

console.log(table(['article or corpus', 'quotes P', 'R', 'F1', 'speaker', 'reported R', 'reported P', 'market R'], rows))
if (calibrations.length > 0) {
  // Precision per confidence band: the share of statements in the band that the scorer's rules count right.
  const label = (b: Band) => `${b.from.toFixed(1)}–${b.to.toFixed(1)}`
  console.log(`\nconfidence calibration (statements in the band, and the share the scorer's rules count right)`)
  console.log(table(['corpus', ...BANDS.map((_, i) => label(calibrations[0]!.bands[i]!))], calibrations.map(({ name, bands }) =>
    [name, ...bands.map((b) => (b.statements === 0 ? '—' : `${(b.right / b.statements).toFixed(2)} (${b.statements})`))])))
}

// Floors: the figures later work must not fall below (raise them as the figures rise).
const floors = JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Record<string, Record<string, number>>
const below: string[] = []
for (const [corpus, figures] of Object.entries(measured)) {
  for (const [metric, floor] of Object.entries(floors[corpus] ?? {})) {
    const value = figures[metric]
    if (value == null || value < floor) below.push(`${corpus} ${metric} ${f2(value)} < floor ${floor}`)
  }
}
if (below.length > 0) {
  console.error(`\nbelow the floors in bench/extract-floors.json:\n  ${below.join('\n  ')}`)
  process.exitCode = 1
}
