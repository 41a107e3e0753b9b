// npm run bench:compare -- <other checkout>: this build against another built checkout, uncached, in alternating rounds on the same corpus and CPU: median req/s, CPU µs a request, and their ratio.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import autocannon from 'autocannon'
import { ensureCorpus, POPULAR_ENTITY } from './dataset.js'
import { freePort } from './server.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const DURATION = Number(process.env.BENCH_DURATION ?? 3)
const CLOCK_TICK_MS = 10 // Linux USER_HZ

const other = process.argv[2]
if (!other) {
  process.stderr.write('usage: npm run bench:compare -- <path of another checkout, built with npm run build>\n')
  process.exit(2)
}

const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS
}

const corpus = ensureCorpus(100_000, (line) => process.stderr.write(`${line}\n`))

/** One checkout's built server on CPU 0, uncached, polled until it answers. */
async function start (dir: string): Promise<{ child: ChildProcess, url: string }> {
  const port = await freePort()
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: corpus.path, RESPONSE_CACHE_MB: '0', MAX_EVENT_LOOP_DELAY_MS: '0', RATE_LIMIT_MAX: '0', LOG_LEVEL: 'silent' }
  const child = spawn('taskset', ['-c', '0', process.execPath, 'dist/server.js'], { cwd: dir, env, stdio: 'inherit' })
  const url = `http://127.0.0.1:${port}`
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url }
    } catch (err) {
      if (tries > 300 || child.exitCode !== null) throw new Error(`${dir} did not start: ${(err as Error).message}`, { cause: err })
    }
    await new Promise((done) => setTimeout(done, 100))
  }
}

const servers = { other: await start(resolve(other)), this: await start(process.cwd()) }
try {
  const first = (await (await fetch(`${servers.this.url}/v1/statements?limit=1`)).json()) as { data: { id: string }[] }
  const routes = [`/v1/statements/${first.data[0]!.id}`, `/v1/entities/${POPULAR_ENTITY}`, `/v1/entities/${POPULAR_ENTITY}/statements?limit=20`, '/v1/statements?limit=100']
  const runs = new Map<string, Record<keyof typeof servers, { rps: number, us: number, non2xx: number }[]>>()
  for (let round = 0; round < ROUNDS; round++) {
    for (const route of routes) {
      // Alternating which goes first, so neither always runs on the warmer machine.
      for (const name of round % 2 === 0 ? ['other', 'this'] as const : ['this', 'other'] as const) {
        const { child, url } = servers[name]
        const before = cpuMs(child.pid!)
        const result = await autocannon({ url: `${url}${route}`, connections: 50, duration: DURATION })
        const entry = runs.get(route) ?? { other: [], this: [] }
        entry[name].push({ rps: result.requests.average, us: (cpuMs(child.pid!) - before) * 1000 / result.requests.total, non2xx: result.non2xx })
        runs.set(route, entry)
      }
    }
  }
  const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  console.log(`| route (${ROUNDS} rounds of ${DURATION} s, median) | other req/s | other CPU µs | this req/s | this CPU µs | ratio this/other | non-2xx |`)
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const [route, { other: o, this: t }] of runs) {
    const [or, tr] = [median(o.map((r) => r.rps)), median(t.map((r) => r.rps))]
    const non2xx = [...o, ...t].reduce((sum, r) => sum + r.non2xx, 0)
    console.log(`| ${route} | ${or.toFixed(0)} | ${median(o.map((r) => r.us)).toFixed(0)} | ${tr.toFixed(0)} | ${median(t.map((r) => r.us)).toFixed(0)} | ${(tr / or).toFixed(3)} | ${non2xx} |`)
  }
} finally {
  for (const { child } of Object.values(servers)) child.kill('SIGKILL')
}
