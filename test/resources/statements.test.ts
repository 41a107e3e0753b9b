// /v1/statements: filters, reading order, keyset pages, one statement, its 400s and 404s, statements whose speaker is unresolved, and an editor's corrections.
import t, { type Test } from 'tap'
import { statementId } from '../../src/domain/ids.js'
import type { Extractor } from '../../src/resources/articles/store.js'
import { CHIP_STOCKS, KEYS, build, exec, getJson, send, walkPages } from '../helper.js'

const NVIDIA_QUOTE = 'st_593468df5bcd'

t.test('lists statements in reading order with embedded speaker, subjects, article and span', async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/statements?limit=100')
  t.equal(res.status, 200)
  t.equal(res.body.data.length, 31)
  t.same(res.body.data.map((s: any) => s.position), Array.from({ length: 31 }, (_, i) => i + 1))
  t.equal(res.body.page.nextCursor, null)
  t.notOk(res.headers.link, 'no next link on the last page')
  const first = res.body.data[0]
  t.same(first.speaker, { id: 'deepseek', name: 'DeepSeek', type: 'organization' })
  t.same(first.subjects.map((s: any) => s.id), ['deepseek', 'openai'])
  t.equal(first.article.id, 'deepseek-reactions')
  t.equal(first.article.publishedDate, '2025')
})

t.test('every statement text is exactly the article body at its span', async (t) => {
  const { app } = await build(t)
  const body = (await getJson(app, '/v1/articles/deepseek-reactions')).body.data.body as string
  const { data } = (await getJson(app, '/v1/statements?limit=100')).body
  for (const s of data) t.equal(body.slice(s.span.start, s.span.end), s.text, s.id)
})

t.test('filters combine: speaker, about, article, kind', async (t) => {
  const { app } = await build(t)
  const ids = async (query: string) => (await getJson(app, `/v1/statements?limit=100&${query}`)).body.data.map((s: any) => s.text)

  t.same(await ids('speaker=nvidia'), [
    'Deepseek est une excellente progression de l’IA et un parfait exemple de mise à l’échelle du temps de test',
    'Le travail de Deepseek illustre comment les nouveaux modèles peuvent être créés en utilisant cette technique, en tirant parti des modèles largement disponibles et du calcul qui est entièrement conforme au contrôle des exportations'
  ])
  t.same(await ids('speaker=elon-musk&kind=quote'), ['Lmao, non', 'évidemment'])
  t.same(await ids('about=jevons-paradox'), ['en jeu à nouveau'])
  t.equal((await ids('about=deepseek')).length, 21)
  t.equal((await ids('article=deepseek-reactions')).length, 31)
  t.same(await ids('kind=no_comment'), ['n’a pas commenté publiquement', 'n’ait rien publié sur l’entreprise sur sa propre plate-forme X'])
  t.same(await ids('speaker=nobody'), [], 'an unknown id filters to an empty list')
  t.same(await ids('speaker=sam-altman&about=openai'), ['Openai continuera de livrer de meilleurs modèles'])
})

t.test('pages with limit=2 walk exactly the full list, with Link headers', async (t) => {
  const { app } = await build(t)
  const all = (await getJson(app, '/v1/statements?limit=100&about=deepseek')).body.data.map((s: any) => s.id)
  const { items: walked, links } = await walkPages(app, '/v1/statements?limit=2&about=deepseek')
  t.equal(links.length, 11)
  t.equal(links.at(-1), undefined, 'no Link on the last page')
  const second = await getJson(app, '/v1/statements?limit=2&about=deepseek')
  t.equal(second.headers.link, `</v1/statements?limit=2&about=deepseek&cursor=${second.body.page.nextCursor}>; rel="next"`)
  const followed = await getJson(app, (second.headers.link as string).slice(1, (second.headers.link as string).indexOf('>')))
  t.same(followed.body.data.map((s: any) => s.id), all.slice(2, 4), 'the Link URL serves the next page')
  t.same(walked, all)
  t.equal(new Set(walked).size, walked.length, 'no duplicates')
})

