// Property-based API tests generated from the OpenAPI document, Schemathesis style: valid and broken requests for every operation, checked against what the document promises.
import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import fc from 'fast-check'
import t from 'tap'
import { parse as parseYaml } from 'yaml'
import { OPENAPI_FILE } from '../src/openapi.js'
import { build, getJson } from './helper.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 200)
const SEED = Number(process.env.FUZZ_SEED ?? 20261129)

const doc = parseYaml(readFileSync(OPENAPI_FILE, 'utf8'))
const DOC_ID = 'https://who-said-what.test/openapi'

interface Parameter { name: string, in: 'query' | 'path' | 'header', required?: boolean, schema: Schema }
interface Schema { type?: string, enum?: string[], pattern?: string, minLength?: number, maxLength?: number, minimum?: number, maximum?: number, $ref?: string }
interface Operation { method: string, path: string, id: string, parameters: Parameter[], body?: object, responses: Record<string, { content?: Record<string, { schema: object }> }> }

const operations: Operation[] = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({
    method: method.toUpperCase(), path, id: op.operationId, parameters: (op.parameters ?? []).filter((p: Parameter) => p.in !== 'header'),
    body: op.requestBody?.content?.['application/json']?.schema, responses: op.responses
  })))

const KEY = 'fuzz-key-0123456789abcdef'
const SENTENCES = [
  '« Nous allons investir massivement », a déclaré Mark Zuckerberg.', '“We are cautious,” said Jane Roe, an analyst at Acme Capital.',
  'Shares of Nvidia fell 4.2% on Thursday.', 'La séance a effacé 45 milliards de dollars (41 milliards d’euros) de la capitalisation boursière de Meta.',
  'Il a ajouté que les critiques « confondent prudence et immobilisme ».', 'OpenAI did not respond to a request for comment.'
]

/** A request body for write operations: a plausible one, or a broken one. */
function bodyFor (op: Operation, known: Known, broken: boolean): fc.Arbitrary<unknown> {
  if (op.id === 'createArticle') {
    const text = fc.oneof(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 12 }).map((s) => s.join('\n\n')), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }))
    const valid = fc.record({ title: fc.string({ minLength: 1, maxLength: 80 }).filter((t) => t.trim().length > 0), body: text, language: fc.constantFrom('fr', 'en') },
      { requiredKeys: ['title', 'body', 'language'] })
    if (!broken) return valid
    return fc.oneof(
      valid.map((b) => ({ ...b, language: 'de' })), valid.map((b) => ({ ...b, extra: true })), valid.map(({ title: _t, ...b }) => b),
      valid.map((b) => ({ ...b, body: 'x'.repeat(200_001) })), valid.map((b) => ({ ...b, title: 42 })), fc.constant([]), fc.constant('not an object')
    )
  }
  const valid = fc.record({ speaker: fc.constantFrom(...known.entities), kind: fc.constantFrom('quote', 'paraphrase'), stance: fc.constantFrom('positive', null) }, { requiredKeys: [] })
    .filter((b) => Object.keys(b).length > 0)
  if (!broken) return valid
  return fc.oneof(fc.constant({}), fc.constant({ speaker: 'nobody-at-all' }), fc.constant({ kind: 'rumour' }), fc.constant({ subjects: 'deepseek' }), fc.constant({ color: 'red' }))
}

// ajv-formats ships as CommonJS; under ESM its default export is the module object.
type AddFormats = (ajv: Ajv2020) => unknown
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema({ $id: DOC_ID, components: doc.components })
const rebase = (schema: object) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOC_ID}#/components/`))
const validators = new Map<object, ValidateFunction>()
const validatorFor = (schema: object) => {
  let validate = validators.get(schema)
  if (!validate) {
    validate = ajv.compile(rebase(schema))
    validators.set(schema, validate)
  }
  return validate
}

/** Values known to exist, so valid requests reach real rows as well as empty results. */
interface Known { entities: string[], statements: string[], marketEvents: string[], articles: string[], cursors: string[] }

const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/)
const words = fc.constantFrom('deepseek', 'modele', 'évidemment', 'Zuckerberg', 'open source', 'IA', 'nvidia 17%', 'l’échelle', 'MUSK')

