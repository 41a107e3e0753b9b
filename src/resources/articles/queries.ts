// Article queries (drizzle, prepared): sorted keyset lists with full-text search, one article, and its mentions and terms.
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { afterValues, bound, keysetAfter, orderTerms, type SortColumn } from '../../db/keyset.js'
import { perShape, qualified } from '../../db/memo.js'
import { articles, entities, marketEvents, mentions, statements, terms, type DatePrecision } from '../../db/schema.js'
import { SNIPPET_BODY_CHARS, candidateRank, candidateSeq, candidates, candidatesFor, floorFinder } from '../../db/search.js'
import type { Total } from '../statements/queries.js'

export const ARTICLE_SORTS = ['-date', 'date', 'relevance'] as const
export type ArticleSort = (typeof ARTICLE_SORTS)[number]

// Headline matches weigh four times the body, the standfirst twice.
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
  /** Present on search results only, with the body to highlight. */
  rank?: number
  body?: string
}

export function articleQueries (db: Db) {
  const list = perShape((shape: { match: boolean, capped: boolean, sort: ArticleSort, after: boolean }) => {
    const order = sortColumns(shape.sort)
    const after = shape.after ? keysetAfter(order) : undefined
    if (!shape.match) {
      return db.select(summaryColumns).from(articles).where(after).orderBy(...orderTerms(order)).limit(bound('limit')).prepare()
    }
    // As for statements: the most recent candidates off the index, scored once; then order and
    // cursor over those; then the page's rows read in full.
    const ranked = candidates(db, 'articles_fts', rank, shape.capped)
    const candidateOrder = shape.sort === 'relevance'
      ? [{ expr: candidateRank, dir: 'asc' as const }, { expr: sql`${articles.seq}`, dir: 'asc' as const }]
      : order
    const hits = db.select({ seq: articles.seq, rank: sql<number>`${candidateRank}`.as('rank') })
      .from(ranked)
      .innerJoin(articles, sql`${articles.seq} = ${candidateSeq}`)
      .where(shape.after ? keysetAfter(candidateOrder) : undefined)
      .orderBy(...orderTerms(candidateOrder))
      .limit(bound('limit'))
      .as('hits')
    // Reading whole bodies cost 0.7 ms each at 200,000 characters: the snippet looks at the start only.
    return db.select({ ...summaryColumns, rank: hits.rank, body: sql<string>`substr(${articles.body}, 1, ${sql.raw(String(SNIPPET_BODY_CHARS))})` })
      .from(hits)
      .innerJoin(articles, eq(articles.seq, hits.seq))
      .orderBy(...(shape.sort === 'relevance' ? [sql`${hits.rank}`, articles.seq] : orderTerms(order)))
      .prepare()
  })

  const searchFloor = floorFinder(db, 'articles_fts')

  // A search counts what it lists: its candidates (one more tells whether there are more matches).
  const total = perShape((shape: { match: boolean }) => (shape.match
    ? db.select({ n: sql<number>`count(*)` }).from(db.select({ one: sql`1` }).from(sql`articles_fts`).where(sql`articles_fts MATCH ${sql.placeholder('match')}`).limit(bound('cap')).as('matches'))
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
    list (args: { match?: string | undefined, sort: ArticleSort, after?: readonly (string | number)[] | undefined, limit: number }): ArticleRow[] {
      const floor = args.match === undefined ? undefined : searchFloor(args.match)
      const candidates = args.match === undefined ? undefined : candidatesFor(args.match)
      return list({ match: args.match !== undefined, capped: floor !== undefined, sort: args.sort, after: args.after !== undefined })
        .all({ match: args.match, floor, candidates, ...afterValues(args.after), limit: args.limit }) as ArticleRow[]
    },
    count (match: string | undefined): Total {
      const cap = match === undefined ? undefined : candidatesFor(match)
      const n = total({ match: match !== undefined }).get({ match, cap: cap === undefined ? undefined : cap + 1 })?.n ?? 0
      return cap === undefined ? { total: n, exact: true } : { total: Math.min(n, cap), exact: n <= cap }
    },
    keyOf: (row: ArticleRow, sort: ArticleSort): (string | number)[] => (sort === 'relevance' ? [row.rank ?? 0, row.seq] : [row.dateKey, row.id]),
    byId: (id: string) => byId.get({ id }),
    mentions: (id: string) => mentionsOf.all({ id }),
    terms: (id: string) => termsOf.all({ id })
  }
}

export type ArticleQueries = ReturnType<typeof articleQueries>
