// Article queries (drizzle, prepared): the newest-first keyset list, one article, and its mentions and terms.
import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { perShape, qualified } from '../../db/memo.js'
import { articles, entities, marketEvents, mentions, statements, terms } from '../../db/schema.js'


const summaryColumns = {
  id: articles.id,
  title: articles.title,
  standfirst: articles.standfirst,
  author: articles.author,
  language: articles.language,
  publisher: articles.publisher,
  publishedDate: articles.publishedDate,
  publishedDatePrecision: articles.publishedDatePrecision,
  statementCount: sql<number>`(SELECT count(*) FROM ${statements} WHERE ${qualified(statements.articleId)} = ${qualified(articles.id)})`,
  marketEventCount: sql<number>`(SELECT count(*) FROM ${marketEvents} WHERE ${qualified(marketEvents.articleId)} = ${qualified(articles.id)})`
}

export function articleQueries (db: Db) {
  // Newest first, then by id; SQLite sorts NULL lowest, so undated articles come last. The
  // keyset condition differs for a dated and an undated last row.
  const afterCondition = {
    none: undefined,
    dated: sql`(${articles.publishedDate} < ${sql.placeholder('afterDate')} OR ${articles.publishedDate} IS NULL OR (${articles.publishedDate} = ${sql.placeholder('afterDate')} AND ${articles.id} > ${sql.placeholder('afterId')}))`,
    undated: sql`(${articles.publishedDate} IS NULL AND ${articles.id} > ${sql.placeholder('afterId')})`
  }
  const list = perShape((shape: { after: keyof typeof afterCondition }) => db.select(summaryColumns)
    .from(articles)
    .where(afterCondition[shape.after])
    .orderBy(sql`${articles.publishedDate} DESC`, articles.id)
    .limit(sql.placeholder('limit'))
    .prepare())

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
    list: (args: { after?: readonly [string | null, string] | undefined, limit: number }) => {
      const after = args.after === undefined ? 'none' : args.after[0] === null ? 'undated' : 'dated'
      return list({ after }).all({ afterDate: args.after?.[0] ?? undefined, afterId: args.after?.[1], limit: args.limit })
    },
    byId: (id: string) => byId.get({ id }),
    mentions: (id: string) => mentionsOf.all({ id }),
    terms: (id: string) => termsOf.all({ id })
  }
}

export type ArticleQueries = ReturnType<typeof articleQueries>