t.test('gets one statement', async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, `/v1/statements/${NVIDIA_QUOTE}`)
  t.equal(res.status, 200)
  t.match(res.body.data, {
    id: NVIDIA_QUOTE,
    kind: 'quote',
    speaker: { id: 'nvidia' },
    speakerLabel: 'un porte-parole de NVIDIA',
    medium: 'press_statement',
    subjects: [{ id: 'deepseek', name: 'DeepSeek', type: 'organization' }],
    span: { start: 905, end: 1011 },
    position: 2
  })
})

t.test('rejects bad input with 400 and unknown ids with 404', async (t) => {
  const { app } = await build(t)
  const cases: [string, number, string][] = [
    ['/v1/statements?limit=0', 400, 'limit'],
    ['/v1/statements?limit=101', 400, 'limit'],
    ['/v1/statements?limit=ten', 400, 'limit'],
    ['/v1/statements?kind=rumour', 400, 'kind'],
    ['/v1/statements?speaker=Not%20A%20Slug', 400, 'speaker'],
    ['/v1/statements?cursor=not-a-cursor', 400, 'cursor'],
    ['/v1/statements?speakr=nvidia', 400, 'speakr']
  ]
  for (const [url, status, field] of cases) {
    const res = await getJson(app, url)
    t.equal(res.status, status, url)
    t.equal(res.body.errors[0].name, field, url)
  }
  const missing = await getJson(app, '/v1/statements/st_000000000000')
  t.equal(missing.status, 404)
  t.equal(missing.body.code, 'not_found')
})

t.test('a cursor only works for the list that issued it', async (t) => {
  const { app } = await build(t)
  const entityCursor = (await getJson(app, '/v1/entities?limit=1')).body.page.nextCursor
  const res = await getJson(app, `/v1/statements?cursor=${entityCursor}`)
  t.equal(res.status, 400)
  t.equal(res.body.errors[0].name, 'cursor')
  const forged = Buffer.from(JSON.stringify({ s: 'reading-order', k: ['x', 'not-a-number'] })).toString('base64url')
  t.equal((await getJson(app, `/v1/statements?cursor=${forged}`)).status, 400)
})

t.test('more filters: either role, medium and article date ranges', async (t) => {
  const { app } = await build(t)
  const ids = async (query: string) => (await getJson(app, `/v1/statements?limit=100&${query}`)).body.data.map((s: any) => s.id)
  const openai = await ids('entity=openai')
  t.equal(openai.length, 6, 'OpenAI speaks 4 times and is the subject of 3 statements, one of them its own')
  t.same(openai, (await getJson(app, '/v1/entities/openai/statements?limit=100')).body.data.map((s: any) => s.id))
  t.same(await ids('entity=openai&kind=quote'), ['st_da07290032e3'])
  t.equal((await ids('medium=linkedin_post')).length, 3)
  t.equal((await ids('medium=x_post&speaker=elon-musk')).length, 4)
  t.equal((await ids('from=2025')).length, 31)
  t.equal((await ids('from=2025-01-15&to=2025-02')).length, 31, 'a year-dated article overlaps any range inside its year')
  t.same(await ids('from=2026'), [])
  t.same(await ids('to=2024-12-31'), [])
  for (const bad of ['from=2025-13', 'from=25', 'to=2025-02-30x', 'from=2025-02-30', 'to=2023-02-29', 'from=2025-06-31', 'medium=fax', 'entity=Open%20AI']) {
    t.equal((await getJson(app, `/v1/statements?${bad}`)).status, 400, bad)
  }
  t.equal((await getJson(app, '/v1/statements?to=2024-02-29')).status, 200, 'a leap day exists')
})

