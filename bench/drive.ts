// What the HTTP benchmarks share: servers pinned to CPU 0, autocannon against them in alternating rounds, the CPU a request costs (from /proc), and the corpus on PostgreSQL.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { copyBetween } from '../src/db/copy.js'
import { freePort } from './server.js'

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const CLOCK_TICK_MS = 10 // Linux USER_HZ

// stdout carries the Markdown tables; progress goes to stderr so the tables can be piped alone.
export const log = (line: string) => process.stderr.write(`${line}\n`)

/** CPU time (ms) a process has used so far, every thread included, from /proc. */
export function cpuMs (pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS
}

export interface Request { path: string, method?: 'GET' | 'POST', body?: string, headers?: Record<string, string> }
export const gets = (paths: string[]): Request[] => paths.map((path) => ({ method: 'GET', path }))

/** One thing to load: autocannon cycles through `requests`, and `pid`'s CPU is what a request is charged. */
export interface Target { name: string, base: string, pid: number, requests: Request[] }
export interface Run { rps: number, p50: number, p99: number, cpuUsPerRequest: number, non2xx: number, errors: number }

export async function drive (target: Target, duration: number, pipelining = 1): Promise<Run> {
  const before = cpuMs(target.pid)
  const result = await autocannon({ url: target.base, connections: CONNECTIONS, pipelining, duration, requests: target.requests })
  const cpu = cpuMs(target.pid) - before
  await settled(target.pid)
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUsPerRequest: (cpu * 1000) / Math.max(1, result.requests.total),
    non2xx: result.non2xx,
    errors: result.errors
  }
}

/**
 * Resolves once `pid` has gone idle (under a tenth of a core over 100 ms). When autocannon stops, a
 * slow server still owes the requests in flight, up to a connection's worth each: a synchronous one
 * (json-server sorting 100k rows) can compute for seconds more on CPU 0, and the next target would
 * be measured beside it. Its CPU is charged up to autocannon's end, as the requests answered are.
 */
async function settled (pid: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (let last = cpuMs(pid); Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    const now = cpuMs(pid)
    if (now - last <= CLOCK_TICK_MS) return
    last = now
  }
  log(`  pid ${pid} still busy ${timeoutMs / 1000} s after the load stopped; measuring on`)
}

/** A warm-up pass, then `rounds` passes over every target, each in the reverse order of the one before. */
export async function alternate (targets: Target[], rounds: number, duration: number): Promise<Map<string, Run[]>> {
  log('warm-up')
  for (const target of targets) await drive(target, 2)
  const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]))
  for (let round = 1; round <= rounds; round++) {
    // Alternate the order, so no target always runs on a freshly idle (or tired) machine.
    const order = round % 2 === 1 ? targets : [...targets].reverse()
    for (const target of order) {
      const run = await drive(target, duration)
      runs.get(target.name)!.push(run)
      log(`round ${round}: ${target.name.padEnd(38)} ${run.rps.toFixed(0).padStart(7)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  ${run.cpuUsPerRequest.toFixed(0)} µs CPU/req`)
      if (run.non2xx + run.errors > 0) log(`  ${run.non2xx} non-2xx, ${run.errors} errors`)
    }
  }
  return runs
}

export interface Pinned { url: string, pid: number, stop: () => Promise<void> }

/**
 * Runs `args` under node on CPU 0 and resolves once GET `pollPath` answers 2xx. A server that
 * exits first, or does not answer within `timeoutMs`, is an error (and is killed).
 */
export async function startPinned (name: string, port: number, args: string[], options: { env?: Record<string, string>, cwd?: string, pollPath?: string, timeoutMs?: number } = {}): Promise<Pinned> {
  // taskset execs node, so the child's pid is the server's own and /proc/<pid>/stat is its CPU.
  const child = spawn('taskset', ['-c', '0', process.execPath, ...args], {
    env: { ...process.env, ...options.env }, cwd: options.cwd, stdio: ['ignore', 'ignore', 'inherit']
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + (options.timeoutMs ?? 120_000)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before answering`)
    try {
      if ((await fetch(`${url}${options.pollPath ?? '/'}`)).ok) break
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`${name} did not answer within ${options.timeoutMs ?? 120_000} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { url, pid: child.pid!, stop }
}

/** The bare Fastify route and its calibration routes (bench/bare.ts) on `databasePath`. */
export async function startBare (databasePath: string): Promise<Pinned> {
  const port = await freePort()
  return startPinned('bare.ts', port, ['--import', 'tsx', fileURLToPath(new URL('./bare.ts', import.meta.url))], { env: { PORT: String(port), DATABASE_PATH: databasePath } })
}

/** The corpus in PostgreSQL at `url`: an empty database gets it copied in (db:copy); one that holds it already is reused. */
export async function corpusOnPostgres (corpusPath: string, url: string): Promise<void> {
  try {
    const { committed } = await copyBetween(corpusPath, url)
    log(committed ? 'bench: corpus copied to PostgreSQL' : 'bench: the PostgreSQL copy did not verify')
  } catch (err) {
    log(`bench: PostgreSQL reused (${(err as Error).message})`)
  }
}
