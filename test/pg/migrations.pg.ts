// PostgreSQL migrations: they apply on an empty database, a second open applies none, instances starting together take turns, and an unreachable server is one clear line.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import t from 'tap'
import { PG_MIGRATIONS_DIR, openPg } from '../../src/db/pg.js'
import { freshDatabase } from '../fixtures/pg-server.js'
import { openFresh, rows } from './helper.js'

const journal = JSON.parse(readFileSync(join(PG_MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string, when: number }[] }
const APPLIED = 'SELECT hash, created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY created_at'

t.test('an empty database is migrated at open; a second open applies nothing', async (t) => {
  const first = await openFresh(t)
  const applied = await rows<{ hash: string, created_at: string }>(first, APPLIED)
  t.same(applied.map((m) => Number(m.created_at)), journal.entries.map((e) => e.when), 'every migration once, in order')
  t.ok(journal.entries.length >= 3)
  t.same(await rows(first, 'SELECT id, version FROM kb_version'), [{ id: 1, version: 0 }], 'the content version starts at 0')
  t.same(await rows(first, 'SELECT table_name, n FROM row_counts'), [{ table_name: 'statements', n: 0 }])

  const second = await openPg({ url: first.url, poolMax: 2, statementTimeoutMs: 5000 })
  t.teardown(() => second.close())
  t.same(await rows(second, APPLIED), applied, 'the same rows: nothing re-applied')
  t.same(await rows(second, 'SELECT count(*)::int AS n FROM kb_version'), [{ n: 1 }])
})

t.test('two instances opening one empty database at once both start, and the migrations run once', async (t) => {
  for (let round = 0; round < 3; round++) {
    const url = await freshDatabase(t)
    const opened = await Promise.all([1, 2].map(() => openPg({ url, poolMax: 2, statementTimeoutMs: 5000 })))
    t.teardown(() => Promise.all(opened.map((o) => o.close())))
    t.equal((await rows(opened[0]!, APPLIED)).length, journal.entries.length, `round ${round + 1}: each migration once`)
    t.ok(await opened[1]!.ping())
  }
})

t.test('an open waits while another session holds the migration lock', async (t) => {
  // drizzle's migrator takes no lock of its own (it reads the last applied migration outside its
  // transaction): this shows openPg's advisory lock is what makes concurrent starts safe.
  const url = await freshDatabase(t)
  const holder = new pg.Client({ connectionString: url })
  await holder.connect()
  t.teardown(() => holder.end())
  await holder.query('SELECT pg_advisory_lock(x\'77737701\'::bigint)')
  let opened = false
  const opening = openPg({ url, poolMax: 2, statementTimeoutMs: 5000 }).then((o) => { opened = true; return o })
  // Waiting is visible in pg_locks: an ungranted advisory lock, held back by the holder.
  for (let waiting = 0; waiting === 0;) {
    waiting = (await holder.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0].n
  }
  t.notOk(opened, 'not open while the lock is held')
  t.same((await holder.query("SELECT to_regclass('public.statements') AS t")).rows, [{ t: null }], 'and nothing migrated yet')
  await holder.query('SELECT pg_advisory_unlock(x\'77737701\'::bigint)')
  const pgOpened = await opening
  t.teardown(() => pgOpened.close())
  t.ok(opened)
  t.equal((await rows(pgOpened, APPLIED)).length, journal.entries.length)
})

t.test('an unreachable server is a DatabaseOpenError naming it, without the password', async (t) => {
  const err = await openPg({ url: 'postgres://wsw:hunter2@127.0.0.1:1/kb', poolMax: 1, statementTimeoutMs: 1000 }).then(() => null, (e: unknown) => e as Error)
  t.equal(err?.name, 'DatabaseOpenError')
  t.match(err?.message, /^cannot connect to PostgreSQL at postgres:\/\/wsw:\*\*\*@127\.0\.0\.1:1\/kb: /)
  t.notMatch(err?.message, /hunter2/)
})

t.test('a migration that fails is a DatabaseOpenError, and nothing of it stays', async (t) => {
  const url = await freshDatabase(t)
  const broken = t.testdir({ 'meta': { '_journal.json': JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1, tag: '0000_broken', breakpoints: true }] }) }, '0000_broken.sql': 'CREATE TABLE kept (id int);\n--> statement-breakpoint\nSELECT no_such_function();' })
  await t.rejects(openPg({ url, poolMax: 1, statementTimeoutMs: 1000, migrationsFolder: broken }), { name: 'DatabaseOpenError', message: /^cannot migrate PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:\d+\/wsw_\w+: .*no_such_function/ })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  t.teardown(() => client.end())
  t.same((await client.query("SELECT to_regclass('public.kept') AS t")).rows, [{ t: null }], 'the migration ran in one transaction')
})
