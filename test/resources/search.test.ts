// /v1/search and full-text q: accent- and case-blind, prefix and plural tolerant, relevance-ranked with safe snippets, any input safe.
import t from 'tap'
import { build, ENGINE, getJson, walkPages } from '../helper.js'

t.test('accent- and case-blind: q=evidemment finds «évidemment»', async (t) => {
  const { app } = await build(t)
  const hits = (await getJson(app, '/v1/search?q=EVIDEMMENT')).body.data
  t.same(hits[0], {
    type: 'statement', id: 'st_61cca0627c76', label: 'Elon Musk', snippet: '<mark>évidemment</mark>',
    score: hits[0].score, href: '/v1/statements/st_61cca0627c76'
  })
  t.ok(hits[0].score > 0)
})

t.test('prefixes and plurals: modele, modeles and mod all find «modèles»', async (t) => {
  const { app } = await build(t)
  const ids = async (q: string) => (await getJson(app, `/v1/statements?limit=100&q=${q}`)).body.data.map((s: any) => s.id).sort()
  const modeles = await ids('modele')
  t.equal(modeles.length, 6)
  t.same(await ids('modeles'), modeles, 'plural folds onto the singular')
  t.same(await ids('mod%C3%A8les'), modeles, 'accented input folds too')
  t.ok((await ids('mod')).length >= modeles.length, 'a prefix finds at least as much')
})

t.test('all words must match; hits come ranked by relevance with <mark> snippets', async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/statements?q=modeles%20open%20source')
  const ids = res.body.data.map((s: any) => s.id)
  t.same([...ids].sort(), ['st_71d72c57c2cb', 'st_cda7c9d229b6'], 'only the statements with every word')
  // BM25 favours the shorter text; PostgreSQL's ts_rank does not weigh length (README, "Where ranking differs").
  if (ENGINE === 'sqlite') t.same(ids, ['st_cda7c9d229b6', 'st_71d72c57c2cb'], 'the shorter text ranks first')
  const scores = res.body.data.map((s: any) => s.search.score)
  t.same(scores, [...scores].sort((a: number, b: number) => b - a))
  const shorter = res.body.data.find((s: any) => s.id === 'st_cda7c9d229b6')
  t.equal(shorter.search.snippet, 'les <mark>modèles</mark> <mark>open</mark> <mark>source</mark> dépassent ceux de la bienfaisance')
  const plain = await getJson(app, '/v1/statements?limit=1')
  t.notOk('search' in plain.body.data[0], 'no search block without q')
})

t.test('/v1/search returns typed hits across statements, entities and articles', async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/search?q=deepseek&limit=100&count=true')
  const types = new Set(res.body.data.map((h: any) => h.type))
  t.same([...types].sort(), ['article', 'entity', 'statement'])
  t.equal(res.body.page.total, res.body.data.length)
  t.equal(res.headers['x-total-count'], String(res.body.data.length))
  const scores = res.body.data.map((h: any) => h.score)
  t.same(scores, [...scores].sort((a: number, b: number) => b - a), 'one ranking across types')
  for (const hit of res.body.data) t.equal((await getJson(app, hit.href)).status, 200, hit.href)
  t.same(new Set((await getJson(app, '/v1/search?q=deepseek&type=entity')).body.data.map((h: any) => h.type)), new Set(['entity']))
  const walked = await walkPages(app, '/v1/search?q=deepseek&limit=2', (h) => `${h.type}:${h.id}`)
  t.same(walked.items, res.body.data.map((h: any) => `${h.type}:${h.id}`), 'paging returns the same hits in the same order')
})

t.test('entities and articles take q too', async (t) => {
  const { app } = await build(t)
  const entity = (await getJson(app, '/v1/entities?q=evidemment')).body.data
  t.same(entity, [])
  const articles = (await getJson(app, '/v1/articles?q=zuckerberg')).body.data
  t.same(articles.map((a: any) => a.id), ['deepseek-reactions'])
  t.match(articles[0].search.snippet, /<mark>Zuckerberg<\/mark>/)
  t.same((await getJson(app, '/v1/articles?q=licorne')).body.data, [])
})

t.test('any input is safe: FTS syntax, NUL bytes, lone surrogates and huge inputs', async (t) => {
  const { app } = await build(t)
  const inputs = ['"', '""', '*', 'AND', 'a OR b', 'NOT x', 'NEAR(a b)', 'text:deepseek', '(', ')', '^deepseek', 'deep*', "'; DROP TABLE statements; --", '\u0000', '%00', '%ED%A0%80', '\u{1F600}', '-', '+', '{}', '[]', '\\']
  for (const raw of inputs) {
    const q = raw.startsWith('%') ? raw : encodeURIComponent(raw)
    for (const path of ['/v1/search', '/v1/statements', '/v1/entities', '/v1/articles']) {
      const res = await app.inject({ url: `${path}?q=${q}` })
      t.ok(res.statusCode < 500, `${path}?q=${q} → ${res.statusCode}`)
    }
  }
  const tooLong = await getJson(app, `/v1/search?q=${'a'.repeat(501)}`)
  t.equal(tooLong.status, 400)
  t.same(tooLong.body.errors, [{ location: 'query', name: 'q', message: 'Must be at most 500 characters.' }])
  t.equal((await getJson(app, `/v1/statements?q=${'a'.repeat(500)}`)).status, 200, '500 characters is allowed')
  t.equal((await getJson(app, '/v1/search')).status, 400, 'q is required on /v1/search')
  t.equal((await getJson(app, '/v1/search?q=')).status, 400, 'an empty q is a 400')
})

t.test('relevance needs a search', async (t) => {
  const { app } = await build(t)
  for (const path of ['/v1/statements', '/v1/entities', '/v1/articles']) {
    const res = await getJson(app, `${path}?sort=relevance`)
    t.equal(res.status, 400, path)
    t.same(res.body.errors, [{ location: 'query', name: 'sort', message: 'Sorting by relevance needs a search: add q.' }])
  }
})
