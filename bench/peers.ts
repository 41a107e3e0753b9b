// npm run bench:peers: this API beside the peers a user would pick instead (Platformatic DB on the same SQLite file, json-server on its JSON export) and the calibration floors, three routes in alternating rounds of one run; prints the table and issue 16's ratio targets as Markdown.
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { DATA_DIR, ensureCorpus } from './dataset.js'
import { CONNECTIONS, alternate, corpusOnPostgres, gets, log, startBare, type Request, type Run, type Target } from './drive.js'
import { check, rowsAt, type Checked, type RowsOf } from './peers/check.js'
import { expectedRows, jsonExport, sqliteCopy } from './peers/corpus.js'
import { ensurePeers } from './peers/install.js'
import { startJsonServer, startPlatformatic } from './peers/servers.js'
import { serve } from './server.js'
import { median, table } from './stats.js'

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const DURATION = Number(process.env.BENCH_DURATION ?? 4)
const PG_URL = process.env.BENCH_DATABASE_URL

type Route = 'byId' | 'page20' | 'page100'
const ROUTES: Record<Route, string> = {
  byId: 'statement by id',
  page20: "a speaker's statements, page of 20",
  page100: 'statements list, page of 100'
}

type Role = 'bare' | 'calibration' | 'ours' | 'cached' | 'postgres' | 'peer'
/** One server answering one route: what is loaded, and how its answers are checked. */
interface Entry {
  route: Route | 'bare'
  server: string
  role: Role
  target: Target
  rowsOf?: RowsOf
  /** Whether an equivalent answer must join the speaker (every route but the raw-row floor). */
  speaker?: boolean
  /** What the check cannot see: how the route is keyed, what it leaves out. */
  note?: string
  checked?: Checked
}

const started = Date.now()
const peers = ensurePeers(log)
const corpus = ensureCorpus(SIZE, log)
const expected = expectedRows(corpus.path)
log(`bench:peers: ${SIZE.toLocaleString('en')} statements; the speaker is ${expected.speaker}, who speaks most`)
const exported = jsonExport(corpus.path, log)
log(`bench:peers: json-server's export is ${(exported.bytes / 2 ** 20).toFixed(1)} MiB`)
if (PG_URL !== undefined) await corpusOnPostgres(corpus.path, PG_URL)

