// Test helper: a fresh seeded in-memory database and the production app around it, closed when the test ends.
import { spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Readable } from 'node:stream'
import type { Test } from 'tap'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { closeDatabase, isPg, type Database } from '../src/db/engine.js'
import { openDb, type Db } from '../src/db/index.js'
import { openPg } from '../src/db/pg.js'
import { seedAll } from '../src/seed/index.js'
import { seedPgIfEmpty } from '../src/seed/pg.js'
import type { Extractor } from '../src/resources/articles/store.js'
import { freshDatabase } from './fixtures/pg-server.js'

/**
 * Which engine build() opens: SQLite in memory, or with TEST_ENGINE=pg (npm run test:pg) a fresh
 * database on this process's throwaway PostgreSQL server, so one suite proves both contracts.
 */
export const ENGINE: 'sqlite' | 'pg' = process.env.TEST_ENGINE === 'pg' ? 'pg' : 'sqlite'

export interface Built {
  app: Awaited<ReturnType<typeof buildApp>>
  /** The SQLite handle, for tests of what only SQLite has (its pragmas); on PostgreSQL, reading it fails the test. */
  db: Db
  database: Database
}

export async function build (t: Test, { seed = true, env = {} as Record<string, string>, extractor = undefined as Extractor | undefined } = {}): Promise<Built> {
  let database: Database
  if (ENGINE === 'pg') {
    database = await openPg({ url: await freshDatabase(t), poolMax: 5, statementTimeoutMs: 10_000 })
    if (seed) await seedPgIfEmpty(database)
  } else {
    database = openDb(':memory:')
    if (seed) seedAll(database)
  }
  // Rate limiting and load shedding are off unless a test turns them on: suites make thousands of requests from one
  // address, and on a loaded machine shedding would turn an assertion's 200 into a 503.
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', ...env }), db: database, ...(extractor ? { extractor } : {}) })
  t.teardown(async () => {
    await app.close()
    await closeDatabase(database)
  })
  // Not enumerable, so spreading a Built (`{ ...built, more }`) does not read it.
  return Object.defineProperty({ app, database } as Built, 'db', {
    enumerable: false,
    get (): Db {
      if (isPg(database)) throw new Error('this test reads the SQLite handle: use exec() to run SQL on either engine, or mark it SQLite-only')
      return database
    }
  })
}

/**
 * Runs one SQL statement on either engine, `?` for each parameter; returns the rows changed. For
 * tests that set up rows the API cannot write; the SQL must be standard enough for both.
 */
export async function exec ({ database }: Pick<Built, 'database'>, text: string, ...params: unknown[]): Promise<number> {
  if (!isPg(database)) return database.$client.prepare(text).run(...params).changes
  let n = 0
  return (await database.pool.query(text.replace(/\?/g, () => `$${++n}`), params)).rowCount ?? 0
}

/** GETs `url` and parses the JSON body, keeping the status and headers for assertions. */
export async function getJson<T = any> (app: Built['app'], url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url, headers })
  return { status: res.statusCode, headers: res.headers, body: res.json() as T }
}

/**
 * Follows `page.nextCursor` from `url` to the last page; returns every item's `key` in order
 * and each page's `Link` header, for asserting that paging neither loses nor repeats items.
 */
export async function walkPages (app: Built['app'], url: string, key: (item: any) => string = (item) => item.id) {
  const items: string[] = []
  const links: (string | undefined)[] = []
  let next: string | null = null
  do {
    const separator = url.includes('?') ? '&' : '?'
    const res: { body: any, headers: Record<string, unknown> } = await getJson(app, next ? `${url}${separator}cursor=${next}` : url)
    items.push(...res.body.data.map(key))
    links.push(res.headers.link as string | undefined)
    next = res.body.page.nextCursor
  } while (next)
  return { items, links }
}

/**
 * The command and arguments that run Node in a child process without tap's coverage hooks:
 * `env -u` drops the NODE_OPTIONS tap injects, because a child's tsx-compiled sources would
 * garble the coverage of the files the tests load themselves.
 */
export function bareNode (...args: string[]): [string, string[]] {
  return ['env', ['-u', 'NODE_OPTIONS', process.execPath, '--import', TETHER, ...args]]
}

const TETHER = new URL('./fixtures/tether.mjs', import.meta.url).pathname
const live = new Set<ChildProcess>()
// A test file that ends, fails or is stopped by a signal it can catch takes its children with it; one killed outright, by the tether.
process.on('exit', () => { for (const child of live) child.kill('SIGKILL') })

/**
 * Spawns a process built by node() or bareNode(), with the IPC channel its tether listens on:
 * it is SIGKILLed when `t` ends, pass or fail, and dies by itself if this process dies first.
 */
export function spawnTethered (t: Test, [command, args]: [string, string[]], options: { env: NodeJS.ProcessEnv, stdout?: 'pipe' | 'inherit' | 'ignore', stderr?: 'pipe' | 'inherit' | 'ignore' }): ChildProcessByStdio<null, Readable, Readable> {
  const child = spawn(command, args, { env: options.env, stdio: ['ignore', options.stdout ?? 'pipe', options.stderr ?? 'pipe', 'ipc'] }) as unknown as ChildProcessByStdio<null, Readable, Readable>
  live.add(child)
  child.once('exit', () => live.delete(child))
  t.teardown(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL') })
  return child
}

/** Runs a tethered process to its end, as execFile would: its exit code, stdout and stderr. */
export function runTethered (t: Test, command: [string, string[]], env: NodeJS.ProcessEnv): Promise<{ code: number | null, stdout: string, stderr: string }> {
  const child = spawnTethered(t, command, { env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => { stdout += chunk })
  child.stderr.on('data', (chunk) => { stderr += chunk })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The same, running a TypeScript entry point through tsx. */
export function node (entry: string, ...args: string[]): [string, string[]] {
  return bareNode('--import', 'tsx', entry, ...args)
}

/** Keys the write tests configure: `editor` and `pipeline`. */
export const EDITOR = 'editor-key-0123456789abcdef'
export const PIPELINE = 'pipeline-key-0123456789abcd'
export const KEYS = { API_KEYS: `editor:${EDITOR}, pipeline:${PIPELINE}` }

/** A request with `key` as its bearer token (none when null). */
export const send = (app: Built['app'], method: 'POST' | 'PATCH' | 'DELETE' | 'GET', url: string, payload?: object, key: string | null = EDITOR) =>
  app.inject({ method, url, ...(payload ? { payload } : {}), headers: key === null ? {} : { authorization: `Bearer ${key}` } })

const [TITLE, ...BODY] = readFileSync(new URL('fixtures/chip-stocks.en.txt', import.meta.url), 'utf8').trim().split('\n')
/** An English article to post: test/fixtures/chip-stocks.en.txt, its first line the title. */
export const CHIP_STOCKS = { title: TITLE!, body: BODY.join('\n').trim(), language: 'en', publisher: 'Example Wire', publishedAt: '2025-01-30' }
