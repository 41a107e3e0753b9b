// Column selections both engines' stores share: the same fields picked by name from either schema's tables, so a row has one shape on SQLite and PostgreSQL.
import type * as pgSchema from './pg-schema.js'
import type * as schema from './schema.js'

/**
 * `table`'s columns `keys`, in that order (the order a select reads them). Generic over the table,
 * so a selection from pg-schema.ts keeps PostgreSQL's column types and one from schema.ts SQLite's.
 */
export function pick<T extends object, K extends keyof T> (table: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>
  for (const key of keys) picked[key] = table[key]
  return picked
}

/** A table of schema.ts or its twin of pg-schema.ts: what a shared selection is built from. */
export type EitherTable<K extends keyof typeof schema & keyof typeof pgSchema> = (typeof schema)[K] | (typeof pgSchema)[K]
