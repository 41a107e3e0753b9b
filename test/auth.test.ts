// Keys and brute force: failed authentications count per client on every keyed route, and past the limit each answers 429 with Retry-After.
import t from 'tap'
import { failureGuard } from '../src/auth.js'
import { build } from './helper.js'

const KEY = 'editor-key-0123456789abcdef'
const ENV = { API_KEYS: `editor:${KEY}`, AUTH_FAILURES_MAX: '3', AUTH_FAILURES_WINDOW: '1m' }

t.test('the guard counts failures per client in fixed windows, then lets the client try again', async (t) => {
  const guard = failureGuard({ max: 2, windowMs: 60_000 })
  guard.fail('a', 0)
  t.equal(guard.retryAfter('a', 1000), 0, 'under the limit')
  guard.fail('a', 1000)
  t.equal(guard.retryAfter('a', 1000), 59, 'at the limit: the rest of the window, in whole seconds')
  t.equal(guard.retryAfter('b', 1000), 0, 'another client is not affected')
  t.equal(guard.retryAfter('a', 60_000), 0, 'the window over, the client may try again')
  guard.fail('a', 60_000)
  t.equal(guard.retryAfter('a', 60_001), 0, 'and a new window counts from one')
  const off = failureGuard({ max: 0, windowMs: 60_000 })
  for (let i = 0; i < 100; i++) off.fail('a', 0)
  t.equal(off.retryAfter('a', 0), 0, 'max 0 turns it off')
})

t.test('wrong keys and missing ones both count, and then every keyed route refuses, even the right key', async (t) => {
  const { app } = await build(t, { env: ENV })
  const wrong = [{ authorization: 'Bearer not-the-key-0123456789' }, {}, { authorization: 'Basic abc' }]
  for (const headers of wrong) {
    const res = await app.inject({ method: 'GET', url: '/v1/audit', headers })
    t.equal(res.statusCode, 401)
  }
  const attempts = [
    { method: 'POST', url: '/v1/articles', payload: { title: 't', body: 'b', language: 'en' } },
    { method: 'PATCH', url: '/v1/statements/st_x', payload: { kind: 'quote' } },
    { method: 'DELETE', url: '/v1/articles/x' },
    { method: 'DELETE', url: '/v1/statements/x' },
    { method: 'GET', url: '/v1/audit' }
  ] as const
  for (const attempt of attempts) {
    const res = await app.inject({ ...attempt, headers: { authorization: `Bearer ${KEY}` } })
    t.equal(res.statusCode, 429, `${attempt.method} ${attempt.url}`)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.ok(Number(res.headers['retry-after']) > 0 && Number(res.headers['retry-after']) <= 60, 'Retry-After within the window')
    t.match(res.json(), { status: 429, code: 'too_many_failed_authentications' })
  }
  const elsewhere = await app.inject({ method: 'GET', url: '/v1/audit', remoteAddress: '10.0.0.7', headers: { authorization: `Bearer ${KEY}` } })
  t.equal(elsewhere.statusCode, 200, 'another client still writes')
  t.equal((await app.inject('/v1/statements?limit=1')).statusCode, 200, 'reads are never keyed, so never refused')
})

t.test('2,000 wrong keys in a row: all but the first few are refused without a key comparison', async (t) => {
  const { app } = await build(t, { env: { API_KEYS: `editor:${KEY}` } })
  const statuses = new Map<number, number>()
  for (let i = 0; i < 2000; i++) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', payload: { title: 't', body: 'b', language: 'en' }, headers: { authorization: `Bearer guess-${i}-0123456789abcdef` } })
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
  }
  t.same(Object.fromEntries(statuses), { 401: 10, 429: 1990 }, 'the default: 10 failures a minute')
})
