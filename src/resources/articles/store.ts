// Article store (drizzle, prepared): sorted keyset lists with full-text search, one article with its mentions and terms, and the writes: ingestion through the extractor in one transaction, and deletion.
import { eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { afterValues, keysetAfter, limited, limitedFrom, orderTerms, type SortColumn } from '../../db/keyset.js'
import { mappedRows, perShape, prepared, qualified, rowInserter } from '../../db/memo.js'
import {
  affiliations, articles, entities, entityAliases, marketEvents, mentions, statementSubjects, statements, terms, type DatePrecision
} from '../../db/schema.js'
import { SNIPPET_BODY_CHARS, candidateRank, candidateSeq, candidates, candidatesFor, matchOf } from '../../db/search.js'
import { extractLazily } from '../../extract/lazy.js'
import type { Knowledge } from '../../extract/types.js'
import { recordAudit } from '../audit/store.js'
import type { Total } from '../statements/store.js'
import { articleIdentity, articleRows, knowledgeOf, type ArticleInput, type Extractor, type Ingested } from './ingest.js'

export type { ArticleInput, Extractor, Ingested } from './ingest.js'

/**
 * Everything the extractor links to: every entity, its spellings, and the affiliations that
 * resolve roles. Read for every article, so prepared once: built and prepared on each read, the
 * three selects cost more than reading their rows.
 */
function knowledgeReader (db: Db): () => Knowledge {
  const fields = {
    // The order of the covering index SQLite scans anyway, spelled out so PostgreSQL can read the same.
    entities: { id: entities.id, name: entities.name, type: entities.type },
    aliases: { entityId: entityAliases.entityId, alias: entityAliases.alias },
    affiliations: { from: affiliations.fromEntityId, to: affiliations.toEntityId, kind: affiliations.kind, role: affiliations.role }
  }
  const everyEntity = mappedRows<Knowledge['entities'][number]>(fields.entities, prepared(db, db.select(fields.entities).from(entities)
    .orderBy(entities.type, sql`${entities.name} COLLATE NOCASE`, entities.id).getSQL()))
  const everyAlias = mappedRows<{ entityId: string, alias: string }>(fields.aliases, prepared(db, db.select(fields.aliases).from(entityAliases).getSQL()))
  const everyAffiliation = mappedRows<Knowledge['affiliations'][number]>(fields.affiliations, prepared(db, db.select(fields.affiliations).from(affiliations).getSQL()))
  return () => knowledgeOf(everyEntity.all(), everyAlias.all(), everyAffiliation.all())
}

export const ARTICLE_SORTS = ['-date', 'date', 'relevance'] as const
export type ArticleSort = (typeof ARTICLE_SORTS)[number]

// Headline matches weigh four times the body, the standfirst twice.
const rank = sql<number>`bm25(articles_fts, 4.0, 2.0, 1.0)`

// The columns of a search's `hits` subquery (a limited page: see db/keyset.ts's limitedFrom).
const hitSeq = sql<number>`"hits"."seq"`
const hitRank = sql<number>`"hits"."rank"`

/** A row's cursor key in `sort`: the values its sort columns hold, on either engine. */
export const articleKeyOf = (row: ArticleRow, sort: ArticleSort): (string | number)[] => (sort === 'relevance' ? [row.rank ?? 0, row.seq] : [row.dateKey, row.id])

function sortColumns (sort: ArticleSort): SortColumn[] {
  if (sort === 'relevance') return [{ expr: rank, dir: 'asc' }, { expr: sql`${articles.seq}`, dir: 'asc' }]
  // Newest first; '' (undated) sorts last. The id breaks ties in the same direction, so the index serves both.
  const dir = sort === '-date' ? 'desc' : 'asc'
  return [{ expr: sql`${articles.dateKey}`, dir }, { expr: sql`${articles.id}`, dir }]
}

/** The article's own columns a summary shows, in the order both engines' stores select them. */
const SUMMARY_FIELDS = ['seq', 'id', 'title', 'standfirst', 'author', 'language', 'publisher', 'publishedDate', 'publishedDatePrecision', 'dateKey'] as const

/** A summary's columns on either engine's `articles` table, with its two counts as that engine writes them. */
export function summaryColumnsOf<T extends Record<(typeof SUMMARY_FIELDS)[number], unknown>, C extends { statementCount: SQL<number>, marketEventCount: SQL<number> }> (table: T, counts: C) {
  const own = Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, table[field]])) as Pick<T, (typeof SUMMARY_FIELDS)[number]>
  return { ...own, statementCount: counts.statementCount, marketEventCount: counts.marketEventCount }
}

