// Full-text search building blocks shared by every searchable list: the candidate set a search ranks, and where it starts.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from './index.js'
import { limited, limitedFrom } from './keyset.js'
import { mappedRows, perShape, prepared } from './memo.js'
import { ftsQuery, onlyStopwords } from './text.js'

/**
 * How many full-text matches a search ranks. BM25 scores every candidate, so a word found in a
 * tenth of a million statements would cost a tenth of a second; past this many matches a
 * search ranks the most recent ones only (the highest rowids), which keeps every search fast
 * and still relevance-ranked within what it considers.
 */
export const SEARCH_CANDIDATES = 2_000

/**
 * How much of an article's body a search reads for its snippet. Reading a whole 200,000-character
 * body costs about 0.7 ms, so a page of such articles would cost 70 ms before any work; a match
 * past this point gives a snippet from the headline, the standfirst or the body's start.
 */
export const SNIPPET_BODY_CHARS = 20_000

/** The candidates a search of stopwords only ranks (see onlyStopwords). */
export const STOPWORD_CANDIDATES = 500

/** A search's text as an FTS5 query (see ftsQuery): undefined without a search, null when it has no word to search (it matches nothing). */
export const matchOf = (q: string | undefined) => (q === undefined ? undefined : ftsQuery(q))

/** How many of the most recent matches a search ranks. */
export const candidatesFor = (match: string) => (onlyStopwords(match) ? STOPWORD_CANDIDATES : SEARCH_CANDIDATES)

/**
 * The most recent candidates of `fts` straight off the index (newest first, which FTS5 stops
 * early), each scored once by `rank`, as the subquery `candidates(cseq, crank)`. Placeholders:
 * `match` and `candidates`. The LIMIT alone bounds the walk: a lower bound on the rowid (the
 * oldest candidate's, found first) read the same rows again, 0.1 to 0.5 ms a search at 100k,
 * and saved nothing, since FTS5 merges a prefix's doclists whole either way.
 */
export function candidates (db: Db, fts: string, rank: SQL) {
  const table = sql.raw(fts)
  return limitedFrom(db.select({ seq: sql<number>`rowid`.as('cseq'), rank: sql<number>`${rank}`.as('crank') })
    .from(table)
    .where(sql`${table} MATCH ${sql.placeholder('match')}`)
    .orderBy(sql`rowid DESC`), 'candidates', 'candidates')
}

export const candidateSeq = sql<number>`"candidates"."cseq"`
export const candidateRank = sql<number>`"candidates"."crank"`

/**
 * For `fts`, the rowid of a search's oldest candidate when it has more matches than it ranks
 * (undefined otherwise): whether a count of the candidates is a lower bound.
 */
export function floorFinder (db: Db, fts: string) {
  const table = sql.raw(fts)
  const fields = { rowid: sql<number>`rowid` }
  const floors = perShape((shape: { candidates: number }) => mappedRows<{ rowid: number }>(fields, prepared(db, limited(db.select(fields).from(table)
    .where(sql`${table} MATCH ${sql.placeholder('match')}`)
    .orderBy(sql`rowid DESC`), 1, shape.candidates - 1))))
  return (match: string) => floors({ candidates: candidatesFor(match) }).get({ match })?.rowid
}
