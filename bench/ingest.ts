// npm run bench:ingest: ingestion throughput over POST /v1/articles: generated ~5 KB articles with quotes from 4 concurrent clients, a fixed count, with an entity's page read the whole time; articles a second, POST p50/p99 and the reads' p99 (BENCH_DATABASE_URL: on PostgreSQL too).
import { copyFileSync, rmSync } from 'node:fs'
import autocannon from 'autocannon'
import { POPULAR_ENTITY, corpusPath, ensureCorpus } from './dataset.js'
import { serve, type Served } from './server.js'
import { percentile, table } from './stats.js'

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000)
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 400)
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4)
const KEY = 'bench-key-0123456789abcdef'
const READ_PATH = `/v1/entities/${POPULAR_ENTITY}/statements?limit=20`

// A fixed seed, so every run posts the same articles: a small linear congruential generator.
let state = 20261207
const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!

const FIRST = ['Claire', 'Julien', 'Sophie', 'Marc', 'Nadia', 'Thomas', 'Élise', 'Karim', 'Lucie', 'Antoine', 'Inès', 'Hugo']
const LAST = ['Moreau', 'Lefèvre', 'Garnier', 'Rousseau', 'Benali', 'Fontaine', 'Mercier', 'Dupont', 'Chevalier', 'Lambert']
const ORGS = ['Axelis', 'Nordwave', 'Banque Celtis', 'Helior Énergie', 'Vantis Robotique', 'Groupe Orsay', 'Quanta Santé']
const ROLES = ['directrice générale', 'analyste', 'porte-parole', 'président', 'économiste en chef', 'fondateur']
const WORDS = ['marché', 'croissance', 'investissement', 'régulation', 'modèle', 'concurrence', 'emplois', 'prix', 'innovation', 'risque', 'semestre', 'clients']
const CLAIMS = ['le {w} reste solide malgré la {w2}', 'nous devons accélérer sur la {w}', 'la {w} ne justifie pas une telle baisse', 'personne ne sait encore ce que la {w} va changer', 'notre priorité est la {w} et les {w2}']

/** One article of about 5 KB: paragraphs of reported and quoted speech by generated people, and a share move. */
function article (n: number) {
  const paragraphs: string[] = []
  while (paragraphs.join('\n\n').length < 5000) {
    const who = `${pick(FIRST)} ${pick(LAST)}`
    const claim = pick(CLAIMS).replace('{w}', pick(WORDS)).replace('{w2}', pick(WORDS))
    const org = pick(ORGS)
    paragraphs.push(next() < 0.5
      ? `« ${claim[0]!.toUpperCase()}${claim.slice(1)} », a déclaré ${who}, ${pick(ROLES)} de ${org}, lors d'une conférence mardi. Les analystes y voient un signal sur le ${pick(WORDS)} et la ${pick(WORDS)} pour les mois à venir.`
      : `${who}, ${pick(ROLES)} chez ${org}, a estimé que ${claim}. L'action ${org} a reculé de ${(1 + next() * 9).toFixed(1).replace('.', ',')} % à la Bourse de Paris après ces propos.`)
  }
  return { title: `Dépêche ${n} : ${pick(ORGS)} face au ${pick(WORDS)}`, language: 'fr', publishedAt: '2026-12-07', body: paragraphs.join('\n\n') }
}

interface Run { articlesPerSecond: number, postP50: number, postP99: number, statuses: string, reads: number, readP99: number, readNon2xx: number }

/** Posts `count` articles from CLIENTS clients while autocannon reads an entity's page, until the last POST answers. */
async function run (served: Served, offset: number, count: number): Promise<Run> {
  const bodies = Array.from({ length: count }, (_, i) => JSON.stringify(article(offset + i)))
  let stopReading = () => {}
  const reading = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${served.url}${READ_PATH}`, connections: 10, duration: 3600 }, (err, result) => (err ? reject(err) : resolve(result)))
    stopReading = () => instance.stop()
  })
  const times: number[] = []
  const statuses = new Map<number, number>()
  let posted = 0
  const began = performance.now()
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let i = posted++; i < count; i = posted++) {
      const t0 = performance.now()
      const res = await fetch(`${served.url}/v1/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
        body: bodies[i]!
      })
      await res.arrayBuffer()
      times.push(performance.now() - t0)
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
    }
  }))
  const seconds = (performance.now() - began) / 1000
  stopReading()
  const reads = await reading
  return {
    articlesPerSecond: count / seconds,
    postP50: percentile(times, 50),
    postP99: percentile(times, 99),
    statuses: [...statuses].map(([s, c]) => `${c}×${s}`).join(' '),
    reads: reads.requests.average,
    readP99: reads.latency.p99,
    readNon2xx: reads.non2xx
  }
}

ensureCorpus(SIZE, console.log)
const scratch = corpusPath(SIZE).replace(/\.db$/, '.ingest.scratch.db')
const removeScratch = () => { for (const suffix of ['', '-wal', '-shm']) rmSync(`${scratch}${suffix}`, { force: true }) }
removeScratch()
copyFileSync(corpusPath(SIZE), scratch)

// EXTRACT_NICE passes through, to compare how far the workers yield to the readers (the server's default otherwise).
const env: Record<string, string> = { API_KEYS: KEY, WRITE_RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', RESPONSE_CACHE_MB: '0', ...(process.env.EXTRACT_NICE ? { EXTRACT_NICE: process.env.EXTRACT_NICE } : {}) }
const engines: [string, Record<string, string>][] = [['SQLite', { DATABASE_PATH: scratch }]]
if (process.env.BENCH_DATABASE_URL) engines.push(['PostgreSQL', { DATABASE_URL: process.env.BENCH_DATABASE_URL }])
const rows: string[][] = []
try {
  for (const [i, [engine, database]] of engines.entries()) {
    const served = await serve({ ...env, ...database }, { cpu: 0 })
    try {
      // A few articles first: the extraction workers start and both paths warm up.
      await run(served, 1_000_000 * (i + 1) + ARTICLES, 20)
      const r = await run(served, 1_000_000 * (i + 1), ARTICLES)
      rows.push([engine, r.articlesPerSecond.toFixed(1), r.postP50.toFixed(0), r.postP99.toFixed(0), r.statuses, r.reads.toFixed(0), String(r.readP99), String(r.readNon2xx)])
    } finally {
      await served.stop()
    }
  }
} finally {
  removeScratch()
}
console.log(`\nPOST /v1/articles: ${ARTICLES} generated articles (~5 KB, French, quotes and share moves) from ${CLIENTS} clients, on ${SIZE.toLocaleString('en')} statements; GET ${READ_PATH} from 10 connections meanwhile (response cache off); server on CPU 0, clients on CPU 1`)
console.log(table(['engine', 'articles/s', 'POST p50 ms', 'POST p99 ms', 'POST statuses', 'reads/s', 'read p99 ms', 'read non-2xx'], rows))