t.test('sorts: newest first by default, by date, by position, and reversed', async (t) => {
  const built = await build(t)
  const { app } = built
  await exec(built, 'INSERT INTO articles (id, title, language, body, published_date, published_date_precision) VALUES (?, ?, ?, ?, ?, ?)', 'later', 'Later', 'en', 'Sam says hi. Sam says bye.', '2026-02-01', 'day')
  const statement = "INSERT INTO statements (id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end) VALUES (?, 'later', '2026-02-01', ?, 'sam-altman', 'Sam', 'paraphrase', ?, ?, ?)"
  await exec(built, statement, 'st_later_1', 1, 'hi', 9, 11)
  await exec(built, statement, 'st_later_2', 2, 'bye', 22, 25)
  const order = async (query: string) => (await getJson(app, `/v1/statements?limit=100&${query}`)).body.data.map((s: any) => `${s.article.id}#${s.position}`)
  const seeded = Array.from({ length: 31 }, (_, i) => `deepseek-reactions#${i + 1}`)
  t.same(await order(''), ['later#1', 'later#2', ...seeded], 'newest article first, reading order within')
  t.same(await order('sort=-date'), await order(''))
  t.same(await order('sort=date'), [...seeded, 'later#1', 'later#2'])
  t.same(await order('sort=position'), [...seeded, 'later#1', 'later#2'], 'by article id, then reading order')
  t.same(await order('sort=-position'), ['later#2', 'later#1', ...[...seeded].reverse()])
  t.equal((await getJson(app, '/v1/statements?sort=speaker')).status, 400)
})

t.test('keyset pages are exact under every filter and sort', async (t) => {
  const { app } = await build(t)
  const filters = ['', 'speaker=sam-altman', 'about=deepseek', 'entity=openai', 'kind=partial_quote', 'medium=x_post', 'from=2025', 'q=deepseek', 'about=deepseek&kind=paraphrase', 'entity=deepseek&medium=x_post',
    'entity=openai&article=deepseek-reactions', 'about=deepseek&article=deepseek-reactions&kind=paraphrase', 'speaker=elon-musk&from=2025', 'entity=deepseek&from=2025-01&to=2025']
  const sorts = ['', 'sort=-date', 'sort=date', 'sort=position', 'sort=-position']
  for (const filter of filters) {
    for (const sort of [...sorts, ...(filter.includes('q=') ? ['sort=relevance'] : [])]) {
      const query = [filter, sort].filter(Boolean).join('&')
      const all = (await getJson(app, `/v1/statements?limit=100&${query}`)).body.data.map((s: any) => s.id)
      const { items } = await walkPages(app, `/v1/statements?limit=2${query ? `&${query}` : ''}`)
      t.same(items, all, query || '(no filter)')
    }
  }
})

t.test('a bare search chooses its page from the candidates alone, in the order a filtered one takes', async (t) => {
  const { app } = await build(t)
  // from=2000 keeps every row but makes the search read each candidate's row to check it.
  for (const q of ['deepseek', 'open', 'le']) {
    const bare = (await getJson(app, `/v1/statements?limit=100&sort=relevance&q=${q}`)).body.data
    const filtered = (await getJson(app, `/v1/statements?limit=100&sort=relevance&from=2000&q=${q}`)).body.data
    t.ok(bare.length > 1, `${q}: ${bare.length} hits`)
    t.same(bare.map((s: any) => [s.id, s.search.score]), filtered.map((s: any) => [s.id, s.search.score]), q)
    const { items } = await walkPages(app, `/v1/statements?limit=3&sort=relevance&q=${q}`)
    t.same(items, bare.map((s: any) => s.id), `${q}: its pages, cursor from rank and seq`)
  }
})

