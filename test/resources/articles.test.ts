// /v1/articles: the list, one article with its body, mentions and terms, their 400s and 404s, ingestion (201, idempotent 200, what gets extracted) and deletion.
import fc from 'fast-check'
import t from 'tap'
import { PATHOLOGICAL } from '../../bench/extract-shapes.js'
import { CHIP_STOCKS, EDITOR, KEYS, PIPELINE, build, exec, getJson, send, walkPages } from '../helper.js'

/** The shape issue 14 measured at 169 s on the event loop: a new speaker in every sentence. */
const slowShape = PATHOLOGICAL['new surnames']!

t.test('lists articles without bodies', async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/articles')
  t.equal(res.status, 200)
  t.same(res.body, {
    data: [{
      id: 'deepseek-reactions',
      title: '«\u00a0 Salles de guerre \u00a0», allégations de vol de données et open source: comment les entreprises technologiques ont réagi à l’IA de Deepseek',
      standfirst: 'La start-up chinoise a secoué la bulle d’IA avec un modèle moins cher et moins à forte intensité d’énergie. C’est ainsi que la Big Tech League a réagi.',
      author: 'Milos Schmidt',
      language: 'fr',
      publisher: 'L’Observatoire de l’Europe',
      publishedDate: '2025',
      publishedDatePrecision: 'year',
      statementCount: 31,
      marketEventCount: 2
    }],
    page: { limit: 20, nextCursor: null }
  })
})

t.test('gets an article: body alone, mentions and terms with spans', async (t) => {
  const { app } = await build(t)
  const { data } = (await getJson(app, '/v1/articles/deepseek-reactions')).body
  t.ok(data.body.startsWith('La bulle de l’intelligence artificielle (IA)'), 'body starts after the standfirst')
  t.ok(data.body.endsWith('ce qui n’était pas l’intention d’origine.'), 'body ends before the page debris')
  for (const debris of ['Laisser un commentaire', 'cinq =', 'Milos Schmidt', 'The Icons', 'Big Tech League']) {
    t.notOk(data.body.includes(debris), `body leaves out "${debris}"`)
  }
  t.equal(data.photoCaption, 'The Icons for the smartphone apps DeepSeek and ChatGPT are seen on a smartphone screen in Beijing, Tuesday, Jan. 28, 2025.')
  t.same(data.terms.map((x: any) => x.text), ['salles de guerre', 'parrains de l’IA', 'distillation'])
  for (const m of [...data.mentions, ...data.terms]) t.equal(data.body.slice(m.span.start, m.span.end), m.text)
  const starts = data.mentions.map((m: any) => m.span.start)
  t.same(starts, [...starts].sort((a: number, b: number) => a - b), 'mentions in reading order')
  t.equal(data.mentions.filter((m: any) => m.entity.id === 'elon-musk').length, 5)
})

t.test('404 for an unknown article, 400 for a malformed id or cursor', async (t) => {
  const { app } = await build(t)
  t.equal((await getJson(app, '/v1/articles/nothing-here')).status, 404)
  t.equal((await getJson(app, '/v1/articles/NOT%20valid')).status, 400)
  t.equal((await getJson(app, '/v1/articles?cursor=eyJ9')).status, 400)
})

t.test('pages articles newest first, undated last', async (t) => {
  const built = await build(t)
  const { app } = built
  const insert = (...params: (string | null)[]) =>
    exec(built, 'INSERT INTO articles (id, title, language, body, published_date, published_date_precision) VALUES (?, ?, ?, ?, ?, ?)', ...params)
  await insert('older', 'Older', 'en', 'text', '2024-05-01', 'day')
  await insert('newer', 'Newer', 'en', 'text', '2026-01', 'month')
  await insert('undated-b', 'Undated B', 'en', 'text', null, null)
  await insert('undated-a', 'Undated A', 'en', 'text', null, null)
  t.same((await walkPages(app, '/v1/articles?limit=1')).items, ['newer', 'deepseek-reactions', 'older', 'undated-b', 'undated-a'], 'newest first; ties (the undated) by id, in the same direction')
  t.same((await walkPages(app, '/v1/articles?limit=2&sort=date')).items, ['undated-a', 'undated-b', 'older', 'deepseek-reactions', 'newer'])
})

