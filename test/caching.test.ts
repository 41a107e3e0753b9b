// HTTP caching: every GET carries an ETag, If-None-Match answers 304 without a body, writes change the tag, Cache-Control fits each response.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { treeDigest } from '../src/caching.js'
import { build } from './helper.js'

const URLS = [
  '/v1/statements', '/v1/statements?about=deepseek&limit=5', '/v1/statements/st_593468df5bcd', '/v1/entities', '/v1/entities/openai',
  '/v1/entities/openai/statements', '/v1/entities/nvidia/market-events', '/v1/articles', '/v1/articles/deepseek-reactions',
  '/v1/market-events', '/v1/market-events/me_b6c2585295aa', '/v1/search?q=deepseek', '/openapi.json', '/openapi.yaml'
]

t.test('every GET carries an ETag and revalidates to 304', async (t) => {
  const { app } = await build(t)
  for (const url of URLS) {
    const first = await app.inject({ url })
    t.equal(first.statusCode, 200, url)
    const etag = first.headers.etag as string
    t.match(etag, /^W\/"[0-9a-z]+-[\w-]{16}"$/, `${url} has an ETag`)
    t.equal(first.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=60')
    t.match(first.headers.vary, /Accept/)
    const again = await app.inject({ url, headers: { 'if-none-match': etag } })
    t.equal(again.statusCode, 304, `${url} revalidates`)
    t.equal(again.body, '')
    t.equal(again.headers.etag, etag)
    const listed = await app.inject({ url, headers: { 'if-none-match': `"other", ${etag.replace('W/', '')}` } })
    t.equal(listed.statusCode, 304, 'weak comparison against a list of tags')
    t.equal((await app.inject({ url, headers: { 'if-none-match': 'W/"0-stale"' } })).statusCode, 200)
  }
  t.equal((await app.inject({ url: '/v1/statements', headers: { 'if-none-match': '*' } })).statusCode, 304)
})

t.test('the tag differs by URL and media type and changes with every write', async (t) => {
  const { app, db } = await build(t)
  const tag = async (url: string, accept?: string) => (await app.inject({ url, headers: accept ? { accept } : {} })).headers.etag
  const before = await tag('/v1/statements')
  t.not(await tag('/v1/statements?limit=5'), before)
  t.not(await tag('/v1/statements', 'text/csv'), before)
  t.equal(await tag('/v1/statements'), before, 'stable while nothing changes')
  db.$client.prepare("UPDATE entities SET description = 'Chipmaker.' WHERE id = 'nvidia'").run()
  const after = await tag('/v1/statements')
  t.not(after, before, 'a write anywhere changes every tag')
  t.equal((await app.inject({ url: '/v1/statements', headers: { 'if-none-match': before as string } })).statusCode, 200)
})

t.test('errors and probes are not cached', async (t) => {
  const { app } = await build(t)
  for (const url of ['/v1/entities/nobody', '/v1/statements?limit=0', '/healthz', '/readyz', '/healthz/']) {
    const res = await app.inject({ url })
    t.equal(res.headers['cache-control'], 'no-store', url)
    t.notOk(res.headers.etag, `${url} has no ETag`)
  }
})

t.test('HEAD answers like GET without a body', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ method: 'HEAD', url: '/v1/entities/openai' })
  t.equal(res.statusCode, 200)
  t.equal(res.body, '')
  t.ok(res.headers.etag)
})

t.test('serialized responses are reused under the same tag, and never across a write', async (t) => {
  const { app, db } = await build(t)
  const first = await app.inject({ url: '/v1/entities/openai' })
  const again = await app.inject({ url: '/v1/entities/openai' })
  t.equal(again.body, first.body)
  t.equal(again.headers['content-type'], first.headers['content-type'])
  t.equal(again.headers.etag, first.headers.etag)
  db.$client.prepare("UPDATE entities SET description = 'Maker of ChatGPT.' WHERE id = 'openai'").run()
  const after = await app.inject({ url: '/v1/entities/openai' })
  t.equal(after.json().data.description, 'Maker of ChatGPT.', 'a write makes the next read fresh')
  const list = await app.inject({ url: '/v1/statements?limit=2&count=true' })
  const listAgain = await app.inject({ url: '/v1/statements?limit=2&count=true' })
  t.equal(listAgain.headers.link, list.headers.link, 'paging headers are replayed')
  t.equal(listAgain.headers['x-total-count'], '31')
})

t.test('a cached response is still rate limited and validated', async (t) => {
  const { app } = await build(t, { env: { RATE_LIMIT_MAX: '2' } })
  t.equal((await app.inject({ url: '/v1/entities/openai' })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/entities/openai' })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/entities/openai' })).statusCode, 429)
})

t.test('the API works the same with the response cache off (RESPONSE_CACHE_MB=0)', async (t) => {
  const { app } = await build(t, { env: { RESPONSE_CACHE_MB: '0' } })
  const first = await app.inject({ url: '/v1/statements/st_593468df5bcd' })
  const again = await app.inject({ url: '/v1/statements/st_593468df5bcd' })
  t.equal(again.body, first.body)
})

t.test('the code part of a tag changes with any file of the build, and with no dotfile', async (t) => {
  const root = t.testdir({ 'app.js': 'export const a = 1', resources: { 'list.js': 'export const order = "asc"' }, '.tsbuildinfo': '{}' })
  const first = treeDigest(root)
  t.match(first, /^[\w-]{16}$/)
  t.equal(treeDigest(root), first, 'the same build, the same digest: instances of one image agree')
  writeFileSync(join(root, '.tsbuildinfo'), '{"changed":true}')
  t.equal(treeDigest(root), first, 'the build\'s bookkeeping is not code')
  writeFileSync(join(root, 'resources', 'list.js'), 'export const order = "desc"')
  const changed = treeDigest(root)
  t.not(changed, first, 'a change that keeps every schema (an order) still changes the tags')
  mkdirSync(join(root, 'extra'))
  writeFileSync(join(root, 'extra', 'new.js'), '')
  t.not(treeDigest(root), changed, 'so does a new file')
})
