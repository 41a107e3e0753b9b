// What buildApp wires around the routes: CORS for browser apps and response compression.
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import t from 'tap'
import { build } from './helper.js'

t.test('CORS allows any origin by default and exposes the paging, caching and count headers', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ url: '/v1/statements?limit=1', headers: { origin: 'https://news.example' } })
  t.equal(res.headers['access-control-allow-origin'], '*')
  t.equal(res.headers['access-control-expose-headers'], 'Link, ETag, X-Total-Count, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset')
  const preflight = await app.inject({
    method: 'OPTIONS', url: '/v1/statements',
    headers: { origin: 'https://news.example', 'access-control-request-method': 'GET' }
  })
  t.equal(preflight.statusCode, 204)
  t.match(preflight.headers['access-control-allow-methods'], /GET/)
})

t.test('CORS_ORIGINS limits browser access to the listed origins', async (t) => {
  const { app } = await build(t, { env: { CORS_ORIGINS: 'https://app.example, http://localhost:5173' } })
  const allowed = await app.inject({ url: '/v1/entities', headers: { origin: 'http://localhost:5173' } })
  t.equal(allowed.headers['access-control-allow-origin'], 'http://localhost:5173')
  t.match(allowed.headers.vary, /Origin/)
  const other = await app.inject({ url: '/v1/entities', headers: { origin: 'https://evil.example' } })
  t.notOk(other.headers['access-control-allow-origin'])
})

t.test('responses over 1 KB are compressed with br or gzip; small ones are not', async (t) => {
  const { app } = await build(t)
  const plain = await app.inject({ url: '/v1/statements?limit=100' })
  const br = await app.inject({ url: '/v1/statements?limit=100', headers: { 'accept-encoding': 'br' } })
  t.equal(br.headers['content-encoding'], 'br')
  t.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body)
  t.ok(br.rawPayload.length < plain.rawPayload.length / 3, `br: ${br.rawPayload.length} bytes against ${plain.rawPayload.length}`)
  const gzip = await app.inject({ url: '/v1/statements?limit=100', headers: { 'accept-encoding': 'gzip' } })
  t.equal(gzip.headers['content-encoding'], 'gzip')
  t.equal(gunzipSync(gzip.rawPayload).toString(), plain.body)
  t.match(gzip.headers.vary, /accept-encoding/i)
  const small = await app.inject({ url: '/healthz', headers: { 'accept-encoding': 'br, gzip' } })
  t.notOk(small.headers['content-encoding'], 'bodies under 1 KB go as they are')
  const csv = await app.inject({ url: '/v1/statements', headers: { accept: 'text/csv', 'accept-encoding': 'gzip' } })
  t.equal(csv.headers['content-encoding'], 'gzip', 'streamed exports are compressed too')
})

