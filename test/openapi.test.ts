// The OpenAPI document as a contract: committed equals generated, served equals committed, every operation documented, and every example true.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { parse as parseYaml } from 'yaml'
import { OPENAPI_FILE, renderOpenapiYaml } from '../src/openapi.js'
import { build, getJson } from './helper.js'

const committed = readFileSync(OPENAPI_FILE, 'utf8')
const doc = parseYaml(committed)

t.test('the committed openapi.yaml is what the app generates', async (t) => {
  const generated = await renderOpenapiYaml()
  if (generated !== committed) t.fail('openapi.yaml is out of date: run npm run openapi and commit the result')
  else t.pass('openapi.yaml is up to date')
})

t.test('the app serves the same document as JSON and YAML, and Swagger UI at /docs', async (t) => {
  const { app } = await build(t)
  const json = await getJson(app, '/openapi.json')
  t.equal(json.status, 200)
  t.same(json.body, doc)
  const yaml = await app.inject({ url: '/openapi.yaml' })
  t.equal(yaml.headers['content-type'], 'application/yaml; charset=utf-8')
  t.equal(yaml.body, committed)
  const ui = await app.inject({ url: '/docs/' })
  t.equal(ui.statusCode, 200)
  t.match(ui.headers['content-type'], /text\/html/)
  t.match(ui.body, /swagger-ui/i)
})

t.test('the document is OpenAPI 3.1 and every operation is documented', async (t) => {
  t.equal(doc.openapi, '3.1.0')
  t.equal(doc.info.version, JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version, 'info.version follows package.json')
  const operations = Object.entries(doc.paths).flatMap(([path, item]: [string, any]) =>
    Object.entries(item).map(([method, op]: [string, any]) => ({ id: `${method.toUpperCase()} ${path}`, op })))
  t.same(operations.map((o) => o.id).sort(), [
    'DELETE /v1/articles/{id}', 'DELETE /v1/entities/{id}', 'DELETE /v1/statements/{id}',
    'GET /healthz', 'GET /readyz',
    'GET /v1/articles', 'GET /v1/articles/{id}',
    'GET /v1/audit',
    'GET /v1/entities', 'GET /v1/entities/{id}', 'GET /v1/entities/{id}/market-events', 'GET /v1/entities/{id}/statements',
    'GET /v1/market-events', 'GET /v1/market-events/{id}',
    'GET /v1/search',
    'GET /v1/statements', 'GET /v1/statements/{id}',
    'PATCH /v1/entities/{id}', 'PATCH /v1/statements/{id}',
    'POST /v1/articles', 'POST /v1/entities', 'POST /v1/entities/{id}/merge', 'POST /v1/statements'
  ])
  const operationIds = new Set<string>()
  for (const { id, op } of operations) {
    t.ok(op.operationId && !operationIds.has(op.operationId), `${id}: unique operationId`)
    operationIds.add(op.operationId)
    t.ok(op.summary, `${id}: summary`)
    t.ok(op.description?.length > 40, `${id}: description`)
    t.ok(op.tags?.length, `${id}: tags`)
    const success = op.responses['200'] ?? op.responses['201'] ?? op.responses['204']
    if (op.responses['204']) t.notOk(op.responses['204'].content, `${id}: 204 has no body`)
    else t.ok(success?.content?.['application/json']?.schema, `${id}: success schema`)
    if (op.responses['201']) t.equal(op.responses['201'].headers?.Location?.schema?.type, 'string', `${id}: 201 documents Location`)
    if (op.responses['301']) {
      t.notOk(op.responses['301'].content, `${id}: 301 has no body`)
      t.equal(op.responses['301'].headers?.Location?.schema?.type, 'string', `${id}: 301 documents Location`)
    }
    t.not(success.description, 'Default Response', `${id}: success description`)
    t.ok(op.responses['500']?.content?.['application/problem+json'], `${id}: documented 500`)
    const read = id.startsWith('GET ')
    const secured = op.security?.length > 0
    t.equal(secured, !read || id === 'GET /v1/audit', `${id}: needs a key exactly when it writes or reads the audit log`)
    if (secured) {
      t.same(op.security, [{ bearerAuth: [] }], `${id}: bearer key`)
      for (const status of ['401', '403', '429']) t.ok(op.responses[status]?.content?.['application/problem+json'], `${id}: documented ${status}`)
    } else {
      t.same(op.security, [], `${id}: public`)
    }
    for (const p of op.parameters ?? []) {
      t.ok(p.description, `${id}: ${p.name} has a description`)
      t.ok(p.example !== undefined || p.schema?.examples?.length || p.schema?.enum, `${id}: ${p.name} has an example`)
      // Swagger UI sends a parameter's own example with "Try it out": only those a first request should send keep one.
      if (p.example !== undefined) t.ok(p.required || p.name === 'limit', `${id}: ${p.name} is not prefilled`)
    }
    if (op.parameters?.length) t.ok(op.responses['400']?.content?.['application/problem+json'], `${id}: documented 400`)
    if (read && !['GET /healthz', 'GET /readyz'].includes(id)) {
      t.ok(op.responses['200'].headers?.ETag && op.responses['200'].headers?.['Cache-Control'], `${id}: caching headers`)
      t.same(op.responses['200'].headers['Cache-Control'].schema.enum, [secured ? 'private, no-cache' : 'public, max-age=60, stale-while-revalidate=60'], `${id}: ${secured ? 'private' : 'shared'} caching`)
      t.ok(op.responses['304']?.headers?.ETag, `${id}: documented 304`)
      t.ok(op.parameters.some((p: any) => p.in === 'header' && p.name === 'If-None-Match'), `${id}: If-None-Match`)
    }
    if (!read) t.notOk(op.responses['304'] || op.responses['200']?.headers?.ETag, `${id}: a write is not cached`)
    if (op.operationId.startsWith('list') || op.operationId === 'search') {
      const ok = op.responses['200']
      t.ok(ok.content['text/csv'] && ok.content['application/x-ndjson'], `${id}: CSV and NDJSON exports`)
      t.ok(ok.headers.Link && ok.headers['X-Total-Count'], `${id}: paging headers`)
      for (const name of ['limit', 'cursor', 'count']) t.ok(op.parameters.some((p: any) => p.name === name), `${id}: ${name}`)
    }
    if (id.includes('{id}')) t.ok(op.responses['404']?.content?.['application/problem+json'], `${id}: documented 404`)
    // Swagger UI and Redocly show these examples as the answer to expect.
    const json = (op.responses['200'] ?? op.responses['201'])?.content?.['application/json']
    if (json) t.ok(exampleOf(json.schema), `${id}: the answer has an example`)
    if (op.requestBody) t.ok(exampleOf(op.requestBody.content['application/json'].schema), `${id}: the body has an example`)
    for (const [status, response] of Object.entries<any>(op.responses)) {
      if (Number(status) >= 400) t.ok(exampleOf(response.content['application/problem+json'].schema), `${id}: ${status} has an example`)
    }
  }
})