t.test('POST /v1/articles extracts, serves at once, and is idempotent', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const before = await getJson(app, '/v1/statements?limit=1')

  const created = await send(app, 'POST', '/v1/articles', CHIP_STOCKS)
  t.equal(created.statusCode, 201)
  const article = created.json().data
  t.match(article.id, /^chipmakers-slide-as-investors-weigh-cheaper-ai-models-[0-9a-f]{8}$/)
  t.equal(created.headers.location, `/v1/articles/${article.id}`)
  t.match(article, { title: CHIP_STOCKS.title, language: 'en', publisher: 'Example Wire', publishedDate: '2025-01-30', statementCount: 8, marketEventCount: 2 })

  const full = (await getJson(app, created.headers.location as string)).body.data
  t.equal(full.body, CHIP_STOCKS.body)
  const statements = (await getJson(app, `/v1/statements?article=${article.id}&limit=100`)).body.data
  t.equal(statements.length, 8)
  for (const s of statements) {
    t.equal(s.text, full.body.slice(s.span.start, s.span.end), `${s.id}: text is its span`)
    t.equal(s.origin, 'extracted')
    t.ok(s.confidence > 0 && s.confidence <= 1, `${s.id}: confidence in (0, 1]`)
  }
  const quote = statements.find((s: any) => s.text === 'When a technology gets cheaper, people use more of it,')
  t.match(quote, { kind: 'quote', speaker: { id: 'satya-nadella', name: 'Satya Nadella' } })
  // A reported clause holding a quotation is one partial quote, as PolNeAR annotates it.
  const spokesperson = statements.find((s: any) => s.text.startsWith('the company remained “confident in the road map”'))
  t.match(spokesperson, { kind: 'partial_quote', speaker: { id: 'nvidia' } })

  const events = (await getJson(app, `/v1/market-events?article=${article.id}`)).body.data
  t.same(events.map((m: any) => ({ entity: m.entity.id, kind: m.kind, figures: m.figures.map((f: any) => [f.value, f.unit, f.currency]), origin: m.origin })), [
    { entity: 'nvidia', kind: 'share_price_change', figures: [[-4.2, 'percent', null]], origin: 'extracted' },
    { entity: 'nvidia', kind: 'market_value_change', figures: [[-210_000_000_000, 'currency', 'USD'], [-194_000_000_000, 'currency', 'EUR']], origin: 'extracted' }
  ])
  t.match((await getJson(app, '/v1/entities/priya-raman')).body.data, { name: 'Priya Raman', type: 'person', origin: 'extracted' }, 'a new speaker becomes an entity')
  t.match((await getJson(app, '/v1/entities/nvidia')).body.data, { origin: 'curated' }, 'a known entity is linked, not duplicated')

  const again = await send(app, 'POST', '/v1/articles', { ...CHIP_STOCKS, author: 'Someone Else' }, PIPELINE)
  t.equal(again.statusCode, 200, 'the same language, title and body: the existing article')
  t.equal(again.headers.location, created.headers.location)
  t.same(again.json().data, article, 'unchanged')
  t.equal((await getJson(app, `/v1/statements?article=${article.id}&limit=100`)).body.data.length, 8, 'nothing written twice')
  const audit = (await getJson(app, '/v1/audit', { authorization: `Bearer ${EDITOR}` })).body.data
  t.equal(audit.filter((e: any) => e.operation === 'article.create').length, 1, 'one audited creation')
  t.not((await getJson(app, '/v1/statements?limit=1')).headers.etag, before.headers.etag, 'lists changed, so did their ETag')
})

