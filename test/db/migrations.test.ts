// Migrations on a database that holds data: 0004 rebuilds statements and market_events, and every row, index, trigger and foreign key survives it; a database migrated from the folder's old place opens unchanged.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import t, { type Test } from 'tap'
import { MIGRATIONS_DIR, applyMigrations, openDb, type Db } from '../../src/db/index.js'
import * as schema from '../../src/db/schema.js'
import { seedAll } from '../../src/seed/index.js'

interface Journal { entries: { idx: number, when: number, tag: string }[] }
const journal = (dir: string) => JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as Journal

/** A copy of migrations/sqlite/ holding only its first `count` migrations, plus `extra` ones (tag → SQL). */
function migrationsDir (t: Test, count: number, extra: Record<string, string> = {}): string {
  const dir = t.testdir({})
  cpSync(MIGRATIONS_DIR, dir, { recursive: true })
  const kept = journal(dir).entries.slice(0, count)
  for (const [tag, sql] of Object.entries(extra)) {
    writeFileSync(join(dir, `${tag}.sql`), sql)
    kept.push({ ...kept.at(-1)!, idx: kept.length, when: kept.at(-1)!.when + 1, tag })
  }
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal(dir), entries: kept }))
  return dir
}

/** An in-memory database as openDb opens one (foreign keys on), migrated with `dir`. */
function databaseAt (t: Test, dir: string): Db {
  const client = new Database(':memory:')
  client.pragma('foreign_keys = ON')
  t.teardown(() => client.close())
  const db = drizzle({ client, schema }) as Db
  applyMigrations(db, dir)
  return db
}

const TABLES = ['articles', 'entities', 'entity_aliases', 'affiliations', 'mentions', 'terms', 'statements', 'statement_subjects', 'market_events', 'kb_version', 'row_counts', 'audit']

function snapshot (db: Db) {
  const all = (sql: string) => db.$client.prepare(sql).all()
  return {
    rows: Object.fromEntries(TABLES.map((table) => [table, all(`SELECT * FROM ${table} ORDER BY rowid`)])),
    // Indexes and triggers by name with their SQL, and which tables' definitions there are.
    objects: all("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"),
    tables: all("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name") as { name: string, sql: string }[]
  }
}

