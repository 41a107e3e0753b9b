// The derived data the triggers keep (migrations/sqlite/0001_search.sql): full-text indexes, entity counters, statements' article dates and the content version.
import t, { type Test } from 'tap'
import { openDb } from '../../src/db/index.js'
import { seedAll } from '../../src/seed/index.js'

function seeded (t: Test) {
  const db = openDb(':memory:')
  seedAll(db)
  t.teardown(() => db.$client.close())
  const one = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).pluck().get(...params)
  return { db, one, run: (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params) }
}

t.test('full-text indexes follow inserts, updates and deletes', async (t) => {
  const { one, run } = seeded(t)
  const hits = (table: string, q: string) => one(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`, q)
  t.equal(hits('statements_fts', 'evidemment'), 1)
  run("UPDATE statements SET text = 'zorglub' WHERE id = 'st_61cca0627c76'")
  t.equal(hits('statements_fts', 'evidemment'), 0)
  t.equal(hits('statements_fts', 'zorglub'), 1)
  run("DELETE FROM statements WHERE id = 'st_61cca0627c76'")
  t.equal(hits('statements_fts', 'zorglub'), 0)
  // FTS5 raises an error when an external-content index disagrees with its table.
  t.doesNotThrow(() => run("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)"))
  t.doesNotThrow(() => run("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"))
  t.equal(hits('entities_fts', 'zuckerberg'), 1)
  run("DELETE FROM entity_aliases WHERE entity_id = 'scale-ai' AND alias = 'l’échelle de l’IA'")
  t.equal(hits('entities_fts', 'echelle'), 0, 'an alias removed is no longer found')
  run("INSERT INTO entity_aliases (entity_id, alias) VALUES ('scale-ai', 'ScaleAI')")
  t.equal(hits('entities_fts', 'scaleai'), 1)
  run("UPDATE articles SET title = 'Licornes' WHERE id = 'deepseek-reactions'")
  t.equal(hits('articles_fts', 'licorne*'), 1)
})

t.test('entity counters follow statements, subjects and mentions', async (t) => {
  const { one, run } = seeded(t)
  const counts = (id: string) => one('SELECT statement_count || \'/\' || subject_count || \'/\' || mention_count FROM entities WHERE id = ?', id)
  t.equal(counts('elon-musk'), '4/0/5')
  t.equal(counts('deepseek'), '1/21/11')
  run("UPDATE statements SET speaker_id = 'sam-altman' WHERE id = 'st_61cca0627c76'")
  t.equal(counts('elon-musk'), '3/0/5')
  t.equal(counts('sam-altman'), '7/0/1')
  run("DELETE FROM statements WHERE id = 'st_61cca0627c76'")
  t.equal(counts('sam-altman'), '6/0/1')
  t.equal(counts('deepseek'), '1/20/11', 'the deleted statement\'s subjects cascade away')
  run("DELETE FROM mentions WHERE entity_id = 'elon-musk'")
  t.equal(counts('elon-musk'), '3/0/0')
  t.equal(one("SELECT n FROM row_counts WHERE table_name = 'statements'"), one('SELECT count(*) FROM statements'), 'the statement count follows')
  const recount = one(`SELECT count(*) FROM entities e WHERE statement_count <> (SELECT count(*) FROM statements WHERE speaker_id = e.id)
    OR subject_count <> (SELECT count(*) FROM statement_subjects WHERE entity_id = e.id)
    OR mention_count <> (SELECT count(*) FROM mentions WHERE entity_id = e.id)`)
  t.equal(recount, 0, 'every counter equals a fresh count')
})

t.test("statements carry their article's date, and follow it", async (t) => {
  const { one, run } = seeded(t)
  t.equal(one("SELECT DISTINCT article_date FROM statements WHERE article_id = 'deepseek-reactions'"), '2025')
  run("UPDATE articles SET published_date = '2025-01-29', published_date_precision = 'day' WHERE id = 'deepseek-reactions'")
  t.equal(one("SELECT count(DISTINCT article_date) || ':' || min(article_date) FROM statements"), '1:2025-01-29')
  t.equal(one("SELECT count(DISTINCT article_date) || ':' || min(article_date) FROM statement_subjects"), '1:2025-01-29', 'subjects follow through their foreign key')
  run("UPDATE articles SET published_date = NULL, published_date_precision = NULL WHERE id = 'deepseek-reactions'")
  t.equal(one('SELECT DISTINCT article_date FROM statements'), '')
  run("INSERT INTO statements (id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end) VALUES ('st_x', 'deepseek-reactions', 'wrong', 99, 'nvidia', 'x', 'paraphrase', 'x', 0, 1)")
  t.equal(one("SELECT article_date FROM statements WHERE id = 'st_x'"), '', 'a wrong date on insert is corrected')
})

t.test('every write bumps the content version', async (t) => {
  const { one, run } = seeded(t)
  const version = () => one('SELECT version FROM kb_version') as number
  const start = version()
  t.ok(start > 0, 'seeding wrote')
  run("UPDATE terms SET note = 'x' WHERE text = 'distillation'")
  t.ok(version() > start)
  const mid = version()
  run("DELETE FROM affiliations WHERE kind = 'owns'")
  t.ok(version() > mid)
  const end = version()
  run("SELECT * FROM statements")
  t.equal(version(), end, 'reads do not')
})
