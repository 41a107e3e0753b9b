// db:copy between two SQLite files: everything arrives with the derived tables recomputed and equal, and a refused, failed or differing copy leaves the destination as it was.
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { CopyError, TABLES, copyBetween, isPostgresUrl, openStore, tableSum } from '../../src/db/copy.js'
import { openDb } from '../../src/db/index.js'
import { articleStore } from '../../src/resources/articles/store.js'
import { richKnowledgeBase } from '../fixtures/knowledge-base.js'

/** A closed SQLite file holding the rich knowledge base, and a path beside it for the copy. */
async function source (t: Test) {
  const dir = t.testdir({})
  const from = join(dir, 'from.db')
  ;(await richKnowledgeBase(from)).$client.close()
  return { from, to: join(dir, 'to.db') }
}

/** Every table's count and checksum in `path`. */
async function sums (path: string) {
  const store = await openStore(path, 'source')
  try {
    // One after another: a store reads on one connection, in one snapshot.
    const all = []
    for (const table of TABLES) all.push(await tableSum(store, table))
    return all
  } finally {
    await store.close()
  }
}

const empty = (path: string) => {
  const db = openDb(path)
  try {
    return TABLES.filter((t) => !['kb_version', 'row_counts'].includes(t.name)).every((t) => db.$client.prepare(`SELECT count(*) FROM ${t.name}`).pluck().get() === 0)
  } finally {
    db.$client.close()
  }
}

t.test('a copy holds every row, and what the triggers derive comes out as the source has it', async (t) => {
  const { from, to } = await source(t)
  const { tables, committed } = await copyBetween(from, to, { batchSize: 7 })
  t.ok(committed)
  t.same(tables.map((r) => r.table), TABLES.map((s) => s.name), 'every table, in dependency order')
  t.ok(tables.every((r) => r.ok && r.rows === r.sourceRows), 'every count and checksum agrees')
  t.same(await sums(to), await sums(from), 'checksums read again after the commit agree too')
  t.ok(tables.find((r) => r.table === 'statements')!.rows > 30)

  const db = openDb(to)
  t.teardown(() => db.$client.close())
  const one = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).pluck().get(...params)
  t.equal(one("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'machines'"), 1, 'statement search finds the copied words')
  t.equal(one("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'lighthouse'"), 1)
  t.equal(one("SELECT count(*) FROM entities_fts WHERE entities_fts MATCH 'zuckerberg'"), 1, 'entity search sees the aliases')
  t.doesNotThrow(() => db.$client.prepare("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)").run())
  t.equal(one("SELECT statement_count FROM entities WHERE id = 'jane-holloway'"), 2)
  t.equal(one("SELECT confidence FROM statements WHERE speaker_label = 'Analyst Tom Berger of Northgate Capital'"), 0.73)

  // The copy is a working knowledge base: a later ingest takes the next seq.
  const before = one('SELECT max(seq) FROM articles') as number
  await articleStore(db).ingest({ title: 'After the move', language: 'en', body: '“It moved,” said Ada Brook.' }, 'test')
  t.equal(one('SELECT max(seq) FROM articles'), before + 1)
})

t.test('a destination that holds anything is refused and left alone', async (t) => {
  const { from, to } = await source(t)
  await copyBetween(from, to)
  const before = await sums(to)
  await t.rejects(copyBetween(from, to), new CopyError(`${to} already holds articles: copy into an empty database`))
  t.same(await sums(to), before)
  await t.rejects(copyBetween(from, from), { name: 'CopyError', message: '--from and --to name the same database' })
  await t.rejects(copyBetween(join(t.testdirName, 'missing.db'), to), { name: 'CopyError', message: /^no SQLite database at / })
})

t.test('a copy that fails half way leaves the destination empty', async (t) => {
  const { from, to } = await source(t)
  await t.rejects(copyBetween(from, to, {
    batchSize: 5,
    afterBatch: (table, rows) => { if (table === 'statements' && rows >= 10) throw new Error('disk full') }
  }), { message: 'disk full' })
  t.ok(empty(to), 'nothing of the articles, entities or statements written before the failure')
  const { committed } = await copyBetween(from, to)
  t.ok(committed, 'and a second try starts from clean')
})

t.test('a source whose counters drifted does not check out, and nothing is committed', async (t) => {
  const { from, to } = await source(t)
  const db = openDb(from)
  db.$client.prepare("UPDATE entities SET statement_count = 99 WHERE id = 'jane-holloway'").run()
  db.$client.close()
  const { tables, committed } = await copyBetween(from, to)
  t.notOk(committed)
  t.same(tables.filter((r) => !r.ok).map((r) => r.table), ['entities'], 'the destination counted the statements itself')
  t.ok(empty(to))
})

t.test('a postgres:// or postgresql:// URL is PostgreSQL; anything else is a SQLite path', async (t) => {
  t.ok(isPostgresUrl('postgres://u@h/db'))
  t.ok(isPostgresUrl('PostgreSQL://h/db'))
  t.notOk(isPostgresUrl('data/kb.db'))
  t.notOk(isPostgresUrl('postgres.db'))
})
