// /v1/entities: list, type and q filters, name order, one entity with affiliations, and an entity's statements and market events.
import t from 'tap'
import { build, getJson, walkPages } from '../helper.js'

t.test('lists entities by name with aliases and counts', async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/entities?limit=100')
  t.equal(res.status, 200)
  const names = res.body.data.map((e: any) => e.name)
  t.same(names, [...names].sort((a: string, b: string) => a.toLowerCase() < b.toLowerCase() ? -1 : 1), 'sorted case-insensitively')
  const altman = res.body.data.find((e: any) => e.id === 'sam-altman')
  t.same(altman, {
    id: 'sam-altman', name: 'Sam Altman', type: 'person', description: 'Chief executive of OpenAI.', origin: 'curated',
    aliases: ['Sam Altman'], statementCount: 6, subjectCount: 0, mentionCount: 1
  })
  const deepseek = res.body.data.find((e: any) => e.id === 'deepseek')
  t.match(deepseek, { aliases: ['DeepSeek', 'Deepseek'], statementCount: 1, subjectCount: 21 })
})

t.test('filters by type and searches names and aliases, accent- and case-blind', async (t) => {
  const { app } = await build(t)
  const ids = async (query: string) => (await getJson(app, `/v1/entities?limit=100&${query}`)).body.data.map((e: any) => e.id)
  t.same(await ids('type=platform'), ['linkedin', 'x'])
  t.same(await ids('q=OPENAI'), ['openai'])
  t.same(await ids('q=meta'), ['meta', 'llama'], 'the name first, then the alias "Meta Model Llama"')
  t.same(await ids('q=echelle'), ['scale-ai'], 'accent-blind: finds "l’échelle de l’IA"')
  t.same(await ids('q=musk&type=person'), ['elon-musk'])
  t.same(await ids('q=100%25'), [])
  t.equal((await getJson(app, '/v1/entities?type=robot')).status, 400)
  t.equal((await getJson(app, `/v1/entities?q=${'x'.repeat(501)}`)).status, 400)
})

t.test('pages through entities with limit=2', async (t) => {
  const { app } = await build(t)
  const all = (await getJson(app, '/v1/entities?limit=100')).body.data.map((e: any) => e.id)
  const { items } = await walkPages(app, '/v1/entities?limit=2')
  t.same(items, all)
})

t.test('gets an entity with affiliations in both directions', async (t) => {
  const { app } = await build(t)
  const openai = (await getJson(app, '/v1/entities/openai')).body.data
  t.same(openai.aliases, ['OpenAI', 'Openai'])
  t.same(openai.affiliations.map((a: any) => `${a.from.id} ${a.kind} ${a.to.id}`), [
    'chatgpt made_by openai',
    'sam-altman works_for openai'
  ])
  const altman = openai.affiliations.find((a: any) => a.from.id === 'sam-altman')
  t.same(altman, {
    kind: 'works_for',
    role: 'PDG',
    from: { id: 'sam-altman', name: 'Sam Altman', type: 'person' },
    to: { id: 'openai', name: 'OpenAI', type: 'organization' },
    evidence: { articleId: 'deepseek-reactions', text: 'Le PDG d’Openai, Sam Altman', span: { start: 4097, end: 4124 } }
  })
  const missing = await getJson(app, '/v1/entities/nobody')
  t.equal(missing.status, 404)
  t.equal(missing.body.detail, 'No entity has the id "nobody".')
  t.equal((await getJson(app, '/v1/entities/Sam_Altman')).status, 400)
})

t.test("an entity's statements by role", async (t) => {
  const { app } = await build(t)
  const texts = async (query: string) => (await getJson(app, `/v1/entities/${query}`)).body.data.map((s: any) => s.text)
  t.same(await texts('elon-musk/statements?role=speaker'), ['il n’était pas trop impressionné par Deepseek', 'n’ait rien publié sur l’entreprise sur sa propre plate-forme X', 'Lmao, non', 'évidemment'])
  t.same(await texts('marc-benioff/statements?role=subject'), ['Lmao, non'])
  t.same(await texts('marc-benioff/statements'), ['a salué la société chinoise pour sa technologie', 'Lmao, non'], 'role defaults to any')
  t.equal((await texts('deepseek/statements?role=any&limit=100')).length, 21)
  t.equal((await getJson(app, '/v1/entities/nobody/statements')).status, 404)
  t.equal((await getJson(app, '/v1/entities/nvidia/statements?role=author')).status, 400)
})

