// The editors' entity writes: create, correct, merge (with the 301 the old id answers from then on) and delete, each audited and atomic.
import t from 'tap'
import { extract } from '../../src/extract/index.js'
import { CHIP_STOCKS, ENGINE, KEYS, build, exec, getJson, send } from '../helper.js'

const auditTrail = async (app: Awaited<ReturnType<typeof build>>['app']) =>
  (await send(app, 'GET', '/v1/audit')).json().data.map((e: any) => [e.operation, e.target, e.detail])

t.test('POST /v1/entities adds a curated entity that statements can then be attributed to', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const res = await send(app, 'POST', '/v1/entities', { name: '  Tim Kaine ', type: 'person', description: 'United States senator from Virginia.', aliases: ['Kaine', 'Kaine'] })
  t.equal(res.statusCode, 201)
  t.equal(res.headers.location, '/v1/entities/tim-kaine', 'the id is the slug of the name')
  t.same(res.json().data, {
    id: 'tim-kaine', name: 'Tim Kaine', type: 'person', description: 'United States senator from Virginia.', origin: 'curated',
    aliases: ['Kaine', 'Tim Kaine'], statementCount: 0, subjectCount: 0, mentionCount: 0, affiliations: []
  })
  t.same((await getJson(app, '/v1/entities/tim-kaine')).body, res.json(), 'served as stored')
  t.same((await getJson(app, '/v1/entities?q=kaine')).body.data.map((e: any) => e.id), ['tim-kaine'], 'found by its names at once')

  const attributed = await send(app, 'PATCH', '/v1/statements/st_204553402dda', { speaker: 'tim-kaine' })
  t.equal(attributed.statusCode, 200, 'the speaker that was missing can now be named')
  t.equal((await getJson(app, '/v1/entities/tim-kaine')).body.data.statementCount, 1)

  const own = await send(app, 'POST', '/v1/entities', { id: 'kaine-2', name: 'Tim Kaine', type: 'person' })
  t.equal(own.statusCode, 201, 'a namesake takes the id it is given')
  t.match(own.json().data, { id: 'kaine-2', description: '', aliases: ['Tim Kaine'] })

  const taken = await send(app, 'POST', '/v1/entities', { name: 'Sam Altman', type: 'person' })
  t.equal(taken.statusCode, 409)
  t.equal(taken.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(taken.json(), { status: 409, code: 'conflict', detail: /already has the id "sam-altman"/ })
  t.equal((await getJson(app, '/v1/entities/sam-altman')).body.data.name, 'Sam Altman', 'the one there is left alone')

  for (const [body, field] of [
    [{ name: ' ', type: 'person' }, 'name'],
    [{ name: 'X', type: 'city' }, 'type'],
    [{ name: 'X', type: 'person', id: 'Not A Slug' }, 'id'],
    [{ name: 'X', type: 'person', origin: 'extracted' }, 'origin'],
    [{ name: 'X', type: 'person', aliases: [''] }, 'aliases.0']
  ] as const) {
    const bad = await send(app, 'POST', '/v1/entities', body)
    t.equal(bad.statusCode, 400, JSON.stringify(body))
    t.same(bad.json().errors.map((e: any) => [e.location, e.name]), [['body', field]])
  }
  t.equal((await send(app, 'POST', '/v1/entities', { name: 'Y', type: 'person' }, null)).statusCode, 401, 'a write needs a key')
  t.same(await auditTrail(app), [
    ['entity.create', '/v1/entities/kaine-2', '{"id":"kaine-2","name":"Tim Kaine","type":"person"}'],
    ['statement.update', '/v1/statements/st_204553402dda', '{"speaker":"tim-kaine"}'],
    ['entity.create', '/v1/entities/tim-kaine', '{"name":"Tim Kaine","type":"person","description":"United States senator from Virginia.","aliases":["Kaine","Kaine"],"id":"tim-kaine"}']
  ], 'only the writes that landed are audited')
})

