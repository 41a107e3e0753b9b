// Search parity: the README's search recipes and a few more answer the same ids in the same order on seeded SQLite and seeded PostgreSQL.
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDb } from '../../src/db/index.js'
import { seedAll } from '../../src/seed/index.js'
import { seedPgIfEmpty } from '../../src/seed/pg.js'
import { openFresh } from './helper.js'

const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0' })

// ts_rank (PostgreSQL) and bm25 (SQLite FTS5) weigh term frequency and length differently, so these
// find the same hits in another order; the README's "Scaling out" section says so. Not yet closed.
const RANK_ORDER = 'ts_rank orders these hits differently from bm25'
const ORDER_DIFFERS = new Set(['/v1/search?q=modele', '/v1/statements?q=open%20source&speaker=yann-lecun', '/v1/statements?q=modele&limit=100', '/v1/search?q=deepseek&limit=100'])

const SEARCHES: string[] = [
  '/v1/search?q=modele',
  '/v1/statements?q=open%20source&speaker=yann-lecun',
  '/v1/entities?q=zuck',
  '/v1/search?q=evidemment',
  '/v1/statements?q=modele&limit=100',
  '/v1/articles?q=deepseek',
  '/v1/search?q=marche&limit=100',
  '/v1/search?q=deepseek&limit=100',
  '/v1/entities?q=ma&limit=100',
  '/v1/entities?q=meta%20model'
]

t.test('both engines answer the same hits, and in the same order where the rankers agree', async (t) => {
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
    t.same(onPg!.ids, onSqlite!.ids, `${url}: in the same order`, ORDER_DIFFERS.has(url) ? { todo: RANK_ORDER } : {})
  }
})