/** Whether a schema (through $refs and its envelope's `data`) carries an example a reader can see. */
function exampleOf (schema: any, depth = 0): boolean {
  const s = schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema
  if (!s || depth > 4) return false
  if (s.examples?.length || s.example !== undefined) return true
  if (s.properties?.data) return exampleOf(s.properties.data, depth + 1)
  if (s.items) return exampleOf(s.items, depth + 1)
  return false
}

t.test('every $ref resolves and every component is used', async (t) => {
  const refs = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref') refs.add(String(v).replace('#/components/schemas/', ''))
        else visit(v)
      }
    }
  }
  visit(doc)
  const components = Object.keys(doc.components.schemas)
  for (const ref of refs) t.ok(components.includes(ref), `${ref} resolves`)
  t.same([...components].sort(), [...refs].sort(), 'no unused or missing components')
})

t.test('examples are real: each equals what the API serves', async (t) => {
  const { app } = await build(t)
  const example = (name: string) => doc.components.schemas[name].examples[0]

  const statement = example('Statement')
  t.same((await getJson(app, `/v1/statements/${statement.id}`)).body.data, statement, 'Statement')
  const event = example('MarketEvent')
  t.same((await getJson(app, `/v1/market-events/${event.id}`)).body.data, event, 'MarketEvent')
  const detail = example('EntityDetail')
  const served = (await getJson(app, `/v1/entities/${detail.id}`)).body.data
  t.same(served, detail, 'EntityDetail')
  const { affiliations: _, ...entity } = served
  t.same(entity, example('Entity'), 'Entity')
  t.same((await getJson(app, `/v1/entities/${example('EntityRef').id}`)).body.data.name, example('EntityRef').name, 'EntityRef')
  const summary = example('ArticleSummary')
  t.same((await getJson(app, '/v1/articles')).body.data[0], summary, 'ArticleSummary')
  const article = example('Article')
  const full = (await getJson(app, `/v1/articles/${article.id}`)).body.data
  t.ok(full.body.startsWith(article.body.replace(' […]', '')), 'Article body example is the start of the real body')
  t.same(full.mentions.find((m: any) => m.span.start === article.mentions[0].span.start), article.mentions[0], 'Article mention')
  t.same(full.terms[0], article.terms[0], 'Article term')
  t.same((await getJson(app, '/v1/search?q=modele&limit=1')).body.data[0], example('SearchHit'), 'SearchHit')
  const cursor = doc.paths['/v1/statements'].get.parameters.find((p: any) => p.name === 'cursor').schema.examples[0]
  t.equal((await getJson(app, `/v1/statements?cursor=${cursor}`)).body.data[0].position, 21, 'the cursor example resumes after position 20')
})
