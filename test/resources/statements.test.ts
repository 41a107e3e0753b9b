// /v1/statements: filters, reading order, keyset pages, one statement, and its 400s and 404s.
import t from 'tap'
import { build, getJson, walkPages } from '../helper.js'

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
  for (const bad of ['from=2025-13', 'from=25', 'to=2025-02-30x', 'medium=fax', 'entity=Open%20AI']) {
    t.equal((await getJson(app, `/v1/statements?${bad}`)).status, 400, bad)
  }
})

t.test('sorts: newest first by default, by date, by position, and reversed', async (t) => {
  const { app, db } = await build(t)
  const insert = db.$client.prepare('INSERT INTO articles (id, title, language, body, published_date, published_date_precision) VALUES (?, ?, ?, ?, ?, ?)')
  insert.run('later', 'Later', 'en', 'Sam says hi. Sam says bye.', '2026-02-01', 'day')
  const statement = db.$client.prepare("INSERT INTO statements (id, article_id, article_date, position, speaker_id, speaker_label, kind, text, span_start, span_end) VALUES (?, 'later', '2026-02-01', ?, 'sam-altman', 'Sam', 'paraphrase', ?, ?, ?)")
  statement.run('st_later_1', 1, 'hi', 9, 11)
  statement.run('st_later_2', 2, 'bye', 22, 25)
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
