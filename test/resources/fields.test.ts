// Sparse fieldsets: every list answers only the fields `fields=` names, in JSON, NDJSON and CSV, refuses unknown ones with a 400, and documents which it has.
import t from 'tap'
import { PROJECTION_CACHE, listFields } from '../../src/resources/fields.js'
import { Statement, StatementList } from '../../src/resources/statements/schemas.js'
import { build, getJson } from '../helper.js'

const LISTS: [string, string[]][] = [
  ['/v1/statements', ['id', 'article', 'position', 'kind', 'text', 'speaker', 'speakerLabel', 'medium', 'stance', 'origin', 'confidence', 'subjects', 'span', 'search']],
  ['/v1/entities/deepseek/statements', ['id', 'article', 'position', 'kind', 'text', 'speaker', 'speakerLabel', 'medium', 'stance', 'origin', 'confidence', 'subjects', 'span', 'search']],
  ['/v1/entities', ['id', 'name', 'type', 'description', 'origin', 'aliases', 'statementCount', 'subjectCount', 'mentionCount', 'match']],
  ['/v1/articles', ['id', 'title', 'standfirst', 'author', 'language', 'publisher', 'publishedDate', 'publishedDatePrecision', 'statementCount', 'marketEventCount', 'search']],
  ['/v1/market-events', ['id', 'entity', 'kind', 'direction', 'figures', 'text', 'span', 'article', 'date', 'datePrecision', 'origin', 'confidence']],
  ['/v1/entities/nvidia/market-events', ['id', 'entity', 'kind', 'direction', 'figures', 'text', 'span', 'article', 'date', 'datePrecision', 'origin', 'confidence']],
  ['/v1/search?q=deepseek', ['type', 'id', 'label', 'snippet', 'score', 'href']]
]

const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`

t.test('each list answers exactly the fields asked for, with the values of the full answer', async (t) => {
  const { app } = await build(t)
  for (const [url, names] of LISTS) {
    const full = (await getJson(app, url)).body
    t.ok(full.data.length > 0, `${url} has items to compare`)
    // Two fields out of order and one repeated: the answer keeps the schema's order, each field once.
    const [a, b] = [names[names.length > 3 ? 2 : 1]!, names[0]!]
    const res = await getJson(app, withQuery(url, `fields=${a},${b},${a}`))
    t.equal(res.status, 200, url)
    t.match(res.headers['content-type'], /^application\/json; charset=utf-8/)
    t.same(res.body.data, full.data.map((item: Record<string, unknown>) => ({ [b]: item[b], [a]: item[a] })), `${url}: ${b} and ${a}, as in the full answer`)
    t.same(Object.keys(res.body.data[0]), [b, a], `${url}: in the schema's order`)
    t.same(res.body.page, full.page, `${url}: the page envelope is whole`)
  }
})

t.test('a field set leaves out what it skips: subjects and the snippet are neither read nor sent', async (t) => {
  const { app } = await build(t)
  const page = (await getJson(app, '/v1/statements?q=open%20source&fields=id,text,speaker')).body
  t.ok(page.data.length > 0)
  for (const s of page.data) t.same(Object.keys(s), ['id', 'text', 'speaker'])
  const searched = (await getJson(app, '/v1/statements?q=open%20source&fields=id,search')).body
  t.match(searched.data[0].search, { score: Number, snippet: /<mark>/ }, 'asked for, the search match is there')
  const withSubjects = (await getJson(app, '/v1/statements?about=deepseek&fields=subjects')).body
  t.ok(withSubjects.data.every((s: { subjects: { id: string }[] }) => s.subjects.some((e) => e.id === 'deepseek')), 'asked for, subjects are read')
  const entities = (await getJson(app, '/v1/entities?q=altm&fields=id,match')).body
  t.same(entities.data[0], { id: 'sam-altman', match: { field: 'name', text: 'Sam Altman' } }, 'match alone still finds the spelling among the aliases')
  const hits = (await getJson(app, '/v1/search?q=deepseek&fields=id,href')).body
  t.same(Object.keys(hits.data[0]), ['id', 'href'])
})

t.test('the cursor of a projected page resumes the same list', async (t) => {
  const { app } = await build(t)
  const full = [] as string[]
  for (let cursor: string | null = null, pages = 0; pages < 20; pages++) {
    const body: any = (await getJson(app, `/v1/statements?limit=7&fields=id${cursor === null ? '' : `&cursor=${cursor}`}`)).body
    full.push(...body.data.map((s: { id: string }) => s.id))
    cursor = body.page.nextCursor
    if (cursor === null) break
  }
  const all = (await getJson(app, '/v1/statements?limit=100&fields=id')).body.data.map((s: { id: string }) => s.id)
  t.same(full, all)
})