t.test('ingestion validates its body field by field', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const invalid = async (payload: unknown, errors: object[]) => {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: `Bearer ${EDITOR}` }, payload: payload as object })
    t.equal(res.statusCode, 400, JSON.stringify(payload).slice(0, 80))
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { code: 'validation_failed', errors })
  }
  await invalid({ ...CHIP_STOCKS, language: 'de' }, [{ location: 'body', name: 'language', message: /expected one of "fr"\|"en"/ }])
  await invalid({ ...CHIP_STOCKS, title: '   ' }, [{ location: 'body', name: 'title' }])
  await invalid({ ...CHIP_STOCKS, body: 'x'.repeat(200_001) }, [{ location: 'body', name: 'body', message: 'Must be at most 200,000 characters.' }])
  await invalid({ ...CHIP_STOCKS, publishedAt: 'last Tuesday' }, [{ location: 'body', name: 'publishedAt', message: /ISO 8601/ }])
  await invalid({ ...CHIP_STOCKS, url: 'javascript:alert(1)' }, [{ location: 'body', name: 'url' }])
  for (const publishedAt of ['2025-02-31T23:59:59+99:99', '2025-02-29', '2025-04-31', '2025-01-29T24:00:00Z', '2025-01-29T09:60Z', '2025-01-29T09:00:00+14:30']) {
    await invalid({ ...CHIP_STOCKS, publishedAt }, [{ location: 'body', name: 'publishedAt', message: /real moment/ }])
  }
  await invalid({ ...CHIP_STOCKS, body: `${CHIP_STOCKS.body} \ud800 tail` }, [{ location: 'body', name: 'body', message: /lone surrogate/ }])
  await invalid({ ...CHIP_STOCKS, body: `${CHIP_STOCKS.body}\u0000` }, [{ location: 'body', name: 'body', message: /NUL/ }])
  await invalid({ ...CHIP_STOCKS, title: '\u0000' }, [{ location: 'body', name: 'title', message: /control characters/ }])
  await invalid({ ...CHIP_STOCKS, author: 'Jane\u001bRoe' }, [{ location: 'body', name: 'author', message: /control characters/ }])
  await invalid({ ...CHIP_STOCKS, publisher: '\udc00Wire' }, [{ location: 'body', name: 'publisher', message: /lone surrogate/ }])
  await invalid({ ...CHIP_STOCKS, tags: ['ai'] }, [{ location: 'body' }])
  await invalid({ body: 'text', language: 'fr' }, [{ location: 'body', name: 'title' }])
  await invalid([CHIP_STOCKS], [{ location: 'body' }])

  const huge = await app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: `Bearer ${EDITOR}`, 'content-type': 'application/json' }, payload: JSON.stringify({ ...CHIP_STOCKS, body: 'x'.repeat(1_100_000) }) })
  t.equal(huge.statusCode, 413)
  const text = await app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: `Bearer ${EDITOR}`, 'content-type': 'text/plain' }, payload: CHIP_STOCKS.body })
  t.equal(text.statusCode, 415)
  const broken = await app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: `Bearer ${EDITOR}`, 'content-type': 'application/json' }, payload: '{"title": ' })
  t.equal(broken.statusCode, 400)
  t.equal((await getJson(app, '/v1/articles')).body.data.length, 1, 'nothing was written')
})

t.test('an article past its extraction budget fails whole, with a problem saying why', async (t) => {
  // 1 ms cannot even start a worker: the budget runs out on any machine.
  const { app } = await build(t, { env: { ...KEYS, EXTRACT_TIMEOUT: '1ms' } })
  const before = (await getJson(app, '/v1/articles?count=true')).headers['x-total-count']
  const res = await send(app, 'POST', '/v1/articles', { ...CHIP_STOCKS })
  t.equal(res.statusCode, 422)
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(res.json(), { status: 422, code: 'extraction_timeout', detail: 'Extracting this article took longer than its 0.001 s budget, so nothing was written. Split it into smaller articles.' })
  t.equal((await getJson(app, '/v1/articles?count=true')).headers['x-total-count'], before, 'no article was written')
  t.equal((await getJson(app, '/v1/audit', { authorization: `Bearer ${EDITOR}` })).body.data.filter((e: { operation: string }) => e.operation === 'article.create').length, 0, 'nor audited')
})

t.test('while the slowest known article is extracted, the event loop keeps answering', async (t) => {
  const { app } = await build(t, { env: { ...KEYS, WRITE_RATE_LIMIT_MAX: '0' } })
  let done = false
  const post = send(app, 'POST', '/v1/articles', { title: 'Slow shape', language: 'en', body: slowShape(199_000) }).finally(() => { done = true })
  const latencies: number[] = []
  const statuses = new Set<number>()
  // Probes one after another for as long as the POST runs: on the event loop, extraction would let none through until it ended.
  while (!done) {
    const start = performance.now()
    statuses.add((await app.inject('/healthz')).statusCode)
    latencies.push(performance.now() - start)
    await new Promise((resolve) => setImmediate(resolve))
  }
  const res = await post
  t.equal(res.statusCode, 201)
  t.ok(res.json().data.statementCount > 6000, 'a statement for each of its sentences')
  t.same([...statuses], [200], 'every probe answered 200')
  t.ok(latencies.length >= 20, `healthz answered ${latencies.length} times during the POST`)
  latencies.sort((a, b) => a - b)
  // A figure, not an assertion (timing is the benchmark's business: npm run bench:stall).
  t.comment(`healthz during the POST: ${latencies.length} probes, p99 ${latencies[Math.floor(latencies.length * 0.99)]!.toFixed(1)} ms`)
})