t.test('PATCH /v1/entities/{id} renames, retypes and redescribes, keeping the old name as an alias', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const [said] = (await getJson(app, '/v1/entities/sam-altman/statements?role=speaker&limit=1')).body.data
  const etag = (await getJson(app, `/v1/statements/${said.id}`)).headers.etag
  const renamed = await send(app, 'PATCH', '/v1/entities/sam-altman', { name: 'Samuel Altman', description: 'Co-founder and chief executive of OpenAI.' })
  t.equal(renamed.statusCode, 200)
  t.match(renamed.json().data, { id: 'sam-altman', name: 'Samuel Altman', type: 'person', description: 'Co-founder and chief executive of OpenAI.', origin: 'curated', aliases: ['Sam Altman', 'Samuel Altman'], statementCount: 6 })
  const statement = await getJson(app, `/v1/statements/${said.id}`)
  t.not(statement.headers.etag, etag, 'the content version moved')
  t.equal(statement.body.data.speaker.name, 'Samuel Altman', 'statements show the new name at once')
  t.same((await getJson(app, '/v1/entities?q=samuel')).body.data.map((e: any) => e.id), ['sam-altman'])

  const aliases = await send(app, 'PATCH', '/v1/entities/sam-altman', { aliases: ['Altman'] })
  t.same(aliases.json().data.aliases, ['Altman', 'Samuel Altman'], 'aliases replaced; the name is always one')
  t.same((await getJson(app, '/v1/entities?q=altman')).body.data.map((e: any) => e.match), [{ field: 'name', text: 'Samuel Altman' }])

  t.match((await send(app, 'PATCH', '/v1/entities/x', { type: 'organization' })).json().data, { id: 'x', name: 'X', type: 'organization', origin: 'curated' })

  t.equal((await send(app, 'PATCH', '/v1/entities/sam-altman', {})).statusCode, 400, 'an empty patch changes nothing')
  t.equal((await send(app, 'PATCH', '/v1/entities/sam-altman', { statementCount: 0 })).statusCode, 400, 'counts are the data\'s, not editable')
  t.equal((await send(app, 'PATCH', '/v1/entities/sam-altman', { type: 'city' })).statusCode, 400)
  const missing = await send(app, 'PATCH', '/v1/entities/nobody', { name: 'Nobody' })
  t.equal(missing.statusCode, 404)
  t.equal(missing.json().code, 'not_found')
  t.same((await auditTrail(app)).map((e: any) => e[0]), ['entity.update', 'entity.update', 'entity.update'])
})

