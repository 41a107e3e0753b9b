// Writes: keys, ingestion (201, idempotent 200, what gets extracted), curation, deletion, the audit log, caches that follow writes, and the per-key write limit.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import t from 'tap'
import { PATHOLOGICAL } from '../../bench/extract-shapes.js'
import { build, getJson, type Built } from '../helper.js'

/** The shape issue 14 measured at 169 s on the event loop: a new speaker in every sentence. */
const slowShape = PATHOLOGICAL['new surnames']!

const EDITOR = 'editor-key-0123456789abcdef'
const PIPELINE = 'pipeline-key-0123456789abcd'
const KEYS = { API_KEYS: `editor:${EDITOR}, pipeline:${PIPELINE}` }

const fixture = readFileSync(new URL('../fixtures/chip-stocks.en.txt', import.meta.url), 'utf8')
const [TITLE, ...rest] = fixture.trim().split('\n')
const CHIP_STOCKS = { title: TITLE!, body: rest.join('\n').trim(), language: 'en', publisher: 'Example Wire', publishedAt: '2025-01-30' }

type Method = 'POST' | 'PATCH' | 'DELETE' | 'GET'
const send = (app: Built['app'], method: Method, url: string, payload?: object, key: string | null = EDITOR) =>
  app.inject({ method, url, ...(payload ? { payload } : {}), headers: key === null ? {} : { authorization: `Bearer ${key}` } })

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

t.test('POST /v1/articles extracts, serves at once, and is idempotent', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const before = await getJson(app, '/v1/statements?limit=1')

  const created = await send(app, 'POST', '/v1/articles', CHIP_STOCKS)
  t.equal(created.statusCode, 201)
  const article = created.json().data
  t.match(article.id, /^chipmakers-slide-as-investors-weigh-cheaper-ai-models-[0-9a-f]{8}$/)
  t.equal(created.headers.location, `/v1/articles/${article.id}`)
  t.match(article, { title: TITLE, language: 'en', publisher: 'Example Wire', publishedDate: '2025-01-30', statementCount: 8, marketEventCount: 2 })

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

t.test('PATCH /v1/statements/{id} corrects a statement and makes it curated', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const { id } = (await send(app, 'POST', '/v1/articles', CHIP_STOCKS)).json().data
  const extracted = (await getJson(app, `/v1/statements?article=${id}&limit=100`)).body.data.find((s: any) => s.text.startsWith('This is the first real test'))
  t.equal(extracted.origin, 'extracted')

  const res = await send(app, 'PATCH', `/v1/statements/${extracted.id}`, { kind: 'quote', subjects: ['nvidia', 'nvidia'], stance: 'negative' })
  t.equal(res.statusCode, 200)
  const patched = res.json().data
  t.match(patched, { id: extracted.id, kind: 'quote', stance: 'negative', origin: 'curated', confidence: 1, speaker: extracted.speaker, text: extracted.text, span: extracted.span })
  t.same(patched.subjects.map((s: any) => s.id), ['nvidia'], 'subjects replaced, duplicates dropped')
  t.same((await getJson(app, `/v1/statements/${extracted.id}`)).body.data, patched, 'served as stored')
  t.ok((await getJson(app, '/v1/entities/nvidia/statements?role=subject&limit=100')).body.data.some((s: any) => s.id === extracted.id), 'found by its new subject')

  const speaker = await send(app, 'PATCH', `/v1/statements/${extracted.id}`, { speaker: 'openai', stance: null })
  t.match(speaker.json().data, { speaker: { id: 'openai' }, stance: null })

  const unknown = await send(app, 'PATCH', `/v1/statements/${extracted.id}`, { subjects: ['nvidia', 'no-such-entity'] })
  t.equal(unknown.statusCode, 400)
  t.same(unknown.json().errors, [{ location: 'body', name: 'subjects', message: 'No entity has the id "no-such-entity".' }])
  t.equal((await send(app, 'PATCH', `/v1/statements/${extracted.id}`, {})).statusCode, 400, 'an empty patch changes nothing')
  t.equal((await send(app, 'PATCH', `/v1/statements/${extracted.id}`, { text: 'rewritten' })).statusCode, 400, 'the words are the source\'s, not editable')
  t.equal((await send(app, 'PATCH', `/v1/statements/${extracted.id}`, { kind: 'rumour' })).statusCode, 400)
  const missing = await send(app, 'PATCH', '/v1/statements/st_000000000000', { stance: 'positive' })
  t.equal(missing.statusCode, 404)
  t.equal(missing.json().code, 'not_found')
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

t.test('a full disk answers 507 storage_full and writes nothing', async (t) => {
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
