// Article store on PostgreSQL: the same lists, counts, keys and rows as the SQLite store (store.ts), and its writes, each one transaction, safe beside other instances writing the same database.
import { desc, eq, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { afterValues, keysetAfter, orderTerms, type SortColumn } from '../../db/keyset.js'
import { perShape, qualified } from '../../db/memo.js'
import type { PgDb } from '../../db/pg.js'
import {
  affiliations, articles, entities, entityAliases, marketEvents, mentions, statementSubjects, statements, terms
} from '../../db/pg-schema.js'
import { bm25Of, bm25Terms, matches, pgMatchOf } from '../../db/pg-search.js'
import { SNIPPET_BODY_CHARS } from '../../db/search.js'
import { extractLazily } from '../../extract/lazy.js'
import type { Knowledge } from '../../extract/types.js'
import { recordAudit } from '../audit/pg-store.js'
import type { Total } from '../statements/store.js'
import { articleIdentity, articleRows, chunked, knowledgeOf, type ArticleInput, type Extractor, type Ingested } from './ingest.js'
import { articleKeyOf, summaryColumnsOf, type ArticleRow, type ArticleSort, type ArticleStore } from './store.js'

/**
 * SQLite compares text bytewise; "C" does the same on PostgreSQL whatever the database's locale,
 * so lists come in the same order on both. Every ORDER BY and keyset comparison on text uses it,
 * the one through the other, or a cursor would skip or repeat rows.
 */
const bytewise = (column: AnyPgColumn | SQL): SQL => sql`${column} COLLATE "C"`

/** SQLite's NOCASE: ASCII letters folded, everything else compared as bytes. */
const asciiNocase = (column: AnyPgColumn): SQL =>
  sql`translate(${column}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C"`

/**
 * Rows a statement binds: PostgreSQL takes at most 65,535 parameters a statement, and the widest
 * table written here (statements) has 15 columns, so 4,000 rows bind at most 60,000. Columns left
 * out go in as DEFAULT, not as parameters. Fewer, larger statements: each is a round trip.
 */
const CHUNK_ROWS = 4_000

// The counts as int4, which node-postgres reads as numbers (a bigint count comes back as a string).
const summaryColumns = summaryColumnsOf(articles, {
  statementCount: sql<number>`(SELECT count(*)::int FROM ${statements} WHERE ${qualified(statements.articleId)} = ${qualified(articles.id)})`,
  marketEventCount: sql<number>`(SELECT count(*)::int FROM ${marketEvents} WHERE ${qualified(marketEvents.articleId)} = ${qualified(articles.id)})`
})

const vector = articles.searchVector
/** bm25 with SQLite's weights for articles_fts: title 4, standfirst 2, body 1 (labels A, B, C). */
export const ARTICLE_WEIGHTS = [4, 2, 1, 1] as const

// The columns of a search's subqueries, as the SQLite store names them.
const candidateSeq = sql<number>`"candidates"."cseq"`
const candidateRank = sql<number>`"candidates"."crank"`
const hitSeq = sql<number>`"hits"."seq"`
const hitRank = sql<number>`"hits"."rank"`

function sortColumns (sort: ArticleSort, rank: SQL): SortColumn[] {
  if (sort === 'relevance') return [{ expr: rank, dir: 'asc' }, { expr: sql`${articles.seq}`, dir: 'asc' }]
  const dir = sort === '-date' ? 'desc' : 'asc'
  return [{ expr: bytewise(articles.dateKey), dir }, { expr: bytewise(articles.id), dir }]
}

/** Everything the extractor links to, in the order the SQLite store reads it (see knowledgeOf). */
async function knowledge (db: PgDb): Promise<Knowledge> {
  const [entityRows, aliasRows, affiliationRows] = await Promise.all([
    db.select({ id: entities.id, name: entities.name, type: entities.type }).from(entities)
      .orderBy(bytewise(entities.type), asciiNocase(entities.name), bytewise(entities.id)),
    // Within an entity the order of its spellings changes nothing the extractor finds.
    db.select({ entityId: entityAliases.entityId, alias: entityAliases.alias }).from(entityAliases)
      .orderBy(bytewise(entityAliases.entityId), bytewise(entityAliases.alias)),
    // SQLite reads these in the order they were written, which PostgreSQL does not keep; the key
    // order at least makes the reading the same on every instance.
    db.select({ from: affiliations.fromEntityId, to: affiliations.toEntityId, kind: affiliations.kind, role: affiliations.role }).from(affiliations)
      .orderBy(bytewise(affiliations.fromEntityId), bytewise(affiliations.kind), bytewise(affiliations.toEntityId))
  ])
  return knowledgeOf(entityRows, aliasRows, affiliationRows)
}

/** `extractor` reads a posted body: the extractor in process unless the server's pool or a test's stub is given. */
export function pgArticleStore (db: PgDb, extractor: Extractor = extractLazily): ArticleStore {
  const weigh = bm25Terms(db)
  const list = perShape((shape: { match: boolean, sort: ArticleSort, after: boolean }) => {
    const name = `articles_list_${shape.match ? 'q' : 'all'}_${shape.sort}_${shape.after ? 'after' : 'first'}`
    if (!shape.match) {
      const order = sortColumns(shape.sort, sql`0`)
      return db.select(summaryColumns).from(articles)
        .where(shape.after ? keysetAfter(order) : undefined)
        .orderBy(...orderTerms(order))
        .limit(sql.placeholder('limit'))
        .prepare(name)
    }
    // As on SQLite: the most recent candidates, each scored once; then order and cursor over
    // those; then the page's rows read in full.
    const ranked = db.select({ seq: sql<number>`${articles.seq}`.as('cseq'), rank: bm25Of(vector, ARTICLE_WEIGHTS).as('crank') })
      .from(articles)
      .where(matches(vector))
      .orderBy(desc(articles.seq))
      .limit(sql.placeholder('candidates'))
      .as('candidates')
    const candidateOrder = sortColumns(shape.sort, candidateRank)
    const hits = db.select({ seq: articles.seq, rank: sql<number>`${candidateRank}`.as('rank') })
      .from(ranked)
      .innerJoin(articles, eq(articles.seq, candidateSeq))
      .where(shape.after ? keysetAfter(candidateOrder) : undefined)
      .orderBy(...orderTerms(candidateOrder))
      .limit(sql.placeholder('limit'))
      .as('hits')
    return db.select({ ...summaryColumns, rank: hitRank, body: sql<string>`substr(${articles.body}, 1, ${sql.raw(String(SNIPPET_BODY_CHARS))})` })
      .from(hits)
      .innerJoin(articles, eq(articles.seq, hitSeq))
      .orderBy(...orderTerms(sortColumns(shape.sort, hitRank)))
      .prepare(name)
  })

  // A search counts what it lists: its candidates (one more tells whether there are more matches).
  const matching = db.select({ one: sql`1` }).from(articles).where(matches(vector)).limit(sql.placeholder('cap')).as('matches')
  const totalMatches = db.select({ n: sql<number>`count(*)::int` }).from(matching).prepare('articles_count_q')
  const totalAll = db.select({ n: sql<number>`count(*)::int` }).from(articles).prepare('articles_count_all')

  const byId = db.select({ ...summaryColumns, url: articles.url, photoCaption: articles.photoCaption, body: articles.body })
    .from(articles).where(eq(articles.id, sql.placeholder('id'))).prepare('articles_by_id')

  const byHash = db.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, sql.placeholder('hash'))).prepare('articles_by_hash')

  const mentionsOf = db.select({
    entity: { id: entities.id, name: entities.name, type: entities.type },
    text: mentions.text, spanStart: mentions.spanStart, spanEnd: mentions.spanEnd
  })
    .from(mentions)
    .innerJoin(entities, eq(entities.id, mentions.entityId))
    .where(eq(mentions.articleId, sql.placeholder('id')))
    .orderBy(mentions.spanStart, bytewise(entities.id))
    .prepare('articles_mentions')

  const termsOf = db.select({ text: terms.text, note: terms.note, spanStart: terms.spanStart, spanEnd: terms.spanEnd })
    .from(terms).where(eq(terms.articleId, sql.placeholder('id'))).orderBy(terms.spanStart).prepare('articles_terms')

  /** As ingestArticle on SQLite: the same look-up first, extraction outside the transaction, the same rows in one. */
  async function ingest (input: ArticleInput, keyId: string): Promise<Ingested> {
    const { hash } = articleIdentity(input)
    const [existing] = await byHash.execute({ hash })
    if (existing) return { id: existing.id, created: false }

    const rows = articleRows(input, await extractor(input.body, input.language, await knowledge(db)))
    return db.transaction(async (tx): Promise<Ingested> => {
      // Every row written bumps the one kb_version row (migrations/pg/0002_derived.sql), and the
      // article's is the first: concurrent ingestions queue there, before either locks an entity
      // row for its counters, so they cannot deadlock. The one that waited then finds the other's
      // rows committed, and the conflict clauses below step over them.
      // No conflict target: a twin being written elsewhere clashes on the id (derived from the hash)
      // as well as on the hash, and whichever index PostgreSQL checks first must step aside.
      const [inserted] = await tx.insert(articles).values(rows.article).onConflictDoNothing().returning({ id: articles.id })
      if (!inserted) {
        // Another instance wrote the same content since the look-up; it has committed (the insert waited for it).
        const [raced] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, hash))
        if (!raced) throw new Error(`article ${rows.id}: another article with other content already has this id`)
        return { id: raced.id, created: false }
      }
      // The knowledge was read before extraction: an entity another write created since is kept as it is.
      for (const chunk of chunked(rows.entities, CHUNK_ROWS)) await tx.insert(entities).values(chunk).onConflictDoNothing()
      for (const chunk of chunked(rows.aliases, CHUNK_ROWS)) await tx.insert(entityAliases).values(chunk).onConflictDoNothing()
      for (const chunk of chunked(rows.mentions, CHUNK_ROWS)) await tx.insert(mentions).values(chunk).onConflictDoNothing()
      for (const chunk of chunked(rows.statements, CHUNK_ROWS)) await tx.insert(statements).values(chunk)
      for (const chunk of chunked(rows.subjects, CHUNK_ROWS)) await tx.insert(statementSubjects).values(chunk).onConflictDoNothing()
      for (const chunk of chunked(rows.marketEvents, CHUNK_ROWS)) await tx.insert(marketEvents).values(chunk)
      await recordAudit(tx, keyId, 'article.create', rows.audit.target, rows.audit.detail)
      return { id: rows.id, created: true }
    })
  }

  return {
    async list (args: { q?: string | undefined, sort: ArticleSort, after?: readonly (string | number)[] | undefined, limit: number }): Promise<ArticleRow[]> {
      const match = pgMatchOf(args.q)
      if (match === null) return []
      const search = match === undefined ? {} : { match: match.query, candidates: match.candidates, ...await weigh('articles', match) }
      return list({ match: match !== undefined, sort: args.sort, after: args.after !== undefined })
        .execute({ ...search, ...afterValues(args.after), limit: args.limit })
    },
    async count (q: string | undefined): Promise<Total> {
      const match = pgMatchOf(q)
      if (match === null) return { total: 0, exact: true }
      if (match === undefined) return { total: (await totalAll.execute())[0]?.n ?? 0, exact: true }
      const cap = match.candidates
      const n = (await totalMatches.execute({ match: match.query, cap: cap + 1 }))[0]?.n ?? 0
      return { total: Math.min(n, cap), exact: n <= cap }
    },
    keyOf: articleKeyOf,
    byId: async (id: string) => (await byId.execute({ id }))[0],
    mentions: (id: string) => mentionsOf.execute({ id }),
    terms: (id: string) => termsOf.execute({ id }),
    ingest,
    delete: (id: string, keyId: string): Promise<boolean> => db.transaction(async (tx) => {
      const removed = (await tx.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id })).length > 0
      if (removed) await recordAudit(tx, keyId, 'article.delete', `/v1/articles/${id}`, null)
      return removed
    })
  }
}
