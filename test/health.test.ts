// Probes: /healthz while the process lives, /readyz only while the database answers.
import t from 'tap'
import { build, getJson } from './helper.js'

t.test('healthz answers ok', async (t) => {
  const { app } = await build(t, { seed: false })
  const res = await getJson(app, '/healthz')
  t.equal(res.status, 200)
  t.same(res.body, { status: 'ok' })
})

t.test('readyz follows the database', async (t) => {
  const { app, db } = await build(t, { seed: false })
  t.same((await getJson(app, '/readyz')).body, { status: 'ok' })
  db.$client.close()
  const down = await getJson(app, '/readyz')
  t.equal(down.status, 503)
  t.equal(down.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(down.body, { status: 503, code: 'not_ready', detail: 'The database does not answer.' })
})
