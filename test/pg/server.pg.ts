// The process on PostgreSQL: DATABASE_URL serves from it (migrated and seeded once, however many instances start together), /readyz follows the database, and SIGTERM drains the pool.
import t from 'tap'
import pg from 'pg'
import { start } from '../fixtures/server-process.js'
import { freshDatabase } from '../fixtures/pg-server.js'

const getJson = async (url: string) => {
  const res = await fetch(url)
  return { status: res.status, body: await res.json() as any }
}

t.test('two instances starting together on an empty database migrate and seed it once, and serve the same knowledge base', async (t) => {
  const url = await freshDatabase(t)
  const env = { DATABASE_URL: url, DATABASE_PATH: '/nonexistent/never-created.db' }
  const [a, b] = await Promise.all([start(t, env), start(t, env)])
  const seeded = [a, b].map((r) => r.logs.some((line) => /"seeded":true/.test(line)))
  t.same(seeded.sort(), [false, true], 'exactly one of them seeded')
  for (const running of [a, b]) {
    t.equal((await getJson(`${running.url}/readyz`)).status, 200)
    const altman = await getJson(`${running.url}/v1/statements?speaker=sam-altman&limit=3`)
    t.equal(altman.status, 200)
    t.ok(altman.body.data.length > 0)
    t.ok(altman.body.data.every((s: any) => s.speaker.id === 'sam-altman'))
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  t.teardown(() => client.end())
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')
  t.equal(rows[0]!.n, 1, 'one seeded article, not two')

  // SIGTERM: the process ends its pool, so its connections leave the server.
  const before = await connectionsTo(client)
  a.kill('SIGTERM')
  t.equal((await a.exited).code, 0)
  t.ok(await until(async () => await connectionsTo(client) < before), 'the stopped instance closed its connections')
  t.equal((await getJson(`${b.url}/readyz`)).status, 200, 'the other serves on')
  b.kill('SIGTERM')
  t.equal((await b.exited).code, 0)

  // A restart reuses what is there.
  const again = await start(t, env)
  t.ok(again.logs.some((line) => /"seeded":false/.test(line)))
  again.kill('SIGTERM')
  await again.exited
})

/** Polls `condition` until it holds or 10 s pass: a closed backend leaves pg_stat_activity a moment after its client exits. */
async function until (condition: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (await condition()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return condition()
}

async function connectionsTo (client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()")
  return rows[0]!.n
}
