// Search store (drizzle, prepared): the best full-text hits among statements, entities and articles after a cursor.
import { sql, type SQL } from 'drizzle-orm'
import type { EitherTable } from '../../db/columns.js'
import type { Db } from '../../db/index.js'
import { limitedFrom } from '../../db/keyset.js'
import { perShape } from '../../db/memo.js'
import { articles, entities, entityAliases, statements } from '../../db/schema.js'
import { SNIPPET_BODY_CHARS, candidateRank, candidateSeq, candidates, candidatesFor, matchOf } from '../../db/search.js'
import type { Total } from '../statements/store.js'

export const HIT_TYPES = ['statement', 'entity', 'article'] as const
export type HitType = (typeof HIT_TYPES)[number]

export interface HitRow {
  type: HitType
  seq: number
  id: string
  label: string
  /** The text the hit matched in, for the snippet. */
  text: string
  rank: number
}

/**
 * Hits sort by rank, then type (in HIT_TYPES order), then seq. A type's hits after the key
 * (rank, type, seq) are those with a worse rank, or an equal rank and a later type or seq.
 */
export const afterKey = (rank: SQL, seq: SQL, type: number) => sql`(${rank} > ${sql.placeholder('afterRank')} OR (${rank} = ${sql.placeholder('afterRank')} AND (${sql.placeholder('afterType')} < ${type} OR (${sql.placeholder('afterType')} = ${type} AND ${seq} > ${sql.placeholder('afterSeq')}))))`

/** `build(type)` for every hit type. */
export const perType = <V>(build: (type: HitType) => V): Record<HitType, V> =>
  ({ statement: build('statement'), entity: build('entity'), article: build('article') })

/** The best `limit` of every type's best hits, in (rank, type, seq) order. */
export const bestHits = (rows: HitRow[], limit: number): HitRow[] => rows
  .sort((a, b) => a.rank - b.rank || HIT_TYPES.indexOf(a.type) - HIT_TYPES.indexOf(b.type) || a.seq - b.seq)
  .slice(0, limit)

/**
 * The total of a search from each type's matches counted up to `cap` + 1: a type lists at most
 * its `cap` candidates, so it counts as many; the total is exact when no type has more.
 */
export const totalOf = (counts: number[], cap: number): Total =>
  ({ total: counts.reduce((sum, n) => sum + Math.min(n, cap), 0), exact: counts.every((n) => n <= cap) })

/** A hit's columns, read once the best hits are known; the SQL is the same on both engines. */
export type HitColumns = Record<'id' | 'label' | 'text', SQL<string>>

// An unresolved speaker has no entity: the label is then how the text names them.
export const statementHitColumns = (statements: EitherTable<'statements'>, entities: EitherTable<'entities'>): HitColumns => ({
  id: sql<string>`${statements.id}`,
  label: sql<string>`coalesce((SELECT ${entities.name} FROM ${entities} WHERE ${entities.id} = ${statements.speakerId}), ${statements.speakerLabel})`,
  text: sql<string>`${statements.text}`
})

/** `aliases`: every alias as one text (NULL without any), joined by ' | ' in the order each engine can read alike. */
export const entityHitColumns = (entities: EitherTable<'entities'>, aliases: SQL): HitColumns => ({
  id: sql<string>`${entities.id}`,
  label: sql<string>`${entities.name}`,
  text: sql<string>`${entities.name} || ' | ' || coalesce(${aliases}, '')`
})

// substr counts characters (code points) on both engines.
export const articleHitColumns = (articles: EitherTable<'articles'>): HitColumns => ({
  id: sql<string>`${articles.id}`,
  label: sql<string>`${articles.title}`,
  text: sql<string>`${articles.title} || ' — ' || coalesce(${articles.standfirst} || ' — ', '') || substr(${articles.body}, 1, ${sql.raw(String(SNIPPET_BODY_CHARS))})`
})

interface TypeSpec {
  index: number
  fts: string
  rank: string
  table: typeof statements | typeof entities | typeof articles
  /** The page's columns, read once the best hits are known. */
  columns: () => HitColumns
}

