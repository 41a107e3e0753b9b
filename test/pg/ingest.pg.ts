// Ingestion on PostgreSQL: the same rows and answers as SQLite for the same article, and two instances on one database posting overlapping articles at once without duplicates, lost statements or stale ETags.
import t, { type Test } from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDb } from '../../src/db/index.js'
import { openPg, type Pg } from '../../src/db/pg.js'
import { extract } from '../../src/extract/index.js'
import { pgArticleStore } from '../../src/resources/articles/pg-store.js'
import { articleStore, type ArticleSort, type Extractor } from '../../src/resources/articles/store.js'
import { seedAll } from '../../src/seed/index.js'
import { seedPgIfEmpty } from '../../src/seed/pg.js'
import { CHIP_STOCKS, KEYS, PIPELINE, send } from '../helper.js'
import { openFresh, rows } from './helper.js'

/** A second article naming the first's new entities (Priya Raman, Halden Capital, Tom Becker, Corvid Research) and its known ones. */
const FOLLOW_UP = {
  title: 'Analysts split on the chip sell-off',
  language: 'en' as const,
  publisher: 'Example Wire',
  publishedAt: '2025-01-31',
  body: [
    '“Valuations had run ahead of earnings for months,” said Priya Raman, chief investment officer at Halden Capital.',
    'Tom Becker, an analyst at Corvid Research, said the sell-off “was overdue and may not be over.”',
    'Shares of Nvidia rose 1.5% on Friday after two days of losses.'
  ].join('\n\n')
}
const CHIPS = { ...CHIP_STOCKS, language: 'en' as const }

// Every table ingestion writes, each in one order both engines can sort by (bytewise on PostgreSQL, as SQLite compares).
const WRITTEN: Record<string, string> = {
  articles: 'SELECT seq, id, title, author, language, publisher, published_date, published_date_precision, url, content_hash, date_key, standfirst, photo_caption, body FROM articles ORDER BY seq',
  entities: 'SELECT seq, id, name, type, description, origin, statement_count, subject_count, mention_count FROM entities ORDER BY seq',
  entity_aliases: 'SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias',
  mentions: 'SELECT article_id, entity_id, span_start, span_end, text FROM mentions ORDER BY article_id, entity_id, span_start',
  statements: 'SELECT seq, id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end, medium, stance, origin, confidence FROM statements ORDER BY seq',
  statement_subjects: 'SELECT statement_id, entity_id, article_date, article_id, position FROM statement_subjects ORDER BY statement_id, entity_id',
  market_events: 'SELECT id, entity_id, article_id, kind, direction, figures, text, span_start, span_end, date, date_precision, origin, confidence FROM market_events ORDER BY id',
  audit: 'SELECT seq, key_id, operation, target, detail FROM audit ORDER BY seq'
}
const INTEGER_KEYS = new Set(['seq', 'span_start'])
/** The query for PostgreSQL: text keys sorted bytewise, figures as the JSON text SQLite holds. */
const inPg = (query: string) => query
  .replace(/ORDER BY (.*)$/, (_m, keys: string) => `ORDER BY ${keys.split(', ').map((k) => (INTEGER_KEYS.has(k) ? k : `${k} COLLATE "C"`)).join(', ')}`)
  .replace(/figures,/, 'figures::text AS figures,')
/** A list's rows without the score, which each engine computes its own way (bm25, ts_rank). */
const unscored = (rows: { rank?: number }[]) => rows.map(({ rank: _rank, ...row }) => row)