t.test('security headers: a short set on every API answer, Helmet\'s on pages, with a CSP that lets Swagger UI work', async (t) => {
  const { app } = await build(t)
  for (const url of ['/v1/statements?limit=1', '/v1/entities/nobody', '/healthz', '/openapi.json', '/docs/static/index.css']) {
    const res = await app.inject({ url })
    t.equal(res.statusCode, url === '/v1/entities/nobody' ? 404 : 200, url)
    t.equal(res.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'", `${url}: nothing in an answer may run`)
    t.equal(res.headers['x-content-type-options'], 'nosniff', url)
    t.equal(res.headers['x-frame-options'], 'DENY', url)
    t.equal(res.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains', url)
    t.equal(res.headers['cross-origin-resource-policy'], 'cross-origin', `${url}: an open API, readable from any origin`)
    t.notOk(res.headers['referrer-policy'], `${url}: document-only headers stay off answers`)
    t.notOk(res.headers['x-powered-by'], `${url}: no X-Powered-By`)
  }
  for (const url of ['/docs/', '/']) {
    const res = await app.inject({ url })
    t.match(res.headers['content-type'], /^text\/html/, url)
    const csp = String(res.headers['content-security-policy'])
    t.match(csp, /default-src 'self'/, url)
    t.match(csp, /frame-ancestors 'none'/, url)
    t.match(csp, /script-src 'self'/, url)
    t.notMatch(csp, /script-src[^;]*unsafe/, `${url}: no unsafe scripts`)
    t.equal(res.headers['x-content-type-options'], 'nosniff', url)
    t.equal(res.headers['x-frame-options'], 'DENY', url)
    t.ok(res.headers['strict-transport-security'], url)
    t.equal(res.headers['referrer-policy'], 'no-referrer', url)
    t.equal(res.headers['cross-origin-opener-policy'], 'same-origin', url)
  }
  t.match(String((await app.inject({ url: '/' })).headers['content-security-policy']), /script-src 'self' 'sha256-/, 'the home page keeps its own policy')
})

t.test('rate limiting per client: headers on success, 429 problem+json with Retry-After past the limit', async (t) => {
  const { app } = await build(t, { env: { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW: '1m' } })
  for (let i = 1; i <= 3; i++) {
    const res = await app.inject({ url: '/v1/entities?limit=1' })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['x-ratelimit-limit'], '3')
    t.equal(res.headers['x-ratelimit-remaining'], String(3 - i))
  }
  const limited = await app.inject({ url: '/v1/statements' })
  t.equal(limited.statusCode, 429)
  t.equal(limited.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After in seconds')
  t.match(limited.json(), { status: 429, code: 'rate_limited', title: 'Too Many Requests' })
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'probes are not limited')
  t.equal((await app.inject({ url: '/readyz' })).statusCode, 200)
  const other = await app.inject({ url: '/v1/entities?limit=1', remoteAddress: '10.1.2.3' })
  t.equal(other.statusCode, 200, 'each client has its own budget')
})

t.test('RATE_LIMIT_MAX=0 turns rate limiting off', async (t) => {
  const { app } = await build(t, { env: { RATE_LIMIT_MAX: '0' } })
  const res = await app.inject({ url: '/v1/entities?limit=1' })
  t.notOk(res.headers['x-ratelimit-limit'])
})

t.test('limits: over-long paths, queries and bodies get a 4xx, never a 5xx', async (t) => {
  const { app } = await build(t)
  const longId = await app.inject({ url: `/v1/entities/${'a'.repeat(201)}` })
  t.ok(longId.statusCode >= 400 && longId.statusCode < 500, `path parameter over 200 characters: ${longId.statusCode}`)
  t.equal(longId.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal((await app.inject({ url: `/v1/entities/${'a'.repeat(150)}` })).statusCode, 400, 'over the 100-character slug')
  t.equal((await app.inject({ url: `/v1/statements?q=${'é'.repeat(501)}` })).statusCode, 400)
  const body = await app.inject({ method: 'POST', url: '/v1/statements', headers: { 'content-type': 'application/json' }, payload: `{"x":"${'a'.repeat(1_100_000)}"}` })
  t.ok(body.statusCode >= 400 && body.statusCode < 500, `a 1.1 MB body: ${body.statusCode}`)
})

t.test('load shedding: an overloaded event loop answers 503 with Retry-After; /healthz stays up', async (t) => {
  const { app } = await build(t, { env: { MAX_EVENT_LOOP_DELAY_MS: '100' } })
  await app.ready()
  const blockUntil = Date.now() + 1200
  while (Date.now() < blockUntil) { /* saturate the event loop */ }
  await new Promise((resolve) => setTimeout(resolve, 30))
  const shed = await app.inject({ url: '/v1/statements' })
  t.equal(shed.statusCode, 503)
  t.equal(shed.headers['retry-after'], '10')
  t.match(shed.json(), { status: 503, code: 'overloaded' })
  t.equal((await app.inject({ url: '/readyz' })).statusCode, 503, 'readiness reflects the load')
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'liveness does not')
  let recovered = false
  for (let i = 0; i < 40 && !recovered; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    recovered = (await app.inject({ url: '/v1/statements?limit=1' })).statusCode === 200
  }
  t.ok(recovered, 'serves again once the loop recovers')
})