export function searchStore (db: Db) {
  const specs: Record<HitType, TypeSpec> = {
    statement: {
      index: 0, fts: 'statements_fts', rank: 'bm25(statements_fts)', table: statements,
      columns: () => statementHitColumns(statements, entities)
    },
    entity: {
      index: 1, fts: 'entities_fts', rank: 'bm25(entities_fts, 2.0, 1.0)', table: entities,
      // group_concat reads the aliases off the primary key (entity_id, alias): in byte order.
      columns: () => entityHitColumns(entities, sql`(SELECT group_concat(${entityAliases.alias}, ' | ') FROM ${entityAliases} WHERE ${entityAliases.entityId} = ${entities.id})`)
    },
    article: {
      index: 2, fts: 'articles_fts', rank: 'bm25(articles_fts, 4.0, 2.0, 1.0)', table: articles,
      columns: () => articleHitColumns(articles)
    }
  }

  /**
   * One type's best hits, as statement searches run them: the most recent candidates off the
   * index, each scored once; the best after the cursor; then the page's rows read in full.
   */
  const hitsOf = (spec: TypeSpec) => perShape((shape: { after: boolean }) => {
    const ranked = candidates(db, spec.fts, sql.raw(spec.rank))
    const [seq, rank] = [candidateSeq, candidateRank]
    const best = limitedFrom(db.select({ seq: sql<number>`${seq}`.as('seq'), rank: sql<number>`${rank}`.as('rank') })
      .from(ranked)
      .where(shape.after ? afterKey(rank, seq, spec.index) : undefined)
      .orderBy(rank, seq), 'limit', 'best')
    // The subquery's columns, qualified: the joined table has a seq of its own.
    const [bestSeq, bestRank] = [sql<number>`"best"."seq"`, sql<number>`"best"."rank"`]
    return db.select({ seq: bestSeq, rank: bestRank, ...spec.columns() })
      .from(best)
      .innerJoin(spec.table, sql`${spec.table.seq} = ${bestSeq}`)
      .orderBy(bestRank, bestSeq)
      .prepare()
  })

  const byType = Object.fromEntries(HIT_TYPES.map((type) => [type, hitsOf(specs[type])])) as Record<HitType, ReturnType<typeof hitsOf>>

  // Each type counts what it lists: its candidates (one more tells whether there are more matches).
  const totals = Object.fromEntries(HIT_TYPES.map((type) => {
    const fts = sql.raw(specs[type].fts)
    const matches = limitedFrom(db.select({ one: sql`1` }).from(fts).where(sql`${fts} MATCH ${sql.placeholder('match')}`), 'cap', 'matches')
    return [type, db.select({ n: sql<number>`count(*)` }).from(matches).prepare()]
  })) as unknown as Record<HitType, { get: (params: { match: string, cap: number }) => { n: number } | undefined }>

  return {
    /** The best `limit` hits of the search `q` among the given types after `after`, merged in (rank, type, seq) order. */
    async hits (q: string, types: readonly HitType[], after: readonly [number, number, number] | undefined, limit: number): Promise<HitRow[]> {
      const match = matchOf(q)
      if (match == null) return []
      const rows = types.flatMap((type) => {
        const params = { match, limit, candidates: candidatesFor(match), afterRank: after?.[0], afterType: after?.[1], afterSeq: after?.[2] }
        return (byType[type]({ after: after !== undefined }).all(params) as Omit<HitRow, 'type'>[]).map((r) => ({ ...r, type }))
      })
      return bestHits(rows, limit)
    },
    async count (q: string, types: readonly HitType[]): Promise<Total> {
      const match = matchOf(q)
      if (match == null) return { total: 0, exact: true }
      const cap = candidatesFor(match)
      return totalOf(types.map((type) => totals[type].get({ match, cap: cap + 1 })?.n ?? 0), cap)
    }
  }
}

export type SearchStore = ReturnType<typeof searchStore>
