// Article order on PostgreSQL whatever the database's collation: a database whose locale ignores punctuation still lists and pages articles in SQLite's bytewise order.
import pg from 'pg'
import t from 'tap'
import { openDb } from '../../src/db/index.js'
import { openPg } from '../../src/db/pg.js'
import { pgArticleStore } from '../../src/resources/articles/pg-store.js'
import { articleStore, type ArticleSort, type ArticleStore } from '../../src/resources/articles/store.js'
import { seedAll } from '../../src/seed/index.js'
import { seedPgIfEmpty } from '../../src/seed/pg.js'
import { openFresh } from './helper.js'

// Bytewise, '-' sorts before letters ('x-z' < 'xy'); with punctuation shifted to the last level, as
// glibc's en_US does, 'xy' comes before 'x-z'.
const ROWS: [string, string | null][] = [['x-z', null], ['xy', null], ['x-a', '2024-05-01'], ['xa', '2024-05-01'], ['x-y', '2024-05'], ['xb', '2024-05']]

async function everyPage (store: ArticleStore, sort: ArticleSort) {
  const ids: string[] = []
  let after: (string | number)[] | undefined
  for (;;) {
    const page = await store.list({ sort, after, limit: 2 })
    if (page.length === 0) return ids
    ids.push(...page.map((row) => row.id))
    after = store.keyOf(page[page.length - 1]!, sort)
  }
}

t.test('a punctuation-blind collation changes nothing', async (t) => {
  const server = await openFresh(t)
  const name = `${new URL(server.url).pathname.slice(1)}_icu`
  await server.pool.query(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US-u-ka-shifted'`)
  const url = new URL(server.url)
  url.pathname = `/${name}`
  const icu = await openPg({ url: url.toString(), poolMax: 2, statementTimeoutMs: 5000 })
  t.teardown(() => icu.close())
  await seedPgIfEmpty(icu)
  const check = await new pg.Client({ connectionString: url.toString() })
  await check.connect()
  t.same((await check.query("SELECT 'xy' < 'x-z' AS shifted")).rows, [{ shifted: true }], 'the database itself orders otherwise')
  await check.end()

  const lite = openDb(':memory:')
  t.teardown(() => lite.$client.close())
  seedAll(lite)
  const insert = 'INSERT INTO articles (id, title, language, body, published_date, published_date_precision) VALUES ($1, $1, \'en\', \'text\', $2, $3)'
  for (const [id, date] of ROWS) {
    const precision = date === null ? null : date.length === 7 ? 'month' : 'day'
    await icu.pool.query(insert, [id, date, precision])
    lite.$client.prepare(insert.replace(/\$\d/g, '?')).run(id, id, date, precision)
  }
  for (const sort of ['-date', 'date'] as const) {
    const expected = await everyPage(articleStore(lite), sort)
    t.same(await everyPage(pgArticleStore(icu.db), sort), expected, `${sort}: ${expected.join(' ')}`)
  }
})