t.test('POST /v1/entities/{id}/merge moves everything over, and the old id answers 301 from then on', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const meta = (await getJson(app, '/v1/entities/meta')).body.data
  const llama = (await getJson(app, '/v1/entities/llama')).body.data
  const both = (await getJson(app, '/v1/statements/st_dc0075e202b0')).body.data
  t.same(both.subjects.map((s: any) => s.id), ['deepseek', 'llama', 'meta'], 'a statement about both')

  const res = await send(app, 'POST', '/v1/entities/llama/merge', { into: 'meta' })
  t.equal(res.statusCode, 200)
  const merged = res.json().data
  t.match(merged, { id: 'meta', name: 'Meta', origin: 'curated', subjectCount: meta.subjectCount, mentionCount: meta.mentionCount })
  t.equal(llama.mentionCount, 1, "llama's one mention is where the article names meta too («Meta Model Llama»): kept once")
  t.same(merged.aliases, ['Llama', 'Meta', 'Meta Model Llama', 'Méta'], 'names and aliases move over')
  t.notOk(merged.affiliations.some((a: any) => a.from.id === a.to.id), 'llama made_by meta would point meta at itself, and goes')
  t.same((await getJson(app, '/v1/statements/st_dc0075e202b0')).body.data.subjects.map((s: any) => s.id), ['deepseek', 'meta'], 'a subject both had is kept once')

  const moved = await app.inject({ url: '/v1/entities/llama' })
  t.equal(moved.statusCode, 301)
  t.equal(moved.headers.location, '/v1/entities/meta')
  const list = await app.inject({ url: '/v1/entities/llama/statements?role=subject&limit=5' })
  t.equal(list.statusCode, 301, 'its lists redirect too')
  t.equal(list.headers.location, '/v1/entities/meta/statements?role=subject&limit=5')
  t.equal((await app.inject({ url: '/v1/entities/llama/market-events' })).headers.location, '/v1/entities/meta/market-events')
  t.equal((await app.inject({ url: '/v1/entities/no-such-one' })).statusCode, 404, 'an id never used is still a 404')

  // A second merge: redirects to the entity merged now lead straight to the new one.
  const about = async (id: string) => (await getJson(app, `/v1/statements?about=${id}&limit=100`)).body.data.map((s: any) => s.id).sort()
  const union = [...new Set([...await about('openai'), ...await about('meta')])].sort()
  t.equal((await send(app, 'POST', '/v1/entities/meta/merge', { into: 'openai' })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/entities/llama' })).headers.location, '/v1/entities/openai', 'one hop, never two')
  t.equal((await app.inject({ url: '/v1/entities/meta' })).headers.location, '/v1/entities/openai')
  const after = (await getJson(app, '/v1/entities/openai')).body.data
  t.same(await about('openai'), union, 'what was said about either is now said about the one')
  t.equal(after.subjectCount, union.length)
  t.ok(after.affiliations.some((a: any) => a.kind === 'works_for' && a.from.id === 'mark-zuckerberg' && a.to.id === 'openai'), 'affiliations follow')

  const reused = await send(app, 'POST', '/v1/entities', { id: 'llama', name: 'Llama', type: 'product' })
  t.equal(reused.statusCode, 409, 'a merged id is never given to another entity')
  t.match(reused.json().detail, /merged into "openai"/)

  t.equal((await send(app, 'POST', '/v1/entities/openai/merge', { into: 'openai' })).statusCode, 400, 'not into itself')
  const unknown = await send(app, 'POST', '/v1/entities/openai/merge', { into: 'nobody' })
  t.equal(unknown.statusCode, 400)
  t.same(unknown.json().errors, [{ location: 'body', name: 'into', message: 'No entity has the id "nobody".' }])
  t.equal((await send(app, 'POST', '/v1/entities/nobody/merge', { into: 'openai' })).statusCode, 404)
  t.equal((await send(app, 'POST', '/v1/entities/openai/merge', {})).statusCode, 400)
  t.same((await auditTrail(app)).slice(0, 2), [
    ['entity.merge', '/v1/entities/meta', '{"into":"openai"}'],
    ['entity.merge', '/v1/entities/llama', '{"into":"meta"}']
  ])
})

t.test('a merge moves the statements an entity made and its market events', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const spoken = (await getJson(app, '/v1/entities/nvidia/statements?role=speaker&limit=100')).body.data.map((s: any) => s.id)
  const events = (await getJson(app, '/v1/entities/nvidia/market-events')).body.data.map((e: any) => e.id)
  t.equal(events.length, 2)
  await send(app, 'POST', '/v1/entities', { name: 'NVIDIA Corporation', type: 'organization' })
  t.equal((await send(app, 'POST', '/v1/entities/nvidia/merge', { into: 'nvidia-corporation' })).statusCode, 200)
  t.same((await getJson(app, '/v1/entities/nvidia-corporation/statements?role=speaker&limit=100')).body.data.map((s: any) => s.id), spoken)
  t.same((await getJson(app, '/v1/entities/nvidia-corporation/market-events')).body.data.map((e: any) => e.id), events)
  t.match((await getJson(app, '/v1/entities/nvidia-corporation')).body.data, { statementCount: spoken.length, aliases: ['NVIDIA', 'NVIDIA Corporation', 'Nvidia'] })
  t.same((await getJson(app, `/v1/statements/${spoken[0]}`)).body.data.speaker, { id: 'nvidia-corporation', name: 'NVIDIA Corporation', type: 'organization' })
})

