// db:copy with PostgreSQL: SQLite to PostgreSQL and back keeps every table's rows and checksum, the values as written (spans, confidences, JSON figures, audit times), the counters and the identities; a non-empty or failing destination is left as it was.
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { CopyError, TABLES, copyBetween, openStore, tableSum } from '../../src/db/copy.js'
import { openDb } from '../../src/db/index.js'
import { richKnowledgeBase } from '../fixtures/knowledge-base.js'
import { freshDatabase } from '../fixtures/pg-server.js'
import { openPg } from '../../src/db/pg.js'
import { rows } from './helper.js'

async function sqliteSource (t: Test): Promise<string> {
  const path = join(t.testdir({}), 'from.db')
  ;(await richKnowledgeBase(path)).$client.close()
  return path
}

async function connect (t: Test, url: string) {
  const pg = await openPg({ url, poolMax: 2, statementTimeoutMs: 5000 })
  t.teardown(() => pg.close())
  return pg
}

async function sums (target: string) {
  const store = await openStore(target, 'source')
  try {
    // One after another: a store reads on one connection, in one snapshot.
    const all = []
    for (const table of TABLES) all.push(await tableSum(store, table))
    return all
  } finally {
    await store.close()
  }
}

t.test('SQLite to PostgreSQL and back: the same rows, values and checksums', async (t) => {
  const from = await sqliteSource(t)
  const url = await freshDatabase(t)
  const started = performance.now()
  const { tables, committed } = await copyBetween(from, url, { batchSize: 16 })
  t.comment(`seed + 2 articles (${tables.reduce((n, r) => n + r.rows, 0)} rows) copied to PostgreSQL in ${Math.round(performance.now() - started)} ms`)
  t.ok(committed)
  t.ok(tables.every((r) => r.ok), 'every count and checksum agrees')
  const original = await sums(from)
  t.same(await sums(url), original, 'and again read after the commit')

  const pg = await connect(t, url)
  const sqlite = openDb(from)
  t.teardown(() => sqlite.$client.close())
  const lite = (sql: string) => sqlite.$client.prepare(sql).all()

  t.same(
    await rows(pg, "SELECT id, speaker_id, speaker_label, text, span_start, span_end, confidence, article_date FROM statements WHERE speaker_label LIKE '%Tom Berger%'"),
    [{ id: 'st_d012e0ebaa83', speaker_id: 'tom-berger', speaker_label: 'Analyst Tom Berger of Northgate Capital', text: 'the results were “better than anyone expected, by a wide margin.”', span_start: 246, span_end: 311, confidence: 0.73, article_date: '2026-03-14' }],
    'a statement keeps its text, span and confidence'
  )
  t.same(await rows(pg, "SELECT speaker_id, speaker_label FROM statements WHERE speaker_label = 'The coast guard'"), [{ speaker_id: null, speaker_label: 'The coast guard' }], 'an unresolved speaker stays null')
  t.same(
    (await rows<{ alias: string }>(pg, "SELECT alias FROM entity_aliases WHERE entity_id = 'scale-ai' ORDER BY alias COLLATE \"C\"")).map((r) => r.alias),
    (lite("SELECT alias FROM entity_aliases WHERE entity_id = 'scale-ai' ORDER BY alias") as { alias: string }[]).map((r) => r.alias),
    'an entity keeps its aliases'
  )
  t.same(
    await rows(pg, 'SELECT id, statement_count, subject_count, mention_count FROM entities ORDER BY seq'),
    lite('SELECT id, statement_count, subject_count, mention_count FROM entities ORDER BY seq'),
    'the counters the triggers kept are the source\'s'
  )
  t.same(await rows(pg, 'SELECT table_name, n::int AS n FROM row_counts'), lite('SELECT table_name, n FROM row_counts'))
  t.same(await rows(pg, 'SELECT version::int AS version FROM kb_version'), lite('SELECT version FROM kb_version'), 'the content version is the source\'s')
  t.same(await rows(pg, 'SELECT figures::text AS figures FROM market_events ORDER BY id'), lite('SELECT figures FROM market_events ORDER BY id'), 'figures keep their JSON text')
  t.same(await rows(pg, 'SELECT seq, at, key_id, operation, target, detail FROM audit ORDER BY seq'), lite('SELECT * FROM audit ORDER BY seq'), 'audit rows and their times as written')
  t.same(
    await rows(pg, "SELECT count(*)::int AS n FROM statements WHERE wsw_search_vector(text) @@ plainto_tsquery('simple', 'machines')"),
    [{ n: 1 }],
    'statement search finds the copied words'
  )

  // The identities continue past the copied seqs, so the next write does not collide.
  const [{ max }] = await rows<{ max: number }>(pg, 'SELECT max(seq) AS max FROM audit') as [{ max: number }]
  const [{ seq }] = await rows<{ seq: number }>(pg, "INSERT INTO audit (at, key_id, operation, target) VALUES ('2026-12-01T00:00:00.000Z', 'test', 'article.create', '/x') RETURNING seq") as [{ seq: number }]
  t.equal(seq, max + 1)
  for (const table of ['articles', 'entities', 'statements']) {
    const [{ next, top }] = await rows<{ next: string, top: number }>(pg, `SELECT (SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM ${`${table}_seq_seq`})::text AS next, (SELECT max(seq) FROM ${table}) AS top`) as [{ next: string, top: number }]
    t.equal(Number(next), top + 1, `${table}'s identity is past its largest seq`)
  }
  await pg.pool.query("DELETE FROM audit WHERE key_id = 'test'")

  const back = join(t.testdirName, 'back.db')
  const returned = await copyBetween(url, back, { batchSize: 16 })
  t.ok(returned.committed)
  t.same(await sums(back), original, 'copied back to SQLite: every checksum is the original\'s')
  const copy = openDb(back)
  t.teardown(() => copy.$client.close())
  t.equal(copy.$client.prepare("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'machines'").pluck().get(), 1, 'and its full-text index is rebuilt')
})

