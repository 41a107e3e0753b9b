// npm run bench: the API's main routes against a bare Fastify route, side by side in alternating rounds, plus cold start; prints Markdown for bench/RESULTS.md.
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { POPULAR_ENTITY, PLANTED, ensureCorpus } from './dataset.js'
import { CONNECTIONS, alternate, corpusOnPostgres, drive, gets, log, startBare, type Run, type Target } from './drive.js'
import { serve } from './server.js'
import { median, table } from './stats.js'

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const DURATION = Number(process.env.BENCH_DURATION ?? 4)
/** Time from spawning the server to its first 200 on a statement list. */
async function coldStart (databasePath: string): Promise<number> {
  const started = performance.now()
  // The server on its own core, like the rest of the bench: sharing the poller's core slowed its start by a third.
  const server = await serve({ DATABASE_PATH: databasePath }, { cpu: 0, pollPath: '/v1/statements?limit=1', pollMs: 2 })
  const elapsed = performance.now() - started
  await server.stop()
  return elapsed
}

const corpus = ensureCorpus(SIZE, log)
// BENCH_DATABASE_URL: the same routes on PostgreSQL too, in the same rounds as the bare route.
const PG_URL = process.env.BENCH_DATABASE_URL
if (PG_URL !== undefined) await corpusOnPostgres(corpus.path, PG_URL)
const reader = new Database(corpus.path, { readonly: true })
const statementIds = reader.prepare('SELECT id FROM statements WHERE seq % 101 = 0 LIMIT 200').pluck().all() as string[]
reader.close()

