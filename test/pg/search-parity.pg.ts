// Search parity: the README's search recipes and a few more answer the same ids in the same order on seeded SQLite and seeded PostgreSQL.
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDb } from '../../src/db/index.js'
import { seedAll } from '../../src/seed/index.js'
import { seedPgIfEmpty } from '../../src/seed/pg.js'
import { openFresh } from './helper.js'

const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0' })

const SEARCHES: string[] = [
  '/v1/search?q=modele',
  '/v1/statements?q=open%20source&speaker=yann-lecun',
  '/v1/entities?q=zuck',
  '/v1/search?q=evidemment',
  '/v1/statements?q=modele&limit=100',
  '/v1/articles?q=deepseek',
  '/v1/search?q=marchand&limit=100',
  '/v1/search?q=deepseek&limit=100',
  '/v1/entities?q=ma&limit=100',
  '/v1/entities?q=meta%20model',
  // Several words, stopwords alone, and words in every field of an article.
  '/v1/statements?q=intelligence%20artificielle&limit=100',
  '/v1/statements?q=le&limit=100',
  '/v1/search?q=open%20source&limit=100',
  '/v1/search?q=chinois&limit=100',
  '/v1/articles?q=reactions%20deepseek',
  '/v1/entities?q=sam&limit=100'
]

/** Every page of `url`, following page.nextCursor: the ids in order, as one list. */
async function walk (app: Awaited<ReturnType<typeof buildApp>>, url: string): Promise<string[]> {
  const ids: string[] = []
  for (let next: string | null = url; next !== null;) {
    const res = await app.inject({ url: next })
    const body = res.json() as { data: { type?: string, id: string }[], page: { nextCursor: string | null } }
    ids.push(...body.data.map((d) => `${d.type ?? ''}:${d.id}`))
    next = body.page.nextCursor === null ? null : `${url}&cursor=${encodeURIComponent(body.page.nextCursor)}`
  }
  return ids
}

t.test('both engines answer the same hits in the same order: bm25 computed alike, page by page', async (t) => {
  const sqlite = openDb(':memory:')
  seedAll(sqlite)
  const pg = await openFresh(t)
  await seedPgIfEmpty(pg)
  const apps = [await buildApp({ config, db: sqlite }), await buildApp({ config, db: pg })]
  t.teardown(async () => {
    for (const app of apps) await app.close()
    sqlite.$client.close()
  })
  for (const url of SEARCHES) {
    const [onSqlite, onPg] = await Promise.all(apps.map(async (app) => {
      const res = await app.inject({ url })
      return { status: res.statusCode, ids: (res.json().data as { type?: string, id: string }[] | undefined)?.map((d) => `${d.type ?? ''}:${d.id}`) }
    }))
    t.equal(onPg!.status, onSqlite!.status, `${url}: status`)
    t.same([...onPg!.ids ?? []].sort(), [...onSqlite!.ids ?? []].sort(), `${url}: the same hits`)
    t.same(onPg!.ids, onSqlite!.ids, `${url}: in the same order`)
    t.ok((onSqlite!.ids ?? []).length > 0, `${url}: finds something`)
  }
  // Cursors carry the rank: a search walked a few hits a page lists what one page does.
  for (const url of ['/v1/search?q=modele&limit=3', '/v1/statements?q=modele&limit=3', '/v1/entities?q=ma&limit=1']) {
    const [onSqlite, onPg] = await Promise.all(apps.map((app) => walk(app, url)))
    t.same(onPg, onSqlite, `${url}: every page alike`)
    t.ok(onSqlite!.length > Number(new URL(url, 'http://x').searchParams.get('limit')), `${url}: more than one page`)
  }
})