t.test('the same article ingested on either engine writes the same rows and answers the same', async (t) => {
  const lite = openDb(':memory:')
  t.teardown(() => lite.$client.close())
  seedAll(lite)
  const pg = await openFresh(t)
  await seedPgIfEmpty(pg)
  const stores = { sqlite: articleStore(lite), pg: pgArticleStore(pg.db) }

  for (const input of [CHIPS, FOLLOW_UP]) {
    t.same(await stores.pg.ingest(input, 'pipeline'), await stores.sqlite.ingest(input, 'pipeline'), `${input.title}: the same id, created`)
  }
  t.same(await stores.pg.ingest(CHIPS, 'pipeline'), { id: (await stores.sqlite.ingest(CHIPS, 'pipeline')).id, created: false }, 'a repost finds the first')

  for (const [table, query] of Object.entries(WRITTEN)) {
    t.same(await rows(pg, inPg(query)), lite.$client.prepare(query).all(), `${table}: the same rows`)
  }

  const id = (await stores.sqlite.ingest(FOLLOW_UP, 'pipeline')).id
  t.same(await stores.pg.byId(id), await stores.sqlite.byId(id), 'one article')
  t.same(await stores.pg.mentions(id), await stores.sqlite.mentions(id), 'its mentions')
  t.same(await stores.pg.terms('deepseek-reactions'), await stores.sqlite.terms('deepseek-reactions'), 'terms')

  // Every page of every order, searched or not, through the cursor each store makes.
  const pages = async (store: typeof stores.pg, q: string | undefined, sort: ArticleSort) => {
    const all = []
    let after: (string | number)[] | undefined
    for (;;) {
      const page = await store.list({ q, sort, after, limit: 1 })
      if (page.length === 0) return all
      all.push(...page)
      after = store.keyOf(page[page.length - 1]!, sort)
    }
  }
  for (const q of [undefined, 'nvidia', 'Raman capital', 'investors', 'the', 'nothing-like-this']) {
    for (const sort of ['-date', 'date'] as const) {
      t.same(unscored(await pages(stores.pg, q, sort)), unscored(await pages(stores.sqlite, q, sort)), `q=${q ?? '(none)'} sort=${sort}: the same rows in the same order`)
    }
    // Scores are each engine's own (bm25, ts_rank): what matches is the same, and the order is by the score.
    const relevant = await pages(stores.pg, q === undefined ? 'nvidia' : q, 'relevance')
    t.same(relevant.map((r) => r.id).sort(), (await pages(stores.sqlite, q === undefined ? 'nvidia' : q, 'relevance')).map((r) => r.id).sort(), `q=${q ?? 'nvidia'}: relevance finds the same articles`)
    t.same(relevant.map((r) => r.rank), relevant.map((r) => r.rank).sort((a, b) => a! - b!), 'best first')
    t.same(await stores.pg.count(q), await stores.sqlite.count(q), `q=${q ?? '(none)'}: the same count`)
  }

  t.equal(await stores.pg.delete(id, 'editor'), await stores.sqlite.delete(id, 'editor'))
  t.equal(await stores.pg.delete(id, 'editor'), false, 'a second delete finds nothing')
  for (const [table, query] of Object.entries(WRITTEN)) {
    t.same(await rows(pg, inPg(query)), lite.$client.prepare(query).all(), `after the delete, ${table}: the same rows`)
  }
})

/**
 * An extractor that lets no extraction end until `expected` have started: every request has then
 * passed the content-hash look-up, so both instances race to write the same article.
 */
function barrier (expected: number): Extractor {
  let started = 0
  let release: () => void = () => undefined
  const all = new Promise<void>((resolve) => { release = resolve })
  return async (body, language, knowledge) => {
    if (++started === expected) release()
    await all
    return extract(body, language, knowledge)
  }
}

const appOn = async (t: Test, pg: Pg, extractor: Extractor) => {
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', WRITE_RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', ...KEYS }), db: pg, extractor })
  t.teardown(() => app.close())
  return app
}

