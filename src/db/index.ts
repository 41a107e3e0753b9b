// Opening the database: better-sqlite3 with its PRAGMAs, drizzle on top, and migrations applied.
import { mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from './schema.js'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

/** What a write inside `db.transaction` runs on. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

// One folder per dialect: drizzle-kit keeps one journal and snapshot chain per folder, and the migrator
// only compares each entry's timestamp with the last applied one, so moving the files changes nothing for
// a database migrated before (test/db/migrations.test.ts).
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/sqlite', import.meta.url))

/** Raised when the file at the database path cannot be used; the message is one line for the operator. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError'
}

/**
 * Opens (creating it and its folder if needed) and migrates the database at `path`;
 * `:memory:` gives a private in-memory database, as the tests use.
 */
export function openDb(path: string): Db {
  const inMemory = path === ':memory:'
  if (!inMemory) {
    try {
      mkdirSync(dirname(path), { recursive: true })
    } catch (err) {
      throw new DatabaseOpenError(`cannot create the folder of database ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
    }
  }
  let client: Database.Database
  try {
    client = new Database(path)
  } catch (err) {
    throw new DatabaseOpenError(`cannot open database at ${path}: ${(err as Error).message}`)
  }
  try {
    // WAL lets readers run while a write commits; NORMAL sync is durable across application
    // crashes in WAL mode and only risks the last transactions on power loss.
    if (!inMemory) client.pragma('journal_mode = WAL')
    client.pragma('synchronous = NORMAL')
    client.pragma('foreign_keys = ON')
    client.pragma('busy_timeout = 5000')
    // 32 MiB of page cache (the default is 2 MiB): keeps the upper levels of every index in memory.
    client.pragma('cache_size = -32768')
    // quick_check reads every page: cheap for a seed-sized file, seconds for a million
    // statements. Larger files get the structural read below at start, and `npm run db:check`.
    const size = inMemory ? 0 : statSync(path).size
    if (size <= FULL_CHECK_MAX_BYTES) {
      const problems = integrityProblems(client)
      if (problems.length > 0) throw new Error(`integrity check failed: ${problems.join('; ')}`)
    } else {
      client.prepare('SELECT count(*) FROM sqlite_master').get()
    }
    const db = drizzle({ client, schema })
    applyMigrations(db)
    assertWritable(client)
    return db
  } catch (err) {
    client.close()
    throw new DatabaseOpenError(`cannot use database at ${path}: ${(err as Error).message}`)
  }
}

/**
 * Refuses a database the process cannot write (a read-only file, folder or mount), at start
 * rather than as a 500 on the first write: a write is tried and rolled back.
 */
export function assertWritable (client: Database.Database): void {
  try {
    client.transaction(() => {
      client.prepare('UPDATE kb_version SET version = version WHERE id = 1').run()
      throw ROLLBACK
    })()
  } catch (err) {
    if (err === ROLLBACK) return
    throw new DatabaseOpenError(`it is read-only (${(err as Error).message}); give the process write access to the file and its folder`)
  }
}
const ROLLBACK = Symbol('rollback')

/**
 * Applies the pending migrations of `folder` with foreign keys off, as SQLite's procedure for
 * rebuilding a table asks (migrations/sqlite/0004 rebuilds two): the migrator runs in one transaction,
 * where PRAGMA foreign_keys is a no-op, and with keys on, dropping the old table would cascade its
 * deletes into the tables that reference it. Before keys come back on, every reference must
 * still hold; the transaction has committed by then, so a violation stops the start loudly.
 */
export function applyMigrations (db: Db, folder = MIGRATIONS_DIR): void {
  const client = db.$client
  const enforced = client.pragma('foreign_keys', { simple: true }) === 1
  client.pragma('foreign_keys = OFF')
  try {
    migrate(db, { migrationsFolder: folder })
    const broken = client.pragma('foreign_key_check') as { table: string, parent: string }[]
    if (broken.length > 0) throw new Error(`migration broke ${broken.length} foreign key(s), first ${broken[0]!.table} → ${broken[0]!.parent}`)
  } finally {
    if (enforced) client.pragma('foreign_keys = ON')
  }
}

/** Files up to this size get SQLite's quick_check at every start. */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024

/** What SQLite's quick_check finds wrong (at most five problems), each on one line; empty when sound. */
export function integrityProblems (client: Database.Database): string[] {
  return (client.pragma('quick_check(5)') as { quick_check: string }[])
    .map((r) => r.quick_check.replaceAll('\n', ' '))
    .filter((m) => m !== 'ok')
}

/** True when the database answers a trivial query (the readiness probe). */
export function ping (db: Db): boolean {
  try {
    return db.$client.prepare('SELECT 1 AS ok').get() !== undefined
  } catch {
    return false
  }
}

/** Reads the content version, which every write to the knowledge base bumps (see kb_version). */
export function versionReader (db: Db): () => number {
  const read = db.$client.prepare('SELECT version FROM kb_version WHERE id = 1').pluck()
  return () => read.get() as number
}