t.test("an unknown entity's lists are a 404 in every form; a known one's empty list is a 200", async (t) => {
  const { app } = await build(t)
  for (const list of ['statements', 'market-events']) {
    for (const [query, accept] of [['', 'application/json'], ['?count=true', 'application/json'], ['?limit=1', 'text/csv'], ['', 'application/x-ndjson']]) {
      const res = await app.inject({ url: `/v1/entities/nobody/${list}${query}`, headers: { accept } })
      t.equal(res.statusCode, 404, `${list}${query} as ${accept}`)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      t.notOk(res.headers['x-total-count'], 'no count for what does not exist')
    }
  }
  const none = await getJson(app, '/v1/entities/elon-musk/statements?from=2026&count=true')
  t.equal(none.status, 200)
  t.same(none.body.data, [])
  t.equal(none.headers['x-total-count'], '0')
  const csv = await app.inject({ url: '/v1/entities/openai/market-events', headers: { accept: 'text/csv' } })
  t.equal(csv.statusCode, 200)
  t.equal(csv.body.split('\r\n').filter(Boolean).length, 1, 'the header row alone')
})

t.test("an entity's market events", async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/entities/nvidia/market-events')
  t.same(res.body.data.map((m: any) => m.kind), ['share_price_change', 'market_value_change'])
  t.same((await getJson(app, '/v1/entities/openai/market-events')).body.data, [])
  t.equal((await getJson(app, '/v1/entities/nobody/market-events')).status, 404)
})

t.test('sorts by name or any count, both ways, with exact keyset pages', async (t) => {
  const { app } = await build(t)
  const list = async (query: string) => (await getJson(app, `/v1/entities?limit=100&${query}`)).body.data
  const mostQuoted = await list('sort=-statementCount')
  t.same(mostQuoted.slice(0, 4).map((e: any) => [e.id, e.statementCount]), [['sam-altman', 6], ['openai', 4], ['mark-zuckerberg', 4], ['elon-musk', 4]])
  for (const field of ['statementCount', 'subjectCount', 'mentionCount']) {
    const up = (await list(`sort=${field}`)).map((e: any) => e[field])
    t.same(up, [...up].sort((a: number, b: number) => a - b), `${field} ascending`)
    const down = (await list(`sort=-${field}`)).map((e: any) => e[field])
    t.same(down, [...down].sort((a: number, b: number) => b - a), `${field} descending`)
  }
  t.same((await list('sort=-name')).map((e: any) => e.id), (await list('sort=name')).map((e: any) => e.id).reverse())
  t.equal((await getJson(app, '/v1/entities?sort=popularity')).status, 400)
  for (const query of ['sort=name', 'sort=-name', 'sort=-statementCount', 'sort=mentionCount', 'sort=-subjectCount', 'type=person&sort=-mentionCount', 'q=me', 'q=me&sort=name']) {
    const all = (await list(query)).map((e: any) => e.id)
    t.same((await walkPages(app, `/v1/entities?limit=2&${query}`)).items, all, query)
  }
  const counted = await getJson(app, '/v1/entities?type=person&count=true&limit=1')
  t.equal(counted.body.page.total, 9)
})

t.test('autocomplete matches name and alias prefixes and says which matched', async (t) => {
  const { app } = await build(t)
  const matches = async (q: string) => (await getJson(app, `/v1/entities?q=${q}`)).body.data.map((e: any) => [e.id, e.match])
  t.same(await matches('alt'), [['sam-altman', { field: 'name', text: 'Sam Altman' }]])
  t.same(await matches('zuck'), [['mark-zuckerberg', { field: 'name', text: 'Mark Zuckerberg' }]])
  t.same(await matches('echelle'), [['scale-ai', { field: 'alias', text: 'l’échelle de l’IA' }]])
  t.same(await matches('informations'), [['the-information', { field: 'name', text: 'The Information' }]], 'a plural matches the singular name')
  t.same(await matches('les%20info'), [['the-information', { field: 'name', text: 'The Information' }]], '"les" is a stopword: "info" starts the name')
  t.same((await matches('meta%20model'))[0], ['llama', { field: 'alias', text: 'Meta Model Llama' }])
  t.notOk('match' in (await getJson(app, '/v1/entities?limit=1')).body.data[0], 'no match block without q')
})