t.test('0004 keeps every row, index, trigger and foreign key of a database written before it', async (t) => {
  const before = journal(MIGRATIONS_DIR).entries.findIndex((e) => e.tag.startsWith('0004_'))
  t.equal(before, 4)
  const db = databaseAt(t, migrationsDir(t, before))
  t.throws(() => db.$client.prepare("INSERT INTO statements (id, article_id, position, speaker_id, speaker_label, kind, text, span_start, span_end) VALUES ('st_x', 'a', 1, NULL, 'x', 'quote', 'x', 0, 1)").run(),
    { code: 'SQLITE_CONSTRAINT_NOTNULL' }, 'before 0004, a statement needs a speaker')
  seedAll(db)
  const old = snapshot(db)
  t.equal(old.rows.statement_subjects!.length, 38, 'the seed wrote subjects, which reference statements')

  // Up to 0004 and no further: later migrations add tables and indexes of their own.
  applyMigrations(db, migrationsDir(t, before + 1))
  const now = snapshot(db)
  t.equal(db.$client.pragma('foreign_keys', { simple: true }), 1, 'foreign keys are on again')
  t.same(db.$client.pragma('foreign_key_check'), [])
  t.same(now.rows, old.rows, 'every row of every table, unchanged (statement_subjects did not cascade away)')
  t.same(now.objects, old.objects, 'every index and trigger, by name and SQL')
  const changed = now.tables.filter((table) => old.tables.find((o) => o.name === table.name)?.sql !== table.sql).map((table) => table.name)
  t.same(changed, ['market_events', 'statements'], 'only the two rebuilt tables differ')
  t.same(now.tables.filter((table) => table.sql.includes('__new_')), [], 'no temporary name left behind')
  t.equal(db.$client.pragma('quick_check', { simple: true }), 'ok')
  // FTS5 raises an error when an external-content index disagrees with its table.
  t.doesNotThrow(() => db.$client.prepare("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)").run())

  // The triggers work on the rebuilt tables.
  const one = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).pluck().get(...params)
  const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params)
  const version = one('SELECT version FROM kb_version') as number
  run("INSERT INTO statements (id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end, origin, confidence) VALUES ('st_x', 'deepseek-reactions', 'wrong', 99, NULL, 'a source', 'paraphrase', 'zorglub', 0, 1, 'extracted', 0.3)")
  t.equal(one("SELECT article_date FROM statements WHERE id = 'st_x'"), '2025', 'the article date is corrected on insert')
  t.equal(one("SELECT n FROM row_counts WHERE table_name = 'statements'"), 32, 'the row count follows')
  t.equal(one("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'zorglub'"), 1, 'the full-text index follows')
  t.ok((one('SELECT version FROM kb_version') as number) > version, 'the content version moves')
  run("UPDATE statements SET speaker_id = 'nvidia' WHERE id = 'st_x'")
  t.equal(one("SELECT statement_count FROM entities WHERE id = 'nvidia'"), 3, 'a speaker set later is counted')
  run("UPDATE articles SET published_date = '2025-01-29', published_date_precision = 'day' WHERE id = 'deepseek-reactions'")
  t.equal(one("SELECT count(*) FROM statement_subjects WHERE article_date <> '2025-01-29'"), 0, 'subjects follow their statement through the cascading foreign key')
  run("INSERT INTO market_events (id, entity_id, article_id, kind, direction, figures, text, span_start, span_end) VALUES ('me_x', 'nvidia', 'deepseek-reactions', 'deal_value', NULL, '[]', 'x', 0, 1)")
  t.throws(() => run("INSERT INTO market_events (id, entity_id, article_id, kind, direction, figures, text, span_start, span_end) VALUES ('me_y', 'nvidia', 'deepseek-reactions', 'rumour', NULL, '[]', 'x', 0, 1)"), { code: 'SQLITE_CONSTRAINT_CHECK' })
  t.throws(() => run("INSERT INTO statements (id, article_id, position, speaker_id, speaker_label, kind, text, span_start, span_end) VALUES ('st_y', 'deepseek-reactions', 100, 'ghost', 'x', 'quote', 'x', 0, 1)"), { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }, 'a speaker must still exist')
  run("DELETE FROM articles WHERE id = 'deepseek-reactions'")
  t.same([one('SELECT count(*) FROM statements'), one('SELECT count(*) FROM statement_subjects'), one('SELECT count(*) FROM market_events')], [0, 0, 0], 'deleting the article cascades')
})

t.test('why foreign keys are off: with them on, the rebuild would cascade-delete every subject', async (t) => {
  const db = databaseAt(t, migrationsDir(t, 4))
  seedAll(db)
  migrate(db, { migrationsFolder: MIGRATIONS_DIR })
  t.equal(db.$client.prepare('SELECT count(*) FROM statement_subjects').pluck().get(), 0)
})

t.test('a migration that breaks a foreign key stops the start', async (t) => {
  const db = databaseAt(t, migrationsDir(t, 1))
  t.throws(() => applyMigrations(db, migrationsDir(t, 1, { '0001_orphan': "INSERT INTO entity_aliases (entity_id, alias) VALUES ('ghost', 'Ghost')" })),
    { message: 'migration broke 1 foreign key(s), first entity_aliases → entities' })
  t.equal(db.$client.pragma('foreign_keys', { simple: true }), 1, 'foreign keys are on again')
})

t.test('a database migrated when the files sat in migrations/ opens from migrations/sqlite/ without re-applying any', async (t) => {
  // The files as they were before the move to one folder per dialect: same names, journal and contents.
  const dir = t.testdir({})
  const old = join(dir, 'migrations')
  cpSync(MIGRATIONS_DIR, old, { recursive: true })
  const path = join(dir, 'kb.db')
  const before = new Database(path)
  before.pragma('foreign_keys = ON')
  const db = drizzle({ client: before, schema }) as Db
  applyMigrations(db, old)
  seedAll(db)
  const applied = (client: Database.Database) => client.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at').all()
  const rows = applied(before)
  const version = before.prepare('SELECT version FROM kb_version').pluck().get()
  before.close()
  t.equal(rows.length, journal(MIGRATIONS_DIR).entries.length)

  const reopened = openDb(path)
  t.teardown(() => reopened.$client.close())
  t.same(applied(reopened.$client), rows, 'the same migrations, by hash and time, none added')
  t.equal(reopened.$client.prepare('SELECT version FROM kb_version').pluck().get(), version, 'no write happened')
})
