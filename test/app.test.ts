// What buildApp wires around the routes: CORS for browser apps and response compression.
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import t from 'tap'
import { build } from './helper.js'

t.test('CORS allows any origin by default and exposes the paging, caching and count headers', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ url: '/v1/statements?limit=1', headers: { origin: 'https://news.example' } })
  t.equal(res.headers['access-control-allow-origin'], '*')
  t.equal(res.headers['access-control-expose-headers'], 'Link, ETag, X-Total-Count')
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
