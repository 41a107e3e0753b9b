// /v1/audit: every write, newest first, by key id and never the key.
import t from 'tap'
import { CHIP_STOCKS, EDITOR, KEYS, PIPELINE, build, getJson, send } from '../helper.js'

t.test('GET /v1/audit lists every write, newest first, by key id and never the key', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const { id } = (await send(app, 'POST', '/v1/articles', CHIP_STOCKS, PIPELINE)).json().data
  await send(app, 'PATCH', '/v1/statements/st_204553402dda', { stance: 'positive' })
  await send(app, 'DELETE', `/v1/articles/${id}`)
  await send(app, 'DELETE', '/v1/statements/st_000000000000')

  const res = await getJson(app, '/v1/audit', { authorization: `Bearer ${EDITOR}` })
  t.equal(res.status, 200)
  t.equal(res.headers['cache-control'], 'private, no-cache', 'shared caches must not keep it')
  t.same(res.body.data.map((e: any) => [e.seq, e.keyId, e.operation, e.target]), [
    [3, 'editor', 'article.delete', `/v1/articles/${id}`],
    [2, 'editor', 'statement.update', '/v1/statements/st_204553402dda'],
    [1, 'pipeline', 'article.create', `/v1/articles/${id}`]
  ], 'a failed write leaves no entry')
  t.equal(res.body.data[1].detail, '{"stance":"positive"}')
  t.match(res.body.data[2].detail, /^8 statements, \d+ new entities, 2 market events$/)
  for (const entry of res.body.data) t.ok(Date.parse(entry.at) <= Date.now() && entry.at.endsWith('Z'), 'ISO 8601 UTC')
  t.notMatch(JSON.stringify(res.body), new RegExp(`${EDITOR}|${PIPELINE}`))

  const page = await getJson(app, '/v1/audit?limit=2&count=true', { authorization: `Bearer ${EDITOR}` })
  t.equal(page.headers['x-total-count'], '3')
  const next = await getJson(app, `/v1/audit?limit=2&cursor=${page.body.page.nextCursor}`, { authorization: `Bearer ${EDITOR}` })
  t.same(next.body.data.map((e: any) => e.seq), [1])
  const csv = await app.inject({ url: '/v1/audit', headers: { authorization: `Bearer ${EDITOR}`, accept: 'text/csv' } })
  t.match(csv.body, /^seq,at,keyId,operation,target,detail\r\n3,/)
})
