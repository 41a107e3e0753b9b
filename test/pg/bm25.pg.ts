// bm25 on PostgreSQL: every seeded document scores what SQLite's FTS5 bm25() gives it, and the statistics it reads (search_stats) and the other derived rows stay true through bulk and single writes.
import t, { type Test } from 'tap'
import { openDb } from '../../src/db/index.js'
import type { Pg } from '../../src/db/pg.js'
import { ftsQuery } from '../../src/db/text.js'
import { bm25Terms, pgMatchOf } from '../../src/db/pg-search.js'
import { seedAll } from '../../src/seed/index.js'
import { seedPgIfEmpty } from '../../src/seed/pg.js'
import { openFresh, rows } from './helper.js'

/** What the triggers keep, recounted from the rows themselves. */
const RECOUNT = `
  SELECT
    (SELECT json_agg(json_build_array(index_name, docs, tokens) ORDER BY index_name) FROM search_stats) AS kept,
    json_build_array(
      json_build_array('articles', (SELECT count(*) FROM articles), (SELECT coalesce(sum(wsw_token_count(search_vector)), 0) FROM articles)),
      json_build_array('entities', (SELECT count(*) FROM entities),
        (SELECT coalesce(sum(wsw_token_count(wsw_search_vector(name))), 0) FROM entities) + (SELECT coalesce(sum(wsw_token_count(wsw_search_vector(alias))), 0) FROM entity_aliases)),
      json_build_array('statements', (SELECT count(*) FROM statements), (SELECT coalesce(sum(wsw_token_count(search_vector)), 0) FROM statements))
    ) AS counted,
    (SELECT n FROM row_counts WHERE table_name = 'statements') = (SELECT count(*) FROM statements) AS statement_count_holds,
    NOT EXISTS (
      SELECT 1 FROM entities e WHERE
        e.statement_count <> (SELECT count(*) FROM statements s WHERE s.speaker_id = e.id) OR
        e.subject_count <> (SELECT count(*) FROM statement_subjects s WHERE s.entity_id = e.id) OR
        e.mention_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)
    ) AS entity_counters_hold,
    (SELECT version FROM kb_version) AS version`

interface Recount { kept: unknown, counted: unknown, statement_count_holds: boolean, entity_counters_hold: boolean, version: string }

async function holds (t: Test, pg: Pg, what: string): Promise<number> {
  const [r] = await rows<Recount>(pg, RECOUNT)
  // node-postgres reads bigint as text inside json too: compare as numbers.
  t.same(JSON.parse(JSON.stringify(r!.kept), (_, v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)), r!.counted, `${what}: search_stats holds every index's documents and tokens`)
  t.ok(r!.statement_count_holds, `${what}: row_counts holds`)
  t.ok(r!.entity_counters_hold, `${what}: every entity counter holds`)
  return Number(r!.version)
}

t.test('the statistics and counters hold through bulk and single writes; the version moves by one a row', async (t) => {
  const pg = await openFresh(t)
  await seedPgIfEmpty(pg)
  let version = await holds(t, pg, 'seeded')
  const step = async (what: string, sql: string, rowsWritten: number) => {
    await pg.pool.query(sql)
    const now = await holds(t, pg, what)
    t.equal(now - version, rowsWritten, `${what}: the version moved by the ${rowsWritten} rows written`)
    version = now
  }
  const [speaker] = await rows<{ id: string }>(pg, 'SELECT speaker_id AS id FROM statements WHERE speaker_id IS NOT NULL ORDER BY seq LIMIT 1')
  const [article] = await rows<{ id: string }>(pg, 'SELECT id FROM articles LIMIT 1')
  const many = await rows<{ n: number }>(pg, 'SELECT count(*)::int AS n FROM statements')
  // A statement's speaker counter is a row written too: its entity's.
  await step('three statements in one INSERT, and their speaker\'s counter',
    `INSERT INTO statements (id, article_id, position, speaker_id, speaker_label, kind, text, span_start, span_end)
     SELECT 'extra-' || g, '${article!.id}', 1000 + g, '${speaker!.id}', 'x', 'quote', 'Un modèle open-source, dit-il : « 3.5 % »', 0, 10 FROM generate_series(1, 3) AS g`, 4)
  await step('one text rewritten', "UPDATE statements SET text = 'Bien plus long : un, deux, trois, quatre mots' WHERE id = 'extra-1'", 1)
  await step('speakers moved, texts untouched', "UPDATE statements SET speaker_id = NULL WHERE id LIKE 'extra-%'", 4)
  await step('an UPDATE that matches nothing', "UPDATE statements SET text = 'x' WHERE id = 'no-such-statement'", 0)
  await step('an alias added', `INSERT INTO entity_aliases (entity_id, alias) VALUES ('${speaker!.id}', 'Le Grand Patron')`, 1)
  await step('an entity renamed', `UPDATE entities SET name = name || ' Junior' WHERE id = '${speaker!.id}'`, 1)
  await step('the alias removed', `DELETE FROM entity_aliases WHERE alias = 'Le Grand Patron'`, 1)
  await step('the statements deleted', "DELETE FROM statements WHERE id LIKE 'extra-%'", 3)
  // Deleting the article cascades to its statements, subjects, mentions and events: each row counts.
  await pg.pool.query(`DELETE FROM articles WHERE id = '${article!.id}'`)
  await holds(t, pg, 'the article deleted, with everything that cascades from it')
  t.same(await rows(pg, 'SELECT count(*)::int AS n FROM statements'), [{ n: 0 }])
  t.ok(many[0]!.n > 0)
})

