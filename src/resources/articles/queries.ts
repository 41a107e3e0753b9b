// Article queries (drizzle, prepared): sorted keyset lists with full-text search, one article, and its mentions and terms.
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { afterValues, keysetAfter, orderTerms, type SortColumn } from '../../db/keyset.js'
import { perShape, qualified } from '../../db/memo.js'
import { articles, entities, marketEvents, mentions, statements, terms, type DatePrecision } from '../../db/schema.js'

export const ARTICLE_SORTS = ['-date', 'date', 'relevance'] as const
export type ArticleSort = (typeof ARTICLE_SORTS)[number]

const rank = sql<number>`bm25(articles_fts, 4.0, 2.0, 1.0)`

function sortColumns (sort: ArticleSort): SortColumn[] {
  if (sort === 'relevance') return [{ expr: rank, dir: 'asc' }, { expr: sql`${articles.seq}`, dir: 'asc' }]
  // Newest first; '' (undated) sorts last. The id breaks ties in the same direction, so the index serves both.
  const dir = sort === '-date' ? 'desc' : 'asc'
  return [{ expr: sql`${articles.dateKey}`, dir }, { expr: sql`${articles.id}`, dir }]
}

const summaryColumns = {
  seq: articles.seq,
  id: articles.id,
  title: articles.title,
  standfirst: articles.standfirst,
  author: articles.author,
  language: articles.language,
  publisher: articles.publisher,
  publishedDate: articles.publishedDate,
  publishedDatePrecision: articles.publishedDatePrecision,
  dateKey: articles.dateKey,
  statementCount: sql<number>`(SELECT count(*) FROM ${statements} WHERE ${qualified(statements.articleId)} = ${qualified(articles.id)})`,
  marketEventCount: sql<number>`(SELECT count(*) FROM ${marketEvents} WHERE ${qualified(marketEvents.articleId)} = ${qualified(articles.id)})`
}

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
  rank?: number
  snippet?: string
}

export function articleQueries (db: Db) {
  const list = perShape((shape: { match: boolean, sort: ArticleSort, after: boolean }) => {
    const order = sortColumns(shape.sort)
    const query = shape.match
      ? db.select({ ...summaryColumns, rank, snippet: sql<string>`snippet(articles_fts, -1, char(1), char(2), '…', 24)` })
        .from(articles).innerJoin(sql`articles_fts`, sql`articles_fts.rowid = ${articles.seq}`)
      : db.select(summaryColumns).from(articles)
    return query
      .where(and(shape.match ? sql`articles_fts MATCH ${sql.placeholder('match')}` : undefined, shape.after ? keysetAfter(order) : undefined))
      .orderBy(...orderTerms(order))
      .limit(sql.placeholder('limit'))
      .prepare()
  })

  const total = perShape((shape: { match: boolean }) => (shape.match
    ? db.select({ n: sql<number>`count(*)` }).from(sql`articles_fts`).where(sql`articles_fts MATCH ${sql.placeholder('match')}`)
    : db.select({ n: sql<number>`count(*)` }).from(articles)).prepare())

  const byId = db.select({ ...summaryColumns, photoCaption: articles.photoCaption, body: articles.body })
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
    list: (args: { match?: string | undefined, sort: ArticleSort, after?: readonly (string | number)[] | undefined, limit: number }) =>
      list({ match: args.match !== undefined, sort: args.sort, after: args.after !== undefined })
        .all({ match: args.match, ...afterValues(args.after), limit: args.limit }) as ArticleRow[],
    count: (match: string | undefined) => total({ match: match !== undefined }).get({ match })?.n ?? 0,
    keyOf: (row: ArticleRow, sort: ArticleSort): (string | number)[] => (sort === 'relevance' ? [row.rank ?? 0, row.seq] : [row.dateKey, row.id]),
    byId: (id: string) => byId.get({ id }),
    mentions: (id: string) => mentionsOf.all({ id }),
    terms: (id: string) => termsOf.all({ id })
  }
}

export type ArticleQueries = ReturnType<typeof articleQueries>
