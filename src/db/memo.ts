// Prepared-query helpers: one prepared statement per query shape, selects run on better-sqlite3 itself with rows mapped by a mapper compiled once per selection, and inserts through statements prepared once.
import { Column, Param, Placeholder, SQL, fillPlaceholders, getTableName, is, sql, type AnyColumn } from 'drizzle-orm'
import { SQLiteSyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from './index.js'

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

/**
 * A select's fields as drizzle takes them: columns and SQL, nested in plain objects. An SQL
 * field is read as SQLite returns it: drizzle keeps a `mapWith` decoder private, so mappedRows
 * cannot apply one (no field here has one; a decoded value belongs in a column).
 */
export interface Selection { [key: string]: AnyColumn | SQL | SQL.Aliased | Selection }

/** Rows as arrays of values, in the order of the select's fields. */
export interface RawRows { values: (params?: Record<string, unknown>) => unknown[][] }

const dialect = new SQLiteSyncDialect()

/**
 * `query` prepared by better-sqlite3 itself (drizzle's `$client`), its rows read raw. drizzle
 * builds the SQL; its prepared statements take a LIMIT only as a bare placeholder, which SQLite
 * re-prepares on every run (see `bound`), so a page's select, limited by `limited`, runs here.
 * Placeholders are filled as drizzle fills them.
 */
export function prepared (db: Db, query: SQL): RawRows {
  const { sql: text, params } = dialect.sqlToQuery(query)
  const statement = db.$client.prepare(text).raw()
  return { values: (values = {}) => statement.all(...fillPlaceholders(params, values)) as unknown[][] }
}

/**
 * Reads a select's rows through a mapper built once from its selection. drizzle's own mapping
 * walks each field's path, tests its class and tracks null joins for every row: 1.8 µs a row for
 * a statement's 20 fields, a quarter of reading a page. The fields come back in the order drizzle
 * selected them (its depth-first walk of the selection); columns are decoded by their own
 * (public) `mapFromDriverValue`, as drizzle would. `leftJoined` names the top-level objects read
 * from a LEFT JOIN: as drizzle does, one whose fields are all null (no row joined) is null itself.
 */
export function mappedRows<T> (selection: Selection, query: RawRows, leftJoined: readonly string[] = []) {
  const leaves: { path: string[], column: AnyColumn | undefined }[] = []
  const walk = (fields: Selection, path: string[]) => {
    for (const [key, field] of Object.entries(fields)) {
      if (is(field, Column)) leaves.push({ path: [...path, key], column: field })
      else if (is(field, SQL) || is(field, SQL.Aliased)) leaves.push({ path: [...path, key], column: undefined })
      else walk(field, [...path, key])
    }
  }
  walk(selection, [])
  const map = (values: unknown[]): T => {
    const row: Record<string, unknown> = {}
    for (let i = 0; i < leaves.length; i++) {
      const { path, column } = leaves[i]!
      let node = row
      for (let j = 0; j < path.length - 1; j++) node = (node[path[j]!] ??= {}) as Record<string, unknown>
      const value = values[i]
      node[path[path.length - 1]!] = value === null || column === undefined ? value : column.mapFromDriverValue(value)
    }
    for (const key of leftJoined) {
      if (Object.values(row[key] as Record<string, unknown>).every((value) => value === null)) row[key] = null
    }
    return row as T
  }
  return {
    all: (params?: Record<string, unknown>): T[] => query.values(params).map(map),
    /** The first row; for queries that select at most one. */
    get: (params?: Record<string, unknown>): T | undefined => {
      const first = query.values(params)[0]
      return first === undefined ? undefined : map(first)
    }
  }
}

/**
 * Inserts rows one by one through statements prepared once per table, set of columns and conflict
 * rule. Building and preparing a multi-row INSERT for every write (drizzle's values()) cost an
 * ingested article more than SQLite's own work on its rows. Values are encoded by their column,
 * as drizzle encodes them (a JSON column's value is serialized).
 */
export function rowInserter (db: Db) {
  const inserts = new Map<string, (row: Record<string, unknown>) => void>()
  const prepare = (table: SQLiteTable, keys: string[], ignoreConflicts: boolean) => {
    const values = Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)]))
    const insert = db.insert(table).values(values as never)
    const { sql: text, params } = dialect.sqlToQuery((ignoreConflicts ? insert.onConflictDoNothing() : insert).getSQL())
    const statement = db.$client.prepare(text)
    // A parameter is a row's value (a placeholder: its key, and the column that encodes it) or,
    // for a column the rows leave out, the column's default, which drizzle writes as a constant.
    type Encoder = { mapToDriverValue: (value: unknown) => unknown }
    const slots = params.map((param): { key: string, encoder: Encoder } | { constant: unknown } => {
      if (is(param, Param) && is(param.value, Placeholder)) return { key: param.value.name, encoder: param.encoder as Encoder }
      if (is(param, Param)) return { constant: (param.encoder as Encoder | undefined)?.mapToDriverValue(param.value) ?? param.value }
      return { constant: param }
    })
    return (row: Record<string, unknown>) => {
      statement.run(...slots.map((slot) => {
        if ('constant' in slot) return slot.constant
        const value = row[slot.key]
        return value === null || value === undefined ? null : slot.encoder.mapToDriverValue(value)
      }))
    }
  }
  return (table: SQLiteTable, rows: readonly object[], { ignoreConflicts = false } = {}): void => {
    for (const row of rows as readonly Record<string, unknown>[]) {
      // A key left undefined takes the column's default, as it does in drizzle's values().
      const keys = Object.keys(row).filter((key) => row[key] !== undefined)
      const shape = `${getTableName(table)}\u0000${ignoreConflicts}\u0000${keys.join(',')}`
      let insert = inserts.get(shape)
      if (insert === undefined) inserts.set(shape, insert = prepare(table, keys, ignoreConflicts))
      insert(row)
    }
  }
}
