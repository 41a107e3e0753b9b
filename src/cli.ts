// Maintenance commands for npm scripts (db:migrate on SQLite or PostgreSQL, db:seed, db:check, db:copy, ingest, openapi): an entry point like server.ts, reading the same environment.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from './config.js'
import { DatabaseOpenError, integrityProblems, openDb } from './db/index.js'
import { CopyError, copyBetween, isPostgresUrl, type TableReport } from './db/copy.js'
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

const COPY_USAGE = 'usage: npm run db:copy -- --from <sqlite path|postgres url> --to <sqlite path|postgres url>\n' +
  '  Copies the whole knowledge base into an empty database and checks every table\'s row count and checksum.'

/** One line per table: its rows and whether the copy's checksum is the source's. */
function copyTable (tables: TableReport[]): string {
  const width = Math.max(...tables.map((t) => t.table.length))
  return tables.map((t) => `${t.table.padEnd(width)}  ${String(t.rows).padStart(8)}  ${t.checksum.slice(0, 12)}  ${t.ok ? 'ok' : `DIFFERS (source: ${t.sourceRows} rows, ${t.sourceChecksum.slice(0, 12)})`}`).join('\n')
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
  /**
   * Copies every table from --from into the empty --to (a SQLite path or a postgres:// URL, either
   * way), in one transaction that commits only when both sides' counts and checksums agree.
   */
  async 'db:copy' (args) {
    let values
    try {
      ({ values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' } } }))
    } catch (err) {
      throw new UsageError(`${(err as Error).message}\n${COPY_USAGE}`)
    }
    if (values.from === undefined || values.to === undefined) throw new UsageError(COPY_USAGE)
    const started = performance.now()
    const { tables, committed } = await copyBetween(values.from, values.to)
    const name = (target: string) => isPostgresUrl(target) ? redactedUrl(target) : target
    if (!committed) {
      process.stdout.write(`${copyTable(tables)}\n`)
      throw new CopyError(`the copy differs from ${name(values.from)}: rolled back, ${name(values.to)} is as it was`)
    }
    const rows = tables.reduce((n, t) => n + t.rows, 0)
    return `${copyTable(tables)}\ncopied ${rows} rows in ${tables.length} tables from ${name(values.from)} to ${name(values.to)} in ${Math.round(performance.now() - started)} ms; every count and checksum agrees`
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
  const known = err instanceof ConfigError || err instanceof DatabaseOpenError || err instanceof SeedError || err instanceof CopyError || err instanceof UsageError
  process.stderr.write(`${known ? (err as Error).message : err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(err instanceof UsageError ? 2 : 1)
})
