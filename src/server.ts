// The process entry point, and the only file that touches the process: reads the environment, opens the database, listens, handles signals.
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { DatabaseOpenError, openDb } from './db/index.js'
import { SeedError, seedIfEmpty } from './seed/index.js'

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
  // Serving as if on PostgreSQL while writing to the SQLite file would split the data silently.
  if (config.databaseUrl !== undefined) {
    fail('DATABASE_URL is set, but the API serves only from the SQLite file at DATABASE_PATH for now (npm run db:migrate is all that uses PostgreSQL yet); unset DATABASE_URL to start')
  }

  let db
  try {
    db = openDb(config.databasePath)
  } catch (err) {
    if (err instanceof DatabaseOpenError) fail(err.message)
    throw err
  }

  let seeded: boolean
  try {
    seeded = seedIfEmpty(db)
  } catch (err) {
    if (err instanceof SeedError) fail(`cannot seed ${config.databasePath}: ${err.message}`)
    throw err
  }

  const app = await buildApp({ config, db })
  app.log.info({ databasePath: config.databasePath, seeded }, seeded ? 'database seeded' : 'database reused')

  // On SIGTERM or SIGINT: stop accepting, finish the requests in flight, close the database,
  // exit 0; past the grace period, or on a crash, exit 1.
  closeWithGrace({ delay: SHUTDOWN_GRACE_MS, logger: app.log }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'crashed; shutting down')
    else app.log.info({ signal }, 'shutting down')
    await app.close()
    db.$client.close()
  })

  await app.listen({ port: config.port, host: config.host })
}

main().catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`)
  process.exit(1)
})
