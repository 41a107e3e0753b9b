// npm run bench:sqlite-limits: where one SQLite file stops being enough here: the ingest rate (in process and over POST /v1/articles), an entity's page while writing, and file size by corpus size.
import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { openDb } from '../src/db/index.js'
import { extract } from '../src/extract/index.js'
import { articleStore, type Extractor } from '../src/resources/articles/store.js'
import { POPULAR_ENTITY, corpusPath, ensureCorpus } from './dataset.js'
import { serve } from './server.js'
import { percentile, table } from './stats.js'

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000)
const SECONDS = Number(process.env.BENCH_DURATION ?? 10)
const WRITERS = Number(process.env.BENCH_WRITERS ?? 4)
const KEY = 'bench-key-0123456789abcdef'
/** The seed article (6.7 KB of French, ~20 statements): a news article of ordinary length. */
const BODY = readFileSync(new URL('../seeds/deepseek-reactions.fr.txt', import.meta.url), 'utf8')
const READ_PATH = `/v1/entities/${POPULAR_ENTITY}/statements?limit=20`
const MiB = (bytes: number) => (bytes / 2 ** 20).toFixed(0)
const fileBytes = (path: string) => [path, `${path}-wal`].reduce((n, p) => n + (existsSync(p) ? statSync(p).size : 0), 0)

/** A writable copy of the cached corpus, so the cache stays as generated. */
function scratchCopy (tag: string): string {
  ensureCorpus(SIZE, console.log)
  const path = corpusPath(SIZE).replace(/\.db$/, `.${tag}.scratch.db`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
  copyFileSync(corpusPath(SIZE), path)
  return path
}
const removeScratch = (path: string) => { for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true }) }

// 1. The write path without extraction: the real ingest (articleStore.ingest: the knowledge the extractor is
// given, then one IMMEDIATE transaction with the article, its mentions, entities, statements, subjects, market
// events, the triggers and the audit row), the extraction computed once and reused, so what is timed is
// SQLite's single writer and what feeds it. Also run alone in a second process (BENCH_WRITER) beside the server.
async function ingestLoop (path: string, seconds: number, titlePrefix: string) {
  const db = openDb(path)
  const memo = new Map<string, ReturnType<typeof extract>>()
  let called = 0
  let returned = 0
  const once: Extractor = (body, language, knowledge) => {
    called = performance.now()
    if (!memo.has(body)) memo.set(body, extract(body, language, knowledge))
    returned = performance.now()
    return memo.get(body)!
  }
  const store = articleStore(db, once)
  await store.ingest({ title: `${titlePrefix} warm-up`, language: 'fr', body: BODY }, 'bench')
  const statementsPer = (db.$client.prepare('SELECT count(*) FROM statements WHERE article_id = (SELECT id FROM articles ORDER BY seq DESC LIMIT 1)').pluck().get() as number)
  const before = fileBytes(path)
  const times: number[] = []
  const knowledgeTimes: number[] = []
  const writeTimes: number[] = []
  const until = performance.now() + seconds * 1000
  let i = 0
  while (performance.now() < until) {
    const t0 = performance.now()
    await store.ingest({ title: `${titlePrefix} ${i++}`, language: 'fr', body: BODY }, 'bench')
    const t1 = performance.now()
    times.push(t1 - t0)
    knowledgeTimes.push(called - t0)
    writeTimes.push(t1 - returned)
  }
  const elapsed = times.reduce((a, b) => a + b, 0) / 1000
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  const grown = fileBytes(path) - before
  db.$client.close()
  return {
    articles: times.length, perSecond: times.length / elapsed, statementsPer, p50: percentile(times, 50), p99: percentile(times, 99),
    knowledgeP50: percentile(knowledgeTimes, 50), writeP50: percentile(writeTimes, 50), writeP99: percentile(writeTimes, 99), kbPerArticle: grown / times.length / 1024
  }
}

if (process.env.BENCH_WRITER !== undefined) {
  process.stdout.write(JSON.stringify(await ingestLoop(process.env.BENCH_WRITER, SECONDS, 'second process')))
  process.exit(0)
}

async function inProcess () {
  const path = scratchCopy('ingest')
  try {
    return await ingestLoop(path, SECONDS, 'bench article')
  } finally {
    removeScratch(path)
  }
}

/** ingestLoop in another process on the same file, as the CLI beside the server would write. */
async function secondWriter (path: string) {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], { env: { ...process.env, BENCH_WRITER: path }, stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString() })
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`the second writer exited ${code}`)
  return JSON.parse(out) as Awaited<ReturnType<typeof ingestLoop>>
}

