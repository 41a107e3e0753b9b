// npm run bench:scale: query latency in process (no HTTP) on 10k, 100k and 1M statements, how each query grows with the corpus, peak memory under load, and how long npm start takes on an unchanged checkout.
import { openDb } from '../src/db/index.js'
import { articleStore } from '../src/resources/articles/store.js'
import { entityStore } from '../src/resources/entities/store.js'
import { statementStore } from '../src/resources/statements/store.js'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { PLANTED, POPULAR_ENTITY, corpusPath, ensureCorpus } from './dataset.js'
import { freePort, serve } from './server.js'
import { percentile, table } from './stats.js'

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number)
const RUNS = Number(process.env.BENCH_RUNS ?? 300)
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 4000)

/** A query to time, and how many runs warm it up (by default 20). */
type Query = [name: string, run: () => unknown, warmups?: number]

/** Median and p99 in milliseconds over RUNS runs (fewer if the budget runs out), after a warm-up. */
async function measure (run: () => unknown, warmups = 20) {
  for (let i = 0; i < warmups; i++) await run()
  const times: number[] = []
  const until = performance.now() + BUDGET_MS
  while (times.length < RUNS && (times.length < 30 || performance.now() < until)) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return { median: percentile(times, 50), p99: percentile(times, 99), runs: times.length }
}

const results = new Map<string, Map<number, Awaited<ReturnType<typeof measure>>>>()

for (const size of SIZES) {
  const corpus = ensureCorpus(size, console.log)
  const db = openDb(corpus.path)
  const statements = statementStore(db)
  const entities = entityStore(db)
  const articles = articleStore(db)
  // The same number of rows at every size, each read once before timing: otherwise the larger
  // corpora time more first reads from disk, which measures the disk's cache rather than the query.
  const ids = db.$client.prepare('SELECT id FROM statements WHERE seq % ? = 0 LIMIT 200').pluck().all(Math.floor(size / 200)) as string[]
  let i = 0
  const nextId = () => ids[i++ % ids.length]!
  // The key of a row deep in the popular entity's list, for a keyset page far from the start.
  const depth = Math.floor(size / 20)
  const deep = db.$client.prepare('SELECT article_date, article_id, position FROM statement_subjects WHERE entity_id = ? ORDER BY article_date DESC, article_id, position LIMIT 1 OFFSET ?').raw().get(POPULAR_ENTITY, depth) as [string, string, number]
  const search = (word: string) => ({ q: word, sort: 'relevance' as const, limit: 21 })
  // The popular entity's oldest article, and a year with none of its statements: the far ends of its list.
  const oldest = db.$client.prepare('SELECT article_id FROM statements WHERE speaker_id = ? ORDER BY article_date, article_id LIMIT 1').pluck().get(POPULAR_ENTITY) as string

  const queries: Query[] = [
    ['statement by id', async () => { const row = await statements.byId(nextId()); return statements.subjects([row!.id]) }, ids.length],
    ['entity by id', () => { const e = entities.byId(POPULAR_ENTITY); return [e, entities.aliases([POPULAR_ENTITY]), entities.affiliations(POPULAR_ENTITY)] }],
    ['entity statements, first page', () => statements.list({ entity: POPULAR_ENTITY, sort: '-date', limit: 21 })],
    ['entity statements as subject, deep page', () => statements.list({ about: POPULAR_ENTITY, sort: '-date', after: deep, limit: 21 })],
    ['entity statements, position order', () => statements.list({ entity: POPULAR_ENTITY, sort: 'position', limit: 21 })],
    ['entity statements in its oldest article', () => statements.list({ entity: POPULAR_ENTITY, article: oldest, sort: '-date', limit: 21 })],
    ['entity statements, one kind, empty date range', () => statements.list({ about: POPULAR_ENTITY, kind: 'quote', from: '1990', to: '1990', sort: '-date', limit: 21 })],
    ['statements list, page of 100', () => statements.list({ sort: '-date', limit: 101 })],
    [`search rare word (${PLANTED.rare.word})`, () => statements.list(search(PLANTED.rare.word))],
    [`search common word (${PLANTED.common.word}, 10%)`, () => statements.list(search(PLANTED.common.word))],
    [`search very common word (${PLANTED.veryCommon.word}, 70%)`, () => statements.list(search(PLANTED.veryCommon.word))],
    ['entities by most quoted', () => entities.list({ sort: '-statementCount', limit: 21 })],
    ['articles search', () => articles.list({ q: PLANTED.common.word, sort: 'relevance', limit: 21 })],
    ['count, all statements', () => statements.count({ sort: '-date' })],
    ['count, about the popular entity', () => statements.count({ about: POPULAR_ENTITY, sort: '-date' })],
    ['count, search common word', () => statements.count({ q: PLANTED.common.word, sort: 'relevance' })]
  ]
  console.log(`\n${size.toLocaleString('en')} statements (${corpus.articles.toLocaleString('en')} articles, ${corpus.entities.toLocaleString('en')} entities)`)
  for (const [name, run, warmups] of queries) {
    const m = await measure(run, warmups)
    if (!results.has(name)) results.set(name, new Map())
    results.get(name)!.set(size, m)
    console.log(`  ${name.padEnd(46)} median ${m.median.toFixed(3).padStart(8)} ms   p99 ${m.p99.toFixed(3).padStart(8)} ms   (${m.runs} runs)`)
  }
  db.$client.close()
}