/** A value that satisfies the parameter's schema. */
function validValue (p: Parameter, op: Operation, known: Known): fc.Arbitrary<string> {
  const s = p.schema
  if (s.enum) return fc.constantFrom(...s.enum)
  if (s.type === 'integer') return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 1000 }).map(String)
  // Decimals as a client writes them: 0.25, 1, .5 (no exponent).
  if (s.type === 'number') return fc.integer({ min: (s.minimum ?? 0) * 100, max: (s.maximum ?? 1000) * 100 }).map((n) => String(n / 100))
  if (p.name === 'cursor') return fc.constantFrom(...known.cursors)
  if (p.name === 'q') return fc.oneof(words, fc.string({ minLength: 1, maxLength: 40 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }))
  if (p.name === 'from' || p.name === 'to') return fc.constantFrom('2024', '2025', '2025-01', '2025-01-28', '2026-12-31')
  if (p.in === 'path') {
    const pool = op.path.startsWith('/v1/statements') ? known.statements : op.path.startsWith('/v1/market-events') ? known.marketEvents : op.path.startsWith('/v1/articles') ? known.articles : known.entities
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: slug })
  }
  if (s.pattern) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known.entities, ...known.articles) }, { weight: 1, arbitrary: slug })
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 50, 50) })
}

const HOSTILE = [
  "' OR 1=1 --", '"; DROP TABLE statements; --', 'deepseek" OR "1"="1', 'NEAR(a b)', 'text:*', '*', '"', '(', '^',
  '\u0000', 'a\u0000b', '\uD800', '\uDFFF', '../../etc/passwd', '%00', '${7*7}', '<script>alert(1)</script>', '1e309',
  '99999999999999999999999', '-1', '0', '1.5', 'NaN', 'null', 'true', '[]', '{}', ' ', 'Ω≈ç√', '\u202E'
]

/** A request with exactly one part broken: the parameter, what was done to it, and the new value (undefined removes it). */
interface Breakage { name: string, how: string, value: string | undefined }

function breakOne (op: Operation): fc.Arbitrary<Breakage> {
  const options: fc.Arbitrary<Breakage>[] = [
    fc.constantFrom('zz', 'limitt', 'speakr', 'format', 'callback', '__proto__').map((name) => ({ name, how: 'unknown parameter', value: '1' }))
  ]
  for (const p of op.parameters) {
    const s = p.schema
    const wrong: fc.Arbitrary<string>[] = [fc.constantFrom(...HOSTILE)]
    if (s.type === 'integer') wrong.push(fc.constantFrom(String((s.minimum ?? 0) - 1), String((s.maximum ?? 100) + 1), 'ten', '1e1', ' 5', '0x10', ''))
    if (s.type === 'number') wrong.push(fc.constantFrom(String((s.minimum ?? 0) - 0.01), String((s.maximum ?? 100) + 0.01), 'high', '1e-1', ' 0.5', '0,5', ''))
    if (s.maxLength !== undefined) wrong.push(fc.integer({ min: s.maxLength + 1, max: s.maxLength + 600 }).map((n) => 'a'.repeat(n)))
    if (s.enum) wrong.push(fc.constantFrom('QUOTE', 'unknown', `${s.enum[0]} `))
    options.push(fc.oneof(...wrong).map((value) => ({ name: p.name, how: 'invalid value', value })))
    if (p.required && p.in === 'query') options.push(fc.constant({ name: p.name, how: 'missing required', value: undefined }))
  }
  return fc.oneof(...options)
}

interface Request { url: string, params: Record<string, string>, query: Record<string, string> }

function requestFor (op: Operation, known: Known): fc.Arbitrary<Request> {
  const path = op.parameters.filter((p) => p.in === 'path')
  const query = op.parameters.filter((p) => p.in === 'query')
  const pathArb = fc.record(Object.fromEntries(path.map((p) => [p.name, validValue(p, op, known)])))
  const queryArb = fc.record(Object.fromEntries(query.map((p) => [p.name, validValue(p, op, known)])),
    { requiredKeys: query.filter((p) => p.required).map((p) => p.name) })
  return fc.tuple(pathArb, queryArb).map(([params, q]) => toRequest(op, params as Record<string, string>, q as Record<string, string>))
}

/**
 * Percent-encodes like encodeURIComponent, but sends a lone surrogate as the (invalid UTF-8)
 * bytes a careless client would, instead of throwing.
 */
function pct (value: string): string {
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const pair = c >= 0xd800 && c <= 0xdbff && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    if (pair) {
      out += encodeURIComponent(value.slice(i, i + 2))
      i++
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')
    } else {
      out += encodeURIComponent(value[i]!)
    }
  }
  return out
}