t.test('DELETE /v1/entities/{id} refuses while anything is said by or about it', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const refused = await send(app, 'DELETE', '/v1/entities/openai')
  t.equal(refused.statusCode, 409)
  t.match(refused.json(), { code: 'conflict', detail: 'The entity "openai" is still referred to: 4 statements it made, 3 statements about it. Re-attribute or delete them, or merge it into another entity with POST /v1/entities/openai/merge.' })
  t.match((await send(app, 'DELETE', '/v1/entities/nvidia')).json().detail, /2 market events of it/)
  t.equal((await getJson(app, '/v1/entities/openai')).status, 200, 'still there')

  // X is named and owned, but nothing is said by or about it.
  t.equal((await send(app, 'DELETE', '/v1/entities/x')).statusCode, 204)
  t.equal((await getJson(app, '/v1/entities/x')).status, 404)
  t.notOk((await getJson(app, '/v1/entities/elon-musk')).body.data.affiliations.some((a: any) => a.to.id === 'x'), 'its affiliations go with it')
  t.equal((await send(app, 'DELETE', '/v1/entities/x')).statusCode, 404)
  t.same((await auditTrail(app)), [['entity.delete', '/v1/entities/x', null]])
})

t.test('a merge that fails midway leaves nothing changed', { skip: ENGINE === 'pg' ? 'the failure is injected with a SQLite trigger' : false }, async (t) => {
  const built = await build(t, { env: KEYS })
  const { app } = built
  const before = (await getJson(app, '/v1/entities/llama/statements?limit=100')).body
  await exec(built, "CREATE TRIGGER fail_redirect BEFORE INSERT ON entity_redirects BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
  const res = await send(app, 'POST', '/v1/entities/llama/merge', { into: 'meta' })
  t.equal(res.statusCode, 500)
  t.notMatch(res.body, /injected|trigger|SQLITE/, 'no internals shown')
  t.same((await getJson(app, '/v1/entities/llama/statements?limit=100')).body, before, 'every step before the failure rolled back')
  t.same((await getJson(app, '/v1/entities/meta')).body.data.aliases, ['Meta', 'Méta'])
  t.same(await auditTrail(app), [])
})

t.test('an id is always one the API serves: cut names end on a letter, and a name with no Latin letter needs an id', async (t) => {
  const { app } = await build(t, { env: KEYS })
  const long = await send(app, 'POST', '/v1/entities', { name: `${'a'.repeat(99)} bcd`, type: 'person' })
  t.equal(long.statusCode, 201)
  t.equal(long.json().data.id, 'a'.repeat(99), 'cut at 100 characters, the hyphen it would end on dropped')
  t.equal((await app.inject({ url: long.headers.location as string })).statusCode, 200, 'served where Location says')
  const cyrillic = await send(app, 'POST', '/v1/entities', { name: 'Владимир Путин', type: 'person' })
  t.equal(cyrillic.statusCode, 400)
  t.same(cyrillic.json().errors.map((e: any) => e.name), ['id'])
  t.equal((await send(app, 'POST', '/v1/entities', { id: 'vladimir-poutine', name: 'Владимир Путин', type: 'person' })).statusCode, 201)
})

t.test('an article ingested while an entity it names is merged away answers 409 and writes nothing', async (t) => {
  let release!: () => void
  const gate = new Promise<void>((resolve) => { release = resolve })
  let entered!: () => void
  const started = new Promise<void>((resolve) => { entered = resolve })
  const { app } = await build(t, {
    env: KEYS,
    extractor: async (body, language, knowledge) => {
      const found = extract(body, language, knowledge)
      entered()
      await gate
      return found
    }
  })
  const posting = send(app, 'POST', '/v1/articles', CHIP_STOCKS)
  await started
  t.equal((await send(app, 'POST', '/v1/entities/nvidia/merge', { into: 'openai' })).statusCode, 200)
  release()
  const res = await posting
  t.equal(res.statusCode, 409)
  t.equal(res.json().code, 'concurrent_change')
  t.equal((await getJson(app, '/v1/articles?count=true')).body.page.total, 1, 'nothing of the article was written')
  t.equal((await send(app, 'POST', '/v1/articles', CHIP_STOCKS)).statusCode, 201, 'posted again, it sees the merge')
})