// 2. Over HTTP, the server on CPU 0 as in production (extraction in its worker pool), this process on CPU 1.
async function overHttp () {
  const path = scratchCopy('http')
  const served = await serve({ DATABASE_PATH: path, API_KEYS: KEY, WRITE_RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', RESPONSE_CACHE_MB: '0' }, { cpu: 0 })
  let n = 0
  /** WRITERS clients posting one article after another for `seconds`. */
  async function write (seconds: number) {
    const times: number[] = []
    const statuses = new Map<number, number>()
    const until = performance.now() + seconds * 1000
    await Promise.all(Array.from({ length: WRITERS }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now()
        const res = await fetch(`${served.url}/v1/articles`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({ title: `posted article ${n++}`, language: 'fr', body: BODY })
        })
        await res.arrayBuffer()
        times.push(performance.now() - t0)
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      }
    }))
    return { perSecond: times.length / seconds, p50: percentile(times, 50), p99: percentile(times, 99), statuses: [...statuses].map(([s, c]) => `${c}×${s}`).join(' ') }
  }
  const read = async (seconds: number) => {
    const r = await autocannon({ url: `${served.url}${READ_PATH}`, connections: 10, duration: seconds })
    return { perSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx }
  }
  try {
    await write(2) // starts the extraction worker and warms both paths
    const readsAlone = await read(SECONDS)
    const writesAlone = await write(SECONDS)
    const [readsWhileWriting, writesWhileReading] = await Promise.all([read(SECONDS), write(SECONDS)])
    const [readsBesideWriter, writer] = await Promise.all([read(SECONDS), secondWriter(path)])
    return { readsAlone, writesAlone, readsWhileWriting, writesWhileReading, readsBesideWriter, writer }
  } finally {
    await served.stop()
    removeScratch(path)
  }
}

const machine = `${(await import('node:os')).cpus().length} cores, Node ${process.version}`
console.log(`corpus: ${SIZE.toLocaleString('en')} statements; ${SECONDS} s a phase; ${WRITERS} writers; ${machine}\n`)

console.log('file size by corpus size (generated corpora, bench/dataset.ts, 20 statements an article)')
console.log(table(['statements', 'articles', 'file MiB', 'KiB per article'], [10_000, 100_000, 1_000_000].filter((s) => s <= SIZE || existsSync(corpusPath(s))).map((s) => {
  const c = ensureCorpus(s, console.log)
  const bytes = fileBytes(c.path)
  return [s.toLocaleString('en'), c.articles.toLocaleString('en'), MiB(bytes), (bytes / c.articles / 1024).toFixed(1)]
})))

const ingest = await inProcess()
console.log(`\nin process, articleStore.ingest with the extraction reused (the write transaction alone), on ${SIZE.toLocaleString('en')} statements`)
console.log(`(${ingest.statementsPer} statements an article)`)
console.log(table(['articles', 'articles/s', 'statements/s', 'ms p50', 'ms p99', 'of which knowledge ms p50', 'transaction ms p50 (p99)', 'KiB of file per article'], [[
  String(ingest.articles), ingest.perSecond.toFixed(0), (ingest.perSecond * ingest.statementsPer).toFixed(0), ingest.p50.toFixed(2), ingest.p99.toFixed(2),
  ingest.knowledgeP50.toFixed(2), `${ingest.writeP50.toFixed(2)} (${ingest.writeP99.toFixed(2)})`, ingest.kbPerArticle.toFixed(1)
]]))

const http = await overHttp()
console.log(`\nover HTTP: POST /v1/articles (${WRITERS} clients, extraction in the server's pool) and GET ${READ_PATH} (autocannon, 10 connections, response cache off)`)
console.log(table(['phase', 'reads/s', 'read p50 ms', 'read p99 ms', 'articles/s', 'POST p50 ms', 'POST p99 ms', 'POST statuses', 'read non-2xx'], [
  ['reads alone', http.readsAlone.perSecond.toFixed(0), String(http.readsAlone.p50), String(http.readsAlone.p99), '', '', '', '', String(http.readsAlone.non2xx)],
  ['writes alone', '', '', '', http.writesAlone.perSecond.toFixed(1), http.writesAlone.p50.toFixed(0), http.writesAlone.p99.toFixed(0), http.writesAlone.statuses, ''],
  ['both at once', http.readsWhileWriting.perSecond.toFixed(0), String(http.readsWhileWriting.p50), String(http.readsWhileWriting.p99),
    http.writesWhileReading.perSecond.toFixed(1), http.writesWhileReading.p50.toFixed(0), http.writesWhileReading.p99.toFixed(0), http.writesWhileReading.statuses, String(http.readsWhileWriting.non2xx)],
  ['reads, another process writing (no extraction)', http.readsBesideWriter.perSecond.toFixed(0), String(http.readsBesideWriter.p50), String(http.readsBesideWriter.p99),
    http.writer.perSecond.toFixed(1), '', '', '', String(http.readsBesideWriter.non2xx)]
]))
