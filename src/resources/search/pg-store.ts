// Search store on PostgreSQL: the best full-text hits among statements, entities and articles after a cursor, and their capped count, as the SQLite store answers them.
import { desc, eq, sql, type SQL } from 'drizzle-orm'
import { perShape } from '../../db/memo.js'
import type { PgDb } from '../../db/pg.js'
import { articles, entities, statements } from '../../db/pg-schema.js'
import { bm25Of, bm25Terms, matches, pgMatchOf, type Bm25Index, type PgMatch } from '../../db/pg-search.js'
import { ARTICLE_WEIGHTS } from '../articles/pg-store.js'
import { shapeName } from '../../db/pg-sql.js'
import { aliasesText, entityMatch, entityRank, matchParams } from '../entities/pg-store.js'
import type { Total } from '../statements/store.js'
import {
  afterKey, articleHitColumns, bestHits, entityHitColumns, perType, statementHitColumns, totalOf,
  type HitColumns, type HitRow, type HitType, type SearchStore
} from './store.js'

interface TypeSpec {
  index: number
  table: typeof statements | typeof entities | typeof articles
  /** Which rows the search finds (placeholders `match`, and `first` for entities). */
  match: SQL
  /** A row's rank, lower is better, as bm25 ranks it on SQLite, over the statistics of the full-text index `stats`. */
  rank: SQL<number>
  stats: Bm25Index
  columns: HitColumns
}

/**
 * Ranks are bm25's, computed as SQLite computes them, each type over its own index's statistics
 * as on SQLite, so hits of all three types merge in the same order on both engines.
 */
const specs: Record<HitType, TypeSpec> = {
  statement: {
    index: 0,
    table: statements,
    match: matches(statements.searchVector),
    rank: bm25Of(statements.searchVector),
    stats: 'statements',
    columns: statementHitColumns(statements, entities)
  },
  entity: { index: 1, table: entities, match: entityMatch, rank: entityRank, stats: 'entities', columns: entityHitColumns(entities, aliasesText(' | ')) },
  article: {
    index: 2,
    table: articles,
    match: matches(articles.searchVector),
    rank: bm25Of(articles.searchVector, ARTICLE_WEIGHTS),
    stats: 'articles',
    columns: articleHitColumns(articles)
  }
}

export function pgSearchStore (db: PgDb): SearchStore {
  const weigh = bm25Terms(db)
  /**
   * One type's best hits, as SQLite runs them: the most recent `candidates` matches off the
   * index, each ranked once; the best `limit` after the cursor; then the page's rows read in full.
   */
  const hitsOf = (type: HitType) => perShape((shape: { after: boolean }) => {
    const { index, table, match, rank, columns } = specs[type]
    const candidates = db.select({ seq: sql<number>`${table.seq}`.as('cseq') }).from(table)
      .where(match)
      .orderBy(desc(table.seq))
      .limit(sql.placeholder('candidates'))
      .as('candidates')
    const best = db.select({ seq: sql<number>`${table.seq}`.as('seq'), rank: sql<number>`${rank}`.as('rank') })
      .from(candidates)
      .innerJoin(table, eq(table.seq, candidates.seq))
      .where(shape.after ? afterKey(rank, sql`${table.seq}`, index) : undefined)
      .orderBy(rank, table.seq)
      .limit(sql.placeholder('limit'))
      .as('best')
    // The subquery's columns, qualified: drizzle names them bare, and the joined table has a seq of its own.
    const [bestSeq, bestRank] = [sql<number>`"best"."seq"`, sql<number>`"best"."rank"`]
    return db.select({ seq: bestSeq, rank: bestRank, ...columns })
      .from(best)
      .innerJoin(table, eq(table.seq, bestSeq))
      .orderBy(bestRank, bestSeq)
      .prepare(shapeName(`search_${type}`, shape))
  })
  const byType = perType(hitsOf)

  // Each type counts what it lists: its candidates (one more tells whether there are more matches).
  const totals = perType((type) => {
    const { table, match } = specs[type]
    const found = db.select({ one: sql`1` }).from(table).where(match).limit(sql.placeholder('cap')).as('found')
    return db.select({ n: sql<number>`count(*)::int` }).from(found).prepare(`search_${type}_count`)
  })

  const searchParams = (match: PgMatch) => ({ ...matchParams(match.query), candidates: match.candidates })

  return {
    async hits (q: string, types: readonly HitType[], after: readonly [number, number, number] | undefined, limit: number): Promise<HitRow[]> {
      const match = pgMatchOf(q)
      if (match == null) return []
      const params = { ...searchParams(match), limit, afterRank: after?.[0], afterType: after?.[1], afterSeq: after?.[2] }
      const rows = await Promise.all(types.map(async (type) =>
        (await byType[type]({ after: after !== undefined }).execute({ ...params, ...await weigh(specs[type].stats, match) })).map((r) => ({ ...r, type }))))
      return bestHits(rows.flat(), limit)
    },
    async count (q: string, types: readonly HitType[]): Promise<Total> {
      const match = pgMatchOf(q)
      if (match == null) return { total: 0, exact: true }
      const cap = match.candidates
      return totalOf(await Promise.all(types.map(async (type) => (await totals[type].execute({ ...searchParams(match), cap: cap + 1 }))[0]?.n ?? 0)), cap)
    }
  }
}