t.test('two instances on one database post overlapping articles at once', async (t) => {
  const a = await openFresh(t)
  // A second pool on the same database: another instance, as far as the database can tell.
  const b = await openPg({ url: a.url, poolMax: 10, statementTimeoutMs: 5000 })
  t.teardown(() => b.close())
  await seedPgIfEmpty(a)
  const extractor = barrier(4)
  const [appA, appB] = [await appOn(t, a, extractor), await appOn(t, b, extractor)]

  const etag = (await appA.inject('/v1/articles')).headers.etag as string
  t.equal((await appB.inject({ url: '/v1/articles', headers: { 'if-none-match': etag } })).statusCode, 304, 'both instances serve the same version')

  const posted = await Promise.all([
    send(appA, 'POST', '/v1/articles', CHIPS, PIPELINE),
    send(appB, 'POST', '/v1/articles', CHIPS, PIPELINE),
    send(appA, 'POST', '/v1/articles', FOLLOW_UP, PIPELINE),
    send(appB, 'POST', '/v1/articles', FOLLOW_UP, PIPELINE)
  ])
  for (const [first, second] of [[posted[0], posted[1]], [posted[2], posted[3]]] as const) {
    t.same([first.statusCode, second.statusCode].sort(), [200, 201], 'created on exactly one side, found on the other')
    t.equal(first.json().data.id, second.json().data.id, 'the same article')
    t.same(first.json().data, second.json().data, 'answered the same')
  }
  const ids = [posted[0]!.json().data.id as string, posted[2]!.json().data.id as string]

  t.same(await rows(a, 'SELECT id FROM entities GROUP BY id HAVING count(*) > 1'), [], 'no entity id twice')
  t.same(await rows(a, 'SELECT lower(name) AS name FROM entities GROUP BY lower(name), type HAVING count(*) > 1'), [], 'no entity name twice')
  t.same(await rows(a, "SELECT count(*)::int AS n FROM audit WHERE operation = 'article.create'"), [{ n: 2 }], 'one audited creation each')

  // What each article's extraction gives on its own, against the seed and against the seed with the other article's entities.
  const lite = openDb(':memory:')
  t.teardown(() => lite.$client.close())
  seedAll(lite)
  const reference = articleStore(lite)
  for (const input of [CHIPS, FOLLOW_UP]) await reference.ingest(input, 'pipeline')
  const extracted = "SELECT id, name, type, description FROM entities WHERE origin = 'extracted' ORDER BY id"
  t.same(await rows(a, `${extracted} COLLATE "C"`), lite.$client.prepare(extracted).all(), 'each new entity once, as lone ingestions create them')
  t.same((await rows<{ id: string }>(a, `${extracted} COLLATE "C"`)).map((e) => e.id), ['priya-raman', 'tom-becker'], 'the people both articles name')
  const statementsOf = 'SELECT id, article_id, position, speaker_id, kind, text, span_start, span_end FROM statements WHERE article_id = ? ORDER BY position'
  for (const id of ids) {
    const expected = lite.$client.prepare(statementsOf).all(id)
    t.ok(expected.length > 0, `${id}: has statements`)
    t.same(await rows(a, statementsOf.replace('?', '$1'), [id]), expected, `${id}: every statement once, as a lone ingestion writes them`)
  }
  t.same(await rows(a, 'SELECT id FROM entities e WHERE mention_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) OR statement_count <> (SELECT count(*) FROM statements s WHERE s.speaker_id = e.id) OR subject_count <> (SELECT count(*) FROM statement_subjects s WHERE s.entity_id = e.id)'),
    [], 'every entity counter agrees with its rows')

  const after = await appB.inject({ url: '/v1/articles', headers: { 'if-none-match': etag } })
  t.equal(after.statusCode, 200, 'writes through A and B made the old ETag stale on B')
  const fresh = after.headers.etag as string
  t.equal((await appA.inject({ url: '/v1/articles', headers: { 'if-none-match': fresh } })).statusCode, 304, 'and A agrees on the new one')
  t.equal((await send(appA, 'DELETE', `/v1/articles/${ids[1]!}`)).statusCode, 204)
  const stale = await appB.inject({ url: '/v1/articles', headers: { 'if-none-match': fresh } })
  t.equal(stale.statusCode, 200, 'a delete through A makes B\'s ETag stale at once')
  t.not(stale.headers.etag, fresh)
  t.same(stale.json().data.map((x: { id: string }) => x.id), [ids[0], 'deepseek-reactions'], 'and B lists what A left')
})
