// Search queries (drizzle, prepared): the best full-text hits among statements, entities and articles after a cursor.
import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/index.js'
import { perShape } from '../../db/memo.js'
import { articles, entities, statements } from '../../db/schema.js'

export const HIT_TYPES = ['statement', 'entity', 'article'] as const
export type HitType = (typeof HIT_TYPES)[number]

export interface HitRow {
  type: HitType
  seq: number
  id: string
  label: string
  snippet: string
  rank: number
}

/**
 * Hits sort by rank, then type (in HIT_TYPES order), then seq. A type's hits after the key
 * (rank, type, seq) are those with a worse rank, or an equal rank and a later type or seq.
 */
const afterKey = (rank: SQL, seq: SQL, type: number) => sql`(${rank} > ${sql.placeholder('afterRank')} OR (${rank} = ${sql.placeholder('afterRank')} AND (${sql.placeholder('afterType')} < ${type} OR (${sql.placeholder('afterType')} = ${type} AND ${seq} > ${sql.placeholder('afterSeq')}))))`

export function searchQueries (db: Db) {
  const statementRank = sql<number>`statements_fts.rank`
  const entityRank = sql<number>`bm25(entities_fts, 2.0, 1.0)`
  const articleRank = sql<number>`bm25(articles_fts, 4.0, 2.0, 1.0)`

  /** The best hits of one type: its FTS table joined to its rows, ranked, after the cursor. */
  const hitsOf = (type: number, fts: string, table: typeof statements | typeof entities | typeof articles, rank: SQL<number>, label: AnyColumn, snippetTokens: number, column: number) =>
    perShape((shape: { after: boolean }) => {
      const ftsTable = sql.raw(fts)
      const query = db.select({
        seq: table.seq, id: table.id, label: sql<string>`${label}`,
        snippet: sql<string>`snippet(${ftsTable}, ${sql.raw(String(column))}, char(1), char(2), '…', ${sql.raw(String(snippetTokens))})`, rank
      })
        .from(table)
        .innerJoin(ftsTable, sql`${ftsTable}.rowid = ${table.seq}`)
      return (table === statements ? query.innerJoin(entities, eq(entities.id, statements.speakerId)) : query)
        .where(sql`${ftsTable} MATCH ${sql.placeholder('match')} ${shape.after ? sql`AND ${afterKey(rank, sql`${table.seq}`, type)}` : sql``}`)
        .orderBy(rank, table.seq)
        .limit(sql.placeholder('limit'))
        .prepare()
    })

  const byType = {
    statement: hitsOf(0, 'statements_fts', statements, statementRank, entities.name, 24, 0),
    entity: hitsOf(1, 'entities_fts', entities, entityRank, entities.name, 12, -1),
    article: hitsOf(2, 'articles_fts', articles, articleRank, articles.title, 24, -1)
  }

  const totals = {
    statement: db.select({ n: sql<number>`count(*)` }).from(sql`statements_fts`).where(sql`statements_fts MATCH ${sql.placeholder('match')}`).prepare(),
    entity: db.select({ n: sql<number>`count(*)` }).from(sql`entities_fts`).where(sql`entities_fts MATCH ${sql.placeholder('match')}`).prepare(),
    article: db.select({ n: sql<number>`count(*)` }).from(sql`articles_fts`).where(sql`articles_fts MATCH ${sql.placeholder('match')}`).prepare()
  }

  return {
    /** The best `limit` hits of the given types after `after`, merged in (rank, type, seq) order. */
    hits (match: string, types: readonly HitType[], after: readonly [number, number, number] | undefined, limit: number): HitRow[] {
      const params = { match, limit, afterRank: after?.[0], afterType: after?.[1], afterSeq: after?.[2] }
      const rows = types.flatMap((type) => (byType[type]({ after: after !== undefined }).all(params) as Omit<HitRow, 'type'>[]).map((r) => ({ ...r, type })))
      return rows
        .sort((a, b) => a.rank - b.rank || HIT_TYPES.indexOf(a.type) - HIT_TYPES.indexOf(b.type) || a.seq - b.seq)
        .slice(0, limit)
    },
    count: (match: string, types: readonly HitType[]) => types.reduce((n, type) => n + (totals[type].get({ match })?.n ?? 0), 0)
  }
}

export type SearchQueries = ReturnType<typeof searchQueries>