t.test('a PostgreSQL destination that holds articles is refused and left alone', async (t) => {
  const from = await sqliteSource(t)
  const url = await freshDatabase(t)
  await copyBetween(from, url)
  const before = await sums(url)
  await t.rejects(copyBetween(from, url), CopyError)
  await t.rejects(copyBetween(from, url), { message: /already holds articles: copy into an empty database$/ })
  t.same(await sums(url), before)
})

t.test('a copy into PostgreSQL that fails half way leaves it as migrated', async (t) => {
  const from = await sqliteSource(t)
  const url = await freshDatabase(t)
  await t.rejects(copyBetween(from, url, {
    batchSize: 5,
    afterBatch: (table, n) => { if (table === 'mentions' && n >= 20) throw new Error('connection lost') }
  }), { message: 'connection lost' })
  const pg = await connect(t, url)
  for (const table of TABLES) {
    const expected = table.name === 'kb_version' ? [{ n: 1 }] : table.name === 'row_counts' ? [{ n: 1 }] : [{ n: 0 }]
    t.same(await rows(pg, `SELECT count(*)::int AS n FROM ${table.name}`), expected, `${table.name} as migrated`)
  }
  t.same(await rows(pg, 'SELECT version::int AS v FROM kb_version'), [{ v: 0 }])
  t.same(await rows(pg, 'SELECT n::int AS n FROM row_counts'), [{ n: 0 }])
  t.ok((await copyBetween(from, url)).committed, 'a second try succeeds')
})

t.test('PostgreSQL to PostgreSQL falls out too', async (t) => {
  const from = await sqliteSource(t)
  const [first, second] = [await freshDatabase(t), await freshDatabase(t)]
  await copyBetween(from, first)
  t.ok((await copyBetween(first, second)).committed)
  t.same(await sums(second), await sums(from))
})
