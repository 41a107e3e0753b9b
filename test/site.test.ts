// The site over HTTP: one self-contained page at every site path, whose inline script and style are exactly what its CSP hashes allow, tagged by its own content, reading only the public API. (test/e2e renders it.)
import { createHash } from 'node:crypto'
import t from 'tap'
import { build } from './helper.js'

const KEY = 'editor:a-long-enough-test-key'

t.test('the page is self-contained HTML, allowed by its own CSP hashes', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ url: '/' })
  for (const path of ['/entities/sam-altman', '/articles/deepseek-reactions', '/statements/st_593468df5bcd', '/desk']) {
    const same = await app.inject({ url: path })
    t.equal(same.statusCode, 200, path)
    t.equal(same.body, res.body, `${path} is the same page, which its script routes`)
    t.equal(same.headers['content-security-policy'], res.headers['content-security-policy'])
  }
  t.equal((await app.inject({ url: '/entities' })).statusCode, 404, 'only the paths the script knows')
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'text/html; charset=utf-8')
  const csp = String(res.headers['content-security-policy'])
  const inline = (tag: string) => [...res.body.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!)
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  t.equal(inline('script').length, 1, 'one inline script')
  t.equal(inline('style').length, 1, 'one inline style')
  t.match(csp, `script-src 'self' ${sha(inline('script')[0]!)};`, 'the script runs by its hash, nothing else inline')
  t.match(csp, `style-src 'self' ${sha(inline('style')[0]!)};`, 'the style applies by its hash')
  t.match(csp, "connect-src 'self'", 'it may call only this API')
  t.notMatch(res.body, /(src|href)="(https?:)?\/\//, 'no external script, style, font or image')
  t.notMatch(res.body, /innerHTML/, 'API values go in as text, never as HTML')
  for (const link of ['href="/docs"', 'href="/openapi.json"', 'href="/openapi.yaml"']) t.match(res.body, link)
  for (const call of ['/v1/search?', '/v1/statements?article=', '/v1/market-events?article=', "'/statements?role=speaker", '/merge']) t.match(res.body, call, `reads ${call}`)
  t.notMatch(res.body, /localStorage/, 'a key is kept for the tab only (sessionStorage)')
  t.notMatch(res.body, /[?&]key=/, 'and never put in a URL')
})

t.test('the page carries its own tag: revalidated with a 304, unchanged by writes', async (t) => {
  const { app } = await build(t, { env: { API_KEYS: KEY } })
  const first = await app.inject({ url: '/' })
  const etag = first.headers.etag as string
  t.match(etag, /^W\/"site-[\w-]{16}"$/)
  t.equal(first.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=60')
  const again = await app.inject({ url: '/', headers: { 'if-none-match': etag } })
  t.equal(again.statusCode, 304)
  t.equal(again.body, '')
  t.equal(again.headers.etag, etag)

  const before = (await app.inject({ url: '/v1/statements' })).headers.etag
  const deleted = await app.inject({ method: 'DELETE', url: '/v1/articles/deepseek-reactions', headers: { authorization: `Bearer ${KEY.split(':')[1]}` } })
  t.equal(deleted.statusCode, 204)
  t.not((await app.inject({ url: '/v1/statements' })).headers.etag, before, 'the data\'s tags moved')
  t.equal((await app.inject({ url: '/', headers: { 'if-none-match': etag } })).statusCode, 304, 'the page\'s did not')
  t.equal((await app.inject({ url: '/', headers: { 'if-none-match': 'W/"other"' } })).statusCode, 200)
})