t.test('exports keep the field set: NDJSON lines carry only those fields, CSV only their columns', async (t) => {
  const { app } = await build(t)
  const ndjson = await app.inject({ url: '/v1/statements?speaker=elon-musk&fields=id,speaker', headers: { accept: 'application/x-ndjson' } })
  t.equal(ndjson.statusCode, 200)
  const lines = ndjson.body.trim().split('\n').map((line) => JSON.parse(line))
  t.equal(lines.length, 4)
  t.same(lines[0], { id: lines[0].id, speaker: { id: 'elon-musk', name: 'Elon Musk', type: 'person' } })
  const csv = await app.inject({ url: '/v1/statements?speaker=elon-musk&fields=span,id,speaker', headers: { accept: 'text/csv' } })
  t.equal(csv.statusCode, 200)
  const rows = csv.body.trim().split('\r\n')
  t.equal(rows[0], 'id,speakerId,speakerName,spanStart,spanEnd', 'a field gives all of its columns, in the export\'s order')
  t.match(rows[1], /^st_[0-9a-f]+,elon-musk,Elon Musk,\d+,\d+$/)
  const none = await app.inject({ url: '/v1/statements?fields=stance,origin', headers: { accept: 'text/csv' } })
  t.equal(none.statusCode, 400, 'fields with no CSV column cannot make a CSV')
  t.equal(none.json().errors[0].name, 'fields')
  t.match(none.json().errors[0].message, /the columns come from id, article, position, speaker/)
})

t.test('an unknown or empty field is a 400 naming it, and where it was sent', async (t) => {
  const { app } = await build(t)
  for (const [fields, message] of [
    ['id,txt', /^No field "txt": this list's items have id, article, position, /],
    ['id, text', /^No field " text"/],
    ['id,,text', /^An empty field name/],
    ['', /^An empty field name/]
  ] as const) {
    const res = await app.inject({ url: `/v1/statements?fields=${encodeURIComponent(fields)}` })
    t.equal(res.statusCode, 400, JSON.stringify(fields))
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.match(res.json(), { code: 'validation_failed', errors: [{ location: 'query', name: 'fields', message }] })
  }
  const entity = await app.inject({ url: '/v1/entities?fields=text' })
  t.match(entity.json().errors[0].message, /items have id, name, type, /, 'each list names its own fields')
  const long = await app.inject({ url: `/v1/statements?fields=${'id,'.repeat(200)}id` })
  t.equal(long.statusCode, 400, 'a field list longer than every field named once is refused before it is split')
})

t.test('the document says which fields each list can return', async (t) => {
  const { app } = await build(t)
  const doc = (await getJson(app, '/openapi.json')).body
  const operations: [string, string][] = [
    ['/v1/statements', 'listStatements'], ['/v1/entities/{id}/statements', 'listEntityStatements'], ['/v1/entities', 'listEntities'],
    ['/v1/articles', 'listArticles'], ['/v1/market-events', 'listMarketEvents'], ['/v1/entities/{id}/market-events', 'listEntityMarketEvents'],
    ['/v1/search', 'search'], ['/v1/audit', 'listAudit']
  ]
  for (const [path, operationId] of operations) {
    const operation = doc.paths[path].get
    t.equal(operation.operationId, operationId)
    const param = operation.parameters.find((p: { name: string }) => p.name === 'fields')
    t.ok(param, `${path} documents fields`)
    t.equal(param.in, 'query')
    t.equal(param.required, false)
    t.equal(param.schema.type, 'string')
    const names = /^\^\((.*?)\)\(/.exec(param.schema.pattern)![1]!.split('|')
    const item = operation.responses['200'].content['application/json'].schema
    const ref = doc.components.schemas[item.$ref.split('/').pop()].properties.data.items.$ref.split('/').pop()
    t.same(names, Object.keys(doc.components.schemas[ref].properties), `${path}: the pattern names every field of ${ref}, no other`)
    for (const name of names) t.match(param.description, `\`${name}\``)
  }
})

t.test('compiled field sets are kept per list, the least recently used dropped past the bound', async (t) => {
  const fields = listFields(Statement, StatementList)
  const first = fields.project(['id', 'text'])
  t.equal(fields.project(['text', 'id', 'text']), first, 'the same set in another order is the same projection')
  t.same(first.names, ['id', 'text'])
  t.equal(first.stringify({ data: [{ id: 'st_1', text: 'x', kind: 'quote' }], page: { limit: 1, nextCursor: null } }), '{"data":[{"id":"st_1","text":"x"}],"page":{"limit":1,"nextCursor":null}}')
  t.same(first.pick({ id: 'st_1', text: 'x', kind: 'quote' }), { id: 'st_1', text: 'x' })
  const names = fields.names.filter((n) => n !== 'id' && n !== 'text')
  const sets: string[][] = []
  for (let i = 0; sets.length < PROJECTION_CACHE + 5; i++) {
    const set = names.filter((_, j) => (i + 1) & (1 << j))
    if (set.length > 0) sets.push(set)
  }
  const recent = fields.project(sets[0]!)
  for (const set of sets.slice(1, PROJECTION_CACHE - 1)) fields.project(set)
  t.equal(fields.project(['id', 'text']), first, 'used again before the bound: still kept')
  for (const set of sets.slice(PROJECTION_CACHE - 1)) fields.project(set)
  t.not(fields.project(sets[0]!), recent, 'the least recently used set was dropped and compiles again')
})