t.test('every seeded document scores what SQLite\'s bm25() gives it', async (t) => {
  const sqlite = openDb(':memory:')
  seedAll(sqlite)
  t.teardown(() => sqlite.$client.close())
  const pg = await openFresh(t)
  await seedPgIfEmpty(pg)
  // FTS5's own bm25() on SQLite, with the weights its stores give; the same documents scored on PostgreSQL.
  const indexes = [
    { name: 'statements', sqlite: 'SELECT s.id, bm25(statements_fts) AS score FROM statements_fts JOIN statements s ON s.seq = statements_fts.rowid WHERE statements_fts MATCH ?', pg: 'SELECT id, wsw_bm25(search_vector, t.words, t.prefix, t.idf, t.avgdl, \'{1,1,1,1}\') AS score FROM statements, wsw_bm25_terms(\'statements\', $1) t WHERE search_vector @@ to_tsquery(\'simple\', wsw_unaccent($2))' },
    { name: 'articles', sqlite: 'SELECT a.id, bm25(articles_fts, 4.0, 2.0, 1.0) AS score FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?', pg: 'SELECT id, wsw_bm25(search_vector, t.words, t.prefix, t.idf, t.avgdl, \'{4,2,1,1}\') AS score FROM articles, wsw_bm25_terms(\'articles\', $1) t WHERE search_vector @@ to_tsquery(\'simple\', wsw_unaccent($2))' },
    {
      name: 'entities',
      sqlite: 'SELECT e.id, bm25(entities_fts, 2.0, 1.0) AS score FROM entities_fts JOIN entities e ON e.seq = entities_fts.rowid WHERE entities_fts MATCH ?',
      pg: `SELECT id, wsw_bm25(v, t.words, t.prefix, t.idf, t.avgdl, '{2,1,1,1}') AS score
           FROM (SELECT id, setweight(wsw_search_vector(name), 'A') || setweight(wsw_search_vector((SELECT string_agg(alias, ' | ' ORDER BY alias COLLATE "C") FROM entity_aliases WHERE entity_id = entities.id)), 'B') AS v FROM entities) AS e,
           wsw_bm25_terms('entities', $1) t WHERE v @@ to_tsquery('simple', wsw_unaccent($2))`
    }
  ]
  const searches = ['modele', 'open source', 'deepseek', 'le', 'intelligence artificielle', 'sam altman', 'ma', 'chinois', 'reactions deepseek', 'meta', 'nvidia milliards']
  let compared = 0
  for (const index of indexes) {
    for (const q of searches) {
      const fts = ftsQuery(q)!
      const match = pgMatchOf(q)!
      const expected = new Map((sqlite.$client.prepare(index.sqlite).all(fts) as { id: string, score: number }[]).map((r) => [r.id, r.score]))
      const got = new Map((await rows<{ id: string, score: number }>(pg, index.pg, [match.terms, match.query])).map((r) => [r.id, r.score]))
      t.same([...got.keys()].sort(), [...expected.keys()].sort(), `${index.name}, "${q}": the same documents match`)
      for (const [id, score] of expected) {
        const other = got.get(id)
        if (other === undefined) continue
        compared++
        if (other !== score) t.fail(`${index.name}, "${q}", ${id}: ${other} on PostgreSQL, ${score} on SQLite`)
      }
    }
  }
  t.ok(compared >= 40, `${compared} scores compared, each the same double as SQLite's`)
})

t.test('a search\'s weighing is kept until any write moves the version, then weighed again', async (t) => {
  const pg = await openFresh(t)
  await seedPgIfEmpty(pg)
  const weigh = bm25Terms(pg.db)
  const match = pgMatchOf('modele')!
  // What weighing now finds, straight from the database, past any kept answer.
  const fresh = async () => {
    const [r] = await rows<{ words: string[], prefix: boolean[], idf: number[], avgdl: number }>(pg, "SELECT words, prefix, idf, avgdl FROM wsw_bm25_terms('statements', $1)", [match.terms])
    return { bm25Words: r!.words, bm25Prefix: r!.prefix, bm25Idf: r!.idf, bm25Avgdl: r!.avgdl }
  }
  const first = await weigh('statements', match)
  t.same(await weigh('statements', match), first, 'the same weighing while nothing is written')
  t.same(await fresh(), first, 'and what a fresh weighing finds')
  t.equal(bm25Terms(pg.db), weigh, 'every store on one database shares one weigher')
  // Another instance writes: a new statement holding the word makes it commoner, so its idf drops.
  const [article] = await rows<{ id: string }>(pg, 'SELECT id FROM articles LIMIT 1')
  await pg.pool.query(`INSERT INTO statements (id, article_id, position, speaker_label, kind, text, span_start, span_end)
    VALUES ('one-more', $1, 9999, 'x', 'quote', 'Un modèle de plus', 0, 5)`, [article!.id])
  const after = await weigh('statements', match)
  t.ok(after.bm25Idf[0]! < first.bm25Idf[0]!, 'the word weighs less once more statements hold it')
  t.same(after, await fresh(), 'the kept weighing is the fresh one')
})
