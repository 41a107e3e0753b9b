// Keyed routes, whichever resource they belong to: 403 without keys, 401 without a valid one, the per-key write limit, caches that follow writes, and a full disk.
import t from 'tap'
import { PATHOLOGICAL } from '../../bench/extract-shapes.js'
import { CHIP_STOCKS, EDITOR, ENGINE, KEYS, PIPELINE, build, getJson, send } from '../helper.js'

t.test('without API_KEYS every write answers 403 and says why; reads stay public', async (t) => {
  const { app } = await build(t)
  for (const [method, url] of [['POST', '/v1/articles'], ['PATCH', '/v1/statements/st_204553402dda'], ['DELETE', '/v1/articles/deepseek-reactions'], ['GET', '/v1/audit']] as const) {
    const res = await send(app, method, url, method === 'POST' || method === 'PATCH' ? { stance: 'positive' } : undefined)
    t.equal(res.statusCode, 403, `${method} ${url}`)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { status: 403, code: 'writes_disabled', detail: 'Writes are disabled: this server has no API_KEYS configured.' })
  }
  t.equal((await getJson(app, '/v1/articles/deepseek-reactions')).status, 200)
})

t.test('a missing, malformed or wrong key gets 401 with WWW-Authenticate, before the body is looked at', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const cases: [Record<string, string>, string][] = [
    [{}, 'Writes need an API key: send Authorization: Bearer <key>.'],
    [{ authorization: EDITOR }, 'Writes need an API key: send Authorization: Bearer <key>.'],
    [{ authorization: `Basic ${Buffer.from(`editor:${EDITOR}`).toString('base64')}` }, 'Writes need an API key: send Authorization: Bearer <key>.'],
    [{ authorization: 'Bearer not-the-key-0123456789' }, 'The API key is not valid.'],
    [{ authorization: `Bearer ${EDITOR}x` }, 'The API key is not valid.']
  ]
  for (const [headers, detail] of cases) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', headers, payload: { nonsense: true } })
    t.equal(res.statusCode, 401, JSON.stringify(headers))
    t.equal(res.headers['www-authenticate'], 'Bearer realm="who-said-what"')
    t.match(res.json(), { status: 401, code: 'unauthorized', detail })
    t.notMatch(res.body, EDITOR, 'the key is never echoed')
  }
  t.equal((await send(app, 'GET', '/v1/audit', undefined, null)).statusCode, 401, 'the audit log needs a key too')
  t.equal((await send(app, 'GET', '/v1/statements', undefined, null)).statusCode, 200, 'reads need none')
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: `bearer ${PIPELINE}` }, payload: CHIP_STOCKS })).statusCode, 201, 'the scheme is case-insensitive')
})

t.test('caches follow writes: a held ETag stops matching once the data changes', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const url = '/v1/statements/st_204553402dda'
  const first = await getJson(app, url)
  t.equal((await app.inject({ url, headers: { 'if-none-match': first.headers.etag as string } })).statusCode, 304)
  await send(app, 'PATCH', url, { stance: 'positive' })
  const after = await app.inject({ url, headers: { 'if-none-match': first.headers.etag as string } })
  t.equal(after.statusCode, 200, 'the old tag no longer matches')
  t.not(after.headers.etag, first.headers.etag)
  t.equal(after.json().data.stance, 'positive', 'and the body is the new one, not a cached copy')
  const write = await send(app, 'PATCH', url, { stance: 'neutral' })
  t.notOk(write.headers.etag, 'writes carry no ETag')
  t.equal(write.headers['cache-control'], 'no-store')
})

t.test('writes have their own per-key limit, apart from reads', async (t) => {
  const { app } = await build(t, { env: { ...KEYS, WRITE_RATE_LIMIT_MAX: '2', RATE_LIMIT_MAX: '1000' } })
  const patch = (key: string) => send(app, 'PATCH', '/v1/statements/st_204553402dda', { stance: 'positive' }, key)
  t.equal((await patch(EDITOR)).statusCode, 200)
  const second = await patch(EDITOR)
  t.equal(second.headers['x-ratelimit-limit'], '2')
  t.equal(second.headers['x-ratelimit-remaining'], '0')
  const third = await patch(EDITOR)
  t.equal(third.statusCode, 429)
  t.ok(Number(third.headers['retry-after']) > 0)
  t.match(third.json(), { status: 429, code: 'rate_limited' })
  t.equal((await patch(PIPELINE)).statusCode, 200, 'another key has its own budget')
  const read = await getJson(app, '/v1/statements/st_204553402dda')
  t.equal(read.status, 200, 'reads are still served')
  t.equal(read.headers['x-ratelimit-limit'], '1000', 'under the read limit')
  t.equal((await patch('not-a-key-0123456789abcdef')).statusCode, 401, 'a wrong key is refused, not counted against a real one')
})

// SQLite's page ceiling stands in for a full disk; PostgreSQL has no per-database cap a test can set, and its
// disk_full (53100) maps to the same 507 (test/errors.test.ts).
if (ENGINE === 'sqlite') t.test('a full disk answers 507 storage_full and writes nothing', async (t) => {
  const { app, db } = await build(t, { env: { ...KEYS, WRITE_RATE_LIMIT_MAX: '0' } })
  const before = (await getJson(app, '/v1/articles?count=true')).headers['x-total-count']
  // SQLite's own ceiling on the file's pages: the next page it needs is "disk full" (SQLITE_FULL).
  const pages = db.$client.pragma('page_count', { simple: true }) as number
  db.$client.pragma(`max_page_count = ${pages}`)
  const res = await send(app, 'POST', '/v1/articles', { title: 'Too big to fit', language: 'en', body: PATHOLOGICAL['new surnames']!(50_000) })
  t.equal(res.statusCode, 507)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(res.json(), { status: 507, code: 'storage_full', detail: /nothing was written/ })
  t.notMatch(res.body, /SQLITE|sqlite|database or disk/, 'no internals')
  db.$client.pragma('max_page_count = 1073741823')
  t.equal((await getJson(app, '/v1/articles?count=true')).headers['x-total-count'], before, 'no article, not half of one')
  t.equal((await send(app, 'POST', '/v1/articles', { title: 'Room again', language: 'en', body: '“Yes,” said Ann Lee.' })).statusCode, 201, 'with room again, writes land')
})