// BENCH_COLD_START_ONLY=1 skips the HTTP rounds.
if (process.env.BENCH_COLD_START_ONLY !== '1') {
  log(`bench: ${SIZE.toLocaleString('en')} statements, ${ROUNDS} rounds of ${DURATION} s, ${CONNECTIONS} connections; servers on CPU 0, load on CPU 1`)
  // The same API twice: with its response cache off (the targets' figures) and on (what a
  // read-mostly deployment sees for repeated requests). Load shedding is off: saturating the
  // server is the point here, and shed requests would count as fast ones.
  const uncached = await serve({ DATABASE_PATH: corpus.path, RESPONSE_CACHE_MB: '0', MAX_EVENT_LOOP_DELAY_MS: '0' }, { cpu: 0 })
  const cached = await serve({ DATABASE_PATH: corpus.path, MAX_EVENT_LOOP_DELAY_MS: '0' }, { cpu: 0 })
  const bare = await startBare(corpus.path)
  const onPg = PG_URL === undefined ? undefined : await serve({ DATABASE_URL: PG_URL, RESPONSE_CACHE_MB: '0', MAX_EVENT_LOOP_DELAY_MS: '0' }, { cpu: 0 })

  const ROUTES: [string, string[]][] = [
    ['statement by id', statementIds.map((id) => `/v1/statements/${id}`)],
    ['entity by id', [`/v1/entities/${POPULAR_ENTITY}`]],
    ["an entity's statements (page of 20)", [`/v1/entities/${POPULAR_ENTITY}/statements?limit=20`]],
    ['statements search (q)', [`/v1/statements?q=${encodeURIComponent(PLANTED.common.word)}`]],
    ['statements list (page of 100)', ['/v1/statements?limit=100']],
    // Issue 16 item 5: what a client that shows three fields gets, beside the full page in the same rounds.
    ['statements list (page of 100, fields=id,text,speaker)', ['/v1/statements?limit=100&fields=id,text,speaker']]
  ]
  const targets: Target[] = [
    { name: 'bare Fastify route', base: bare.url, pid: bare.pid, requests: gets(['/']) },
    // Calibration, to read the routes' ratios against: what 80 µs of work alone costs, what
    // reading one row costs with nothing else, and what our hooks and headers cost with no data.
    { name: 'bare route + 80 µs of work', base: bare.url, pid: bare.pid, requests: gets(['/work']) },
    { name: 'bare route, one row by id (raw SQLite)', base: bare.url, pid: bare.pid, requests: gets(statementIds.map((id) => `/raw/statements/${id}`)) },
    { name: 'our /healthz (every hook, no data)', base: uncached.url, pid: uncached.child.pid!, requests: gets(['/healthz']) },
    ...ROUTES.map(([name, paths]) => ({ name, base: uncached.url, pid: uncached.child.pid!, requests: gets(paths) })),
    ...ROUTES.map(([name, paths]) => ({ name: `${name}, cached`, base: cached.url, pid: cached.child.pid!, requests: gets(paths) })),
    // PostgreSQL's server process is not pinned and its CPU is not counted: CPU µs/req is the API's alone.
    ...(onPg === undefined ? [] : ROUTES.map(([name, paths]) => ({ name: `${name}, PostgreSQL`, base: onPg.url, pid: onPg.child.pid!, requests: gets(paths) })))
  ]

  try {
    const runs = await alternate(targets, ROUNDS, DURATION)
    log('pipelined pass (-p 10)')
    const pipelined = new Map<string, Run>()
    for (const target of targets) pipelined.set(target.name, await drive(target, DURATION, 10))

    const bareMedian = median(runs.get(targets[0]!.name)!.map((r) => r.rps))
    const barePipelined = pipelined.get(targets[0]!.name)!.rps
    const range = (values: number[], digits = 0) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`
    console.log(`\n### HTTP, ${SIZE.toLocaleString('en')} statements (${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version})\n`)
    console.log(table(
      ['route', 'req/s median (range)', 'p50 ms median (range)', 'p99 ms median (range)', 'CPU µs/req', 'ratio to bare', 'non-2xx', 'pipelined req/s', 'pipelined ratio', 'pipelined non-2xx'],
      targets.map((t) => {
        const r = runs.get(t.name)!
        const p = pipelined.get(t.name)!
        return [
          t.name,
          `${median(r.map((x) => x.rps)).toFixed(0)} (${range(r.map((x) => x.rps))})`,
          `${median(r.map((x) => x.p50))} (${range(r.map((x) => x.p50))})`,
          `${median(r.map((x) => x.p99))} (${range(r.map((x) => x.p99))})`,
          median(r.map((x) => x.cpuUsPerRequest)).toFixed(0),
          `${(median(r.map((x) => x.rps)) / bareMedian).toFixed(2)}×`,
          String(r.reduce((n, x) => n + x.non2xx + x.errors, 0)),
          p.rps.toFixed(0),
          `${(p.rps / barePipelined).toFixed(2)}×`,
          String(p.non2xx + p.errors)
        ]
      })
    ))
    const uncachedMedian = (name: string) => median(runs.get(name)!.map((r) => r.rps))
    const lean = uncachedMedian('statements list (page of 100, fields=id,text,speaker)') / uncachedMedian('statements list (page of 100)')
    console.log(`\nA page of 100 with fields=id,text,speaker: ${lean.toFixed(2)}× the full page, uncached (issue 16 item 5's target: ≥ 3×).`)
  } finally {
    await bare.stop()
    await uncached.stop()
    await cached.stop()
    await onPg?.stop()
  }
}

log('cold start')
const dir = mkdtempSync(join(tmpdir(), 'wsw-cold-'))
const empty: number[] = []
const existing: number[] = []
for (let i = 0; i < 5; i++) {
  const path = join(dir, `kb-${i}.db`)
  empty.push(await coldStart(path))
  existing.push(await coldStart(path))
}
rmSync(dir, { recursive: true, force: true })
console.log('\n### Cold start: process spawn to the first 200 on /v1/statements (5 runs)\n')
console.log(table(['database', 'median ms', 'range ms'], [
  ['empty (migrate + seed)', median(empty).toFixed(0), `${Math.min(...empty).toFixed(0)}–${Math.max(...empty).toFixed(0)}`],
  ['existing', median(existing).toFixed(0), `${Math.min(...existing).toFixed(0)}–${Math.max(...existing).toFixed(0)}`]
]))
