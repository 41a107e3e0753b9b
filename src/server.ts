// The process entry point, and the only file that touches the process: reads the environment, opens the database, listens, handles signals.
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { closeDatabase, isPg, type Database } from './db/engine.js'
import { startCheckpointer } from './db/checkpointer.js'
import { DatabaseOpenError, openDb } from './db/index.js'
import { SeedError, seedIfEmpty } from './seed/start.js'

const SHUTDOWN_GRACE_MS = 10_000

function fail (message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

async function main () {
  let config
  try {
    config = loadConfig(process.env)
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message)
    throw err
  }
  const { databaseUrl, databasePath, databasePool } = config
  // The PostgreSQL stack loads only for a PostgreSQL deployment: on the SQLite file it would be a tenth of the cold start.
  const pg = databaseUrl === undefined ? undefined : { url: databaseUrl, ...await import('./db/pg.js') }
  // Where the knowledge base is, for messages: never the URL's password.
  const where = pg === undefined ? databasePath : pg.redactedUrl(pg.url)
  let db: Database
  try {
    db = pg === undefined
      ? openDb(databasePath)
      : await pg.openPg({
        url: pg.url,
        poolMax: databasePool.max,
        statementTimeoutMs: databasePool.statementTimeoutMs,
        // A dropped idle connection is replaced on the next query; it is worth a line in the log, not a crash.
        onIdleError: (err) => process.stderr.write(`PostgreSQL dropped an idle connection: ${err.message}\n`)
      })
  } catch (err) {
    if (err instanceof DatabaseOpenError) fail(err.message)
    throw err
  }

  let seeded: boolean
  try {
    seeded = isPg(db) ? await (await import('./seed/pg.js')).seedPgIfEmpty(db) : await seedIfEmpty(db)
  } catch (err) {
    if (err instanceof SeedError) fail(`cannot seed ${where}: ${err.message}`)
    throw err
  }

  const app = await buildApp({ config, db })
  app.log.info({ database: where, seeded }, seeded ? 'database seeded' : 'database reused')
  // The SQLite file's checkpoints run beside the requests, not inside the writes.
  const checkpointer = isPg(db) ? undefined : startCheckpointer(db, databasePath, { onError: (message) => app.log.warn({ message }, 'checkpoint worker') })

  // On SIGTERM or SIGINT: stop accepting, finish the requests in flight, close the database (on
  // PostgreSQL, the pool once its queries end), exit 0; past the grace period, or on a crash, exit 1.
  closeWithGrace({ delay: SHUTDOWN_GRACE_MS, logger: app.log }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'crashed; shutting down')
    else app.log.info({ signal }, 'shutting down')
    await app.close()
    await checkpointer?.stop()
    await closeDatabase(db)
  })

  await app.listen({ port: config.port, host: config.host })
}

main().catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`)
  process.exit(1)
})
