// Keyset pagination in SQL: ORDER BY terms, the "rows after this key" condition for any list of sort columns, and the LIMIT a page reads.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm'

export interface SortColumn {
  expr: SQL
  dir: 'asc' | 'desc'
  /** The cursor's value as `expr` compares it, when the key holds the raw value (PostgreSQL's lower(name) against a name). */
  key?: (value: SQL) => SQL
}

/** `ORDER BY` terms for `columns`. */
export const orderTerms = (columns: SortColumn[]) => columns.map((c) => (c.dir === 'asc' ? sql`${c.expr} ASC` : sql`${c.expr} DESC`))

/**
 * Rows strictly after the key held in placeholders `after0`, `after1`, … in the order of
 * `columns`, which may mix directions. Written as `c0 >= k0 AND (c0 > k0 OR …)` so the leading
 * column bounds an index range.
 */
export function keysetAfter (columns: SortColumn[], index = 0): SQL {
  const column = columns[index]!
  const placeholder = sql`${sql.placeholder(`after${index}`)}`
  const key = column.key ? column.key(placeholder) : placeholder
  const [inclusive, strict] = column.dir === 'asc' ? [sql`>=`, sql`>`] : [sql`<=`, sql`<`]
  if (index === columns.length - 1) return sql`${column.expr} ${strict} ${key}`
  return sql`(${column.expr} ${inclusive} ${key} AND (${column.expr} ${strict} ${key} OR ${keysetAfter(columns, index + 1)}))`
}

/** Placeholder values for `keysetAfter` from a cursor key. */
export const afterValues = (key: readonly unknown[] | undefined): Record<string, unknown> =>
  Object.fromEntries((key ?? []).map((value, i) => [`after${i}`, value]))

/**
 * A LIMIT or OFFSET that SQLite plans once. SQLite 3.53 reads a bare bound `LIMIT ?` while
 * planning, so binding it marks the statement stale and every run prepared it again: 8 µs of a
 * 17 µs 21-row read, a fifth of an entity's page (bench/RESULTS.md; 6 µs of 33 µs for a page of
 * statements off their index, measured again for this module). A number goes in as a literal; a
 * placeholder inside a cast, which SQLite evaluates at run time instead. drizzle's `.limit()`
 * takes a number or a bare placeholder only, so the bound is written here, after the query.
 */
export const bound = (value: string | number): SQL =>
  (typeof value === 'number' ? sql.raw(String(Math.trunc(value))) : sql`cast(${sql.placeholder(value)} as integer)`)

/** `query` (a select built without LIMIT) reading at most `limit` rows, after skipping `offset`. */
export const limited = (query: SQLWrapper, limit: string | number, offset?: number): SQL =>
  sql`${query.getSQL()} limit ${bound(limit)}${offset === undefined ? sql.empty() : sql` offset ${bound(offset)}`}`

/** `limited(query, limit)` as the FROM source `alias`; its columns read as `"alias"."column"`. */
export const limitedFrom = (query: SQLWrapper, limit: string, alias: string): SQL =>
  sql`(${limited(query, limit)}) as ${sql.identifier(alias)}`
