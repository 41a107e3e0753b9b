// npm run bench:profile -- <route>: the built server on CPU 0 under autocannon load on CPU 1 for one route, with node --cpu-prof; writes the profile and prints the ten functions with the most self time (the server's start, its integrity check included, is in the profile too: a second or so against the load's seconds).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import autocannon from 'autocannon'
import { ensureCorpus } from './dataset.js'
import { serve } from './server.js'

const route = process.argv[2]
if (route === undefined || !route.startsWith('/')) {
  process.stderr.write('usage: npm run bench:profile -- <route, e.g. /v1/statements?limit=100> (BENCH_SIZE, BENCH_DURATION, BENCH_CONNECTIONS, RESPONSE_CACHE_MB)\n')
  process.exit(2)
}
const SIZE = Number(process.env.BENCH_SIZE ?? 100_000)
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)

interface ProfileNode { id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }
interface Profile { nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number, endTime: number }

const corpus = ensureCorpus(SIZE, (line) => process.stderr.write(`${line}\n`))
const folder = mkdtempSync(join('bench', '.data', 'profile-'))
// Uncached unless asked, as the targets are; the profile is written when the server exits.
const server = await serve(
  { DATABASE_PATH: corpus.path, RESPONSE_CACHE_MB: process.env.RESPONSE_CACHE_MB ?? '0', MAX_EVENT_LOOP_DELAY_MS: '0' },
  { cpu: 0, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${folder}`] }
)
let result: autocannon.Result
try {
  const probe = await fetch(`${server.url}${route}`)
  if (!probe.ok) throw new Error(`${route} answers ${probe.status}: nothing worth profiling`)
  result = await autocannon({ url: `${server.url}${route}`, connections: CONNECTIONS, duration: DURATION })
} finally {
  // SIGTERM: the server drains and exits normally, which is when --cpu-prof writes its file.
  await server.stop()
}

const file = readdirSync(folder).find((f) => f.endsWith('.cpuprofile'))
if (file === undefined) throw new Error(`no profile written in ${folder}`)
const profile = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Profile

// Self time: each sample's delta belongs to the node it landed in (the delta before a sample is the time it stood for).
const selfUs = new Map<number, number>()
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
const byFunction = new Map<string, number>()
// Idle is time the server waited, not work: left out of the shares.
const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id))
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0
  if (us === 0 || idle.has(node.id)) continue
  const { functionName, url, lineNumber } = node.callFrame
  const where = url === '' ? '' : ` ${url.startsWith('file://') ? relative(process.cwd(), new URL(url).pathname) : url}:${lineNumber + 1}`
  const name = `${functionName || '(anonymous)'}${where}`
  byFunction.set(name, (byFunction.get(name) ?? 0) + us)
}
const total = [...byFunction.values()].reduce((a, b) => a + b, 0)
console.log(`${route}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx over ${DURATION} s (${SIZE.toLocaleString('en')} statements)`)
console.log(`profile: ${join(folder, file)} (open it in Chrome DevTools or speedscope)`)
console.log('\n| self time | share | function |\n| --- | --- | --- |')
for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
  console.log(`| ${(us / 1000).toFixed(0)} ms | ${((100 * us) / total).toFixed(1)}% | ${name.replaceAll('|', '\\|')} |`)
}
