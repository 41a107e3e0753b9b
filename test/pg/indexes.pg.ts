// PostgreSQL indexes in byte order: on a table big enough for the planner to prefer them, the statements store's list orders walk an index with no sort, and search keeps words inside « ».
import t from 'tap'
import type { Pg } from '../../src/db/pg.js'
import { openFresh, rows } from './helper.js'

interface PlanNode { 'Node Type': string, Plans?: PlanNode[] }

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)]

async function planOf (pg: Pg, query: string, values: unknown[]): Promise<PlanNode[]> {
  const [row] = await rows<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(pg, `EXPLAIN (FORMAT JSON) ${query}`, values)
  return nodesOf(row!['QUERY PLAN'][0].Plan)
}

// 20k statements over 2k articles and 50 speakers: enough that a scan and sort costs more than an index walk.
async function seed (pg: Pg): Promise<void> {
  await pg.pool.query(`INSERT INTO entities (id, name, type, description)
    SELECT 'en_' || lpad(i::text, 4, '0'), 'Speaker ' || i, 'person', '' FROM generate_series(1, 50) AS i`)
  await pg.pool.query(`INSERT INTO articles (id, title, language, published_date, published_date_precision, body)
    SELECT 'ar_' || lpad(i::text, 5, '0'), 'Title ' || i, 'fr', to_char(date '2024-01-01' + (i % 700), 'YYYY-MM-DD'), 'day', 'body' FROM generate_series(1, 2000) AS i`)
  // The per-row triggers (content version, counters, date copy) would make the seed a minute long; the
  // date they copy is written here instead, and the foreign keys still check every row.
  await pg.pool.query('ALTER TABLE statements DISABLE TRIGGER USER')
  await pg.pool.query(`INSERT INTO statements (id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end)
    SELECT 'st_' || lpad(i::text, 6, '0'), 'ar_' || lpad((i % 2000 + 1)::text, 5, '0'), to_char(date '2024-01-01' + ((i % 2000 + 1) % 700), 'YYYY-MM-DD'), i / 2000, 'en_' || lpad((i % 50 + 1)::text, 4, '0'), 'S', 'quote', 'text ' || i, 0, 1
    FROM generate_series(0, 19999) AS i`)
  // One long article, so its reading order is a page of many, where a walk beats fetching all and sorting.
  await pg.pool.query(`INSERT INTO statements (id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end)
    SELECT 'st_long' || i, 'ar_00042', '2024-02-12', 100 + i, 'en_0001', 'S', 'quote', 'text ' || i, 0, 1 FROM generate_series(0, 999) AS i`)
  await pg.pool.query('ALTER TABLE statements ENABLE TRIGGER USER')
  await pg.pool.query('ANALYZE')
}

// The statements store's list (src/resources/statements/pg-store.ts): its joins, and its order on text keys compared in byte order.
const LIST = `SELECT statements.seq FROM statements
  LEFT JOIN entities ON entities.id = statements.speaker_id
  INNER JOIN articles ON articles.id = statements.article_id`
const NEWEST = 'ORDER BY statements.article_date COLLATE "C" DESC NULLS LAST, statements.article_id COLLATE "C" ASC, statements.position ASC LIMIT 21'
const READING = 'ORDER BY statements.article_id COLLATE "C" ASC, statements.position ASC LIMIT 21'

t.test('list orders walk an index, with no sort', async (t) => {
  const pg = await openFresh(t, { statementTimeoutMs: 30_000 })
  await seed(pg)
  const shapes: [string, string, unknown[]][] = [
    ['newest first', `${LIST} ${NEWEST}`, []],
    ['newest first, after a cursor', `${LIST} WHERE (statements.article_date COLLATE "C" <= $1 AND (statements.article_date COLLATE "C" < $1 OR (statements.article_id COLLATE "C" >= $2 AND (statements.article_id COLLATE "C" > $2 OR statements.position > $3)))) ${NEWEST}`, ['2024-06-01', 'ar_00100', 3]],
    ["a speaker's newest", `${LIST} WHERE statements.speaker_id = $1 ${NEWEST}`, ['en_0007']],
    ["an article's reading order", `${LIST} WHERE statements.article_id = $1 ${READING}`, ['ar_00042']],
    ['reading order', `${LIST} ${READING}`, []]
  ]
  for (const [name, query, values] of shapes) {
    const plan = await planOf(pg, query, values)
    const types = plan.map((n) => n['Node Type'])
    t.ok(types.some((type) => type.startsWith('Index')), `${name}: an index scan (${types.join(', ')})`)
    t.notOk(types.includes('Sort') || types.includes('Incremental Sort'), `${name}: no sort`)
  }
})

t.test('the key columns are in byte order, and their foreign keys still hold', async (t) => {
  const pg = await openFresh(t)
  const collations = await rows<{ c: string }>(pg, `SELECT table_name || '.' || column_name AS c FROM information_schema.columns
    WHERE table_schema = 'public' AND collation_name = 'C' ORDER BY 1`)
  t.ok(collations.map((r) => r.c).includes('articles.date_key'), 'the generated date key too')
  t.ok(collations.map((r) => r.c).includes('statement_subjects.article_date'))
  await t.rejects(pg.pool.query("INSERT INTO statements (id, article_id, position, speaker_label, kind, text, span_start, span_end) VALUES ('st_x', 'ar_missing', 0, 'S', 'quote', 't', 0, 1)"), { code: '23503' })
})

t.test('words between « » are indexed, as SQLite indexes them', async (t) => {
  const pg = await openFresh(t)
  const [row] = await rows<{ v: string }>(pg, "SELECT wsw_search_vector('Il a dit «les modèles sont prêts»')::text AS v")
  t.match(row!.v, /'modeles'/)
  t.match(row!.v, /'les'/)
})
