// Full-text search on PostgreSQL: a search's words as a tsquery, the indexed vectors it is matched against (migrations/pg/0001_search.sql), and the rank that orders hits as bm25 does on SQLite.
import { sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { SEARCH_CANDIDATES, STOPWORD_CANDIDATES } from './search.js'
import { isStopword, searchWords } from './text.js'

/** A search as PostgreSQL runs it: the tsquery text, and how many of the most recent matches it ranks. */
export interface PgMatch {
  query: string
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
    // Stopword-only searches rank fewer candidates, for the reason SQLite's do (db/search.ts).
    candidates: words.every(isStopword) ? STOPWORD_CANDIDATES : SEARCH_CANDIDATES
  }
}

/**
 * The tsquery of the placeholder `name`. unaccent runs on the query as on the indexed text, so a
 * letter it folds and NFD does not (œ → oe, ß → ss) matches either way.
 */
export const tsQuery = (name = 'match'): SQL => sql`to_tsquery('simple', wsw_unaccent(${sql.placeholder(name)}))`

/** The vector of one text column, as its GIN index holds it (the same expression, or the index is not used). */
export const searchVector = (column: AnyPgColumn | SQL): SQL => sql`wsw_search_vector(${column})`

/** An article's weighted vector (title A, standfirst B, body C), as articles_search holds it. */
export const articleVector = (title: AnyPgColumn, standfirst: AnyPgColumn, body: AnyPgColumn): SQL =>
  sql`wsw_article_vector(${title}, ${standfirst}, ${body})`

/**
 * A hit's rank, lower is better as bm25's is on SQLite, so every list sorts and pages the same way
 * on both engines. ts_rank returns a float4, whose text form does not read back as the same double;
 * as float8 the value a cursor carries compares equal to the row's. The weights {D, C, B, A} follow
 * SQLite's bm25 weights for articles (body 1, standfirst 2, title 4).
 */
export const rankOf = (vector: SQL, query: SQL = tsQuery(), normalization: RankNormalization = 0): SQL<number> =>
  sql<number>`(-ts_rank('{0.1, 0.25, 0.5, 1.0}', ${vector}, ${query}, ${sql.raw(String(normalization))}))::float8`

/**
 * ts_rank's normalisation flags: 0 ranks by matches alone; 1 divides by 1 + log(the vector's length),
 * which stands in for bm25's preference for shorter documents (bm25 divides by the length relative
 * to the average, which a rank of one row cannot know).
 */
export type RankNormalization = 0 | 1

/** `vector @@ query`, the test a GIN index answers. */
export const matches = (vector: SQL, query: SQL = tsQuery()): SQL => sql`${vector} @@ ${query}`
