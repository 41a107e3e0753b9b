// Which engine holds the knowledge base, the embedded SQLite file or a PostgreSQL pool, and what the app asks of either: readiness, the content version, closing.
import { ping as pingSqlite, versionReader as sqliteVersion, type Db } from './index.js'
import type { Pg } from './pg.js'

/** An opened knowledge base: drizzle on better-sqlite3, or the handle openPg returns. */
export type Database = Db | Pg

export const isPg = (database: Database): database is Pg => 'pool' in database && 'ping' in database

/** True when the database answers a trivial query; never throws. */
export const readiness = (database: Database): (() => Promise<boolean>) =>
  isPg(database) ? database.ping : async () => pingSqlite(database)

/**
 * Reads the content version that every write bumps. On SQLite a synchronous read of one row;
 * on PostgreSQL a query, since another instance may have written (the version lives in the
 * database precisely so that every instance's ETags agree).
 */
export function contentVersion (database: Database): () => number | Promise<number> {
  if (!isPg(database)) return sqliteVersion(database)
  const { pool } = database
  return async () => Number((await pool.query<{ version: string }>({ name: 'kb_version', text: 'SELECT version FROM kb_version WHERE id = 1' })).rows[0]?.version ?? 0)
}

/** Closes the database: for PostgreSQL, after the queries in flight. */
export async function closeDatabase (database: Database): Promise<void> {
  if (isPg(database)) await database.close()
  else database.$client.close()
}
