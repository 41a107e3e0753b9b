// Maintenance commands for npm scripts (db:migrate on SQLite or PostgreSQL, db:seed, db:check, ingest, openapi): an entry point like server.ts, reading the same environment.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from './config.js'
import { DatabaseOpenError, integrityProblems, openDb } from './db/index.js'
import { applyPgMigrations, redactedUrl } from './db/pg.js'
import { SeedError, seedAll } from './seed/index.js'
import { OPENAPI_FILE, renderOpenapiYaml } from './openapi.js'
import { articleStore } from './resources/articles/store.js'
import { ArticleInput } from './resources/articles/schemas.js'

class UsageError extends Error {}

const INGEST_USAGE = 'usage: npm run ingest -- <file.txt> --lang fr|en [--title T] [--author A] [--publisher P] [--url U] [--published-at 2025-01-29] [--caption C]\n' +
  '  The file is the article text; its first line is the title unless --title gives it.'

/** The article a text file holds: the title on its first line (unless given), the body after it. */
function articleFromFile (text: string, title?: string): { title: string, body: string } {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trim()
  if (title !== undefined) return { title, body: normalized }
  const newline = normalized.indexOf('\n')
  return newline === -1 ? { title: normalized, body: '' } : { title: normalized.slice(0, newline).trim(), body: normalized.slice(newline + 1).trim() }
}

const commands: Record<string, (args: string[]) => Promise<string>> = {
  /** Applies pending migrations to PostgreSQL when DATABASE_URL is set, else to DATABASE_PATH (creating the file if needed). */
  async migrate () {
    const { databasePath, databaseUrl } = loadConfig(process.env)
    if (databaseUrl !== undefined) {
      await applyPgMigrations(databaseUrl)
      return `migrated ${redactedUrl(databaseUrl)}`
    }
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
  /**
   * Ingests an article from a text file through the same contract and code as POST /v1/articles:
   * the same validation, the same extractor, one transaction, audited under the key id "cli".
   */
  async ingest (args) {
    let parsed
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          lang: { type: 'string' }, title: { type: 'string' }, author: { type: 'string' }, publisher: { type: 'string' },
          url: { type: 'string' }, 'published-at': { type: 'string' }, caption: { type: 'string' }
        }
      })
    } catch (err) {
      throw new UsageError(`${(err as Error).message}\n${INGEST_USAGE}`)
    }
    const { values, positionals } = parsed
    if (positionals.length !== 1) throw new UsageError(INGEST_USAGE)
    const path = positionals[0]!
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (err) {
      throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
    }
    const input = ArticleInput.safeParse({
      ...articleFromFile(text, values.title), language: values.lang, author: values.author, publisher: values.publisher,
      url: values.url, publishedAt: values['published-at'], caption: values.caption
    })
    if (!input.success) {
      const fields = input.error.issues.map((i) => `  ${i.path.join('.') === 'language' ? '--lang' : i.path.join('.')}: ${i.message}`)
      throw new UsageError(`${path} cannot be ingested:\n${fields.join('\n')}`)
    }
    const { databasePath } = loadConfig(process.env)
    const db = openDb(databasePath)
    try {
      const articles = articleStore(db)
      const { id, created } = await articles.ingest(input.data, 'cli')
      const article = (await articles.byId(id))!
      const found = `${article.statementCount} statements, ${article.marketEventCount} market events`
      return created ? `created /v1/articles/${id} (${found}) in ${databasePath}` : `already there, unchanged: /v1/articles/${id} (${found})`
    } finally {
      db.$client.close()
    }
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
command(process.argv.slice(3)).then((message) => {
  process.stdout.write(`${message}\n`)
}, (err: unknown) => {
  const known = err instanceof ConfigError || err instanceof DatabaseOpenError || err instanceof SeedError || err instanceof UsageError
  process.stderr.write(`${known ? (err as Error).message : err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(err instanceof UsageError ? 2 : 1)
})
