// Maintenance commands for npm scripts (db:migrate, db:seed, openapi): an entry point like server.ts, reading the same environment.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigError, loadConfig } from './config.js'
import { DatabaseOpenError, integrityProblems, openDb } from './db/index.js'
import { SeedError, seedAll } from './db/seed.js'
import { OPENAPI_FILE, renderOpenapiYaml } from './openapi.js'

const commands: Record<string, () => Promise<string>> = {
  /** Applies pending migrations to DATABASE_PATH (creating the file if needed). */
  async migrate () {
    const { databasePath } = loadConfig(process.env)
    openDb(databasePath).$client.close()
    return `migrated ${databasePath}`
  },
  /** (Re)writes every seeded article in DATABASE_PATH; ids are content-derived, so re-seeding keeps them. */
  async seed () {
    const { databasePath } = loadConfig(process.env)
    const db = openDb(databasePath)
    try {
      seedAll(db)
    } finally {
      db.$client.close()
    }
    return `seeded ${databasePath}`
  },
  /** Runs SQLite's full quick_check on DATABASE_PATH (the server checks only small files at start). */
  async 'db:check' () {
    const { databasePath } = loadConfig(process.env)
    const db = openDb(databasePath)
    try {
      const problems = integrityProblems(db.$client)
      if (problems.length > 0) throw new DatabaseOpenError(`integrity check failed for ${databasePath}: ${problems.join('; ')}`)
    } finally {
      db.$client.close()
    }
    return `${databasePath}: ok`
  },
  /** Rewrites openapi.yaml from the app's routes and schemas. */
  async openapi () {
    writeFileSync(OPENAPI_FILE, await renderOpenapiYaml())
    return `wrote ${fileURLToPath(OPENAPI_FILE)}`
  }
}

const name = process.argv[2] ?? ''
const command = commands[name]
if (!command) {
  process.stderr.write(`usage: cli <${Object.keys(commands).join('|')}>\n`)
  process.exit(2)
}
command().then((message) => {
  process.stdout.write(`${message}\n`)
}, (err: unknown) => {
  const known = err instanceof ConfigError || err instanceof DatabaseOpenError || err instanceof SeedError
  process.stderr.write(`${known ? (err as Error).message : err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(1)
})
