// The process entry point, and the only file that touches the process: reads the environment, opens the database, listens, handles signals.
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { DatabaseOpenError, openDb } from './db/index.js'
import { SeedError, seedIfEmpty } from './db/seed.js'

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

  let closing = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    // A request that never finishes must not keep the process alive past the grace period.
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out')
      process.exit(1)
    }, SHUTDOWN_GRACE_MS)
    timer.unref()
    app.close()
      .then(() => {
        db.$client.close()
        process.exit(0)
      })
      .catch((err: unknown) => {
        app.log.error({ err }, 'shutdown failed')
        process.exit(1)
      })
  }
  process.once('SIGTERM', shutdown)
  process.once('SIGINT', shutdown)

  await app.listen({ port: config.port, host: config.host })
}

main().catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`)
  process.exit(1)
})