t.test('text == body.slice(span) after any accepted write, over random Unicode bodies', async (t) => {
  const { app } = await build(t, { env: { ...KEYS, WRITE_RATE_LIMIT_MAX: '0' } })
  // Random text around the marks and cues the extractor reacts to, astral characters and combining marks included.
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 10 }),
    fc.constantFrom('“', '”', '« ', ' »', '"', '‘', '’', ' said Ann Lee. ', ', a déclaré Marc Dubois. ', 'Il a ajouté que ', '\n\n', '😀', 'e\u0301', '\u00a0', '4,5 %', ' $3 billion ', '. ')
  )
  await fc.assert(fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.constantFrom('en', 'fr'), async (pieces, language) => {
    const body = pieces.join('')
    const res = await send(app, 'POST', '/v1/articles', { title: 'Random', body, language })
    if (res.statusCode === 400) return // blank, or ill-formed: refused whole, which the cases above pin
    if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`POST answered ${res.statusCode}: ${res.body}`)
    const id = res.json().data.id
    const stored = (await getJson(app, `/v1/articles/${id}`)).body.data.body
    if (stored !== body) throw new Error('the body was not stored exactly')
    const statements = (await getJson(app, `/v1/statements?article=${id}&limit=100`)).body.data as { text: string, span: { start: number, end: number } }[]
    for (const s of statements) {
      if (s.text !== body.slice(s.span.start, s.span.end)) throw new Error(`span ${s.span.start}-${s.span.end} holds ${JSON.stringify(body.slice(s.span.start, s.span.end))}, not ${JSON.stringify(s.text)}`)
    }
  }), { numRuns: 60, seed: 14 })
  t.pass('every span holds its text')
})

t.test('DELETE removes a statement, or an article and all that hangs off it', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const { id } = (await send(app, 'POST', '/v1/articles', CHIP_STOCKS)).json().data
  const statements = (await getJson(app, `/v1/statements?article=${id}&limit=100`)).body.data
  const victim = statements[0].id

  const removed = await send(app, 'DELETE', `/v1/statements/${victim}`)
  t.equal(removed.statusCode, 204)
  t.equal(removed.body, '')
  t.equal((await getJson(app, `/v1/statements/${victim}`)).status, 404)
  t.equal((await send(app, 'DELETE', `/v1/statements/${victim}`)).statusCode, 404, 'a second delete finds nothing')
  t.equal((await getJson(app, `/v1/articles/${id}`)).body.data.statementCount, 7)

  const seedCount = (await getJson(app, '/v1/statements?count=true&limit=1')).headers['x-total-count']
  t.equal((await send(app, 'DELETE', `/v1/articles/${id}`)).statusCode, 204)
  t.equal((await getJson(app, `/v1/articles/${id}`)).status, 404)
  t.equal((await getJson(app, `/v1/statements?article=${id}`)).body.data.length, 0, 'its statements went with it')
  t.equal((await getJson(app, `/v1/market-events?article=${id}`)).body.data.length, 0, 'and its market events')
  t.equal(Number((await getJson(app, '/v1/statements?count=true&limit=1')).headers['x-total-count']), Number(seedCount) - 7)
  t.equal((await getJson(app, '/v1/statements?article=deepseek-reactions&limit=100')).body.data.length, 31, 'other articles are untouched')
  t.equal((await send(app, 'DELETE', `/v1/articles/${id}`)).statusCode, 404)
})

t.test('an article is served with the URL it was published at, when it has one', async (t) => {
  const { app } = await build(t, { env: KEYS })
  t.equal((await getJson(app, '/v1/articles/deepseek-reactions')).body.data.url, null, 'the seed has none')
  const { id } = (await send(app, 'POST', '/v1/articles', { ...CHIP_STOCKS, url: 'https://example.com/chipmakers' })).json().data
  t.equal((await getJson(app, `/v1/articles/${id}`)).body.data.url, 'https://example.com/chipmakers')
  t.notOk('url' in (await getJson(app, `/v1/articles?limit=1`)).body.data[0], 'summaries leave it out, as they leave the body')
})