function toRequest (op: Operation, params: Record<string, string>, query: Record<string, string>): Request {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => pct(params[name] ?? ''))
  const search = Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => `${pct(k)}=${pct(v)}`).join('&')
  return { url: search ? `${path}?${search}` : path, params, query }
}

/** Schemathesis' checks: no 5xx, a documented status, a body that matches its documented schema. */
function check (op: Operation, res: { statusCode: number, headers: Record<string, unknown>, body: string }): string | undefined {
  if (res.statusCode >= 500) return `server error ${res.statusCode}: ${res.body.slice(0, 300)}`
  const documented = op.responses[String(res.statusCode)]
  if (!documented) return `status ${res.statusCode} is not documented for ${op.id}`
  if (!documented.content) return res.body === '' ? undefined : `${res.statusCode} is documented without a body but sent one`
  const type = String(res.headers['content-type'] ?? '').split(';')[0]!
  const media = documented.content?.[type]
  if (!media) return `content type ${type} is not documented for ${op.id} ${res.statusCode}`
  if (type.endsWith('json')) {
    const validate = validatorFor(media.schema)
    if (!validate(JSON.parse(res.body))) return `body does not match the ${res.statusCode} schema: ${ajv.errorsText(validate.errors)}`
  }
  return undefined
}

// The harness shares the process with the apps, and its own bursts of work (compiling a schema
// validator, shrinking a counterexample) would trip the event-loop guard; that guard has its own tests.
const HARNESS_ENV = { MAX_EVENT_LOOP_DELAY_MS: '0' }