t.test('a search with more matches than it ranks ranks the most recent and says its total is a lower bound', async (t) => {
  const built = await build(t)
  // 2,010 matches, the ten oldest the most relevant (the word three times): past the 2,000 a
  // search ranks, so they are left out, however well they would score.
  await exec(built, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2010)
    INSERT INTO statements (id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end)
    SELECT 'st_zz' || i, 'deepseek-reactions', '2025-01-27', 100 + i, NULL, 'someone', 'paraphrase',
      CASE WHEN i <= 10 THEN 'zorblat zorblat zorblat' ELSE 'zorblat among other words' END, 0, 7 FROM n`)
  const { body } = await getJson(built.app, '/v1/statements?q=zorblat&limit=100&count=true')
  t.equal(body.data.length, 100)
  t.notOk(body.data.some((s: any) => s.text === 'zorblat zorblat zorblat'), 'the oldest ten are not among the candidates')
  t.same(body.page.total, 2000)
  t.equal(body.page.totalIsLowerBound, true)
  const few = (await getJson(built.app, '/v1/statements?q=deepseek&count=true')).body.page
  t.notOk('totalIsLowerBound' in few, 'a search within its candidates counts exactly')
})

t.test('count=true adds page.total and X-Total-Count', async (t) => {
  const { app } = await build(t)
  for (const [query, total] of [['', 31], ['about=deepseek', 21], ['entity=openai', 6], ['q=deepseek', 7], ['speaker=nobody', 0]] as const) {
    const res = await getJson(app, `/v1/statements?limit=2&count=true&${query}`)
    t.equal(res.body.page.total, total, query)
    t.equal(res.headers['x-total-count'], String(total), query)
  }
  const without = await getJson(app, '/v1/statements?limit=2')
  t.notOk('total' in without.body.page)
  t.notOk(without.headers['x-total-count'])
  t.equal((await getJson(app, '/v1/statements?count=yes')).status, 400)
})

// An article whose extraction keeps a quote it could not attribute, through POST /v1/articles with
// the extractor stubbed (the real one is being rewritten): what every read and the PATCH make of it.
const EDITOR = 'editor-key-0123456789abcdef'
const BODY = 'Nvidia agreed to buy Acme. “We will not comment,” a source close to the talks said. “It is a good deal,” said Nvidia. The deal is worth $2 billion.'
const span = (text: string) => ({ start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length })
const UNRESOLVED = { ...span('We will not comment,'), speaker: null, label: 'a source close to the talks', kind: 'quote' as const, text: 'We will not comment,', medium: null, about: ['nvidia'], confidence: 0.2 }
const RESOLVED = { ...span('It is a good deal,'), speaker: 'nvidia', label: 'Nvidia', kind: 'quote' as const, text: 'It is a good deal,', medium: null, about: [], confidence: 0.9 }
const stubbed: Extractor = () => ({
  statements: [UNRESOLVED, RESOLVED],
  newEntities: [],
  mentions: [],
  marketEvents: [{ ...span('The deal is worth $2 billion'), entity: 'nvidia', kind: 'deal_value', direction: null, figures: [{ value: 2e9, unit: 'currency', currency: 'USD', text: '$2 billion' }], text: 'The deal is worth $2 billion', confidence: 0.7 }]
})

async function withUnresolved (t: Test) {
  const built = await build(t, { env: { API_KEYS: `editor:${EDITOR}` }, extractor: stubbed })
  const created = await built.app.inject({ method: 'POST', url: '/v1/articles', headers: { authorization: `Bearer ${EDITOR}` }, payload: { title: 'Nvidia buys Acme', language: 'en', publishedAt: '2026-03-02', body: BODY } })
  t.equal(created.statusCode, 201)
  const article = created.json().data.id as string
  return { ...built, article, unresolved: statementId(article, null, 'quote', UNRESOLVED.text), resolved: statementId(article, 'nvidia', 'quote', RESOLVED.text) }
}

t.test('a statement whose speaker is unresolved is kept and served with speaker null', async (t) => {
  const { app, article, unresolved, resolved } = await withUnresolved(t)
  const { data } = (await getJson(app, `/v1/statements?article=${article}`)).body
  t.same(data.map((s: any) => s.id), [unresolved, resolved], 'both kept, ids from the content (the unresolved speaker hashes as "")')
  t.match(data[0], { speaker: null, speakerLabel: 'a source close to the talks', origin: 'extracted', confidence: 0.2, subjects: [{ id: 'nvidia' }] })
  t.equal(data[0].text, BODY.slice(data[0].span.start, data[0].span.end))
  t.same((await getJson(app, `/v1/statements/${unresolved}`)).body.data, data[0], 'one statement, serialized the same')
  t.match(data[1], { speaker: { id: 'nvidia', name: 'Nvidia' } })
  t.same((await getJson(app, '/v1/statements?limit=2')).body.data.map((s: any) => s.id), [unresolved, resolved], 'the newest article leads the default list')
  t.equal((await getJson(app, `/v1/statements?article=${article}&count=true`)).body.page.total, 2)

  const csv = await app.inject({ url: `/v1/statements?article=${article}`, headers: { accept: 'text/csv' } })
  t.equal(csv.body.split('\r\n')[1], `${unresolved},${article},2026-03-02,1,,,a source close to the talks,quote,,nvidia,"We will not comment,",${UNRESOLVED.start},${UNRESOLVED.end}`, 'CSV: empty speaker id and name, the label kept')
  const ndjson = await app.inject({ url: `/v1/statements?article=${article}`, headers: { accept: 'application/x-ndjson' } })
  t.equal(JSON.parse(ndjson.body.split('\n')[0]!).speaker, null)

  const hit = (await getJson(app, '/v1/search?q=comment&type=statement')).body.data[0]
  t.match(hit, { id: unresolved, label: 'a source close to the talks' }, 'a search hit is labelled with the text\'s words')
  t.same((await getJson(app, `/v1/statements?q=comment&article=${article}`)).body.data.map((s: any) => [s.id, s.speaker]), [[unresolved, null]])
})

t.test('entity pages never list an unresolved statement as spoken by anyone, and counts skip it', async (t) => {
  const { app, article, unresolved, resolved } = await withUnresolved(t)
  const ids = async (query: string) => (await getJson(app, `/v1/entities/nvidia/statements?article=${article}&${query}`)).body.data.map((s: any) => s.id)
  t.same(await ids('role=speaker'), [resolved])
  t.same(await ids('role=subject'), [unresolved], 'what was said about the entity, whoever said it')
  t.same(await ids('role=any'), [unresolved, resolved])
  t.equal((await getJson(app, '/v1/entities/nvidia')).body.data.statementCount, 3, 'Nvidia\'s two seeded statements and the resolved one')
  t.equal((await getJson(app, '/v1/entities?sort=-statementCount&limit=100')).body.data.reduce((n: number, e: any) => n + e.statementCount, 0), 32, 'the most-quoted counts add up to the attributed statements only')
})

t.test('PATCH gives an unresolved statement its speaker, and never takes one away', async (t) => {
  const { app, unresolved } = await withUnresolved(t)
  const patch = (payload: object) => app.inject({ method: 'PATCH', url: `/v1/statements/${unresolved}`, headers: { authorization: `Bearer ${EDITOR}` }, payload })
  const cleared = await patch({ speaker: null })
  t.equal(cleared.statusCode, 400)
  t.same(cleared.json().errors, [{ location: 'body', name: 'speaker', message: 'A speaker cannot be cleared: name the entity who said it, or delete the statement.' }])
  const before = (await getJson(app, '/v1/entities/sam-altman')).body.data.statementCount
  const set = await patch({ speaker: 'sam-altman' })
  t.equal(set.statusCode, 200)
  t.match(set.json().data, { id: unresolved, speaker: { id: 'sam-altman', name: 'Sam Altman' }, speakerLabel: 'a source close to the talks', origin: 'curated', confidence: 1 }, 'the id stays; the statement is curated')
  t.equal((await getJson(app, '/v1/entities/sam-altman')).body.data.statementCount, before + 1, 'and now counts for its speaker')
  t.ok((await getJson(app, '/v1/entities/sam-altman/statements?role=speaker&limit=100')).body.data.some((s: any) => s.id === unresolved))
  t.equal((await patch({ speaker: null })).statusCode, 400, 'nor can a set speaker be cleared')
})

t.test('a figure that is not a move is served with direction null', async (t) => {
  const { app, article } = await withUnresolved(t)
  const { data } = (await getJson(app, `/v1/market-events?article=${article}&kind=deal_value`)).body
  t.match(data, [{ kind: 'deal_value', direction: null, entity: { id: 'nvidia' }, figures: [{ value: 2e9, currency: 'USD' }] }])
  t.same((await getJson(app, `/v1/market-events/${data[0].id}`)).body.data, data[0])
  const csv = await app.inject({ url: `/v1/market-events?article=${article}`, headers: { accept: 'text/csv' } })
  t.match(csv.body.split('\r\n')[1], /^me_[0-9a-f]{12},nvidia,deal_value,,2000000000 USD,/, 'CSV: an empty direction')
  t.equal((await getJson(app, '/v1/market-events?kind=index_change')).body.data.length, 0, 'every new kind is a valid filter')
})

t.test('review filters: origin, confidence bounds and hasSpeaker, alone and with the others', async (t) => {
  const { app, unresolved, resolved } = await withUnresolved(t)
  const ids = async (query: string, path = '/v1/statements') => (await getJson(app, `${path}?limit=100&${query}`)).body.data.map((s: any) => s.id)
  const total = async (query: string) => (await getJson(app, `/v1/statements?limit=1&count=true&${query}`)).body.page.total
  t.same(await ids('origin=extracted'), [unresolved, resolved])
  t.equal((await ids('origin=curated')).length, 31)
  t.same(await ids('maxConfidence=0.5'), [unresolved])
  t.same(await ids('minConfidence=0.2&maxConfidence=0.2'), [unresolved], 'both bounds are inclusive')
  t.same(await ids('minConfidence=0.9&origin=extracted'), [resolved])
  t.equal((await ids('minConfidence=1')).length, 31, 'curated statements have confidence 1')
  t.same(await ids('hasSpeaker=false'), [unresolved])
  t.equal((await ids('hasSpeaker=true')).length, 32)
  t.same(await ids('hasSpeaker=false&about=nvidia&kind=quote&from=2026&origin=extracted&maxConfidence=0.3'), [unresolved], 'every filter combines')
  t.same(await ids('hasSpeaker=false&q=comment'), [unresolved])
  t.same(await ids('hasSpeaker=false&speaker=nvidia'), [], 'a speaker and no speaker: nothing')
  t.same(await ids('hasSpeaker=false&role=subject', '/v1/entities/nvidia/statements'), [unresolved], 'entity pages take them too')
  t.same(await ids('hasSpeaker=false&role=speaker', '/v1/entities/nvidia/statements'), [])
  t.same(await ids('origin=extracted&minConfidence=0.5', '/v1/entities/nvidia/statements'), [resolved])
  for (const [query, n] of [['hasSpeaker=false', 1], ['hasSpeaker=true', 32], ['origin=extracted', 2], ['maxConfidence=0.5', 1], ['speaker=nvidia&origin=curated', 2], ['entity=nvidia&hasSpeaker=true', 3]] as const) {
    t.equal(await total(query), n, `count: ${query}`)
  }
  const csv = await app.inject({ url: '/v1/statements?hasSpeaker=false', headers: { accept: 'text/csv' } })
  t.equal(csv.body.trim().split('\r\n').length, 2, 'the CSV export takes the filters: a header and one row')
})

t.test('keyset pages stay exact under the review filters', async (t) => {
  const { app } = await withUnresolved(t)
  for (const filter of ['origin=curated', 'origin=extracted', 'hasSpeaker=true', 'hasSpeaker=false', 'minConfidence=0.5', 'maxConfidence=0.95&kind=quote', 'about=nvidia&hasSpeaker=true', 'entity=nvidia&origin=curated', 'q=deal&minConfidence=0']) {
    for (const sort of ['', 'sort=date', 'sort=position', 'sort=-position']) {
      const query = [filter, sort].filter(Boolean).join('&')
      const all = (await getJson(app, `/v1/statements?limit=100&${query}`)).body.data.map((s: any) => s.id)
      t.same((await walkPages(app, `/v1/statements?limit=1&${query}`)).items, all, query)
    }
  }
})

t.test('review filters reject bad values with a 400 that names the field', async (t) => {
  const { app } = await build(t)
  const cases: [string, string, string][] = [
    ['minConfidence=1.5', 'minConfidence', 'Must be a number from 0 to 1.'],
    ['maxConfidence=-0.1', 'maxConfidence', 'Must be a number from 0 to 1.'],
    ['minConfidence=high', 'minConfidence', 'Must be a number from 0 to 1.'],
    ['minConfidence=1e-1', 'minConfidence', 'Must be a number from 0 to 1.'],
    ['maxConfidence=', 'maxConfidence', 'Must be a number from 0 to 1.'],
    ['minConfidence=0.8&maxConfidence=0.2', 'minConfidence', 'Must not be more than maxConfidence (0.2).'],
    ['origin=robot', 'origin', ''],
    ['hasSpeaker=no', 'hasSpeaker', '']
  ]
  for (const path of ['/v1/statements', '/v1/entities/nvidia/statements']) {
    for (const [query, name, message] of cases) {
      const res = await getJson(app, `${path}?${query}`)
      t.equal(res.status, 400, `${path}?${query}`)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      t.match(res.body.errors, [{ location: 'query', name, ...(message ? { message } : {}) }], `${path}?${query}`)
    }
  }
  t.equal((await getJson(app, '/v1/statements?minConfidence=.5&maxConfidence=1.0')).status, 200, '.5 and 1.0 are numbers')
  t.equal((await getJson(app, '/v1/statements?minConfidence=0.5&maxConfidence=0.5')).status, 200, 'equal bounds are a range')
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

t.test('a search finds words inside « », which PostgreSQL once read as an HTML tag', async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/statements?q=modeles')
  t.equal(res.status, 200)
  t.ok(res.body.data.some((s: any) => s.id === 'st_71d72c57c2cb'), 'the statement quoting «les modèles…»')
})

t.test("a speaker's name follows the entity as soon as it changes, in lists and by id", async (t) => {
  const built = await build(t)
  const { app } = built
  const url = '/v1/statements?speaker=elon-musk&limit=1'
  const before = (await getJson(app, url)).body.data[0]
  t.same(before.speaker, { id: 'elon-musk', name: 'Elon Musk', type: 'person' })
  // No route renames an entity yet: an editor's SQL stands in, which bumps the content version as any write does.
  await exec(built, "UPDATE entities SET name = 'Elon R. Musk' WHERE id = 'elon-musk'")
  t.same((await getJson(app, url)).body.data[0].speaker, { id: 'elon-musk', name: 'Elon R. Musk', type: 'person' })
  t.equal((await getJson(app, `/v1/statements/${before.id}`)).body.data.speaker.name, 'Elon R. Musk')
  t.equal((await getJson(app, `${url}&fields=speaker`)).body.data[0].speaker.name, 'Elon R. Musk')
})

t.test("subjects follow their entity's name at once, and stay ordered by name", async (t) => {
  const built = await build(t)
  const { app } = built
  const several = (await getJson(app, '/v1/statements?limit=100')).body.data.filter((s: any) => s.subjects.length > 1)
  t.ok(several.length > 0, 'statements with several subjects')
  for (const s of several) t.same(s.subjects.map((e: any) => e.name), s.subjects.map((e: any) => e.name).sort(), `${s.id}: by name`)
  const target = several[0]
  const first = target.subjects[0]
  // Renamed past every other subject of the statement, it moves to the end of the list.
  await exec(built, 'UPDATE entities SET name = ? WHERE id = ?', `zz ${first.name}`, first.id)
  const after = (await getJson(app, `/v1/statements/${target.id}`)).body.data.subjects
  t.same(after.map((e: any) => e.id), [...target.subjects.slice(1).map((e: any) => e.id), first.id])
  t.equal(after.at(-1).name, `zz ${first.name}`)
  const listed = (await getJson(app, `/v1/statements?about=${first.id}&limit=100`)).body.data.find((s: any) => s.id === target.id)
  t.same(listed.subjects, after, 'the same in a list')
})
