// Which PostgreSQL driver the service uses: node-postgres (pg) and postgres.js side by side on one throwaway server, the same two queries raw and through drizzle, at concurrency 1 and 32.
import { desc, eq, sql } from 'drizzle-orm'
import { drizzle as onNodePostgres } from 'drizzle-orm/node-postgres'
import { drizzle as onPostgresJs } from 'drizzle-orm/postgres-js'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import pg from 'pg'
import postgres from 'postgres'
import { openPg } from '../src/db/pg.js'
import { articles, entities, statements } from '../src/db/pg-schema.js'
import { startPgServer } from '../test/fixtures/pg-server.js'
import { median, table } from './stats.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SECONDS = Number(process.env.BENCH_DURATION ?? 2)
const CONCURRENCIES = [1, 32]
const POOL = Math.max(...CONCURRENCIES)
const ARTICLES = 200
const PER_ARTICLE = 100
const ENTITIES = 100

const BY_ID = 'SELECT seq, id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end, medium, stance, origin, confidence FROM statements WHERE id = $1'
const PAGE = 'SELECT s.id, s.text, s.kind, s.position, a.id AS article_id, a.title, e.id AS speaker_id, e.name AS speaker_name FROM statements s ' +
  'JOIN articles a ON a.id = s.article_id LEFT JOIN entities e ON e.id = s.speaker_id WHERE s.speaker_id = $1 ORDER BY s.article_date DESC, s.article_id, s.position LIMIT 20'

/** One query shape on one driver: runs it with the n-th key. */
type Op = (n: number) => Promise<unknown>
interface Driver { name: string, byId: Op, page: Op, drizzleById: Op, drizzlePage: Op, close: () => Promise<void> }

/** The same two reads through drizzle's prepared queries, as the stores will write them. */
function drizzleReads (db: PgDatabase<PgQueryResultHKT>, ids: string[], speakers: string[]) {
  const byId = db.select().from(statements).where(eq(statements.id, sql.placeholder('id'))).prepare('drizzle_by_id')
  const page = db.select({
    id: statements.id, text: statements.text, kind: statements.kind, position: statements.position,
    articleId: articles.id, title: articles.title, speakerId: entities.id, speakerName: entities.name
  }).from(statements).innerJoin(articles, eq(articles.id, statements.articleId)).leftJoin(entities, eq(entities.id, statements.speakerId))
    .where(eq(statements.speakerId, sql.placeholder('speaker')))
    .orderBy(desc(statements.articleDate), statements.articleId, statements.position).limit(20).prepare('drizzle_page')
  return {
    drizzleById: (n: number) => byId.execute({ id: ids[n % ids.length] }),
    drizzlePage: (n: number) => page.execute({ speaker: speakers[n % speakers.length] })
  }
}

function nodePostgres (url: string, ids: string[], speakers: string[]): Driver {
  const pool = new pg.Pool({ connectionString: url, max: POOL })
  return {
    name: 'pg',
    // A name makes node-postgres prepare the statement once per connection.
    byId: (n) => pool.query({ name: 'by_id', text: BY_ID, values: [ids[n % ids.length]] }),
    page: (n) => pool.query({ name: 'page', text: PAGE, values: [speakers[n % speakers.length]] }),
    ...drizzleReads(onNodePostgres({ client: pool }), ids, speakers),
    close: () => pool.end()
  }
}

function postgresJs (url: string, ids: string[], speakers: string[]): Driver {
  const client = postgres(url, { max: POOL, onnotice: () => undefined })
  return {
    name: 'postgres',
    // postgres.js prepares every parameterized query by default (prepare: true).
    byId: (n) => client.unsafe(BY_ID, [ids[n % ids.length]!], { prepare: true }),
    page: (n) => client.unsafe(PAGE, [speakers[n % speakers.length]!], { prepare: true }),
    ...drizzleReads(onPostgresJs({ client }), ids, speakers),
    close: () => client.end()
  }
}

