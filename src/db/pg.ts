// Opening PostgreSQL: a node-postgres pool with a per-statement timeout, drizzle on top, migrations from migrations/pg applied once however many instances start together, and the readiness ping.
import { fileURLToPath } from 'node:url'
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import { DatabaseOpenError } from './index.js'
import * as schema from './pg-schema.js'
import type { Script, Step } from './script.js'

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool }

export const PG_MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/pg', import.meta.url))

export interface PgOptions {
  url: string
  /** Connections this process may open. */
  poolMax: number
  /** The server cancels any statement running longer (statement_timeout, on every connection). */
  statementTimeoutMs: number
  migrationsFolder?: string
  /** Hears errors of idle connections (the server restarted, a network cut); the pool replaces them on the next query. */
  onIdleError?: (err: Error) => void
}

export interface Pg {
  db: PgDb
  pool: pg.Pool
  /** True when the database answers a trivial query (the readiness probe); never throws. */
  ping: () => Promise<boolean>
  /** Waits for the queries in flight, then closes every connection. */
  close: () => Promise<void>
}

/**
 * drizzle's PostgreSQL migrator reads the last applied migration before its transaction and takes
 * no lock, so two instances starting on an empty database would both apply 0000 (one fails on
 * "relation already exists", or both on CREATE SCHEMA). A session advisory lock serialises them: the
 * second waits, then finds everything applied. The key is arbitrary but fixed ('wsw' + 1).
 */
const MIGRATION_LOCK = 0x77737701

/** How long taking a connection may wait, so a probe or a request fails instead of hanging when the server is gone. */
const CONNECT_TIMEOUT_MS = 10_000

/** The URL with its password hidden, for messages: an operator needs the host and database, never the secret. */
export function redactedUrl (url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password !== '') parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(an unparsable URL)'
  }
}

/** Connects to `url`, applies pending migrations and returns the pool; a server that cannot be reached or migrated is a DatabaseOpenError. */
export async function openPg ({ url, poolMax, statementTimeoutMs, migrationsFolder = PG_MIGRATIONS_DIR, onIdleError = () => undefined }: PgOptions): Promise<Pg> {
  await applyPgMigrations(url, migrationsFolder)
  // A startup parameter, so every connection the pool ever opens has it before its first query.
  const pool = new pg.Pool({ connectionString: url, max: poolMax, statement_timeout: statementTimeoutMs, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  // Without a listener, an idle connection's error would crash the process.
  pool.on('error', onIdleError)
  const db = drizzle({ client: pool, schema })
  return {
    db,
    pool,
    ping: async () => {
      try {
        return (await pool.query('SELECT 1 AS ok')).rowCount === 1
      } catch {
        return false
      }
    },
    close: () => pool.end()
  }
}

/**
 * Applies the pending migrations of `folder` on a connection of its own, without the statement
 * timeout (building an index on a large table may take minutes) and under the advisory lock.
 */
export async function applyPgMigrations (url: string, folder = PG_MIGRATIONS_DIR): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  try {
    await client.connect()
  } catch (err) {
    throw new DatabaseOpenError(`cannot connect to PostgreSQL at ${redactedUrl(url)}: ${(err as Error).message}`)
  }
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await migrate(drizzle({ client }), { migrationsFolder: folder })
  } catch (err) {
    const cause = (err as Error).cause instanceof Error ? `: ${((err as Error).cause as Error).message}` : ''
    throw new DatabaseOpenError(`cannot migrate PostgreSQL at ${redactedUrl(url)}: ${(err as Error).message.split('\n')[0]}${cause}`)
  } finally {
    // Closing the session releases the lock too, even when the unlock is never reached.
    await client.end()
  }
}

/** True when `err` (or the error it wraps, as drizzle's do) is the server cancelling a statement at statement_timeout. */
export function statementTimedOut (err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    // 57014 is query_canceled, which a cancel request raises too: the message tells the timeout apart.
    if (e instanceof pg.DatabaseError && e.code === '57014' && /statement timeout/.test(e.message)) return true
  }
  return false
}

/** What a write inside `db.transaction` runs on. */
export type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0]

/** Runs `script` (src/db/script.ts) in one PostgreSQL transaction, awaiting each step: every step lands, or none does. */
export async function runPgScript<R> (db: PgDb, script: () => Script<R>): Promise<R> {
  return db.transaction(async (tx) => {
    const steps = script()
    let step = steps.next()
    while (step.done !== true) {
      const at: Step = step.value
      const result = await tx.execute('rows' in at ? at.rows : 'changes' in at ? at.changes : at.lock)
      step = steps.next('rows' in at ? result.rows : 'changes' in at ? result.rowCount ?? 0 : undefined)
    }
    return step.value
  })
}