const scratch = mkdtempSync(join(DATA_DIR, 'peers-'))
const running: { stop: () => Promise<unknown> }[] = []
try {
  // One at a time, each into `running` as soon as it answers, so a failure to start stops the ones before it.
  const bare = await startBare(corpus.path)
  running.push(bare)
  // Load shedding off, as in bench.ts: saturating the server is the point, and shed requests would count as fast ones.
  const uncached = await serve({ DATABASE_PATH: corpus.path, RESPONSE_CACHE_MB: '0', MAX_EVENT_LOOP_DELAY_MS: '0' }, { cpu: 0 })
  running.push(uncached)
  const cached = await serve({ DATABASE_PATH: corpus.path, MAX_EVENT_LOOP_DELAY_MS: '0' }, { cpu: 0 })
  running.push(cached)
  const onPg = PG_URL === undefined ? undefined : await serve({ DATABASE_URL: PG_URL, RESPONSE_CACHE_MB: '0', MAX_EVENT_LOOP_DELAY_MS: '0' }, { cpu: 0 })
  if (onPg !== undefined) running.push(onPg)
  const platformatic = await startPlatformatic(peers, sqliteCopy(corpus.path, scratch), scratch)
  running.push(platformatic)
  const jsonStarted = Date.now()
  const jsonServer = await startJsonServer(peers, exported.path)
  running.push(jsonServer)
  log(`bench:peers: json-server answered ${((Date.now() - jsonStarted) / 1000).toFixed(1)} s after its start`)

  const speaker = expected.speaker
  const ids = expected.byId.map(([row]) => row!.id)
  const ours: Record<Route, Request[]> = {
    byId: gets(ids.map((id) => `/v1/statements/${id}`)),
    page20: gets([`/v1/entities/${speaker}/statements?role=speaker&limit=20`]),
    page100: gets(['/v1/statements?limit=100'])
  }
  const newest = { rest: 'orderby.articleDate=desc&orderby.articleId=asc&orderby.position=asc', json: '_sort=articleDate,articleId,position&_order=desc,asc,asc' }
  const platformaticRest: Record<Route, Request[]> = {
    byId: gets(expected.seqs.map((seq) => `/statements/${seq}`)),
    page20: gets([`/statements/?where.speakerId.eq=${speaker}&${newest.rest}&limit=20`]),
    page100: gets([`/statements/?${newest.rest}&limit=100`])
  }
  // Every column our answers carry that its tables hold, the speaker and the article joined.
  const fields = 'seq id articleDate position kind text speakerLabel medium stance origin confidence spanStart spanEnd speakerId { id name type } articleId { id title publishedDate publishedDatePrecision }'
  const orderBy = 'orderBy: [{ field: articleDate, direction: DESC }, { field: articleId, direction: ASC }, { field: position, direction: ASC }]'
  const graphql = (query: string): Request => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  const platformaticGraphql: Record<Route, Request[]> = {
    byId: expected.seqs.map((seq) => graphql(`{ getStatementBySeq(seq: ${seq}) { ${fields} } }`)),
    page20: [graphql(`{ statements(where: { speakerId: { eq: "${speaker}" } }, ${orderBy}, limit: 20) { ${fields} } }`)],
    page100: [graphql(`{ statements(${orderBy}, limit: 100) { ${fields} } }`)]
  }
  const expand = '_expand=speaker&_expand=article'
  const jsonServerRoutes: Record<Route, Request[]> = {
    byId: gets(ids.map((id) => `/statements/${id}?${expand}`)),
    page20: gets([`/statements?speakerId=${speaker}&${newest.json}&_limit=20&${expand}`]),
    page100: gets([`/statements?${newest.json}&_limit=100&${expand}`])
  }

  const ourRows = rowsAt((body) => body.data, 'speaker')
  const on = (base: { url: string }, pid: number) => ({ base: base.url, pid })
  const entry = (route: Route, server: string, role: Role, at: { base: string, pid: number }, requests: Request[], rowsOf: RowsOf, note: string, speaker = true): Entry =>
    ({ route, server, role, target: { name: `${ROUTES[route]} · ${server}`, ...at, requests }, rowsOf, speaker, note })
  const routes = Object.keys(ROUTES) as Route[]
  const pv = peers.versions['@platformatic/db']
  const entries: Entry[] = [
    { route: 'bare', server: 'bare Fastify route', role: 'bare', target: { name: 'bare Fastify route', ...on(bare, bare.pid), requests: gets(['/']) } },
    entry('byId', 'raw row (calibration)', 'calibration', on(bare, bare.pid), gets(ids.map((id) => `/raw/statements/${id}`)), rowsAt((body) => body), 'the row alone, no join', false),
    entry('page20', 'raw page of 20 (calibration)', 'calibration', on(bare, bare.pid), gets([`/raw/entities/${speaker}/statements`]), ourRows, 'one query, speaker joined, JSON.stringify'),
    ...routes.flatMap((route) => [
      entry(route, 'this API', 'ours', on(uncached, uncached.child.pid!), ours[route], ourRows, 'speaker, article and subjects joined'),
      entry(route, 'this API, cached', 'cached', on(cached, cached.child.pid!), ours[route], ourRows, 'speaker, article and subjects joined'),
      // PostgreSQL's own process is not pinned and its CPU is not counted: CPU µs/req is the API's alone.
      ...(onPg === undefined ? [] : [entry(route, 'this API, PostgreSQL', 'postgres', on(onPg, onPg.child.pid!), ours[route], ourRows, 'speaker, article and subjects joined')]),
      entry(route, `Platformatic DB ${pv}, REST`, 'peer', on(platformatic, platformatic.pid), platformaticRest[route], rowsAt((body) => body), route === 'byId' ? 'by seq, its primary key' : 'speakerId only'),
      entry(route, `Platformatic DB ${pv}, GraphQL`, 'peer', on(platformatic, platformatic.pid), platformaticGraphql[route],
        rowsAt((body) => { const data = body.data as Record<string, unknown>; return data.statements ?? data.getStatementBySeq }, 'speakerId'),
        `${route === 'byId' ? 'by seq, its primary key; ' : ''}speaker and article joined, no subjects`),
      entry(route, `json-server ${peers.versions['json-server']}`, 'peer', on(jsonServer, jsonServer.pid), jsonServerRoutes[route], rowsAt((body) => body, 'speaker'),
        'speaker and article joined (_expand), no subjects')
    ])
  ]

  log('bench:peers: checking every answer against SQL on the corpus')
  for (const e of entries) {
    if (e.rowsOf === undefined || e.route === 'bare') continue
    e.checked = await check(e.target.base, e.target.requests, expected[e.route], e.rowsOf, e.speaker ?? true)
    if (e.checked.verdict !== 'yes') log(`  ${e.target.name}: ${e.checked.verdict}`)
    if (e.role !== 'peer' && e.checked.verdict !== 'yes') log('  (not a peer: a wrong answer here is a bug to look at, not a difference to report)')
  }

  log(`bench:peers: ${ROUNDS} rounds of ${DURATION} s, ${CONNECTIONS} connections; servers on CPU 0, load on CPU 1`)
  const runs = await alternate(entries.map((e) => e.target), ROUNDS, DURATION)
  const stat = (e: Entry, pick: (r: Run) => number) => median(runs.get(e.target.name)!.map(pick))
  const rps = (e: Entry) => stat(e, (r) => r.rps)
  const bareRps = rps(entries[0]!)
  const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`
  const ratio = (x: number) => (x >= 0.1 ? `${x.toFixed(2)}×` : `${x.toPrecision(2)}×`)

  console.log(`\n### Beside the peers, ${SIZE.toLocaleString('en')} statements (${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}; ${ROUNDS} rounds of ${DURATION} s, ${CONNECTIONS} connections, speaker ${speaker})\n`)
  console.log(table(
    ['route', 'server', 'equivalent?', 'req/s median (range)', 'p99 ms', 'CPU µs/req', 'ratio to bare', 'KB an answer', 'non-2xx + errors'],
    entries.map((e) => {
      const r = runs.get(e.target.name)!
      const equivalent = e.checked === undefined ? '' : e.role === 'calibration' ? `calibration (rows: ${e.checked.verdict}); ${e.note}` : `${e.checked.verdict}; ${e.note}`
      return [
        e.route === 'bare' ? '—' : ROUTES[e.route], e.server, equivalent,
        `${rps(e).toFixed(0)} (${range(r.map((x) => x.rps))})`,
        String(stat(e, (x) => x.p99)),
        stat(e, (x) => x.cpuUsPerRequest).toFixed(0),
        ratio(rps(e) / bareRps),
        e.checked === undefined ? '' : (e.checked.bytes / 1000).toFixed(1),
        String(r.reduce((n, x) => n + x.non2xx + x.errors, 0))
      ]
    })
  ))

  // Issue 16 item 2: uncached, as ratios in one run; the cached and PostgreSQL figures beside them, not targets (items 2 and 7).
  const find = (route: Route, role: Role) => entries.find((e) => e.route === route && e.role === role)!
  const fastest = (candidates: Entry[]) => candidates.reduce<Entry | undefined>((best, e) => (best === undefined || rps(e) > rps(best) ? e : best), undefined)
  const beside: [Role, string][] = [['cached', 'cached (no target)'], ...(onPg === undefined ? [] : [['postgres', 'PostgreSQL, uncached (no target)'] as [Role, string]])]
  const columns = ['route', 'against', 'target', 'this API, uncached', 'holds?', ...beside.map(([, title]) => title)]
  const rows: string[][] = []
  const target = (route: Route, what: string, against: Entry | undefined, floor: number | undefined) => {
    const ourEntry = find(route, 'ours')
    if (against === undefined) return rows.push([ROUTES[route], what, 'no route that answers alike', ...columns.slice(3).map(() => '')])
    const x = rps(ourEntry) / rps(against)
    return rows.push([
      ROUTES[route], `${what}: ${against.server}`, floor === undefined ? 'none' : `≥ ${floor}×`,
      `${ratio(x)} (${rps(ourEntry).toFixed(0)} against ${rps(against).toFixed(0)} req/s)`,
      floor === undefined ? '' : x >= floor ? 'yes' : `no: ${(floor / x).toFixed(2)}× too slow`,
      ...beside.map(([role]) => ratio(rps(find(route, role)) / rps(against)))
    ])
  }
  for (const route of routes) {
    const peerEntries = entries.filter((e) => e.route === route && e.role === 'peer')
    const equivalent = fastest(peerEntries.filter((e) => e.checked?.verdict === 'yes'))
    target(route, 'the fastest equivalent peer', equivalent, 1.5)
    // A lighter answer (no speaker joined) that outruns the equivalent ones is shown, not counted.
    const any = fastest(peerEntries)
    if (any !== equivalent) target(route, 'the fastest peer, equivalent or not', any, undefined)
  }
  target('byId', 'the floor', find('byId', 'calibration'), 0.6)
  target('page20', 'the floor', find('page20', 'calibration'), 0.5)
  console.log('\n### Issue 16 item 2: this API uncached, as ratios in this run (medians)\n')
  console.log(table(columns, rows))
} finally {
  for (const server of running.reverse()) await server.stop()
  rmSync(scratch, { recursive: true, force: true })
  log(`bench:peers: ${((Date.now() - started) / 1000).toFixed(0)} s in all`)
}