const summaryColumns = summaryColumnsOf(articles, {
  statementCount: sql<number>`(SELECT count(*) FROM ${statements} WHERE ${qualified(statements.articleId)} = ${qualified(articles.id)})`,
  marketEventCount: sql<number>`(SELECT count(*) FROM ${marketEvents} WHERE ${qualified(marketEvents.articleId)} = ${qualified(articles.id)})`
})

export interface ArticleRow {
  seq: number
  id: string
  title: string
  standfirst: string | null
  author: string | null
  language: string
  publisher: string | null
  publishedDate: string | null
  publishedDatePrecision: DatePrecision | null
  dateKey: string
  statementCount: number
  marketEventCount: number
  /** Present on search results only, with the body to highlight. */
  rank?: number
  body?: string
}

/**
 * Extracts and writes one article. Posting the same language, title and body again finds the
 * first and writes nothing. Every row is written in one transaction: a crash, or an extractor
 * that fails or runs out of time, leaves the article whole or absent.
 */
async function ingestArticle (db: Db, insertRows: ReturnType<typeof rowInserter>, knowledge: () => Knowledge, input: ArticleInput, keyId: string, extractor: Extractor): Promise<Ingested> {
  const { hash } = articleIdentity(input)
  const already = (tx: Pick<Db, 'select'>) => tx.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, hash)).get()
  const existing = already(db)
  if (existing) return { id: existing.id, created: false }

  const found = await extractor(input.body, input.language, knowledge())
  const rows = articleRows(input, found)

  // Immediate: the write lock is taken before the second look, so another process (the CLI
  // beside the server), or another request whose extraction ended first, posting the same text
  // cannot slip in between.
  return db.transaction((tx): Ingested => {
    const raced = already(tx)
    if (raced) return { id: raced.id, created: false }
    // The same connection, so these prepared inserts run inside the transaction.
    insertRows(articles, [rows.article])
    insertRows(entities, rows.entities, { ignoreConflicts: true })
    insertRows(entityAliases, rows.aliases, { ignoreConflicts: true })
    insertRows(mentions, rows.mentions, { ignoreConflicts: true })
    insertRows(statements, rows.statements)
    insertRows(statementSubjects, rows.subjects, { ignoreConflicts: true })
    insertRows(marketEvents, rows.marketEvents)
    recordAudit(tx, keyId, 'article.create', rows.audit.target, rows.audit.detail)
    return { id: rows.id, created: true }
  }, { behavior: 'immediate' })
}