const [smallest, largest] = [SIZES[0]!, SIZES[SIZES.length - 1]!]

// Peak memory of the server on the largest corpus under a mixed load (VmHWM: the resident high-water mark).
const served = await serve({ DATABASE_PATH: corpusPath(largest) }, { cpu: 0 })
const load = await autocannon({
  url: served.url,
  connections: 50,
  duration: Number(process.env.BENCH_MEMORY_SECONDS ?? 15),
  requests: [
    '/v1/statements?limit=100', `/v1/entities/${POPULAR_ENTITY}/statements?limit=20`, `/v1/statements?q=${encodeURIComponent(PLANTED.common.word)}`,
    '/v1/entities?sort=-statementCount', '/v1/articles?limit=20', `/v1/search?q=${encodeURIComponent(PLANTED.rare.word)}`
  ].map((path) => ({ method: 'GET', path }))
})
const status = readFileSync(`/proc/${served.child.pid}/status`, 'utf8')
const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0)
await served.stop()
console.log(`\nmemory on ${largest.toLocaleString('en')} statements under load (${load.requests.total.toLocaleString('en')} requests, ${load.non2xx} non-2xx): peak RSS ${(kib('VmHWM') / 1024).toFixed(0)} MiB (at the end ${(kib('VmRSS') / 1024).toFixed(0)} MiB)`)
console.log(`\nmedian (p99) in ms, and growth ${largest.toLocaleString('en')} / ${smallest.toLocaleString('en')} of the median`)
console.log(table(['query', ...SIZES.map((s) => s.toLocaleString('en')), 'growth'], [...results].map(([name, bySize]) => [
  name,
  ...SIZES.map((s) => { const m = bySize.get(s)!; return `${m.median.toFixed(3)} (${m.p99.toFixed(3)})` }),
  `${(bySize.get(largest)!.median / bySize.get(smallest)!.median).toFixed(2)}×`
])))

// `npm start` on this checkout as it is, built once first: what a user who restarts an unchanged
// checkout waits for, from spawning npm to /healthz answering (a new empty database each time, so
// it migrates and seeds too). The build step compiles only when an input changed.
execFileSync(process.execPath, ['scripts/build-if-changed.mjs'], { stdio: 'inherit' })
const startTimes: number[] = []
for (let run = 0; run < 5; run++) {
  const folder = mkdtempSync(join(tmpdir(), 'wsw-start-'))
  const port = await freePort()
  const began = performance.now()
  const npm = spawn('npm', ['start'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: join(folder, 'kb.db'), LOG_LEVEL: 'warn' }, stdio: 'ignore', detached: true })
  try {
    for (;;) {
      if (npm.exitCode !== null) throw new Error(`npm start exited with ${npm.exitCode}`)
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)
      if (ok) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    startTimes.push(performance.now() - began)
  } finally {
    // npm, its shell and the server are one process group.
    process.kill(-npm.pid!, 'SIGKILL')
    rmSync(folder, { recursive: true, force: true })
  }
}
console.log(`\nnpm start on an unchanged, built checkout to /healthz (empty database, 5 runs): median ${percentile(startTimes, 50).toFixed(0)} ms, range ${Math.min(...startTimes).toFixed(0)}–${Math.max(...startTimes).toFixed(0)} ms`)
