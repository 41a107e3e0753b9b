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
    id: 'sam-altman', name: 'Sam Altman', type: 'person', description: 'Chief executive of OpenAI.',
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
  t.same(await ids('q=meta'), ['llama', 'meta'], 'matches the alias "Meta Model Llama" too')
  t.same(await ids('q=echelle'), ['scale-ai'], 'accent-blind: finds "l’échelle de l’IA"')
  t.same(await ids('q=musk&type=person'), ['elon-musk'])
  t.same(await ids('q=100%25'), [], 'LIKE wildcards match literally')
  t.equal((await getJson(app, '/v1/entities?type=robot')).status, 400)
  t.equal((await getJson(app, `/v1/entities?q=${'x'.repeat(201)}`)).status, 400)
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

t.test("an entity's market events", async (t) => {
  const { app } = await build(t)
  const res = await getJson(app, '/v1/entities/nvidia/market-events')
  t.same(res.body.data.map((m: any) => m.kind), ['share_price_change', 'market_value_change'])
  t.same((await getJson(app, '/v1/entities/openai/market-events')).body.data, [])
  t.equal((await getJson(app, '/v1/entities/nobody/market-events')).status, 404)
})
