// SQL pieces every PostgreSQL store needs: prepared statement names per query shape, and text compared as SQLite compares it.
import { sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'

/**
 * Text in byte order, as SQLite's BINARY collation compares it, whatever the database's locale
 * (en_US ignores hyphens and case at first, so 'deepseek-r1' and 'deepseekr' would swap). An
 * index serves this order only when it is built on the expression with the same COLLATE.
 */
export const binary = (text: AnyPgColumn | SQL): SQL => sql`${text} COLLATE "C"`

/**
 * A connection keeps one plan per prepared statement name, so every distinct SQL text needs its own.
 * The name of the statement `prefix` builds for `shape` (perShape's flags and values): the shape's
 * set flags and values, so two shapes never share a name and one shape always gets the same.
 */
export function shapeName (prefix: string, shape: Record<string, boolean | string | number>): string {
  const parts = Object.entries(shape)
    .filter(([, value]) => value !== false)
    .map(([key, value]) => (value === true ? key : `${key}_${String(value).replace(/[^A-Za-z0-9]/g, (c) => (c === '-' ? 'desc_' : '_'))}`))
  return [prefix, ...parts].join('_')
}