t.test('generated requests against every operation', async (t) => {
  const { app } = await build(t, { env: HARNESS_ENV })
  const ids = async (url: string) => (await getJson(app, url)).body.data.map((x: { id: string }) => x.id)
  const known: Known = {
    entities: await ids('/v1/entities?limit=100'),
    statements: await ids('/v1/statements?limit=100'),
    marketEvents: await ids('/v1/market-events?limit=100'),
    articles: await ids('/v1/articles?limit=100'),
    cursors: []
  }
  for (const url of ['/v1/statements?limit=3', '/v1/entities?limit=3', '/v1/articles?limit=1', '/v1/market-events?limit=1', '/v1/search?q=deepseek&limit=3', '/v1/entities?limit=3&sort=-statementCount']) {
    const cursor = (await getJson(app, url)).body.page.nextCursor
    if (cursor) known.cursors.push(cursor)
  }
  t.ok(known.cursors.length >= 4)

  // Writes run on their own app, with a key, so deletions do not thin out the reads' data.
  const writer = (await build(t, { env: { ...HARNESS_ENV, API_KEYS: `fuzz:${KEY}`, WRITE_RATE_LIMIT_MAX: '0' } })).app
  const inject = (op: Operation, url: string, body?: unknown) => op.method === 'GET'
    ? app.inject({ method: 'GET', url })
    : writer.inject({ method: op.method as 'POST', url, headers: { authorization: `Bearer ${KEY}` }, ...(op.body ? { payload: body as object } : {}) })
  const noBody = fc.constant(undefined)

  for (const op of operations) {
    t.test(`${op.method} ${op.path} with valid requests`, async (t) => {
      await fc.assert(fc.asyncProperty(requestFor(op, known), op.body ? bodyFor(op, known, false) : noBody, async (req, body) => {
        const res = await inject(op, req.url, body)
        const problem = check(op, res)
        if (problem) throw new Error(`${op.method} ${req.url}: ${problem}`)
      }), { seed: SEED, numRuns: op.method === 'GET' ? RUNS : Math.ceil(RUNS / 4) })
      t.pass(`${RUNS} valid requests`)
    })

    t.test(`${op.method} ${op.path} with broken requests`, async (t) => {
      await fc.assert(fc.asyncProperty(requestFor(op, known), breakOne(op), op.body ? bodyFor(op, known, true) : noBody, async (req, broken, brokenBody) => {
        const target = op.parameters.find((p) => p.name === broken.name)
        // Null-prototype copies, so a parameter named __proto__ is a key like any other.
        const params = Object.assign(Object.create(null) as Record<string, string>, req.params)
        const query = Object.assign(Object.create(null) as Record<string, string>, req.query)
        if (target?.in === 'path') params[broken.name] = broken.value ?? ''
        else if (broken.value === undefined) delete query[broken.name]
        else query[broken.name] = broken.value
        const { url } = toRequest(op, params, query)
        const res = await inject(op, url, brokenBody)
        const problem = check(op, res)
        if (problem) throw new Error(`${op.method} ${url} (${broken.how} ${broken.name}): ${problem}`)
        // A broken body alone makes a write request invalid.
        if (op.body && res.statusCode >= 400 && res.statusCode < 500) return
        // A value the schema still accepts (a hostile string that is a fine search) proves nothing more.
        const numeric = target?.schema.type === 'integer' ? /^\d+$/ : target?.schema.type === 'number' ? /^-?(\d+(\.\d*)?|\.\d+)$/ : undefined
        const stillValid = target !== undefined && broken.value !== undefined && validatorFor(target.schema)(numeric ? Number(broken.value) : broken.value) && !(numeric && !numeric.test(broken.value))
        if (stillValid) return
        if (res.statusCode < 400 || res.statusCode >= 500) throw new Error(`${op.method} ${url} (${broken.how} ${broken.name}): expected a 4xx, got ${res.statusCode}`)
        if (!String(res.headers['content-type']).startsWith('application/problem+json')) throw new Error(`${op.method} ${url}: a ${res.statusCode} without problem+json`)
      }), { seed: SEED, numRuns: op.method === 'GET' ? RUNS : Math.ceil(RUNS / 4) })
      t.pass(`${RUNS} broken requests`)
    })

    t.test(`${op.method} ${op.path} with requests that cost`, async (t) => {
      const durations: number[] = []
      let largest = 0
      await fc.assert(fc.asyncProperty(requestFor(op, known), costlyShape(op), op.body ? bodyFor(op, known, false) : noBody, async (req, shape, body) => {
        const query = Object.assign(Object.create(null) as Record<string, string>, req.query)
        if (shape.words && op.parameters.some((p) => p.name === 'q')) query.q = shape.words
        const extra = Array.from({ length: shape.params }, (_, i) => `p${i}=x`).join('&')
        const { url } = toRequest(op, req.params, query)
        const costly = shape.params > 0 ? `${url}${url.includes('?') ? '&' : '?'}${extra}` : url
        const payload = op.body && shape.keys > 0 ? { ...(body as object), ...Object.fromEntries(Array.from({ length: shape.keys }, (_, i) => [`k${i}`, i])) } : body
        const started = performance.now()
        const res = await inject(op, costly, payload)
        durations.push(performance.now() - started)
        largest = Math.max(largest, res.body.length)
        if (res.statusCode >= 500) throw new Error(`${op.method} ${costly.slice(0, 200)}: ${res.statusCode}`)
        // Unknown parameters or keys are refused, and the refusal stays small whatever the request's size.
        if ((shape.params > 0 || shape.keys > 0) && !(res.statusCode >= 400 && res.statusCode < 500)) throw new Error(`${op.method}: ${shape.params} unknown parameters and ${shape.keys} unknown keys answered ${res.statusCode}`)
        if (res.statusCode >= 400 && res.body.length > ERROR_BYTES) throw new Error(`${op.method}: a ${res.body.length}-byte error for ${shape.params} parameters and ${shape.keys} keys`)
      }), { seed: SEED, numRuns: COSTLY_RUNS })
      durations.sort((a, b) => a - b)
      const median = durations[Math.floor(durations.length / 2)]!
      // A budget, not a race: the median of many requests, against a bound some fifty times what this machine takes.
      t.ok(median < COSTLY_MEDIAN_MS, `median ${median.toFixed(1)} ms over ${durations.length} costly requests (budget ${COSTLY_MEDIAN_MS} ms); largest answer ${largest} bytes`)
    })
  }
})

const COSTLY_RUNS = Math.max(5, Math.ceil(RUNS / 20))
const COSTLY_MEDIAN_MS = 1000
/** The largest error body a request of any size may get: 20 field errors and the count of the rest. */
const ERROR_BYTES = 8192

/** What makes a request cost: up to 500 characters of query words, up to 1,500 unknown parameters, up to 60,000 unknown body keys. */
function costlyShape (op: Operation) {
  const word = fc.stringMatching(/^[a-zàâçéèêëîïôûù]{1,12}$/)
  return fc.record({
    words: fc.option(fc.array(word, { minLength: 16, maxLength: 80 }).map((w) => w.join(' ').slice(0, 500).trim()).filter((w) => w.length > 0), { nil: undefined }),
    params: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 1500 })),
    keys: op.body ? fc.oneof(fc.constant(0), fc.integer({ min: 1000, max: 60_000 })) : fc.constant(0)
  })
}
