// The error shape as a contract: every failure path answers RFC 9457 problem+json with the same fields, and 5xx bodies hide internals.
import t from 'tap'
import { Problem } from '../src/errors.js'
import { build } from './helper.js'

const PROBLEM_JSON = 'application/problem+json; charset=utf-8'

t.test('every error path answers the one problem shape', async (t) => {
  const { app } = await build(t)
  app.get('/boom', async () => {
    throw new Error('SQLITE_ERROR: no such column: secret_column at /srv/app/src/db/index.ts:42')
  })
  const cases: [string, string, number, string][] = [
    ['GET', '/v1/statements?limit=0', 400, 'validation_failed'],
    ['GET', '/v1/entities/NOT%20A%20SLUG', 400, 'validation_failed'],
    ['GET', '/v1/statements?cursor=Zm9v', 400, 'validation_failed'],
    ['GET', '/v1/statements/%E0%A4%A', 400, 'fst_err_bad_url'],
    ['GET', '/v1/entities/nobody', 404, 'not_found'],
    ['GET', '/v1/articles/nothing', 404, 'not_found'],
    ['GET', '/no/such/route', 404, 'route_not_found'],
    ['DELETE', '/v1/statements', 404, 'route_not_found'],
    ['GET', '/boom', 500, 'internal_error']
  ]
  for (const [method, url, status, code] of cases) {
    const res = await app.inject({ method: method as 'GET', url })
    t.equal(res.statusCode, status, `${method} ${url}`)
    t.equal(res.headers['content-type'], PROBLEM_JSON, `${method} ${url}`)
    const body = res.json()
    t.ok(Problem.safeParse(body).success, `${method} ${url} matches the Problem schema`)
    t.match(body, { type: 'about:blank', status, code, instance: url.split('?')[0] })
    t.same(Object.keys(body).sort(), ['code', 'detail', 'instance', 'status', 'title', 'type', ...(status === 400 && code === 'validation_failed' ? ['errors'] : [])].sort())
  }
})

t.test('a 500 never shows internals', async (t) => {
  const { app } = await build(t)
  app.get('/boom', async () => {
    throw new Error('SQLITE_ERROR: no such column: secret_column at /srv/app/src/db/index.ts:42')
  })
  const res = await app.inject({ url: '/boom' })
  t.same(res.json(), {
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'The server could not complete this request. It has been logged.',
    instance: '/boom',
    code: 'internal_error'
  })
  t.notMatch(res.body, /SQLITE|secret|\/srv|\.ts/)
})

t.test('a response that breaks its own schema is a masked 500, not a leak', async (t) => {
  const { app } = await build(t)
  const { z } = await import('zod')
  app.get('/wrong', { schema: { response: { 200: z.object({ count: z.number() }) } } }, async () => ({ count: 'internal value' }) as never)
  const res = await app.inject({ url: '/wrong' })
  t.equal(res.statusCode, 500)
  t.notMatch(res.body, /internal value/)
})

t.test('validation errors list every invalid field with where it was sent', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ url: '/v1/statements?limit=500&kind=rumour&color=blue' })
  t.same(res.json().errors, [
    { location: 'query', name: 'kind', message: 'Invalid option: expected one of "quote"|"partial_quote"|"paraphrase"|"no_comment"' },
    { location: 'query', name: 'limit', message: 'Must be a whole number from 1 to 100.' },
    { location: 'query', name: 'color', message: "Unknown parameter; see the operation's documented parameters." }
  ])
  t.equal(res.json().detail, 'The request has 3 invalid fields.')
  const path = await app.inject({ url: '/v1/entities/Sam%20Altman' })
  t.same(path.json().errors, [{ location: 'path', name: 'id', message: 'Must be a lower-case slug such as sam-altman.' }])
})

t.test('huge unknown parameter names are clipped in the error body', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ url: `/v1/statements?${'z'.repeat(5000)}=1` })
  t.equal(res.statusCode, 400)
  t.equal(res.json().errors[0].name, `${'z'.repeat(100)}…`)
})

t.test('error bodies are bounded: at most 20 field errors, then one entry counting the rest', async (t) => {
  const { app } = await build(t, { env: { API_KEYS: 'editor:editor-key-0123456789abcdef' } })
  const many = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`extra${i}`, 1]))
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: 'Bearer editor-key-0123456789abcdef' }, payload: { title: 't', body: 'b', language: 'en', ...many } })
  t.equal(res.statusCode, 400)
  const body = res.json()
  t.equal(body.detail, 'The request has 60000 invalid fields.')
  t.equal(body.errors.length, 21)
  t.same(body.errors[0], { location: 'body', name: 'extra0', message: "Unknown field; see the operation's documented parameters." })
  t.same(body.errors[20], { location: 'body', name: '', message: '59980 more invalid fields not listed.' })
  t.ok(res.body.length < 4096, `${res.body.length} bytes`)
  t.ok(Problem.safeParse(body).success, 'and it still fits the documented shape')

  const query = await app.inject({ url: `/v1/statements?${Array.from({ length: 1500 }, (_, i) => `p${i}=1`).join('&')}` })
  t.equal(query.statusCode, 400)
  t.ok(query.json().errors.length <= 21 && query.body.length < 4096, `1,500 unknown parameters: ${query.body.length} bytes`)
})

t.test("a database failure maps to what it means for the client, by SQLite's code or PostgreSQL's SQLSTATE, through drizzle's wrapping", async (t) => {
  const { app } = await build(t)
  const failing = (code: string) => Object.assign(new Error('Failed query: insert into "secret_table"'), {
    cause: Object.assign(new Error('relation detail at /srv/app'), { code })
  })
  app.get('/fail/:code', async (request) => {
    throw failing((request.params as { code: string }).code)
  })
  const cases: [string, number, string, string | undefined][] = [
    ['SQLITE_FULL', 507, 'storage_full', undefined],
    ['SQLITE_BUSY_SNAPSHOT', 503, 'storage_busy', '10'],
    ['53100', 507, 'storage_full', undefined],
    ['25006', 503, 'storage_read_only', '10'],
    ['40P01', 503, 'storage_busy', '10'],
    ['57014', 503, 'storage_timeout', '10'],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', 409, 'concurrent_change', undefined],
    ['23503', 409, 'concurrent_change', undefined],
    ['57P01', 503, 'storage_unavailable', '10'],
    ['08006', 503, 'storage_unavailable', '10'],
    ['ECONNREFUSED', 503, 'storage_unavailable', '10'],
    ['42P01', 500, 'internal_error', undefined]
  ]
  for (const [code, status, problem, retryAfter] of cases) {
    const res = await app.inject({ url: `/fail/${code}` })
    t.equal(res.statusCode, status, code)
    t.equal(res.json().code, problem, code)
    t.equal(res.headers['retry-after'], retryAfter, `${code}: Retry-After`)
    t.notMatch(res.body, /secret|\/srv|Failed query/, `${code}: no internals`)
  }
})
