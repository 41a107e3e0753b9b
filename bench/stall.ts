// npm run bench:stall: /healthz latency over HTTP while the slowest known article is posted, with extraction in the worker pool and, side by side, on the event loop as before this pool.
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openDb } from '../src/db/index.js'
import { seedAll } from '../src/seed/index.js'
import { extract } from '../src/extract/index.js'
import type { Extractor } from '../src/resources/articles/store.js'
import { PATHOLOGICAL } from './extract-shapes.js'
import { percentile, table } from './stats.js'

const KEY = 'bench-key-0123456789abcdef'
/** Issue 14's worst POST: a new speaker in every sentence, just under the 200,000-character limit. */
const slowShape = PATHOLOGICAL['new surnames']!

async function run (label: string, chars: number, extractor?: Extractor) {
  const db = openDb(':memory:')
  seedAll(db)
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', WRITE_RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', API_KEYS: KEY })
  const app = await buildApp({ config, db, ...(extractor ? { extractor } : {}) })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  try {
    // A first small article starts the worker, as a running server's first POST would have long before.
    await fetch(`${base}/v1/articles`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'warm-up', language: 'en', body: '“Yes,” said Ann Lee.' }) })
    let done = false
    const started = performance.now()
    const post = fetch(`${base}/v1/articles`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: label, language: 'en', body: slowShape(chars - 1000) }) })
      .then(async (res) => { await res.arrayBuffer(); done = true; return res.status })
    const latencies: number[] = []
    while (!done) {
      const t0 = performance.now()
      await (await fetch(`${base}/healthz`)).arrayBuffer()
      latencies.push(performance.now() - t0)
    }
    const status = await post
    const postMs = performance.now() - started
    return [label, String(chars), String(status), postMs.toFixed(0), String(latencies.length), percentile(latencies, 50).toFixed(1), percentile(latencies, 99).toFixed(1), Math.max(...latencies).toFixed(1)]
  } finally {
    await app.close()
    db.$client.close()
  }
}

const sizes = (process.env.BENCH_STALL_SIZES ?? '50000,200000').split(',').map(Number)
const rows: string[][] = []
for (const chars of sizes) {
  rows.push(await run('worker pool', chars))
  rows.push(await run('on the event loop (as before)', chars, extract))
}
console.log(table(['extraction', 'body chars', 'POST status', 'POST ms', 'healthz probes', 'p50 ms', 'p99 ms', 'max ms'], rows))
const worst = Math.max(...rows.filter((r) => r[0] === 'worker pool').map((r) => Number(r[6])))
console.log(`\nworst /healthz p99 during a POST, extraction in the pool: ${worst} ms (target < 50)`)
if (worst >= 50) process.exitCode = 1
