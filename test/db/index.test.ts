// Opening the database: the folder is created, PRAGMAs are set, migrations apply, and an unusable file is refused without being touched.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import Database from 'better-sqlite3'
import { MIGRATIONS_DIR, assertWritable, openDb, ping } from '../../src/db/index.js'

t.test('creates the file and its folder, in WAL mode with foreign keys on', async (t) => {
  const dir = t.testdir({})
  const path = join(dir, 'nested', 'deeper', 'kb.db')
  const db = openDb(path)
  t.teardown(() => db.$client.close())
  t.ok(existsSync(path))
  t.equal(db.$client.pragma('journal_mode', { simple: true }), 'wal')
  t.equal(db.$client.pragma('foreign_keys', { simple: true }), 1)
  t.equal(db.$client.pragma('synchronous', { simple: true }), 1, 'NORMAL')
  t.equal(db.$client.pragma('busy_timeout', { simple: true }), 5000)
  t.ok(ping(db))
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\' ORDER BY name").pluck().all()
  t.same(tables, [
    'affiliations', 'articles', 'articles_fts', 'audit', 'entities', 'entities_fts', 'entity_aliases', 'entity_redirects', 'kb_version', 'market_events',
    'mentions', 'row_counts', 'statement_subjects', 'statements', 'statements_fts', 'terms'
  ])
})

t.test('reopening applies no migration twice', async (t) => {
  const path = join(t.testdir({}), 'kb.db')
  openDb(path).$client.close()
  const db = openDb(path)
  t.teardown(() => db.$client.close())
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
  t.ok(journal.entries.length >= 4)
  t.equal(db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get(), journal.entries.length, 'each migration once')
  t.equal(db.$client.prepare('SELECT count(*) FROM kb_version').pluck().get(), 1)
})

t.test('foreign keys are enforced', async (t) => {
  const db = openDb(':memory:')
  t.teardown(() => db.$client.close())
  t.throws(() => db.$client.prepare("INSERT INTO entity_aliases (entity_id, alias) VALUES ('ghost', 'Ghost')").run(), { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })
})

t.test('a file that is not SQLite is refused with one line and left untouched', async (t) => {
  const dir = t.testdir({ 'notes.db': 'these are my notes, not a database\n'.repeat(200) })
  const path = join(dir, 'notes.db')
  const before = readFileSync(path)
  t.throws(() => openDb(path), { name: 'DatabaseOpenError', message: `cannot use database at ${path}: file is not a database` })
  t.same(readFileSync(path), before)
})

t.test('a directory in place of the file is refused', async (t) => {
  const dir = t.testdir({ 'kb.db': {} })
  t.throws(() => openDb(join(dir, 'kb.db')), { name: 'DatabaseOpenError', message: /^cannot open database at / })
})

t.test('a folder that cannot be created is refused with one line', async (t) => {
  const dir = t.testdir({ 'a-file': 'x' })
  const path = join(dir, 'a-file', 'sub', 'kb.db')
  t.throws(() => openDb(path), { name: 'DatabaseOpenError', message: `cannot create the folder of database ${path}: ENOTDIR` })
})

t.test('a database the process cannot write is refused at start, not at the first write', async (t) => {
  const path = join(t.testdir({}), 'kb.db')
  openDb(path).$client.close()
  // What a read-only file, folder or mount gives: a connection that cannot write.
  const readOnly = new Database(path, { readonly: true })
  t.teardown(() => readOnly.close())
  t.throws(() => assertWritable(readOnly), { name: 'DatabaseOpenError', message: /^it is read-only \(attempt to write a readonly database\); give the process write access/ })
  const writable = new Database(path)
  t.teardown(() => writable.close())
  const version = writable.prepare('SELECT version FROM kb_version').pluck().get()
  t.doesNotThrow(() => assertWritable(writable))
  t.equal(writable.prepare('SELECT version FROM kb_version').pluck().get(), version, 'the probe changes nothing')
})

t.test('ping reports a closed database as not ready instead of throwing', async (t) => {
  const dir = t.testdir({})
  const path = join(dir, 'kb.db')
  writeFileSync(path, '')
  const db = openDb(path)
  db.$client.close()
  t.equal(ping(db), false)
})
