// What the PostgreSQL suite's files share: a migrated fresh database on this process's throwaway server, closed when the test ends.
import type { QueryResultRow } from 'pg'
import type { Test } from 'tap'
import { openPg, type Pg, type PgOptions } from '../../src/db/pg.js'
import { freshDatabase } from '../fixtures/pg-server.js'

/** openPg on a new empty database (its URL is returned too), with the service's defaults unless `options` says otherwise. */
export async function openFresh (t: Test, options: Partial<Omit<PgOptions, 'url'>> = {}): Promise<Pg & { url: string }> {
  const url = await freshDatabase(t)
  const opened = await openPg({ url, poolMax: 10, statementTimeoutMs: 5000, ...options })
  t.teardown(() => opened.close())
  return { ...opened, url }
}

/** The rows of a raw query (node-postgres, through the handle's pool). */
export async function rows<T extends QueryResultRow = Record<string, unknown>> (pg: Pg, text: string, values: unknown[] = []): Promise<T[]> {
  return (await pg.pool.query<T>(text, values)).rows
}
