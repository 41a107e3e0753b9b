// Caches one prepared statement per query shape, so dynamic filters still run prepared SQL.
import { getTableName, sql, type AnyColumn } from 'drizzle-orm'

/** Returns `build(shape)`, built once per distinct shape (shapes are small flag objects). */
export function perShape<S extends Record<string, boolean | string | number>, V> (build: (shape: S) => V): (shape: S) => V {
  const cache = new Map<string, V>()
  return (shape) => {
    const key = JSON.stringify(shape)
    let value = cache.get(key)
    if (value === undefined) {
      value = build(shape)
      cache.set(key, value)
    }
    return value
  }
}

/**
 * `"table"."column"` for correlated subqueries: drizzle drops the table name in single-table
 * selects, which would bind an outer column to the subquery's own table.
 */
export const qualified = (column: AnyColumn) =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`
