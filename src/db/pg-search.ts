// Full-text search on PostgreSQL: a search's words as a tsquery, the indexed vectors it is matched against, and bm25 computed as SQLite's FTS5 computes it (migrations/pg/0004_bm25.sql), so hits come in the same order.
import { eq, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { PgDb } from './pg.js'
import { kbVersion } from './pg-schema.js'
import { SEARCH_CANDIDATES, STOPWORD_CANDIDATES } from './search.js'
import { isStopword, searchWords } from './text.js'

/** A search as PostgreSQL runs it: the tsquery text, its words for bm25, and how many of the most recent matches it ranks. */
export interface PgMatch {
  query: string
  /** Each word as FTS5's query phrases it: a trailing * for a prefix, a stopword whole. */
  terms: string[]
  candidates: number
}

/**
 * The words a search matches (searchWords: folded, singular, at most 16), as to_tsquery text: each
 * a prefix (`'modele':*`), a stopword whole, all of them required. Words hold letters and digits
 * only, so quoting them leaves nothing for tsquery syntax. Undefined without a search; null when it
 * has no word to search (it matches nothing), as matchOf on SQLite.
 */
export function pgMatchOf (q: string | undefined): PgMatch | undefined | null {
  if (q === undefined) return undefined
  const words = searchWords(q)
  if (words.length === 0) return null
  return {
    query: words.map((w) => (isStopword(w) ? `'${w}'` : `'${w}':*`)).join(' & '),
    terms: words.map((w) => (isStopword(w) ? w : `${w}*`)),
    // Stopword-only searches rank fewer candidates, for the reason SQLite's do (db/search.ts).
    candidates: words.every(isStopword) ? STOPWORD_CANDIDATES : SEARCH_CANDIDATES
  }
}

/**
 * The tsquery of the placeholder `name`. unaccent runs on the query as on the indexed text, so a
 * letter it folds and NFD does not (œ → oe, ß → ss) matches either way.
 */
export const tsQuery = (name = 'match'): SQL => sql`to_tsquery('simple', wsw_unaccent(${sql.placeholder(name)}))`

/** The vector of one text column, as its GIN index holds it (the same expression, or the index is not used); statements and articles store theirs (searchVector). */
export const searchVector = (column: AnyPgColumn | SQL): SQL => sql`wsw_search_vector(${column})`

/** The full-text indexes bm25 weighs a word over, as search_stats names them. */
export type Bm25Index = 'statements' | 'articles' | 'entities'

/** A search's bm25 terms over one index (wsw_bm25_terms), as the placeholders bm25Of reads. */
export interface Bm25Params {
  bm25Words: string[]
  bm25Prefix: boolean[]
  bm25Idf: number[]
  bm25Avgdl: number
}

/** How many weighed searches bm25Terms keeps, each a few hundred bytes. */
const TERMS_KEPT = 500

/**
 * Weighs a search's words over each index: how rare each is across the whole index and the
 * index's average length, as FTS5 reads them for bm25. A query of its own rather than a subquery
 * of the list's: an uncorrelated subquery is evaluated once for each place it is written, and a
 * rank is written in the select, the cursor's bound and the order. Counting a word's documents
 * reads its whole posting list (20 ms for a word in 10% of 100,000 statements), so the answer is
 * kept per content version: any write, by any instance, moves the version, and the next search
 * weighs again, so ranks are always those of the data as it is.
 */
export function bm25Terms (db: PgDb): Weigher {
  let weigher = weighers.get(db)
  if (weigher === undefined) weighers.set(db, weigher = weigherOf(db))
  return weigher
}

type Weigher = (index: Bm25Index, match: PgMatch) => Promise<Bm25Params>

// One weigher per database, so the stores that search the same index (statements' list and the
// search across types) share what each has weighed, as they share its content version.
const weighers = new WeakMap<PgDb, Weigher>()

function weigherOf (db: PgDb): Weigher {
  const fields = {
    bm25Words: sql<string[]>`words`,
    bm25Prefix: sql<boolean[]>`prefix`,
    bm25Idf: sql<number[]>`idf`,
    bm25Avgdl: sql<number>`avgdl`,
    version: sql<string>`(SELECT version FROM kb_version WHERE id = 1)`
  }
  const weigh = db.select(fields).from(sql`wsw_bm25_terms(${sql.placeholder('index')}, ${sql.placeholder('terms')}::text[])`).prepare('bm25_terms')
  const current = db.select({ version: kbVersion.version }).from(kbVersion).where(eq(kbVersion.id, 1)).prepare('bm25_version')
  const kept = new Map<string, { version: number, params: Bm25Params }>()
  return async (index, match) => {
    const key = `${index}\u0000${match.terms.join(' ')}`
    const hit = kept.get(key)
    if (hit !== undefined && hit.version === (await current.execute())[0]?.version) return hit.params
    const { version, ...params } = (await weigh.execute({ index, terms: match.terms }))[0]!
    kept.delete(key)
    kept.set(key, { version: Number(version), params })
    // Oldest first in a Map's order: past the bound, the least recently weighed goes.
    if (kept.size > TERMS_KEPT) kept.delete(kept.keys().next().value!)
    return params
  }
}

/**
 * A hit's bm25 score, lower is better as on SQLite, so every list sorts and pages the same way on
 * both engines; placeholders from bm25Terms. `weights` are the fields' bm25 weights in setweight's
 * order A, B, C, D, as SQLite's bm25() arguments give them: an unlabelled vector is all D.
 */
export const bm25Of = (vector: SQL | AnyPgColumn, weights: readonly [number, number, number, number] = [1, 1, 1, 1]): SQL<number> =>
  sql<number>`wsw_bm25(${vector}, ${sql.placeholder('bm25Words')}::text[], ${sql.placeholder('bm25Prefix')}::boolean[], ${sql.placeholder('bm25Idf')}::float8[], ${sql.placeholder('bm25Avgdl')}::float8, ${sql.raw(`'{${weights.join(',')}}'`)}::float8[])`

/** `vector @@ query`, the test a GIN index answers. */
export const matches = (vector: SQL | AnyPgColumn, query: SQL = tsQuery()): SQL => sql`${vector} @@ ${query}`