/** `extractor` reads a posted body: the extractor in process unless the server's pool or a test's stub is given. */
export function articleStore (db: Db, extractor: Extractor = extractLazily) {
  const insertRows = rowInserter(db)
  const knowledge = knowledgeReader(db)
  const list = perShape((shape: { match: boolean, sort: ArticleSort, after: boolean }) => {
    const order = sortColumns(shape.sort)
    const after = shape.after ? keysetAfter(order) : undefined
    if (!shape.match) {
      return mappedRows<ArticleRow>(summaryColumns, prepared(db, limited(db.select(summaryColumns).from(articles).where(after).orderBy(...orderTerms(order)), 'limit')))
    }
    // As for statements: the most recent candidates off the index, scored once; then order and
    // cursor over those; then the page's rows read in full.
    const ranked = candidates(db, 'articles_fts', rank)
    const candidateOrder = shape.sort === 'relevance'
      ? [{ expr: candidateRank, dir: 'asc' as const }, { expr: sql`${articles.seq}`, dir: 'asc' as const }]
      : order
    const hits = limitedFrom(db.select({ seq: articles.seq, rank: sql<number>`${candidateRank}`.as('rank') })
      .from(ranked)
      .innerJoin(articles, sql`${articles.seq} = ${candidateSeq}`)
      .where(shape.after ? keysetAfter(candidateOrder) : undefined)
      .orderBy(...orderTerms(candidateOrder)), 'limit', 'hits')
    // Reading whole bodies cost 0.7 ms each at 200,000 characters: the snippet looks at the start only.
    return db.select({ ...summaryColumns, rank: hitRank, body: sql<string>`substr(${articles.body}, 1, ${sql.raw(String(SNIPPET_BODY_CHARS))})` })
      .from(hits)
      .innerJoin(articles, eq(articles.seq, hitSeq))
      .orderBy(...(shape.sort === 'relevance' ? [hitRank, articles.seq] : orderTerms(order)))
      .prepare()
  })

  // A search counts what it lists: its candidates (one more tells whether there are more matches).
  const total = perShape((shape: { match: boolean }) => (shape.match
    ? db.select({ n: sql<number>`count(*)` }).from(limitedFrom(db.select({ one: sql`1` }).from(sql`articles_fts`).where(sql`articles_fts MATCH ${sql.placeholder('match')}`), 'cap', 'matches'))
    : db.select({ n: sql<number>`count(*)` }).from(articles)).prepare())

  const byId = db.select({ ...summaryColumns, url: articles.url, photoCaption: articles.photoCaption, body: articles.body })
    .from(articles).where(eq(articles.id, sql.placeholder('id'))).prepare()

  const mentionsOf = db.select({
    entity: { id: entities.id, name: entities.name, type: entities.type },
    text: mentions.text, spanStart: mentions.spanStart, spanEnd: mentions.spanEnd
  })
    .from(mentions)
    .innerJoin(entities, eq(entities.id, mentions.entityId))
    .where(eq(mentions.articleId, sql.placeholder('id')))
    .orderBy(mentions.spanStart, entities.id)
    .prepare()

  const termsOf = db.select({ text: terms.text, note: terms.note, spanStart: terms.spanStart, spanEnd: terms.spanEnd })
    .from(terms).where(eq(terms.articleId, sql.placeholder('id'))).orderBy(terms.spanStart).prepare()

  return {
    async list (args: { q?: string | undefined, sort: ArticleSort, after?: readonly (string | number)[] | undefined, limit: number }): Promise<ArticleRow[]> {
      const match = matchOf(args.q)
      if (match === null) return []
      const candidates = match === undefined ? undefined : candidatesFor(match)
      return list({ match: match !== undefined, sort: args.sort, after: args.after !== undefined })
        .all({ match, candidates, ...afterValues(args.after), limit: args.limit }) as ArticleRow[]
    },
    async count (q: string | undefined): Promise<Total> {
      const match = matchOf(q)
      if (match === null) return { total: 0, exact: true }
      const cap = match === undefined ? undefined : candidatesFor(match)
      const n = total({ match: match !== undefined }).get({ match, cap: cap === undefined ? undefined : cap + 1 })?.n ?? 0
      return cap === undefined ? { total: n, exact: true } : { total: Math.min(n, cap), exact: n <= cap }
    },
    keyOf: articleKeyOf,
    byId: async (id: string) => byId.get({ id }),
    mentions: async (id: string) => mentionsOf.all({ id }),
    terms: async (id: string) => termsOf.all({ id }),
    ingest: (input: ArticleInput, keyId: string) => ingestArticle(db, insertRows, knowledge, input, keyId, extractor),
    /** Removes an article and everything that hangs off it (statements, mentions, market events, terms, affiliation evidence); false when there was none. */
    delete: async (id: string, keyId: string): Promise<boolean> => db.transaction((tx) => {
      const removed = tx.delete(articles).where(eq(articles.id, id)).run().changes > 0
      if (removed) recordAudit(tx, keyId, 'article.delete', `/v1/articles/${id}`, null)
      return removed
    })
  }
}

export type ArticleStore = ReturnType<typeof articleStore>