/** Operations per second of `op` with `concurrency` callers in a loop for SECONDS. */
async function measure (op: Op, concurrency: number): Promise<number> {
  let done = 0
  const started = performance.now()
  const deadline = started + SECONDS * 1000
  await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
    for (let n = worker * 7919; performance.now() < deadline; n++) {
      await op(n)
      done++
    }
  }))
  return done / ((performance.now() - started) / 1000)
}

async function main () {
  const server = await startPgServer()
  try {
    const url = server.url('postgres')
    // Migrated as the service migrates, then filled straight in SQL: 20,000 statements over 200 articles, 100 speakers.
    const kb = await openPg({ url, poolMax: 2, statementTimeoutMs: 60_000 })
    await kb.db.execute(sql.raw(`
      INSERT INTO entities (id, name, type, description) SELECT 'entity-' || i, 'Entity ' || i, 'person', '' FROM generate_series(1, ${ENTITIES}) i;
      INSERT INTO articles (id, title, language, published_date, published_date_precision, body)
        SELECT 'article-' || i, 'Article ' || i, 'en', to_char(date '2025-01-01' + i, 'YYYY-MM-DD'), 'day', repeat('Some words of the body. ', 200) FROM generate_series(1, ${ARTICLES}) i;
      INSERT INTO statements (id, article_id, position, speaker_id, speaker_label, kind, text, span_start, span_end)
        SELECT 'st-' || a || '-' || p, 'article-' || a, p, 'entity-' || (1 + (a * ${PER_ARTICLE} + p) % ${ENTITIES}), 'Someone', 'quote', 'What was said, ' || p, p * 10, p * 10 + 5
        FROM generate_series(1, ${ARTICLES}) a, generate_series(1, ${PER_ARTICLE}) p;
      ANALYZE;`))
    const ids = (await kb.db.execute<{ id: string }>(sql`SELECT id FROM statements ORDER BY md5(id)`)).rows.map((r) => r.id)
    const speakers = (await kb.db.execute<{ id: string }>(sql`SELECT id FROM entities ORDER BY md5(id)`)).rows.map((r) => r.id)
    await kb.close()

    const drivers = [nodePostgres(url, ids, speakers), postgresJs(url, ids, speakers)]
    const cases = [
      { label: 'statement by id (raw, prepared)', op: 'byId' },
      { label: 'page of 20 with two joins (raw, prepared)', op: 'page' },
      { label: 'statement by id (drizzle prepared)', op: 'drizzleById' },
      { label: 'page of 20 with two joins (drizzle prepared)', op: 'drizzlePage' }
    ] as const
    // Warm-up: every connection opened and every statement prepared before anything is timed.
    for (const driver of drivers) for (const { op } of cases) await measure(driver[op], POOL)
    const figures = new Map<string, number[]>()
    for (let round = 0; round < ROUNDS; round++) {
      // Alternating which driver goes first, so neither always meets a warmer or colder machine.
      const order = round % 2 === 0 ? drivers : [...drivers].reverse()
      for (const { op } of cases) {
        for (const concurrency of CONCURRENCIES) {
          for (const driver of order) {
            const key = `${op}/${concurrency}/${driver.name}`
            figures.set(key, [...(figures.get(key) ?? []), await measure(driver[op], concurrency)])
          }
        }
      }
    }
    for (const driver of drivers) await driver.close()

    const cell = (key: string) => median(figures.get(key)!)
    const rows = cases.flatMap(({ label, op }) => CONCURRENCIES.map((concurrency) => {
      const a = cell(`${op}/${concurrency}/pg`)
      const b = cell(`${op}/${concurrency}/postgres`)
      return [label, String(concurrency), Math.round(a).toString(), Math.round(b).toString(), `${(b / a).toFixed(2)}×`]
    }))
    process.stdout.write(`PostgreSQL drivers, ${ids.length} statements, median of ${ROUNDS} rounds of ${SECONDS} s, pool of ${POOL}\n\n`)
    process.stdout.write(`${table(['query', 'concurrency', 'pg ops/s', 'postgres ops/s', 'postgres / pg'], rows)}\n`)
  } finally {
    server.stop()
  }
}

await main()
